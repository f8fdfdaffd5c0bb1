"""Articles into the editor window: dropped files, File → Import…, and a whole article pasted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from editor.importers.docx import import_docx
from editor.model import Article, Author, ListBlock, Paragraph, Table
from editor.model.draft import Draft
from editor.model.inline import text
from editor.storage.draft import open_draft, save_draft
from tests.gui.helpers import dialog_ok, press, wait_tasks
from tests.importers.docx_factory import HEADLINE, newsroom_docx
from tests.importers.test_paste_article import HEADLINE as PASTED_HEADLINE
from tests.importers.test_paste_article import google_docs_clipboard, word_document

pytestmark = [
    pytest.mark.gui,
    # Qt 6 builds a drag-enter event only from a QPoint; PySide marks that constructor
    # deprecated in favour of a QPointF one that QDragEnterEvent does not have
    pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning"),
]


def drop_files(target, paths: list[Path]) -> bool:
    """Drag files from a file manager onto ``target`` and drop them (Qt's real event path)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    mime.setText("\n".join(QUrl.fromLocalFile(str(p)).toString() for p in paths))
    where = QPoint(target.width() // 2, target.height() // 3)
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(where, action, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(where), action, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def test_docx_dropped_on_the_text_opens_as_a_new_draft(window, qtbot, tmp_path: Path) -> None:
    docx = newsroom_docx(tmp_path / "rob.docx")
    body_before = window.body.toPlainText()
    assert drop_files(window.body.viewport(), [docx])
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: window.session.article.headline == HEADLINE)
    article = window.session.article
    assert window.session.is_dirty() and window.session.draft.path is None
    assert window.header.headline.toPlainText() == HEADLINE
    assert article.dateline == "Semarang" and article.signoff == "rw/dp"
    assert any(isinstance(b, Table) for b in article.body)
    assert str(docx) not in window.body.toPlainText() and window.body.toPlainText() != body_before
    dialog = window.imports.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Komentar" in dialog.notes.toPlainText() and "Tabel" in dialog.notes.toPlainText()
    dialog.accept()
    # the imported draft saves, and opens again the same
    saved = window.files._write(tmp_path / "rob.redaksi")
    assert saved and open_draft(tmp_path / "rob.redaksi").article == window.session.article


def test_file_import_menu_and_a_failure(window, qtbot, answers, tmp_path: Path) -> None:
    text = tmp_path / "kawat.txt"
    text.write_text("Harga Cabai Naik\n\nJAKARTA – Harga cabai naik tajam.\n\n(ant/bs)\n")
    answers.answers["import"] = text
    window.actions["import"].trigger()
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: window.session.article.headline == "Harga Cabai Naik")
    assert window.session.article.signoff == "ant/bs"
    window.imports.report_dialog.accept()
    broken = tmp_path / "rusak.docx"
    broken.write_bytes(b"bukan dokumen")
    window.session.stack.setClean()
    window.session._forced_dirty = False
    answers.answers["import"] = broken
    window.actions["import"].trigger()
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: bool(answers.errors))
    assert "rusak" in answers.errors[-1][1] and "\n" not in answers.errors[-1][1]
    assert window.session.article.headline == "Harga Cabai Naik"  # nothing was lost


def test_a_draft_dropped_on_the_window_opens(window, qtbot, tmp_path: Path,
                                             sample_draft_path: Path) -> None:
    copy = save_draft(open_draft(sample_draft_path), tmp_path / "contoh.redaksi")
    assert drop_files(window, [copy])
    assert window.session.draft.path == copy


