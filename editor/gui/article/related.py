"""The "Berita Terkait" panel: related stories, added, edited, removed and reordered.

Reordering works by dragging rows and by keyboard (Alt+Up / Alt+Down), and every
change is one undoable step on the window's history.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.gui.article.session import DraftSession
from editor.gui.i18n import Retranslates
from editor.gui.icons import icon
from editor.model.article import RelatedStory

ORIGINAL_INDEX = Qt.ItemDataRole.UserRole


class StoryList(QTreeWidget):
    """Rows that can be dragged into a new order (never onto each other)."""

    reordered = Signal(list)  # original indexes in their new order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setColumnCount(2)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        order = [self.topLevelItem(i).data(0, ORIGINAL_INDEX) for i in range(self.topLevelItemCount())]
        self.reordered.emit(order)


class RelatedPanel(Retranslates, QWidget):
    add_requested = Signal()
    edit_requested = Signal(int)

    def __init__(self, session: DraftSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.list = StoryList(self)
        self.list.setObjectName("relatedList")
        self.list.reordered.connect(self._reordered)
        self.list.itemActivated.connect(lambda item, _col: self.edit_requested.emit(self._row(item)))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.buttons: dict[str, QToolButton] = {}
        side = QVBoxLayout()
        side.setSpacing(2)
        for name, icon_name in (("add", "add"), ("edit", "edit"), ("remove", "remove"),
                                ("up", "up"), ("down", "down")):
            button = QToolButton(self)
            button.setIcon(icon(icon_name))
            button.setAutoRaise(True)
            self.buttons[name] = button
            side.addWidget(button)
        side.addStretch(1)
        self.buttons["add"].clicked.connect(self.add_requested)
        self.buttons["edit"].clicked.connect(lambda: self.edit_requested.emit(self.current_row()))
        self.buttons["remove"].clicked.connect(self.remove_current)
        self.buttons["up"].clicked.connect(lambda: self.move_current(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_current(1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(side)
        self.row = layout
        self._shortcuts()
        self.retranslate_ui()

    def add_aside(self, widget: QWidget) -> None:
        """A panel beside the list (the archive's suggestions), as wide as the list."""
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.row.addWidget(line)
        self.row.addWidget(widget, 1)

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Alt+Up", lambda: self.move_current(-1)),
                           ("Alt+Down", lambda: self.move_current(1)),
                           (QKeySequence.StandardKey.Delete, self.remove_current)):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def _row(self, item: QTreeWidgetItem) -> int:
        return self.list.indexOfTopLevelItem(item)

    def current_row(self) -> int:
        item = self.list.currentItem()
        return -1 if item is None else self._row(item)

    # ----------------------------------------------------------------- edits
    def add_story(self, story: RelatedStory) -> None:
        self.session.edit(self.tr("Add related story"), lambda a: a.related.append(story))
        self.select(len(self.session.article.related) - 1)

    def replace_story(self, row: int, story: RelatedStory) -> None:
        def change(article) -> None:
            article.related[row] = story

        self.session.edit(self.tr("Edit related story"), change)

    def remove_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.session.edit(self.tr("Remove related story"), lambda a: a.related.pop(row))
            self.select(min(row, len(self.session.article.related) - 1))

    def move_current(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < len(self.session.article.related):
            return

        def change(article) -> None:
            stories = article.related
            stories[row], stories[target] = stories[target], stories[row]

        self.session.edit(self.tr("Reorder related stories"), change)
        self.select(target)

    def _reordered(self, order: list[int]) -> None:
        def change(article) -> None:
            article.related = [article.related[i] for i in order]

        if not self.session.edit(self.tr("Reorder related stories"), change):
            self.refresh()

    # ----------------------------------------------------------------- showing
    def refresh(self) -> None:
        row = self.current_row()
        self.list.clear()
        site = self.session.site
        locale = QLocale()
        for index, story in enumerate(self.session.article.related):
            when = ""
            if story.published:
                local = site.local(story.published)
                when = locale.toString(QDate(local.year, local.month, local.day), "d MMM yyyy")
            item = QTreeWidgetItem([story.title, when])
            item.setData(0, ORIGINAL_INDEX, index)
            item.setToolTip(0, f"{story.title}\n{story.url}")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            self.list.addTopLevelItem(item)
        self.select(row)
        self._update_buttons()

    def select(self, row: int) -> None:
        if 0 <= row < self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(row))

    def _update_buttons(self) -> None:
        row, count = self.current_row(), self.list.topLevelItemCount()
        self.buttons["edit"].setEnabled(row >= 0)
        self.buttons["remove"].setEnabled(row >= 0)
        self.buttons["up"].setEnabled(row > 0)
        self.buttons["down"].setEnabled(0 <= row < count - 1)

    def retranslate_ui(self) -> None:
        self.list.setHeaderLabels([self.tr("Title"), self.tr("Date")])
        self.refresh()
        tips = {"add": self.tr("Add a related story"), "edit": self.tr("Edit the selected story"),
                "remove": self.tr("Remove the selected story (Delete)"),
                "up": self.tr("Move up (Alt+Up)"), "down": self.tr("Move down (Alt+Down)")}
        for name, tip in tips.items():
            self.buttons[name].setToolTip(tip)
        self.list.setToolTip(self.tr("Drag rows or press Alt+Up / Alt+Down to reorder"))
