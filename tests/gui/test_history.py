"""Revision history in the real window: ten saves, the third restored as one undoable
step, the difference between two versions shown word by word, times in the site's zone."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from editor.gui.dialogs.history import HistoryDialog
from editor.model.article import Article
from editor.model.blocks import Paragraph, Table
from editor.model.diff import ADDED, REMOVED
from editor.model.draft import Draft
from editor.model.inline import text
from editor.model.revisions import add_revision
from editor.storage.draft import open_draft
from tests.gui.helpers import ctrl, reactivate
from tests.support import SAMPLE_DRAFT

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]
T0 = datetime(2024, 6, 18, 13, 0, tzinfo=UTC)


def type_at_end_of_first_paragraph(qtbot, window, words: str) -> None:
    body = window.body
    cursor = QTextCursor(body.document().findBlockByNumber(0))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)
    body.setFocus()
    qtbot.keyClicks(body, words)


@pytest.fixture
def saved_ten_times(qtbot, make_window, tmp_path):
    path = shutil.copy(SAMPLE_DRAFT, tmp_path / "banjir-rob.redaksi")
    window = make_window(path)
    original = window.session.article.body[0].plain()
    for n in range(1, 11):
        type_at_end_of_first_paragraph(qtbot, window, f" Tambahan{n}")
        ctrl(window.body, Qt.Key.Key_S)
        assert not window.session.is_dirty()
    return window, path, original


def open_history(qtbot, window) -> HistoryDialog:
    ctrl(window.body, Qt.Key.Key_H, shift=True)
    dialog = window.history_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_ten_saves_restore_the_third_and_undo(qtbot, saved_ten_times) -> None:
    window, path, original = saved_ten_times
    assert len(open_draft(path).revisions) == 10, "the sample's own save history is empty"
    dialog = open_history(qtbot, window)
    assert dialog.list.count() == 10
    third = 10 - 3  # the list shows the newest first
    dialog.list.setCurrentRow(third)
    # what the third save changed from the second: one word in paragraph 1
    (change,) = dialog.changes
    assert (change.field, change.index) == ("body", 0)
    assert [p.text for p in change.pieces if p.op == ADDED] == ["Tambahan3"]
    assert [p.text for p in change.pieces if p.op == REMOVED] == []
    assert "Tambahan3" in dialog.diff.toPlainText()
    assert dialog.list.item(third).text().endswith("+1 kata")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    reactivate(window)
    expected = original + " Tambahan1 Tambahan2 Tambahan3"
    assert window.session.article.body[0].plain() == expected
    assert window.body.document().findBlockByNumber(0).text() == expected
    assert window.session.is_dirty()
    ctrl(window.body, Qt.Key.Key_Z)  # one step undoes the restore
    tenth = original + "".join(f" Tambahan{n}" for n in range(1, 11))
    assert window.session.article.body[0].plain() == tenth
    assert not window.session.is_dirty()
    ctrl(window.body, Qt.Key.Key_Y)
    assert window.session.article.body[0].plain() == expected
    ctrl(window.body, Qt.Key.Key_S)
    again = open_draft(path)
    assert again.article.body[0].plain() == expected
    assert len(again.revisions) == 11 and again.revisions[-1].content == again.revisions[2].content


def test_revision_times_are_in_the_sites_zone(qtbot, saved_ten_times) -> None:
    window, _path, _original = saved_ten_times
    dialog = open_history(qtbot, window)
    newest = window.session.draft.revisions[-1]
    local = newest.saved_at.astimezone(window.session.site.zone)
    first_line = dialog.list.item(0).text().splitlines()[0]
    assert first_line.endswith(f"{local:%H:%M} WIB"), first_line
    assert str(local.day) in first_line
    dialog.reject()


def test_restore_brings_back_head_fields_too(qtbot, make_window, tmp_path) -> None:
    path = shutil.copy(SAMPLE_DRAFT, tmp_path / "banjir-rob.redaksi")
    window = make_window(path)
    old = window.session.article.headline
    ctrl(window.body, Qt.Key.Key_S)
    window.header.headline.setFocus()
    window.header.headline.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.header.headline, " (Diperbarui)")
    ctrl(window.body, Qt.Key.Key_S)
    dialog = open_history(qtbot, window)
    dialog.list.setCurrentRow(0)
    (change,) = dialog.changes
    assert change.field == "headline" and [p.text for p in change.pieces if p.op == ADDED] == [
        "(Diperbarui)"]
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.session.article.headline == old
    assert window.header.headline.text() == old


def test_a_changed_table_is_named_as_a_table(qtbot, window) -> None:
    """An imported Word table whose caption was edited between two saves."""
    def article(caption: str) -> Article:
        rows = [[text("Pos"), text("Tinggi")], [text("Kaligawe"), text("45 cm")]]
        return Article(headline="Rob", body=[Paragraph(text("Isi.")), Table(rows, True, caption)])

    window.session.load(Draft(article=article("Tinggi rob"), revisions=add_revision(
        add_revision([], article("Tinggi rob"), T0), article("Tinggi rob sore"),
        T0 + timedelta(minutes=5))))
    dialog = open_history(qtbot, window)
    (change,) = dialog.changes
    assert (change.kind, [p.text for p in change.pieces if p.op == ADDED]) == ("table", ["sore"])
    assert "Tabel 1" in dialog.diff.toPlainText()
    dialog.reject()


def test_restoring_a_version_whose_photo_was_dropped_says_so(qtbot, window, answers,
                                                             jpeg) -> None:
    """Old versions keep their photos only within a byte budget: restoring one that lost
    its photo brings the text back and says, in the journalist's words, what is missing."""
    from editor.model.image import ImageRef

    with_photo = Article(headline="Rob di Tambaklorok", body=[Paragraph(text("Isi lama."))],
                         featured_image=ImageRef("media/rob-lama.jpg", alt="Rob"))
    now = Article(headline="Rob surut", body=[Paragraph(text("Isi baru."))])
    draft = Draft(article=now, revisions=add_revision(add_revision([], with_photo, T0), now,
                                                       T0 + timedelta(minutes=5)))
    window.session.load(draft)  # no file for media/rob-lama.jpg: dropped from the draft
    dialog = open_history(qtbot, window)
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.session.article.headline == "Rob di Tambaklorok"
    assert window.session.article.featured_image is None
    (shown,) = [question for key, question in answers.asked if key == "info"]
    assert "1 foto" in shown["text"] and "tidak lagi disimpan" in shown["text"]
