"""Issue 12 items 12-14: frictions a new user met, each reproduced in the real window."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit

from editor.gui.body.cards import card_lines, text_boxes
from editor.gui.datetimes import widest_text
from editor.model.blocks import BacaJuga
from tests.gui.helpers import ctrl, dialog_ok, reactivate

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]


def shows_whole_text(edit) -> tuple[int, int]:
    """(room for text, text width) in a date field's line edit."""
    line = edit.findChild(QLineEdit)
    room = line.contentsRect().width() - line.textMargins().left() - line.textMargins().right() - 4
    return room, line.fontMetrics().horizontalAdvance(line.text())


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_publish_time_is_not_clipped(qtbot, make_window, sample_draft_path, language) -> None:
    """Item 12: "Thursday, 3 December 2026 14:4" — the field was sized for 1 January 2000."""
    window = make_window(sample_draft_path, language=language)
    window.resize(1024, 700)
    zone = window.session.site.zone
    for moment in (datetime(2026, 12, 3, 14, 45, tzinfo=zone),
                   datetime(2026, 9, 30, 20, 48, tzinfo=zone)):  # Wednesday, September
        window.session.edit("x", lambda a, m=moment: setattr(a, "published", m))
        qtbot.wait(10)
        room, text = shows_whole_text(window.header.published)
        assert room >= text, (window.header.published.text(), room, text)
    locale = window.header.published.locale()
    longest = widest_text(locale, window.header.published.displayFormat())
    assert ("Wednesday" if language == "en" else "September") in longest


def test_link_dialog_completes_www_and_refuses_a_host_without_a_dot(qtbot, window) -> None:
    """Item 13."""
    body = window.body
    body.setFocus()
    qtbot.keyClicks(body, "Prakiraan cuaca ada di situs BMKG.")
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    ctrl(body, Qt.Key.Key_K)
    dialog = window.active_dialog
    field = dialog.widgets["href"]
    field.setText("https://warta")
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem.text() == ("Alamat ini tidak punya nama situs yang lengkap (perlu "
                                     "titik, seperti www.bmkg.go.id)")
    field.setText("www.bmkg.go.id")
    assert dialog.ok_button.isEnabled()
    assert dialog.problem.text() == "Akan disimpan sebagai https://www.bmkg.go.id"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    reactivate(window)
    (paragraph,) = window.session.article.body
    assert [span.href for span in paragraph.spans] == ["https://www.bmkg.go.id"]


def test_an_empty_article_shows_where_to_write(qtbot, window) -> None:
    """Item 14: the body of a new article says what it is for."""
    assert window.body.hint == "Tulis berita di sini…"
    assert window.body.shows_hint()
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Air")
    assert not window.body.shows_hint()


def test_related_story_starts_undated_and_asks_like_baca_juga(qtbot, window) -> None:
    """Item 14: no invented date; link then title in both dialogs."""
    window.on_insert_baca_juga()
    baca_juga = window.active_dialog
    baca_order = list(baca_juga.widgets)
    baca_juga.reject()
    reactivate(window)
    window.on_add_related()
    dialog = window.active_dialog
    assert list(dialog.widgets)[:2] == baca_order == ["url", "title"]
    date = dialog.widgets["published"]
    assert date.text() == "Tanpa tanggal"
    assert dialog.values()["published"] is None
    dialog_ok(qtbot, dialog, url="wartapesisir.example/berita/2024/06/01/halte/",
              title="Halte Baru di Kaligawe")
    (story,) = window.session.article.related
    assert story.published is None
    assert story.url == "https://wartapesisir.example/berita/2024/06/01/halte/"


def test_baca_juga_card_title_has_room_above_and_below(window) -> None:
    """Item 14: the card's title was squeezed between its label and its link."""
    card = BacaJuga("https://wartapesisir.example/a/", "Tanggul Laut Ditargetkan Rampung")
    boxes = text_boxes(card_lines(card, window.body), QRectF(0, 0, 400, 1000))
    assert boxes.title.top() - boxes.label.bottom() >= 6
    assert boxes.notes[0].top() - boxes.title.bottom() >= 9


def test_open_recent_lists_headlines(qtbot, make_window, tmp_path, sample_draft_path) -> None:
    """Item 14: the menu showed file names (slugs), not what the journalist recognises."""
    path = shutil.copy(sample_draft_path, tmp_path / "banjir-rob-rev2.redaksi")
    window = make_window(path)
    headline = window.session.article.headline
    menu = window.menus["recent"]
    first = menu.actions()[0]
    expected = headline if len(headline) <= 70 else headline[:69].rstrip() + "…"
    assert first.text() == f"&1  {expected}"
    assert first.toolTip() == str(Path(path).resolve())


def test_a_browser_that_cannot_start_is_reported(qtbot, window, answers, tmp_path) -> None:
    """Item 14: "Open the page when done" failed silently without a browser."""
    answers.answers["open_location"] = False
    window.actions["export"].trigger()
    dialog = window.export_dialog
    dialog.folder.setText(str(tmp_path / "situs"))
    dialog.open_after.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    (title, text), = answers.errors
    assert text.startswith("Halaman sudah diekspor, tetapi peramban tidak bisa dibuka")
    assert str(answers.opened[0]) in text and dialog.status.text() == text


def test_the_recovery_prompt_uses_the_sites_zone(make_window, answers) -> None:
    """Item 14: the time was the computer's clock, not the newsroom's (WIB)."""
    from editor.model.article import Article
    from editor.model.draft import Draft
    from editor.storage.recovery import RecoveryJournal

    journal = RecoveryJournal(session="lama")
    journal.pid = 2**22 + 4242  # no such process: that session crashed
    journal.write(Draft(article=Article(headline="Rob Surut")),
                  now=datetime(2026, 12, 3, 7, 45, tzinfo=UTC))
    answers.answers["recover"] = "later"
    window = make_window()
    assert window.files.offer_recovery() is None
    (key, question), = [item for item in answers.asked if item[0] == "recover"]
    assert "3 Desember 2026 14:45 WIB" in question["text"]