def test_whole_google_docs_article_pasted_into_an_empty_draft(window, qtbot, tmp_path) -> None:
    imported = import_docx(word_document(tmp_path / "kerang.docx")).draft.article
    mime = QMimeData()
    mime.setHtml(google_docs_clipboard())
    window.body.setFocus()
    window.body.insertFromMimeData(mime)
    article = window.session.article
    assert article.headline == PASTED_HEADLINE
    assert (article.dateline, article.signoff) == ("Semarang", "sd/ed")
    assert [a.name for a in article.authors][-1] == "Sari Dewi"
    assert [b.kind for b in article.body] == [
        "paragraph", "paragraph", "baca_juga", "heading", "paragraph", "list", "paragraph", "table"
    ]
    # the same article as importing its .docx: the nested list keeps its depths, the table
    # its header row, through the editor's text and back
    assert [b.to_dict() for b in article.body] == [b.to_dict() for b in imported.body]
    assert isinstance(article.body[5], ListBlock) and article.body[5].depths == [0, 1, 1, 0]
    assert isinstance(article.body[7], Table) and article.body[7].header
    assert window.imports.report_dialog.isVisible()
    window.imports.report_dialog.accept()
    # the same paste into a draft with text is an ordinary paste
    window.body.insertFromMimeData(mime)
    assert window.session.article.headline == PASTED_HEADLINE
    assert any(PASTED_HEADLINE in b.plain() for b in window.session.article.body)


def test_an_imported_table_shows_as_a_card_whose_caption_can_be_edited(qtbot, window) -> None:
    table = Table(rows=[[text("Pos"), text("Tinggi")], [text("Kaligawe"), text("45 cm")]])
    article = Article(headline="Uji tabel", body=[Paragraph(text("a")), table, Paragraph(text("b"))])
    window.session.load(Draft(article=article))
    window.body.setFocus()
    cursor = QTextCursor(window.body.document().findBlockByNumber(1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.body.setTextCursor(cursor)
    assert window.body.card_label(table) == "TABEL"
    assert window.body.card_notes(table) == [("2 baris × 2 kolom", "muted")]
    press(window.body, Qt.Key.Key_F2)
    dialog_ok(qtbot, window.active_dialog, caption="Tinggi rob per pos")
    assert window.session.article.body[1] == Table(table.rows, True, "Tinggi rob per pos")
    window.actions["undo"].trigger()
    assert window.session.article.body[1] == table


def test_credited_editors_show_and_edit_in_the_tags_and_authors_section(window) -> None:
    article = Article(headline="Uji kredit", body=[Paragraph(text("Isi."))])
    article.editors = [Author("Dimas Prasetyo")]
    window.session.load(Draft(article=article))
    window.drawer.show_section("meta")
    meta = window.meta
    assert meta.editors.text() == "Dimas Prasetyo"
    meta.editors.setText("Dimas Prasetyo, Sari Dewi")
    meta.editors.textEdited.emit(meta.editors.text())
    assert [e.name for e in window.session.article.editors] == ["Dimas Prasetyo", "Sari Dewi"]
    window.actions["undo"].trigger()
    assert [e.name for e in window.session.article.editors] == ["Dimas Prasetyo"]


def test_a_baca_juga_line_pasted_into_a_story_becomes_a_box(window) -> None:
    article = Article(headline="Uji tempel", body=[Paragraph(text("Paragraf pertama."))])
    window.session.load(Draft(article=article))
    window.body.setFocus()
    cursor = window.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.body.setTextCursor(cursor)
    mime = QMimeData()
    mime.setHtml('<p>Kedua.</p><p>Baca Juga: <a href="https://s.example/a/">Judul Lain</a></p>'
                 "<p>Ketiga.</p>")
    window.body.insertFromMimeData(mime)
    kinds = [b.kind for b in window.session.article.body]
    assert kinds == ["paragraph", "baca_juga", "paragraph"]
    assert window.session.article.body[1].url == "https://s.example/a/"
    assert window.session.article.headline == "Uji tempel"


@pytest.mark.parametrize("language", ["id", "en"])
def test_an_error_that_escapes_an_importer_is_said_in_the_windows_language(
        make_window, qtbot, answers, tmp_path: Path, monkeypatch, language: str) -> None:
    """Not the operating system's English inside an Indonesian dialog."""
    from editor.importers import sources

    def refused(source, **_options):
        raise PermissionError(13, "Permission denied", str(source))

    monkeypatch.setattr(sources, "import_source", refused)
    window = make_window(language=language)
    window.imports.import_path(tmp_path / "kawat.txt", asked=True)
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: bool(answers.errors))
    said = answers.errors[-1][1]
    expected = {"id": "tidak ada izin", "en": "permission denied"}[language]
    assert said.startswith(expected) and "Permission denied" not in said
