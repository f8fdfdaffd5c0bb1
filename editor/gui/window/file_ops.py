"""New, Open, Save, Save As, Revert, recent files, outside edits and crash recovery.

Every question goes through the interaction seam, so the same code runs with
dialogs, scripted answers in tests, or a terminal prompt. Errors from the core
arrive as ``RedaksiError`` with a message in the UI language.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime, Signal

from editor import interaction
from editor.errors import DraftError, RedaksiError
from editor.gui.article.session import DraftSession
from editor.gui.i18n import error_text
from editor.gui.settings import Settings
from editor.gui.window.autosave import Autosaver
from editor.model.article import Article, Author
from editor.model.draft import Draft
from editor.storage.draft import changed_on_disk, file_hash, open_draft, save_draft

if TYPE_CHECKING:
    from editor.storage.recovery import RecoveryEntry

SUFFIX = ".redaksi"


class FileController(QObject):
    recent_changed = Signal(list)
    saved_at_changed = Signal()

    def __init__(self, session: DraftSession, settings: Settings, autosaver: Autosaver,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.autosaver = autosaver
        self.saved_at: datetime | None = None
        self._ignored_disk_hash: str | None = None

    def ask(self) -> interaction.Interaction:
        return interaction.current()

    def _error(self, error: Exception) -> None:
        self.ask().error(self.tr("Redaksi"), error_text(error))

    # ----------------------------------------------------------------- new / open
    def new_draft(self) -> Draft:
        """A blank article with the preferred author and sign-off already filled in."""
        author = self.settings.get("default_author").strip()
        return Draft(article=Article(authors=[Author(author)] if author else [],
                                     signoff=self.settings.get("default_signoff").strip()))

    def new(self) -> None:
        if self.maybe_save():
            self.saved_at = None
            self.session.load(self.new_draft())

    def open(self) -> None:
        if not self.maybe_save():
            return
        path = self.ask().ask_open_file("open", self.tr("Open article"),
                                        self.settings.get("last_folder"), self.draft_filter())
        if path:
            self.open_path(path)

    def open_path(self, path: Path | str) -> bool:
        try:
            draft = open_draft(path)
        except RedaksiError as exc:
            self._error(exc)
            return False
        self.saved_at = None
        self._ignored_disk_hash = None
        self.session.load(draft)
        self._remember(Path(path))
        return True

    def _remember(self, path: Path) -> None:
        self.settings.set("last_folder", str(path.resolve().parent))
        headline = self.session.current.article.headline
        self.recent_changed.emit(self.settings.add_recent_file(path, headline))

    def clear_recent(self) -> None:
        self.settings.set("recent_files", [])
        self.recent_changed.emit([])

    # ----------------------------------------------------------------- save
    def save(self) -> bool:
        draft = self.session.draft
        if draft.path is None:
            return self.save_as()
        if changed_on_disk(draft):
            answer = self.ask().choose(
                "overwrite_changed", self.tr("File changed on disk"),
                self.tr("“%1” was changed by another program since you opened it. "
                        "Overwrite it with your version?").replace("%1", draft.path.name),
                [("overwrite", self.tr("Overwrite")), ("cancel", self.tr("Cancel"))], "cancel")
            if answer != "overwrite":
                return False
        return self._write(draft.path)

    def save_as(self) -> bool:
        draft = self.session.draft
        folder = Path(self.settings.get("last_folder") or Path.home())
        suggested = draft.path or folder / f"{draft.article.effective_slug()}{SUFFIX}"
        path = self.ask().ask_save_file("save_as", self.tr("Save article as"), str(suggested),
                                        self.draft_filter())
        if not path:
            return False
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return self._write(path)

    def save_quietly(self) -> Exception | None:
        """Save to the draft's own file without asking or showing anything (after a publish
        recorded itself; the publish dialog says how it went). The error, or None."""
        draft = self.session.draft
        if draft.path is None:
            return DraftError("Draf belum punya nama berkas.", "The draft has no file name yet.")
        if changed_on_disk(draft):  # someone else's version: only the journalist decides
            return DraftError("Berkas draf diubah program lain.",
                              "The draft file was changed by another program.",
                              path=str(draft.path))
        try:
            save_draft(draft, draft.path)
        except (RedaksiError, OSError) as exc:
            return exc
        self._saved(draft.path)
        return None

    def _write(self, path: Path) -> bool:
        try:
            save_draft(self.session.draft, path)
        except (RedaksiError, OSError) as exc:
            self._error(exc)
            return False
        self._saved(path)
        return True

    def _saved(self, path: Path) -> None:
        self.saved_at = datetime.now()
        self._ignored_disk_hash = None
        self.session.mark_saved(path)
        self.autosaver.discard()
        self._remember(path)
        self.saved_at_changed.emit()

    def maybe_save(self) -> bool:
        """Before the draft leaves the window: True when it is safe to go on."""
        if not self.session.is_dirty():
            return True
        name = self.session.draft.path.name if self.session.draft.path else self.tr("Untitled")
        answer = self.ask().choose(
            "save_changes", self.tr("Unsaved changes"),
            self.tr("Save the changes to “%1” before closing it?").replace("%1", name),
            [("save", self.tr("Save")), ("discard", self.tr("Don't Save")),
             ("cancel", self.tr("Cancel"))], "cancel")
        if answer == "save":
            return self.save()
        return answer == "discard"

    def revert(self) -> None:
        path = self.session.draft.path
        if path is None or not self.session.is_dirty():
            return
        if self.ask().confirm("revert", self.tr("Revert"),
                              self.tr("Throw away the changes since the last save?"),
                              self.tr("Revert")):
            self.session.stack.setClean()  # nothing to ask about any more
            self.open_path(path)

    # ----------------------------------------------------------------- outside edits
    def check_disk(self) -> None:
        """Called when the window gets focus: warn once per outside change."""
        draft = self.session.current  # only its file: no need to convert the body
        if draft.path is None or not changed_on_disk(draft):
            return
        current = file_hash(draft.path)
        if current == self._ignored_disk_hash:
            return
        self._ignored_disk_hash = current
        answer = self.ask().choose(
            "changed_on_disk", self.tr("File changed on disk"),
            self.tr("“%1” was changed by another program. Reload it (your unsaved changes are "
                    "lost) or keep editing your version?").replace("%1", draft.path.name),
            [("keep", self.tr("Keep My Version")), ("reload", self.tr("Reload"))], "keep")
        if answer == "reload":
            self.session.stack.setClean()
            self.open_path(draft.path)

    # ----------------------------------------------------------------- recovery
    def offer_recovery(self) -> RecoveryEntry | None:
        """After a crash: offer the newest recovery copy; returns it when restored."""
        from editor.storage.recovery import pending

        entries = pending(exclude_session=self.autosaver.journal.session)
        if not entries:
            return None
        entry = entries[0]
        name = entry.headline or (entry.original.name if entry.original else self.tr("Untitled"))
        text = self.tr("Redaksi was not closed properly. A recovery copy of “%1” from %2 was "
                       "found. Restore it?").replace("%1", name).replace(
            "%2", self._site_time(entry.saved_at))
        answer = self.ask().choose(
            "recover", self.tr("Recover unsaved work"), text,
            [("restore", self.tr("Restore")), ("discard", self.tr("Discard")),
             ("later", self.tr("Decide Later"))], "later")
        if answer == "discard":
            entry.discard()
        if answer != "restore" or not self.maybe_save():
            return None
        return entry if self.restore(entry) else None

    def _site_time(self, moment: datetime) -> str:
        """``moment`` on the newsroom's clock (the site's zone), as the article's times are."""
        site = self.session.site
        local = site.local(moment)
        when = QLocale().toString(QDateTime(QDate(local.year, local.month, local.day),
                                            QTime(local.hour, local.minute)), "d MMMM yyyy HH:mm")
        return f"{when} {site.zone_abbreviation}"

    def restore(self, entry: RecoveryEntry) -> bool:
        try:
            draft = entry.load()
        except RedaksiError as exc:
            self._error(exc)
            return False
        self.saved_at = None
        self.session.load(draft, dirty=True)
        self.autosaver.write_sync()  # our own copy first, then the old one can go
        entry.discard()
        return True

    def draft_filter(self) -> str:
        return self.tr("Redaksi articles (*.redaksi)")

    def photo_filter(self) -> str:
        return self.tr("Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif)")
