"""Find and replace (Ctrl+F, Ctrl+H) across headline, deck, body, captions and related
titles; match case, whole words; replace one or all as one undoable step."""

from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtCore import Qt

from editor.model.article import Article, RelatedStory
from editor.model.blocks import ImageBlock, Paragraph
from editor.model.draft import Draft
from editor.model.image import ImageRef
from editor.model.inline import Span, text
from tests.gui.helpers import ctrl, press

pytestmark = pytest.mark.gui


def rob_article() -> Article:
    return Article(
        headline="Rob Kembali Merendam Pesisir", deck="Air rob setinggi lutut",
        featured_image=ImageRef("", caption="Warga melintasi rob di Kemijen"),
        body=[Paragraph((Span("Banjir "), Span("rob", bold=True), Span(" datang; terpal robek."))),
              ImageBlock(ImageRef("", alt="Perahu", caption="Perahu saat rob")),
              Paragraph(text("ROB surut malam hari."))],
        related=[RelatedStory("Rob Demak Meluas", "https://contoh.example/rob/")])


@pytest.fixture
def loaded(window):
    window.session.load(Draft(article=rob_article()))
    return window


def find(qtbot, window, word: str, *, replace: bool = False) -> None:
    ctrl(window.body, Qt.Key.Key_H if replace else Qt.Key.Key_F)
    bar = window.find_bar
    assert bar.isVisible() and bar.find_edit.hasFocus()
    bar.find_edit.clear()
    qtbot.keyClicks(bar.find_edit, word)


def test_find_everywhere_with_case_and_whole_words(qtbot, loaded) -> None:
    window = loaded
    bar = window.find_bar
    window.body.setFocus()
    find(qtbot, window, "rob")
    places = [hit.place for hit in bar.hits]
    assert places == ["headline", "deck", "caption", "body", "body", "card", "body", "related"]
    assert not bar.replace_edit.isVisible()
    bar.whole.setChecked(True)
    assert len(bar.hits) == 7  # not "robek"
    bar.case.setChecked(True)
    assert [hit.place for hit in bar.hits] == ["deck", "caption", "body", "card"]
    assert bar.count.text() == "3 dari 4"  # from the body's cursor on
    assert window.body.textCursor().selectedText() == "rob"
    press(bar.find_edit, Qt.Key.Key_Return)
    assert bar.count.text() == "4 dari 4"
    assert window.body.card_position() == bar.hits[3].key  # the photo in the text
    press(bar.find_edit, Qt.Key.Key_F3)
    assert bar.count.text() == "1 dari 4"
    assert window.header.deck.textCursor().selectedText() == "rob"
    press(bar.find_edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "4 dari 4"
    press(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_replace_one_then_undo(qtbot, loaded) -> None:
    window = loaded
    bar = window.find_bar
    find(qtbot, window, "rob", replace=True)
    bar.whole.setChecked(True)
    bar.case.setChecked(True)
    window.find_bar.current = 2  # the bold "rob" in the first paragraph
    bar.replace_edit.setText("pasang")
    bar.replace_button.click()
    assert window.session.article.body[0] == Paragraph(
        (Span("Banjir "), Span("pasang", bold=True), Span(" datang; terpal robek.")))
    assert bar.count.text() == "3 dari 3"
    ctrl(window.body, Qt.Key.Key_Z)
    assert window.session.article.body[0] == rob_article().body[0]


def test_replace_all_is_one_step_saved_and_shown(qtbot, make_window, answers, tmp_path) -> None:
    window = make_window(preview=True)
    window.session.load(Draft(article=rob_article()))
    bar = window.find_bar
    find(qtbot, window, "rob", replace=True)
    bar.whole.setChecked(True)
    bar.replace_edit.setText("banjir pasang")
    steps = window.session.stack.count()
    bar.replace_all_button.click()
    assert window.session.stack.count() == steps + 1
    article = window.session.article
    assert article.headline == "banjir pasang Kembali Merendam Pesisir"
    assert article.deck == "Air banjir pasang setinggi lutut"
    assert article.featured_image.caption == "Warga melintasi banjir pasang di Kemijen"
    assert article.body[0].plain() == "Banjir banjir pasang datang; terpal robek."
    assert article.body[1].image.caption == "Perahu saat banjir pasang"
    assert article.body[2].plain() == "banjir pasang surut malam hari."
    assert article.related[0].title == "banjir pasang Demak Meluas"
    assert article.slug == "banjir-pasang-kembali-merendam-pesisir"
    assert "7" in window.statusBar().currentMessage()
    # the preview shows it
    qtbot.waitUntil(lambda: window.preview.is_settled(), timeout=30_000)
    shown = []
    window.preview.evaluate("document.querySelector('h1').textContent + '|' + "
                            "document.querySelector('article p:not(.baca-juga)').textContent",
                            shown.append)
    qtbot.waitUntil(lambda: bool(shown) and "banjir pasang" in shown[-1], timeout=10_000)
    # saved
    answers.answers["save_as"] = tmp_path / "rob.redaksi"
    window.actions["save"].trigger()
    with zipfile.ZipFile(tmp_path / "rob.redaksi") as saved:
        data = json.loads(saved.read("article.json"))
    assert data["headline"] == "banjir pasang Kembali Merendam Pesisir"
    # one Ctrl+Z undoes all of it
    ctrl(window.body, Qt.Key.Key_Z)
    undone, original = window.session.article, rob_article()
    assert (undone.headline, undone.deck, undone.body, undone.related, undone.featured_image) == \
        (original.headline, original.deck, original.body, original.related,
         original.featured_image)
    ctrl(window.body, Qt.Key.Key_Y)
    assert window.session.article.body[1].image.caption == "Perahu saat banjir pasang"
