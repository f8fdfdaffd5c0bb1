"""The find bar above the writing column: find (Ctrl+F), replace (Ctrl+H), next and
previous (F3, Shift+F3), match case and whole words, replace one or all.

It searches the headline, deck, photo caption, body (photo captions in the text too)
and related stories' titles; the current match is selected and marked where it is, and
"3 of 12" says where one is. Escape closes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from editor.gui.fields import share_undo
from editor.gui.find.hits import Hit, collect, replace_every, replace_hit
from editor.gui.i18n import Retranslates
from editor.gui.icons import icon
from editor.model.find import Query

if TYPE_CHECKING:
    from editor.gui.window.main_window import MainWindow

MARK = QColor("#ffd86b")
FIELD_CHARS = 20  # the search field's least width, in average characters


class FindBar(Retranslates, QFrame):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("findBar")
        self.window_ = window
        self.hits: list[Hit] = []
        self.current = -1
        self._from_body = False
        self._build()
        self._refresh_timer = QTimer(self, singleShot=True, interval=120,
                                     timeout=self.refresh)
        window.session.changed.connect(self._article_changed)
        self.hide()
        self.retranslate_ui()

    def _build(self) -> None:
        self.find_edit = QLineEdit(self, objectName="findText", clearButtonEnabled=True)
        self.replace_edit = QLineEdit(self, objectName="replaceText", clearButtonEnabled=True)
        share_undo(self.find_edit, self.replace_edit)
        self.previous = QToolButton(self, autoRaise=True, icon=icon("up"))
        self.next = QToolButton(self, autoRaise=True, icon=icon("down"))
        self.count = QLabel(self, objectName="findCount")
        self.case = QCheckBox(self)
        self.whole = QCheckBox(self)
        self.close_button = QToolButton(self, autoRaise=True, icon=icon("remove"))
        self.replace_button = QPushButton(self)
        self.replace_all_button = QPushButton(self)
        self.find_label, self.replace_label = QLabel(self), QLabel(self)
        self.options = QWidget(self)
        options = QHBoxLayout(self.options)
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.case)
        options.addWidget(self.whole)
        options.addStretch(1)
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        for column, widget in enumerate((self.find_label, self.find_edit, self.previous,
                                         self.next, self.count, self.options)):
            grid.addWidget(widget, 0, column)
        self._options_below = False
        grid.addWidget(self.close_button, 0, 8)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.replace_all_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, 2, 1, 6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(7, 0)
        self._connect()

    def _connect(self) -> None:
        self.find_edit.textChanged.connect(lambda _text: self.refresh(jump=True))
        self.case.toggled.connect(lambda _on: self.refresh(jump=True))
        self.whole.toggled.connect(lambda _on: self.refresh(jump=True))
        self.find_edit.returnPressed.connect(lambda: self.step(1))
        self.replace_edit.returnPressed.connect(self.replace_one)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        back = QShortcut(QKeySequence("Shift+Return"), self.find_edit)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(lambda: self.step(-1))

    # ----------------------------------------------------------------- opening
    def open(self, *, replace: bool) -> None:
        """Show the bar (with the replace row for Ctrl+H); the body's selection is searched."""
        self._from_body = self.window_.body.hasFocus()
        selected = self.window_.body.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 80:
            self.find_edit.setText(selected)
        for widget in (self.replace_label, self.replace_edit, self.replace_button,
                       self.replace_all_button):
            widget.setVisible(replace)
        self.show()
        target = self.replace_edit if replace and self.find_edit.text() else self.find_edit
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()
        self.refresh(jump=True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Match case and whole words beside the search field while the column has room,
        else on a row of their own: the field keeps room for a few words (at 1024 px the
        Indonesian labels left it six letters wide)."""
        grid, metrics = self.grid, self.count.fontMetrics()
        beside = [self.previous, self.next, self.options, self.close_button]
        used = sum(widget.sizeHint().width() for widget in beside) + 6 * grid.horizontalSpacing()
        count = max(metrics.horizontalAdvance(text) for text in (  # its longest, not its now
            self.tr("Not found"), self.tr("%1 of %2").replace("%1", "888").replace("%2", "888")))
        label = max(self.find_label.sizeHint().width(), self.replace_label.sizeHint().width())
        room = self.width() - 20 - label - count - used
        below = room < self.find_edit.fontMetrics().averageCharWidth() * FIELD_CHARS
        if below == self._options_below:
            return
        self._options_below = below
        grid.removeWidget(self.options)
        if below:
            grid.addWidget(self.options, 2, 1, 1, 8)
        else:
            grid.addWidget(self.options, 0, 5)

    def close_bar(self) -> None:
        self._mark(None)
        self.hide()
        self.window_.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def query(self) -> Query:
        return Query(self.find_edit.text(), self.case.isChecked(), self.whole.isChecked())

    # ----------------------------------------------------------------- matches
    def _article_changed(self) -> None:
        if self.isVisible():
            self._refresh_timer.start()

    def refresh(self, jump: bool = False) -> None:
        """Find again (the text or the article changed); ``jump`` shows the first match
        from where the cursor is."""
        window = self.window_
        old = self.hits[self.current] if 0 <= self.current < len(self.hits) else None
        self.hits = collect(window.session, window.body.document(), self.query())
        if not self.hits:
            self.current = -1
        elif jump or old is None:
            self.current = self._first_after_cursor()
        else:
            same = [i for i, hit in enumerate(self.hits) if (hit.place, hit.key) ==
                    (old.place, old.key) and hit.start >= old.start]
            self.current = same[0] if same else min(self.current, len(self.hits) - 1)
        self._show_count()
        self._show_current(select=jump)

    def _first_after_cursor(self) -> int:
        """From the body's cursor on when the search started there, else from the top."""
        if not self._from_body:
            return 0
        position = self.window_.body.textCursor().selectionStart()
        for index, hit in enumerate(self.hits):
            if hit.place == "body" and hit.start >= position:
                return index
        return 0

    def step(self, direction: int) -> None:
        if not self.isVisible():
            self.open(replace=False)
            return
        if not self.hits:
            self.refresh()
        if self.hits:
            self.current = (self.current + direction) % len(self.hits)
            self._show_count()
            self._show_current(select=True)

    def replace_one(self) -> None:
        if not (0 <= self.current < len(self.hits)):
            self.refresh(jump=True)
            return
        window = self.window_
        hit = self.hits[self.current]
        replace_hit(window.session, window.body.document(), hit, self.query(),
                    self.replace_edit.text(), self.tr("Replace"))
        self.refresh()
        self._show_current(select=True)

    def replace_all(self) -> None:
        window = self.window_
        count = replace_every(window.session, window.body.document(), self.query(),
                              self.replace_edit.text(), self.tr("Replace all"))
        self.refresh()
        window.statusBar().showMessage(self.tr("Replaced: %1").replace("%1", str(count)), 5000)

    # ----------------------------------------------------------------- showing
    def _show_count(self) -> None:
        if not self.find_edit.text():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(self.tr("Not found"))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(self.current + 1))
                               .replace("%2", str(len(self.hits))))
        has = bool(self.hits)
        for button in (self.previous, self.next, self.replace_button, self.replace_all_button):
            button.setEnabled(has)

    def _widget(self, hit: Hit) -> QTextEdit | QPlainTextEdit | None:
        window = self.window_
        return {"headline": window.header.headline, "deck": window.header.deck,
                "caption": window.photo.caption, "body": window.body}.get(hit.place)

    def _show_current(self, select: bool) -> None:
        hit = self.hits[self.current] if 0 <= self.current < len(self.hits) else None
        self._mark(hit)
        if hit is None or not select:
            return
        window = self.window_
        if hit.place == "related":
            window.drawer.show_section("related")
            window.related.select(hit.key)
            return
        if hit.place == "card":
            window.body._select_card(hit.key)
            self._scroll_to(window.body, window.body.textCursor())
            return
        widget = self._widget(hit)
        cursor = widget.textCursor()
        cursor.setPosition(hit.start)
        cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        self._scroll_to(widget, cursor)

    def _scroll_to(self, widget: QTextEdit | QPlainTextEdit, cursor: QTextCursor) -> None:
        window = self.window_
        rect = widget.cursorRect(cursor)
        point = widget.viewport().mapTo(window.page, QPoint(rect.left(), rect.center().y()))
        window.scroll.ensureVisible(point.x(), point.y(), 0, rect.height() + 40)

    def _mark(self, hit: Hit | None) -> None:
        """The current match marked in its field, visible while the focus is in the bar."""
        window = self.window_
        for widget in (window.body, window.header.headline, window.header.deck,
                       window.photo.caption):
            selections = []
            if hit is not None and self._widget(hit) is widget:
                mark = QTextEdit.ExtraSelection()
                mark.format = QTextCharFormat()
                mark.format.setBackground(MARK)
                mark.cursor = QTextCursor(widget.document())
                mark.cursor.setPosition(hit.start)
                mark.cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
                selections.append(mark)
            widget.setExtraSelections(selections)

    # ----------------------------------------------------------------- language
    def retranslate_ui(self) -> None:
        self.find_label.setText(self.tr("Find:"))
        self.replace_label.setText(self.tr("Replace with:"))
        self.find_edit.setPlaceholderText(self.tr("Headline, deck, text, captions, related"))
        self.previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next.setToolTip(self.tr("Next match (F3)"))
        self.case.setText(self.tr("Match case"))
        self.whole.setText(self.tr("Whole words"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_all_button.setText(self.tr("Replace All"))
        self._show_count()
        self._arrange()  # the labels' widths change with the language
