"""Baca Juga cards in the text behave as one unit: placed between paragraphs, moved,
edited, deleted — each step undoable — and never edited letter by letter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from editor.gui.body.cards import button_rects
from editor.gui.body.decorations import suggested_spots
from editor.model.blocks import BacaJuga, ListBlock, Paragraph
from editor.model.draft import Draft
from editor.model.inline import text
from tests.gui.helpers import body_kinds, ctrl, dialog_ok, press

pytestmark = pytest.mark.gui

CARD = BacaJuga(url="https://wartapesisir.example/berita/lain/", title="Berita Lain")


def paragraphs(n: int) -> list[Paragraph]:
    return [Paragraph(text(f"Paragraf {i}.")) for i in range(1, n + 1)]


def load(window, blocks) -> None:
    from editor.model.article import Article

    window.session.load(Draft(article=Article(headline="Uji kartu", body=list(blocks))))
    window.body.setFocus()


def put_cursor(window, block: int, offset: int | None = None) -> None:
    body = window.body
    target = body.document().findBlockByNumber(block)
    cursor = QTextCursor(target)
    if offset is None:
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    else:
        cursor.setPosition(target.position() + offset)
    body.setTextCursor(cursor)


@pytest.mark.parametrize(("block", "offset", "expected"), [
    (1, None, ["P", "P", "B", "P"]),  # end of paragraph 2: after it
    (1, 3, ["P", "P", "B", "P"]),  # middle: after it, never splitting the paragraph
    (1, 0, ["P", "B", "P", "P"]),  # start of paragraph 2: before it
])
def test_insert_goes_between_paragraphs(window, block, offset, expected) -> None:
    load(window, paragraphs(3))
    put_cursor(window, block, offset)
    window.body.insert_card(CARD)
    assert [k[0] for k in body_kinds(window)] == expected


def test_insert_never_splits_a_list(window) -> None:
    load(window, [Paragraph(text("a")), ListBlock(items=[text("x"), text("y"), text("z")])])
    put_cursor(window, 2, 1)  # inside the middle item
    window.body.insert_card(CARD)
    assert body_kinds(window) == ["Paragraph", "ListBlock", "BacaJuga"]
    assert window.session.article.body[1].items == [text("x"), text("y"), text("z")]


def test_card_is_one_character_and_typing_opens_a_paragraph(qtbot, window) -> None:
    load(window, paragraphs(2))
    put_cursor(window, 0)
    position = window.body.insert_card(CARD)
    block = window.body.document().findBlock(position)
    assert len(block.text()) == 1
    qtbot.keyClicks(window.body, "Baru")  # cursor sits after the card
    assert body_kinds(window) == ["Paragraph", "BacaJuga", "Paragraph", "Paragraph"]
    assert window.session.article.body[2] == Paragraph(text("Baru"))
    assert window.session.article.body[1] == CARD


def test_backspace_selects_then_deletes_and_undo_restores(qtbot, window) -> None:
    load(window, [Paragraph(text("satu")), CARD, Paragraph(text("dua"))])
    put_cursor(window, 2, 0)
    press(window.body, Qt.Key.Key_Backspace)
    assert window.body.card_position() is not None  # selected, not yet gone
    assert body_kinds(window) == ["Paragraph", "BacaJuga", "Paragraph"]
    press(window.body, Qt.Key.Key_Backspace)
    assert body_kinds(window) == ["Paragraph", "Paragraph"]
    assert window.session.article.body[1] == Paragraph(text("dua"))  # text kept apart
    ctrl(window.body, Qt.Key.Key_Z)
    assert window.session.article.body == [Paragraph(text("satu")), CARD, Paragraph(text("dua"))]


def test_move_up_and_down_with_shortcuts_and_undo(window) -> None:
    load(window, [Paragraph(text("a")), CARD, Paragraph(text("b")),
                  ListBlock(items=[text("x"), text("y")]), Paragraph(text("c"))])
    put_cursor(window, 1)
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    press(window.body, Qt.Key.Key_Down, alt_shift)
    assert body_kinds(window) == ["Paragraph", "Paragraph", "BacaJuga", "ListBlock", "Paragraph"]
    press(window.body, Qt.Key.Key_Down, alt_shift)  # past the whole list
    assert body_kinds(window) == ["Paragraph", "Paragraph", "ListBlock", "BacaJuga", "Paragraph"]
    press(window.body, Qt.Key.Key_Up, alt_shift)
    press(window.body, Qt.Key.Key_Up, alt_shift)
    press(window.body, Qt.Key.Key_Up, alt_shift)
    press(window.body, Qt.Key.Key_Up, alt_shift)  # already first: nothing happens
    assert body_kinds(window)[0] == "BacaJuga"
    for _ in range(3):
        window.actions["undo"].trigger()
    assert body_kinds(window) == ["Paragraph", "Paragraph", "ListBlock", "BacaJuga", "Paragraph"]


def test_edit_with_f2_replaces_the_card_undoably(qtbot, window) -> None:
    load(window, [Paragraph(text("a")), CARD, Paragraph(text("b"))])
    put_cursor(window, 1)
    press(window.body, Qt.Key.Key_F2)
    dialog = window.active_dialog
    dialog.widgets["title"].clear()
    dialog_ok(qtbot, dialog, title="Judul Baru")
    assert window.session.article.body[1] == BacaJuga(url=CARD.url, title="Judul Baru")
    window.actions["undo"].trigger()
    assert window.session.article.body[1] == CARD


def test_card_buttons_respond_to_the_mouse(qtbot, window) -> None:
    load(window, [Paragraph(text("a")), CARD, Paragraph(text("b"))])
    window.resize(1280, 800)
    qtbot.wait(50)
    window.body.viewport().repaint()  # records where the card is painted
    [(position, rect)] = window.body.cards.painted.items()
    buttons = button_rects(rect)

    def click(name: str) -> None:
        centre = buttons[name].center()
        qtbot.mouseClick(window.body.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(int(centre.x()), int(centre.y())))

    click("down")
    assert body_kinds(window) == ["Paragraph", "Paragraph", "BacaJuga"]
    window.actions["undo"].trigger()
    window.body.viewport().repaint()
    click("remove")
    assert body_kinds(window) == ["Paragraph", "Paragraph"]


def test_suggested_spots_follow_the_setting(window) -> None:
    load(window, paragraphs(9))
    doc = window.body.document()
    assert suggested_spots(doc, 4) == [3, 7]
    assert suggested_spots(doc, 0) == []
    put_cursor(window, 3)
    window.body.insert_card(CARD)
    assert suggested_spots(doc, 4) == [8]  # counting starts again after the card
