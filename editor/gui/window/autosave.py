"""Recovery copies while there are unsaved changes, every N seconds (a preference).

The article is serialised on the UI thread (it is only safe to read there) and
written by a worker, atomically, through the Qt-free ``editor.storage.recovery``.
A save, or undoing back to the saved state, deletes the copy: the file on disk is
then the newest version. The journal is made when first needed (the first copy,
or the recovery scan after the window's first frame), not while the window is built.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from editor.gui.article.session import DraftSession
from editor.gui.settings import Settings
from editor.gui.tasks import run_task

if TYPE_CHECKING:
    from editor.storage.recovery import RecoveryJournal

log = logging.getLogger(__name__)


class Autosaver(QObject):
    written = Signal(Path)

    def __init__(self, session: DraftSession, settings: Settings,
                 journal: RecoveryJournal | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self._journal = journal
        self.last_written: datetime | None = None
        self._generation = -1
        self._writing = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        settings.changed.connect(self._setting_changed)
        session.dirty_changed.connect(self._dirty_changed)
        self.restart()

    @property
    def journal(self) -> RecoveryJournal:
        if self._journal is None:
            from editor.storage.recovery import RecoveryJournal

            self._journal = RecoveryJournal()
        return self._journal

    def restart(self) -> None:
        seconds = max(1, int(self.settings.get("autosave_seconds")))
        self.timer.start(seconds * 1000)

    def _setting_changed(self, key: str) -> None:
        if key == "autosave_seconds":
            self.restart()

    def _dirty_changed(self, dirty: bool) -> None:
        if not dirty:
            self.discard()

    def tick(self) -> None:
        """Write a copy if something changed since the last one."""
        if self.session.is_dirty() and self.session.generation != self._generation:
            self.write_now()

    def write_now(self) -> None:
        if self._writing:
            return
        generation = self.session.generation
        payload = self.journal.encode(self.session.draft)
        self._writing = True
        run_task(lambda _progress: self.journal.write_bytes(payload),
                 lambda path: self._written(path, generation), self._failed)

    def write_sync(self) -> Path:
        """Write a copy now, on this thread: when losing it even briefly is not acceptable."""
        path = self.journal.write(self.session.draft)
        self._generation = self.session.generation
        self.last_written = datetime.now()
        self.written.emit(path)
        return path

    def _written(self, path: Path, generation: int) -> None:
        self._writing = False
        self._generation = generation
        self.last_written = datetime.now()
        if not self.session.is_dirty():  # saved while the copy was being written
            self.journal.discard()
            return
        self.written.emit(path)

    def _failed(self, error: Exception) -> None:
        self._writing = False
        log.warning("recovery copy failed: %s", error)

    def discard(self) -> None:
        if self._journal is not None:  # no journal yet: no copy was written either
            self._journal.discard()
        self._generation = -1
