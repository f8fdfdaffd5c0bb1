"""The import report, shown once after a document opens as a new draft.

It lists what the importer recognised (headline, dateline, Baca Juga boxes,
credits...) and what it left out (comments, tracked changes, pictures it could
not read), so the journalist checks exactly those places before publishing. The
notes come from the core in Indonesian and English; the dialog picks the UI's.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from editor.gui.i18n import Retranslates, current_language
from editor.importers.report import ImportReport, NoteKind
from editor.model.web_address import is_url


class ImportReportDialog(Retranslates, QDialog):
    def __init__(self, parent: QWidget | None, report: ImportReport) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report = report
        self.setMinimumSize(560, 380)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.notes = QTextBrowser(self)
        self.notes.setObjectName("importNotes")
        self.notes.setOpenLinks(False)
        layout.addWidget(self.notes, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import report"))
        source = self.report.source
        name = source if is_url(source) else Path(source).name
        self.intro.setText(
            self.tr("“%1” opened as a new draft. Check these places before you publish.")
            .replace("%1", name or self.tr("Clipboard"))
        )
        self.notes.setHtml(self.notes_html())

    def notes_html(self) -> str:
        lang = current_language()
        parts = []
        for kind, title in ((NoteKind.DROPPED, self.tr("Left out or needs a look")),
                            (NoteKind.RECOGNISED, self.tr("Recognised"))):
            notes = self.report.of_kind(kind)
            if notes:
                items = "".join(f"<li>{escape(note.message(lang))}</li>" for note in notes)
                parts.append(f"<h3>{escape(title)} ({len(notes)})</h3><ul>{items}</ul>")
        if not parts:
            nothing = self.tr("Nothing to report: the text came in as it was.")
            parts.append(f"<p>{escape(nothing)}</p>")
        return "".join(parts)
