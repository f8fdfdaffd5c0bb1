"""Text fields that share the window's one undo history.

Qt's text widgets each keep a private undo stack and grab Ctrl+Z for it. Redaksi
has one history for the whole article (``session``), so the filter here lets the
window's Undo/Redo actions take those keys, and the context menus offer the
window's Undo/Redo instead of the widget's own.

``WrapField`` is a single-paragraph field that wraps and grows (headline, deck):
it reads like the article's text instead of a one-line form box.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from editor.gui import writing
from editor.gui.body import typing
from editor.model.typography import smarten

_global_undo: tuple[QAction, QAction] | None = None
UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
# Text widgets claim Ctrl+K for "delete to end of line" on X11; Redaksi's Ctrl+K is Link.
WINDOW_KEYS = (QKeySequence("Ctrl+K"),)


def set_global_undo(undo: QAction, redo: QAction) -> None:
    global _global_undo
    _global_undo = (undo, redo)


def standard_menu(widget: QWidget, pos: QPoint | None = None) -> QMenu:
    """The widget's own context menu with its private Undo/Redo swapped for the window's."""
    if pos is not None and hasattr(widget, "cursorForPosition"):
        menu = widget.createStandardContextMenu(pos)
    else:
        menu = widget.createStandardContextMenu()
    if _global_undo is None:
        return menu
    first = menu.actions()[0] if menu.actions() else None
    for action in list(menu.actions()):
        if action.objectName() in ("edit-undo", "edit-redo"):
            menu.removeAction(action)
    menu.insertActions(first if first and first in menu.actions() else None, list(_global_undo))
    return menu


def _window_key(event: QKeyEvent) -> bool:
    if any(event.matches(key) for key in UNDO_KEYS):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(pressed == key for key in WINDOW_KEYS)


def _history_key(event: QKeyEvent) -> QAction | None:
    """The window's Undo or Redo action for this key press, if it is one of theirs."""
    if _global_undo is None:
        return None
    for key, action in zip(UNDO_KEYS, _global_undo, strict=True):
        if event.matches(key):
            return action
    return None


class SharedUndoFilter(QObject):
    """Installed on text widgets: Ctrl+Z/Ctrl+Y (and Ctrl+K) go to the window's actions;
    context menus offer the window's Undo/Redo.

    Normally the window's shortcut takes the keys (the widget is told to ignore the
    ShortcutOverride). A key press that reaches the widget anyway, or a completion list
    that has the keyboard and would hand it to its line edit, triggers the window's
    action here: the field's private history is never used.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            kind = event.type()
        except AttributeError:
            # seen once under PySide6 6.12: an event wrapped as a type without ``type()``;
            # a filter on every text field must never break typing over it
            return False
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and _window_key(event):
            event.ignore()  # not the widget's: let the window's shortcut fire
            return True
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = _history_key(event)
            if action is not None:
                if isinstance(watched, QAbstractItemView):  # a completion list: close it
                    watched.hide()
                if action.isEnabled():
                    action.trigger()
                return True
        if kind == QEvent.Type.ContextMenu and isinstance(watched, QLineEdit):
            menu = standard_menu(watched)
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return False


_filter: SharedUndoFilter | None = None


def share_undo(*widgets: QWidget) -> None:
    """Route the undo keys and menus of ``widgets`` to the window's history."""
    global _filter
    if _filter is None:
        _filter = SharedUndoFilter()
    for widget in widgets:
        widget.installEventFilter(_filter)
        completer = widget.completer() if isinstance(widget, QLineEdit) else None
        if completer is not None:  # after the completer's own filter, so ours runs first
            completer.popup().installEventFilter(_filter)


def report_completions(field: QLineEdit, edited: Callable[[str], None]) -> None:
    """Hand text the field's completer puts in to ``edited``, as typing does.

    ``QLineEdit`` shows a highlighted or chosen completion with ``setText``, which
    emits no ``textEdited``: without this the field would show the pick while the
    article kept the typed fragment. The signals carry the text the field will show
    (the line edit connects its own slots on focus-in, after these, so reading the
    field here would still give the old text).
    """
    completer = field.completer()
    completer.highlighted[str].connect(edited)
    completer.activated[str].connect(edited)


class ElidedLabel(QLabel):
    """One line of text shortened in the middle to fit (a long URL), whole in the tooltip.

    ``elides`` tells layout checks that the shortening is deliberate.
    """

    elides = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle,
                                                   max(40, self.width())))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()


class WrapField(QPlainTextEdit):
    """One paragraph of text that wraps and grows; Enter moves on instead of breaking."""

    edited = Signal(str)  # the journalist changed the text (not ``set_text``)
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # the window's history has these edits
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        self.min_lines = 1
        self._quiet = False
        self._text = ""
        self.textChanged.connect(self._changed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())
        share_undo(self)

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        """Show ``text`` without reporting an edit; keeps the cursor where it can."""
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        self._quiet = True
        self.setPlainText(text)
        self._quiet = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)

    def _changed(self) -> None:
        text = self.toPlainText()
        if "\n" in text or "\u2029" in text:
            cleaned = " ".join(text.split())
            self.set_text(cleaned)
            text = cleaned
        self._fit()
        if text == self._text:  # underlines repainted, or nothing that counts
            return
        self._text = text
        if not self._quiet:
            self.edited.emit(text)

    def _fit(self) -> None:
        lines = max(self.min_lines, int(self.document().size().height()))
        metrics = self.fontMetrics()
        height = lines * metrics.lineSpacing() + 2 * self.document().documentMargin() + 6
        self.setFixedHeight(int(height))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            self.focusNextChild()
            return
        rules = writing.options().rules
        if typing.swallow_space(self, event, rules):
            return
        super().keyPressEvent(event)
        if typing.is_typing(event):
            typing.correct(self, rules)

    def insertFromMimeData(self, source) -> None:
        """Pasted line breaks become spaces: a headline is one line of text; house
        typography applies as to typing."""
        if source.hasText():
            cursor = self.textCursor()
            before = self.toPlainText()[:cursor.selectionStart()]
            self.insertPlainText(smarten(" ".join(source.text().split()),
                                         writing.options().rules, before=before[-1:]))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        from editor.gui.spelling.menu import offer_in_text

        menu = standard_menu(self, event.pos())
        offer_in_text(menu, self, self.cursorForPosition(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
