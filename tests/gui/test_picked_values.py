"""What the user picks is what gets saved (issue 9, item 14).

A value set by a completer, a picker or a button must take the same path as
typing: the model, the undo history, the field, the saved file and the preview's
DOM agree. Each place in the window that sets a value for the user is driven
here with the keyboard and with the mouse.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from editor.storage.draft import open_draft
from tests.gui.helpers import ctrl, press

pytestmark = pytest.mark.gui


def popup_of(qtbot, field):
    popup = field.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    return popup


def pick_with_keyboard(qtbot, field, typed: str) -> None:
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)  # a dialog's field gets it once the dialog is active
    qtbot.keyClicks(field, typed)
    popup = popup_of(qtbot, field)
    press(popup, Qt.Key.Key_Down)
    press(popup, Qt.Key.Key_Return)


def pick_with_mouse(qtbot, field, typed: str) -> None:
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, typed)
    popup = popup_of(qtbot, field)
    rect = popup.visualRect(popup.model().index(0, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def saved(window, answers, tmp_path):
    answers.answers["save_as"] = tmp_path / "pilihan.redaksi"
    window.actions["save"].trigger()
    return open_draft(tmp_path / "pilihan.redaksi").article


@pytest.mark.parametrize("pick", [pick_with_keyboard, pick_with_mouse], ids=["keyboard", "mouse"])
def test_a_tag_picked_from_the_completer_is_the_tag_saved(qtbot, window, answers, tmp_path,
                                                          pick) -> None:
    window.drawer.show_section("meta")
    field = window.meta.tags
    pick(qtbot, field, "banjir rob, Sem")
    assert field.text() == "banjir rob, Semarang, "
    assert window.session.article.tags == ["banjir rob", "Semarang"]
    assert saved(window, answers, tmp_path).tags == ["banjir rob", "Semarang"]
    ctrl(field, Qt.Key.Key_Z)  # the pick is its own step: undo gives back what was typed
    assert window.session.article.tags == ["banjir rob", "Sem"]
    assert field.text().rstrip(", ") == "banjir rob, Sem"
    ctrl(field, Qt.Key.Key_Y)
    assert field.text().rstrip(", ") == "banjir rob, Semarang"
    assert window.session.article.tags == ["banjir rob", "Semarang"]


def test_a_highlighted_tag_left_with_escape_is_what_the_field_shows(qtbot, window) -> None:
    window.drawer.show_section("meta")
    field = window.meta.tags
    field.setFocus()
    qtbot.keyClicks(field, "Sem")
    popup = popup_of(qtbot, field)
    press(popup, Qt.Key.Key_Down)
    press(popup, Qt.Key.Key_Escape)
    assert window.session.article.tags == [t for t in field.text().split(", ") if t]



def test_a_section_picked_with_keyboard_or_mouse_is_saved_and_undone(qtbot, window, answers,
                                                                     tmp_path) -> None:
    combo = window.header.section
    combo.setFocus()
    press(combo, Qt.Key.Key_Down)  # on the closed box, as a keyboard user does
    first = window.session.site.sections[0]
    assert (combo.currentData(), window.session.article.section) == (first, first)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = view.model().index(3, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    third = window.session.site.sections[2]
    assert (combo.currentData(), window.session.article.section) == (third, third)
    assert saved(window, answers, tmp_path).section == third
    window.actions["undo"].trigger()
    assert (combo.currentData(), window.session.article.section) == (first, first)


def test_the_publish_time_from_the_calendar_and_the_now_button(qtbot, window) -> None:
    header = window.header
    qtbot.mouseClick(header.now_button, Qt.MouseButton.LeftButton)
    chosen = window.session.article.published
    assert chosen is not None and header._to_aware(header.published.dateTime()) == chosen
    edit = header.published
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton,  # the calendar's drop-down
                     pos=QPoint(edit.width() - 6, edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    grid = QApplication.focusWidget()
    press(grid, Qt.Key.Key_Right)
    press(grid, Qt.Key.Key_Return)
    picked = window.session.article.published
    assert picked is not None and (picked - chosen).days == 1
    assert header._to_aware(header.published.dateTime()) == picked
    window.actions["undo"].trigger()
    assert window.session.article.published == chosen
    assert header._to_aware(header.published.dateTime()) == chosen


@pytest.mark.parametrize("pick", [pick_with_keyboard, pick_with_mouse], ids=["keyboard", "mouse"])
def test_a_recent_link_picked_in_the_baca_juga_dialog(qtbot, window, pick) -> None:
    url = "https://wartapesisir.example/berita/2024/06/10/tanggul-laut/"
    window.settings.add_recent_link(url, "Tanggul Laut Ditargetkan Rampung")
    window.body.setFocus()
    ctrl(window.body, Qt.Key.Key_B, shift=True)
    dialog = window.active_dialog
    pick(qtbot, dialog.widgets["url"], "tanggul")
    assert dialog.widgets["url"].text() == url
    assert dialog.widgets["title"].text() == "Tanggul Laut Ditargetkan Rampung"
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [card] = [b for b in window.session.article.body if type(b).__name__ == "BacaJuga"]
    assert (card.url, card.title) == (url, "Tanggul Laut Ditargetkan Rampung")


def test_a_slug_typed_then_saved_at_once_is_the_slug_saved(qtbot, window, answers,
                                                          tmp_path) -> None:
    window.header.headline.setFocus()
    qtbot.keyClicks(window.header.headline, "Banjir Rob di Semarang")
    window.drawer.show_section("meta")
    slug = window.meta.slug
    slug.setFocus()
    qtbot.waitUntil(slug.hasFocus)
    slug.selectAll()
    qtbot.keyClicks(slug, "rob-semarang")
    assert slug.text() == "rob-semarang"  # the hyphens stay while typing
    answers.answers["save_as"] = tmp_path / "rob.redaksi"
    ctrl(slug, Qt.Key.Key_S)  # still in the field: no editingFinished yet
    assert open_draft(tmp_path / "rob.redaksi").article.slug == "rob-semarang"
    ctrl(slug, Qt.Key.Key_Z)
    assert window.session.article.slug == "banjir-rob-di-semarang"


def page_value(qtbot, pane, expression: str):
    box: list[object] = []
    pane.evaluate(f"JSON.stringify({expression})", box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5_000)
    return json.loads(box[0]) if isinstance(box[0], str) else None


@pytest.mark.usefixtures("webengine")
def test_the_preview_shows_the_picked_tag(qtbot, make_window) -> None:
    window = make_window(preview=True)
    pane = window.preview
    qtbot.waitUntil(pane.is_settled, timeout=30_000)
    window.drawer.show_section("meta")
    pick_with_keyboard(qtbot, window.meta.tags, "banjir rob, Sem")
    tags = "Array.from(document.querySelectorAll('ul.tags li'), li => li.textContent)"
    qtbot.waitUntil(lambda: page_value(qtbot, pane, tags) == ["banjir rob", "Semarang"],
                    timeout=30_000)
