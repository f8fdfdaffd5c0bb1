"""Search the archive from the Baca Juga and related-story dialogs, as the journalist types.

Title words, stemmed (``kebanjiran`` finds "Banjir …") with the last word a prefix,
filtered by section; best first, newest first among equals. Enter or a click on a result
fills the dialog's link, title and date; Down moves from the field into the results.
An empty or missing archive says how to fill it, and typing a link below still works.
The search runs in the archive service's search lane: the dialog never waits for it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from editor.archive.api import SearchHit
from editor.gui import style
from editor.gui.archive.service import ArchiveService, Found
from editor.gui.archive.stories import META, StoryDelegate, meta_line
from editor.gui.i18n import Retranslates
from editor.site import SiteProfile

HIT = Qt.ItemDataRole.UserRole
MIN_CHARS = 2
VISIBLE_ROWS = 5
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ArchiveSearch(Retranslates, QWidget):
    picked = Signal(object)  # SearchHit
    shown = Signal(str)  # results for this query are in the list (tests, benchmark)

    def __init__(self, service: ArchiveService, site: SiteProfile, prefer_section: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archiveSearch")
        self.service, self.site, self.prefer_section = service, site, prefer_section
        self.found: Found | None = None
        self.label = QLabel(self)
        self.field = QLineEdit(self, objectName="archiveQuery")
        self.field.setClearButtonEnabled(True)
        self.label.setBuddy(self.field)
        self.section = QComboBox(self, objectName="archiveSection")
        self.results = ResultList(self)
        self.results.setItemDelegate(StoryDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._layout()
        self.field.textChanged.connect(self.ask)
        self.section.currentIndexChanged.connect(self.ask)
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemClicked.connect(self._pick)
        self.service.state_changed.connect(self._state_changed)
        self.retranslate_ui()
        self.service.refresh()  # a sync since the window opened is seen at once

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.field, 1)
        row.addWidget(self.section)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(row)
        layout.addWidget(self.results)
        row_height = self.results.itemDelegate().sizeHint(
            _options(self.results), self.results.model().index(0, 0)).height()
        self.results.setFixedHeight(row_height * VISIBLE_ROWS + 2 * self.results.frameWidth())
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    # ----------------------------------------------------------------- asking
    def query(self) -> tuple[str, str]:
        section = self.section.currentData() or ""
        return self.field.text().strip(), section

    def ask(self) -> None:
        text, section = self.query()
        if len(text) < MIN_CHARS:
            self.found = None
            self.results.clear()
            self._say()
            return
        self.service.search(text, section, self.prefer_section, self._show)

    def _show(self, found: Found) -> None:
        if not shiboken6.isValid(self):
            return  # the dialog was closed while the archive was answering
        if (found.query, found.section) != self.query():
            return  # typed on meanwhile: the newer query's answer is on its way
        self.found = found
        self.results.clear()
        for hit in found.hits:
            item = QListWidgetItem(hit.headline)
            item.setData(HIT, hit)
            item.setData(META, meta_line(hit.section, hit.published, self.site))
            item.setToolTip(f"{hit.headline}\n{hit.url}")
            self.results.addItem(item)
        if found.hits:
            self.results.setCurrentRow(0)
        self._say()
        self.shown.emit(found.query)

    def look_up(self, url: str, found) -> None:
        """``found(hit)`` with the archived story at ``url`` (any spelling), if there is one."""
        def answer(entry) -> None:
            if entry is not None and shiboken6.isValid(self):
                found(SearchHit(url=entry.url, headline=entry.headline, section=entry.section,
                                published=entry.published, score=0.0, summary=entry.summary,
                                image=entry.image))

        self.service.lookup(url, answer)

    def _pick(self, item: QListWidgetItem | None) -> None:
        hit = item.data(HIT) if item is not None else None
        if hit is not None:
            self.picked.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter picks (and never closes the dialog); Down moves into the results."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in ENTER and self.results.count():
            self._pick(self.results.currentItem() or self.results.item(0))
            return True
        if watched is self.field and key == Qt.Key.Key_Down and self.results.count():
            self.results.setFocus()  # the first result is current already: go to the next
            self.results.setCurrentRow(min(self.results.currentRow() + 1,
                                           self.results.count() - 1))
            return True
        return False

    # ----------------------------------------------------------------- saying
    def _state_changed(self) -> None:
        if not shiboken6.isValid(self):
            return
        self._say()
        if self.service.has_articles and self.found is None:
            self.ask()

    def _say(self) -> None:
        service, text = self.service, self.field.text().strip()
        if service.problem:
            note = self.tr("The archive cannot be read: %1").replace("%1", service.problem)
        elif service.articles == 0:
            note = self.tr("This site's archive is empty. Fill it with the command "
                           "“redaksi archive sync”; you can still type a link below.")
        elif self.found is not None and not self.found.hits:
            note = self.tr("Nothing in the archive for “%1”.").replace("%1", self.found.query)
        elif len(text) < MIN_CHARS:
            note = self.tr("Type words of the title; Enter or a click fills in the link, "
                           "title and date.")
        else:
            note = ""
        self.results.set_placeholder(note)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Search the archive:"))
        self.field.setPlaceholderText(self.tr("Words of the title, e.g. banjir rob"))
        current = self.section.currentData()
        self.section.blockSignals(True)
        self.section.clear()
        self.section.addItem(self.tr("All sections"), "")
        for name in self.site.sections:
            self.section.addItem(name, name)
        self.section.setCurrentIndex(max(0, self.section.findData(current or "")))
        self.section.blockSignals(False)
        self.section.setToolTip(self.tr("Only stories of this section"))
        self._say()


class ResultList(QListWidget):
    """The results, or (while there are none) what to do, written where they will be."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("archiveResults")
        self.placeholder = ""

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.viewport().update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.count() or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        painter.setPen(style.muted_colour())
        box = self.viewport().rect().adjusted(24, 12, -24, -12)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                         self.placeholder)
        painter.end()


def _options(view: QListWidget) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    return option
