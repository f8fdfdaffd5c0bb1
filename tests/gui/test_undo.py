"""One history for the whole article: Ctrl+Z undoes the last thing done, wherever it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from editor.gui.fields import standard_menu
from editor.model.article import RelatedStory
from editor.model.blocks import Paragraph
from editor.model.inline import text
from tests.gui.helpers import ctrl, wait_tasks

pytestmark = pytest.mark.gui


def test_typing_in_a_field_is_one_step_and_the_slug_follows_back(qtbot, window) -> None:
    headline = window.header.headline
    headline.setFocus()
    qtbot.keyClicks(headline, "Banjir rob")
    assert window.session.article.slug == "banjir-rob"
    assert window.session.stack.count() == 1  # ten letters, one step
    window.body.setFocus()  # leaving the field ends the step
    headline.setFocus()
    qtbot.keyClicks(headline, " Semarang")
    assert window.session.stack.count() == 2
    ctrl(headline, Qt.Key.Key_Z)
    assert headline.text() == "Banjir rob"
    assert window.session.article.slug == "banjir-rob"
    ctrl(headline, Qt.Key.Key_Z)
    assert (headline.text(), window.session.article.slug) == ("", "")
    ctrl(headline, Qt.Key.Key_Y)
    assert window.session.article.headline == "Banjir rob"


def test_undo_walks_back_across_fields_body_photo_and_related(qtbot, window, answers,
                                                              jpeg) -> None:
    session = window.session
    window.header.headline.setFocus()
    qtbot.keyClicks(window.header.headline, "Judul")
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Isi berita.")
    answers.answers["photo"] = jpeg
    window.on_choose_photo()
    wait_tasks(qtbot)
    window.photo.credit.setFocus()
    qtbot.keyClicks(window.photo.credit, "Istimewa")
    window.related.add_story(RelatedStory("Lain", "https://contoh.example/lain/"))
    window.body.setFocus()
    state = lambda: (session.article.headline, len(session.article.body),  # noqa: E731
                     session.article.featured_image is not None,
                     session.article.featured_image.credit if session.article.featured_image
                     else None, len(session.article.related))
    assert state() == ("Judul", 1, True, "Istimewa", 1)
    expected = [("Judul", 1, True, "Istimewa", 0), ("Judul", 1, True, "", 0),
                ("Judul", 1, False, None, 0), ("Judul", 0, False, None, 0),
                ("", 0, False, None, 0)]
    for after in expected:
        ctrl(window.body, Qt.Key.Key_Z)
        assert state() == after
    assert not window.session.is_dirty()
    for after in reversed([("Judul", 1, True, "Istimewa", 1), *expected[:-1]]):
        ctrl(window.body, Qt.Key.Key_Y)
        assert state() == after


def test_ctrl_z_in_a_line_edit_uses_the_window_history(qtbot, window) -> None:
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Teks.")
    window.photo.credit.setFocus()
    qtbot.keyClicks(window.photo.credit, "Istimewa")
    ctrl(window.photo.credit, Qt.Key.Key_Z)
    assert window.photo.credit.text() == ""
    ctrl(window.photo.credit, Qt.Key.Key_Z)  # the line edit's own history would stop here
    assert window.session.article.body == []


def test_context_menus_offer_the_window_undo(window) -> None:
    for widget in (window.photo.credit, window.header.headline, window.body):
        menu = standard_menu(widget)
        actions = menu.actions()
        assert window.actions["undo"] in actions and window.actions["redo"] in actions
        assert not [a for a in actions if a.objectName() in ("edit-undo", "edit-redo")]
        menu.deleteLater()


def test_undo_back_to_the_saved_state_is_clean(qtbot, window, answers, tmp_path) -> None:
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Disimpan.")
    answers.answers["save_as"] = tmp_path / "a.redaksi"
    window.actions["save"].trigger()
    assert not window.isWindowModified()
    qtbot.keyClicks(window.body, " Lagi.")
    assert window.isWindowModified()
    ctrl(window.body, Qt.Key.Key_Z)
    assert not window.isWindowModified()
    assert window.session.article.body == [Paragraph(text("Disimpan."))]


def test_body_typing_after_a_field_is_its_own_step(qtbot, window) -> None:
    """The document would merge "abc" and "def" into one step; the window keeps them apart."""
    window.body.setFocus()
    qtbot.keyClicks(window.body, "abc")
    window.header.headline.setFocus()
    qtbot.keyClicks(window.header.headline, "X")
    window.body.setFocus()
    qtbot.keyClicks(window.body, "def")
    ctrl(window.body, Qt.Key.Key_Z)
    assert (window.body.toPlainText(), window.header.headline.text()) == ("abc", "X")
    ctrl(window.body, Qt.Key.Key_Z)
    assert (window.body.toPlainText(), window.header.headline.text()) == ("abc", "")
    ctrl(window.body, Qt.Key.Key_Z)
    assert window.body.toPlainText() == ""


def _key(target, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    """A key press delivered to ``target`` as the platform does it (event filters first)."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers))


def test_ctrl_z_in_the_tag_field_with_its_completion_open_undoes_the_article(qtbot, window):
    """Right after typing a tag its completion list is open and has the keyboard. Where the
    platform then matches no shortcut of the main window (a window manager gives the list
    the focus), the list hands Ctrl+Z to the line edit, which undid only its own text: the
    window's history stayed, and the field's change became a new step of it."""
    from dataclasses import replace

    window.body.setFocus()
    qtbot.keyClicks(window.body, "Teks.")
    window.session.set_site(replace(window.session.site, tags=("banjir rob", "Semarang")))
    window.drawer.show_section("meta")
    tags = window.meta.tags
    tags.setFocus()
    qtbot.keyClicks(tags, "ban")
    popup = tags.completer().popup()
    assert popup.isVisible()
    for name in ("undo", "redo"):  # no shortcut matches while the list has the keyboard
        window.actions[name].setShortcuts([])
    steps = window.session.stack.index()
    _key(popup, Qt.Key.Key_Z)
    assert window.session.stack.index() == steps - 1, "the window's history went back"
    assert (tags.text(), window.session.article.tags) == ("", [])
    assert not popup.isVisible()
    _key(tags, Qt.Key.Key_Z)  # the line edit itself hands the key to the window too
    assert window.session.article.body == []
    _key(tags, Qt.Key.Key_Y)
    assert window.session.article.body == [Paragraph(text("Teks."))]


@pytest.mark.parametrize("name", ["headline", "deck", "caption", "credit", "published"])
def test_every_field_sends_undo_keys_to_the_window(qtbot, window, name) -> None:
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Teks.")
    widget = {"headline": window.header.headline, "deck": window.header.deck,
              "caption": window.photo.caption, "credit": window.photo.credit,
              "published": window.header.published}[name]
    widget.setFocus()
    _key(widget, Qt.Key.Key_Z)
    assert window.session.article.body == []
    _key(widget, Qt.Key.Key_Y)
    assert window.session.article.body == [Paragraph(text("Teks."))]
def test_every_field_but_the_body_id_and_records_is_on_the_undo_history() -> None:
    """A new article field left out of HEAD_FIELDS would change without an undo step;
    publication records are facts, never undone (see test_publish_dialog)."""
    import dataclasses

    from editor.gui.article.undo import HEAD_FIELDS
    from editor.model.article import Article

    names = {f.name for f in dataclasses.fields(Article)} - {"body", "id", "publications"}
    assert names == set(HEAD_FIELDS)
