"""The status line: "812 kata · 4 menit baca · Tersimpan 20:41"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QWidget

from editor.gui.i18n import Retranslates
from editor.model.article import Article
from editor.model.stats import reading_minutes, word_count


class StatusInfo(Retranslates, QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusInfo")
        self.words = 0
        self.dirty = False
        self.has_file = False
        self.saved_at: datetime | None = None
        self.recovered_at: datetime | None = None

    def update_counts(self, article: Article) -> None:
        self.words = word_count(article)
        self._show()

    def update_state(self, *, dirty: bool, has_file: bool, saved_at: datetime | None,
                     recovered_at: datetime | None = None) -> None:
        self.dirty, self.has_file = dirty, has_file
        self.saved_at, self.recovered_at = saved_at, recovered_at
        self._show()

    def _state_text(self) -> str:
        if self.dirty:
            text = self.tr("Unsaved changes") if self.has_file else self.tr("Not saved yet")
            if self.recovered_at:
                text += " · " + self.tr("recovery copy %1").replace(
                    "%1", self.recovered_at.strftime("%H:%M"))
            return text
        if self.saved_at:
            return self.tr("Saved %1").replace("%1", self.saved_at.strftime("%H:%M"))
        return self.tr("No changes") if self.has_file else self.tr("New article")

    def retranslate_ui(self) -> None:
        self._show()

    def _show(self) -> None:
        minutes = reading_minutes(self.words)
        parts = [self.tr("%n word(s)", "", self.words),
                 self.tr("%n min read", "", minutes), self._state_text()]
        self.setText("  ·  ".join(parts))
