"""Berita Terkait: add, edit, remove, reorder (buttons, keys, dragging), every step undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from editor.model.article import RelatedStory
from tests.gui.helpers import dialog_ok, press

pytestmark = pytest.mark.gui


def titles(window) -> list[str]:
    return [story.title for story in window.session.article.related]


@pytest.fixture
def stories(window):
    for letter in "ABC":
        window.related.add_story(RelatedStory(f"Berita {letter}", f"https://c.example/{letter}/"))
    window.drawer.show_section("related")
    return window


def test_add_and_edit_through_dialogs(qtbot, window) -> None:
    window.drawer.show_section("related")
    qtbot.mouseClick(window.related.buttons["add"], Qt.MouseButton.LeftButton)
    dialog_ok(qtbot, window.active_dialog, title="Tarif Angkot Naik", url="https://c.example/t/")
    assert titles(window) == ["Tarif Angkot Naik"]
    assert window.drawer.buttons["related"].text() == "Berita Terkait (1)"
    window.related.select(0)
    qtbot.mouseClick(window.related.buttons["edit"], Qt.MouseButton.LeftButton)
    window.active_dialog.widgets["title"].clear()
    dialog_ok(qtbot, window.active_dialog, title="Tarif Angkot Naik Seribu")
    assert titles(window) == ["Tarif Angkot Naik Seribu"]
    window.actions["undo"].trigger()
    assert titles(window) == ["Tarif Angkot Naik"]


def test_a_bad_address_cannot_be_added(qtbot, window) -> None:
    window.on_add_related()
    dialog = window.active_dialog
    qtbot.keyClicks(dialog.widgets["title"], "Judul")
    qtbot.keyClicks(dialog.widgets["url"], "javascript:alert(1)")
    assert not dialog.ok_button.isEnabled()
    assert "https://" in dialog.problem.text()
    dialog.reject()


def test_reorder_by_buttons_keys_and_dragging(qtbot, stories) -> None:
    window, panel = stories, stories.related
    panel.select(2)
    qtbot.mouseClick(panel.buttons["up"], Qt.MouseButton.LeftButton)
    assert titles(window) == ["Berita A", "Berita C", "Berita B"]
    panel.list.setFocus()
    press(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(window) == ["Berita A", "Berita B", "Berita C"]
    # what an internal drag-and-drop does to the rows, then the view's report of it
    moved = panel.list.takeTopLevelItem(2)
    panel.list.insertTopLevelItem(0, moved)
    panel.list.reordered.emit([panel.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                               for i in range(3)])
    assert titles(window) == ["Berita C", "Berita A", "Berita B"]
    window.actions["undo"].trigger()
    assert titles(window) == ["Berita A", "Berita B", "Berita C"]


def test_delete_key_removes_and_undo_brings_back(qtbot, stories) -> None:
    window, panel = stories, stories.related
    panel.select(1)
    panel.list.setFocus()
    press(panel.list, Qt.Key.Key_Delete)
    assert titles(window) == ["Berita A", "Berita C"]
    window.actions["undo"].trigger()
    assert titles(window) == ["Berita A", "Berita B", "Berita C"]
