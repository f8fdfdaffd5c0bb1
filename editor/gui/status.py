"""The status line: "812 kata · 4 menit baca · Tersimpan 20:41"."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from editor.model.article import Article
from editor.model.blocks import Heading, ListBlock, Paragraph, Quote

WORDS_PER_MINUTE = 200  # a common figure for reading news text on screen


def word_count(article: Article) -> int:
    """Words a reader reads in the body (captions and link cards not counted)."""
    words = 0
    for block in article.body:
        if isinstance(block, Paragraph | Heading | Quote | ListBlock):
            words += len(block.plain().split())
    return words


class StatusInfo(QLabel):
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

    def _show(self) -> None:
        minutes = max(1, math.ceil(self.words / WORDS_PER_MINUTE)) if self.words else 0
        parts = [self.tr("%n word(s)", "", self.words),
                 self.tr("%n min read", "", minutes), self._state_text()]
        self.setText("  ·  ".join(parts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)
