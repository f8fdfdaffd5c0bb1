"""The suggestions list beside "Berita Terkait": the archive's best related stories for
the draft, each added with one click (+) or dismissed (×) for this draft session.

The list only shows what ``ArchiveSuggestions`` found; it never asks the archive
itself. An empty or missing archive says how to fill it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.gui.archive.stories import meta_line
from editor.gui.i18n import Retranslates
from editor.gui.icons import icon
from editor.site import SiteProfile


class SuggestionRow(QWidget):
    """One story: its headline (two lines at most), section · date · shared words, and
    the add and dismiss buttons."""

    def __init__(self, suggestion, site: SiteProfile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.title = QLabel(suggestion.headline, self, objectName="suggestionTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.meta = QLabel(self, objectName="hint")
        self.meta.setWordWrap(True)
        self.add = QToolButton(self, objectName="suggestionAdd")
        self.add.setIcon(icon("add"))
        self.add.setAutoRaise(True)
        self.dismiss = QToolButton(self, objectName="suggestionDismiss")
        self.dismiss.setIcon(icon("remove"))
        self.dismiss.setAutoRaise(True)
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(self.title)
        text.addWidget(self.meta)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 4, 0, 6)
        row.addLayout(text, 1)
        row.addWidget(self.add, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.site = site
        self.setToolTip(f"{suggestion.headline}\n{suggestion.url}")

    def retranslate(self, shares: str, add: str, dismiss: str) -> None:
        s = self.suggestion
        words = shares.replace("%1", ", ".join(s.why[:3])) if s.why else ""
        self.meta.setText(" · ".join(p for p in (meta_line(s.section, s.published, self.site),
                                                 words) if p))
        self.add.setToolTip(add)
        self.dismiss.setToolTip(dismiss)


class SuggestionsPanel(Retranslates, QFrame):
    add_requested = Signal(object)  # Suggestion
    dismiss_requested = Signal(object)  # Suggestion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.heading = QLabel(self, objectName="suggestionsHeading")
        font = self.heading.font()
        font.setWeight(font.Weight.Bold)
        self.heading.setFont(font)
        self.scroll = QScrollArea(self, objectName="suggestionsList")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.inner = QWidget(self.scroll)
        self.column = QVBoxLayout(self.inner)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addStretch(1)
        self.scroll.setWidget(self.inner)
        self.note = QLabel(self, objectName="hint")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.note, 1)
        self.items: list = []
        self.state = "waiting"
        self.site: SiteProfile | None = None
        self._rows: list[SuggestionRow] = []
        self.retranslate_ui()

    def show_suggestions(self, items: list, state: str, site: SiteProfile | None) -> None:
        """``state``: "ready", "waiting" (not known yet), "empty" (no archive to ask),
        "short" (too little text to go on) or a problem's message."""
        self.items, self.state, self.site = list(items), state, site
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        for suggestion in self.items:
            row = SuggestionRow(suggestion, site, self.inner)
            row.add.clicked.connect(lambda _c=False, s=suggestion: self.add_requested.emit(s))
            row.dismiss.clicked.connect(
                lambda _c=False, s=suggestion: self.dismiss_requested.emit(s))
            self.column.insertWidget(self.column.count() - 1, row)
            self._rows.append(row)
        self._texts()

    def rows(self) -> list[SuggestionRow]:
        return list(self._rows)

    def _texts(self) -> None:
        shares = self.tr("shares: %1")
        add = self.tr("Add to the related stories")
        dismiss = self.tr("Not this one (for this draft)")
        for row in self._rows:
            row.retranslate(shares, add, dismiss)
        notes = {
            "waiting": self.tr("Looking in the archive…"),
            "empty": self.tr("This site's archive is empty, so there is nothing to suggest. "
                             "Fill it with the command “redaksi archive sync”."),
            "short": self.tr("Suggestions appear once the story has a headline and a few "
                             "paragraphs."),
            "ready": self.tr("No other story in the archive fits this draft yet."),
        }
        note = "" if self.items else notes.get(self.state, self.state)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.scroll.setVisible(bool(self.items))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Suggested from the archive"))
        self._texts()
