"""Revision history: the saved versions of the article, what changed in each, and restore.

On the left, each save, newest first, with its time in the newsroom's zone and how
many words it added or took away; on the right, what changed from the version
before it — the words taken out struck through in red, the words put in underlined
in green, block by block (``editor.model.diff``). "Restore This Version" puts it
back as one step of the window's history, so Ctrl+Z undoes the restore.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.gui.i18n import Retranslates
from editor.model.article import Article
from editor.model.diff import ADDED, REMOVED, BlockChange, diff_articles, totals
from editor.model.revisions import Revision
from editor.site import SiteProfile

INSERTED = "color:#14532d;background:#dcfce7;text-decoration:underline;"
DELETED = "color:#7f1d1d;background:#fee2e2;text-decoration:line-through;"


class HistoryDialog(Retranslates, QDialog):
    def __init__(self, parent: QWidget | None, revisions: list[Revision], site: SiteProfile,
                 restore: Callable[[Revision], None]) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened with open(), not exec()
        self.revisions = list(reversed(revisions))  # newest first, as the list shows them
        self.site = site
        self._restore = restore
        self._articles: dict[int, Article] = {}
        self.changes: list[BlockChange] = []
        self._build()
        self.retranslate_ui()
        if self.revisions:
            self.list.setCurrentRow(0)

    def _build(self) -> None:
        self.resize(980, 620)
        self.intro = QLabel(self, wordWrap=True, objectName="hint")
        self.list = QListWidget(self, objectName="revisionList")
        self.list.setSpacing(3)
        self.list.currentRowChanged.connect(self._show)
        self.diff = QTextBrowser(self, objectName="revisionDiff")
        self.diff.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.diff)
        splitter.setSizes([300, 680])
        splitter.setChildrenCollapsible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self, objectName="restoreRevision")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    # ----------------------------------------------------------------- reading
    def article(self, row: int) -> Article:
        """The article of list row ``row`` (an empty one before the first revision)."""
        if row >= len(self.revisions):
            return Article()
        if row not in self._articles:
            self._articles[row] = self.revisions[row].article()
        return self._articles[row]

    def when(self, revision: Revision) -> str:
        local = self.site.local(revision.saved_at)
        moment = QDateTime(QDate(local.year, local.month, local.day),
                           QTime(local.hour, local.minute))
        text = QLocale().toString(moment, "dddd, d MMM yyyy  HH:mm")
        return f"{text} {self.site.zone_abbreviation}"

    def _fill(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for index, revision in enumerate(self.revisions):
            before = self.revisions[index + 1].words if index + 1 < len(self.revisions) else 0
            change = revision.words - before
            words = self.tr("%n word(s)", "", revision.words)
            sign = "±" if change == 0 else "+" if change > 0 else "−"
            delta = self.tr("%1 words").replace("%1", f"{sign}{abs(change)}")
            item = QListWidgetItem(f"{self.when(revision)}\n{words} · {delta}")
            item.setToolTip(self.article(index).headline)
            self.list.addItem(item)
        if self.revisions:
            self.list.setCurrentRow(max(0, row))

    def _show(self, row: int) -> None:
        self.restore_button.setEnabled(0 <= row < len(self.revisions))
        if not 0 <= row < len(self.revisions):
            empty = self.tr("No saved versions yet.")  # outside the f-string: lupdate reads it
            self.diff.setHtml(f"<p>{html.escape(empty)}</p>")
            return
        older, newer = self.article(row + 1), self.article(row)
        self.changes = diff_articles(older, newer)
        self.diff.setHtml(self._diff_html(older, newer))

    # ----------------------------------------------------------------- the difference
    def _diff_html(self, older: Article, newer: Article) -> str:
        added, removed = totals(self.changes)
        summary = self.tr("Since the version before: %n word(s) added", "", added) + ", " + \
            self.tr("%n removed", "", removed)
        parts = [f"<p><b>{html.escape(summary)}</b></p>"]
        if not self.changes:
            same = self.tr("No change in the text.")  # outside the f-string: lupdate reads it
            parts.append(f"<p>{html.escape(same)}</p>")
        for change in self.changes:
            source = older if change.status == REMOVED else newer
            parts.append(f"<h4>{html.escape(self._label(change, source))}</h4>")
            parts.append(f"<p>{self._pieces(change)}</p>")
        return "".join(parts)

    def _pieces(self, change: BlockChange) -> str:
        out = []
        for piece in change.pieces:
            text = html.escape(piece.text)
            if piece.op == ADDED:
                out.append(f'<span style="{INSERTED}">{text}</span>')
            elif piece.op == REMOVED:
                out.append(f'<span style="{DELETED}">{text}</span>')
            else:
                out.append(text)
        return " ".join(out) or html.escape(self.tr("(no words)"))

    def _label(self, change: BlockChange, source: Article) -> str:
        fields = {"headline": self.tr("Headline"), "deck": self.tr("Deck"),
                  "seo_title": self.tr("Search title"),
                  "seo_description": self.tr("Search description"),
                  "correction": self.tr("Correction note")}
        if change.field != "body" or change.index is None:
            name = fields.get(change.field, change.field)
        else:
            kinds = {"paragraph": self.tr("Paragraph %1"), "heading": self.tr("Subheading %1"),
                     "quote": self.tr("Quote %1"), "list": self.tr("List %1"),
                     "image": self.tr("Photo %1"), "baca_juga": self.tr("Baca Juga %1"),
                     "embed": self.tr("Embed %1"), "table": self.tr("Table %1")}
            same = [b for b in source.body[: change.index + 1] if b.kind == change.kind]
            name = kinds.get(change.kind, self.tr("Block %1")).replace("%1", str(len(same)))
        status = {ADDED: self.tr("new"), REMOVED: self.tr("removed")}.get(change.status)
        return f"{name} ({status})" if status else name

    # ----------------------------------------------------------------- restoring
    def _restore_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.revisions):
            self._restore(self.revisions[row])
            self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Revision History"))
        self.intro.setText(self.tr("Each save keeps a version of the article. Choose one to "
                                   "see what changed since the version before it; restoring "
                                   "it can be undone with Undo."))
        self.restore_button.setText(self.tr("Restore This Version"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self._fill()
        self._show(self.list.currentRow())

