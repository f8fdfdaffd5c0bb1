"""Stories in from Word, Google Docs, wire copy and web pages: File → Import…, drops, and a
whole article pasted into an empty draft.

The core does the work (``editor.importers.sources``) in a worker thread — a
20-page document with photos takes a fraction of a second, a web page may take
seconds — and the result opens as a new, unsaved draft. Its import report is
shown once, right after it opens.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editor import interaction
from editor.errors import RedaksiError
from editor.gui import writing
from editor.gui.article.session import DraftSession
from editor.gui.i18n import error_text
from editor.gui.settings import Settings
from editor.gui.tasks import run_task
from editor.model.blocks import Block

if TYPE_CHECKING:  # the importers load on the first import, not with the window
    from editor.importers.report import ImportResult

log = logging.getLogger(__name__)
IMPORTABLE = (".docx", ".md", ".markdown", ".txt", ".html", ".htm")


def importable(path: Path) -> bool:
    return path.suffix.lower() in IMPORTABLE


class ImportController(QObject):
    """``files`` is the window's ``FileController`` (asks to save the current draft first)."""

    def __init__(self, session: DraftSession, settings: Settings, files, parent: QObject) -> None:
        super().__init__(parent)
        self.session, self.settings, self.files = session, settings, files
        self.window = parent
        self.report_dialog = None
        self.busy = False

    def import_dialog(self) -> None:
        if not self.files.maybe_save():
            return
        path = interaction.current().ask_open_file(
            "import", self.tr("Import article"), self.settings.get("last_folder"),
            self.tr("Articles (*.docx *.md *.txt *.html *.htm)"))
        if path:
            self.import_path(path, asked=True)

    def import_path(self, path: Path | str, *, asked: bool = False) -> None:
        """Import in a worker; the result replaces the window's draft when it arrives."""
        if self.busy or (not asked and not self.files.maybe_save()):
            return
        from editor.importers.sources import import_source

        self.busy = True
        source = str(path)
        rules = writing.options().rules  # the house typography the journalist has on
        lookup = self._lookup()  # "Baca Juga: Title" lines get their link from the archive
        run_task(lambda _progress: import_source(source, typography=rules, lookup=lookup),
                 self._opened, self._failed, owner=self)

    def _lookup(self):
        """The site archive's headline look-up (safe in the import's worker), or None."""
        archive = getattr(self.window, "archive", None)
        return archive.title_lookup() if archive is not None else None

    def _opened(self, result: ImportResult) -> None:
        self.busy = False
        draft = result.draft
        if not draft.article.authors:
            draft.article.authors = self.files.new_draft().article.authors
        self.files.saved_at = None
        self.session.load(draft, dirty=True)
        self.show_report(result)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        if not isinstance(error, (RedaksiError, OSError)):  # a bug: its details go to the log
            log.error("import failed", exc_info=error)
        interaction.current().error(self.tr("Import article"), error_text(error))

    def show_report(self, result: ImportResult) -> None:
        from editor.gui.dialogs.import_report import ImportReportDialog

        self.report_dialog = ImportReportDialog(self.window, result.report)
        self.report_dialog.open()

    # ----------------------------------------------------------------- paste
    def pasted(self, blocks: list[Block]) -> list[Block]:
        """A whole article pasted into an empty draft fills the headline, dateline and credits
        as importing its document would; any other paste goes into the text, its Baca Juga
        lines as boxes."""
        from editor.importers.paste_article import paste_article, pasted_blocks

        lookup = self._lookup()
        if not self._is_empty(self.session.article):
            return pasted_blocks(blocks, lookup=lookup)
        result = paste_article(blocks, language=self.session.article.language or "id",
                               lookup=lookup)
        if result is None:
            return pasted_blocks(blocks, lookup=lookup)
        found = result.draft.article

        def fill(article) -> None:
            article.set_headline(found.headline)
            article.deck = article.deck or found.deck
            article.dateline = found.dateline or article.dateline
            article.signoff = found.signoff or article.signoff
            article.authors = found.authors or article.authors
            article.editors = found.editors or article.editors

        self.session.edit(self.tr("Paste article"), fill)
        self.show_report(result)
        return found.body

    @staticmethod
    def _is_empty(article) -> bool:
        return not article.headline.strip() and not any(b.plain().strip() or b.kind != "paragraph"
                                                         for b in article.body)

