"""Spelling in a dialog's one-line field (a photo caption, a related story's title).

``QLineEdit`` has no highlighter; it does draw formats an input method gives it, so
the underlines are handed over as an input method event with no text (nothing is
typed, nothing enters the field's history). Its context menu gets the same spelling
entries as the body's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLineEdit

from editor.gui.spelling.highlighter import miss_format
from editor.gui.spelling.menu import offer_in_line
from editor.gui.spelling.service import current
from editor.spelling.tokens import words

Attribute = QInputMethodEvent.Attribute
TEXT_FORMAT = QInputMethodEvent.AttributeType.TextFormat


class LineSpelling(QObject):
    def __init__(self, line: QLineEdit) -> None:
        super().__init__(line)
        self.line = line
        self.format = miss_format()
        line.textChanged.connect(self.mark)
        line.installEventFilter(self)
        service = current()
        if service is not None:
            service.checked.connect(self.mark)
            service.state_changed.connect(self.mark)
        self.mark()

    def misses(self) -> list[tuple[int, int]]:
        service = current()
        if service is None or not service.active:
            return []
        found, unknown = [], []
        for start, end, word in words(self.line.text()):
            verdict = service.verdicts.get(word)
            if verdict is None:
                unknown.append(word)
            elif not verdict:
                found.append((start, end))
        if unknown:
            service.request(unknown)
        return found

    def mark(self, *_args) -> None:
        cursor = self.line.cursorPosition()
        attributes = [Attribute(TEXT_FORMAT, start - cursor, end - start, self.format)
                      for start, end in self.misses()]
        QCoreApplication.sendEvent(self.line, QInputMethodEvent("", attributes))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and watched is self.line:
            menu = self.line.createStandardContextMenu()
            offer_in_line(menu, self.line, self.line.cursorPositionAt(event.pos()))
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return False


def watch_line(line: QLineEdit) -> None:
    """Underline unknown words in ``line`` and offer suggestions in its context menu."""
    LineSpelling(line)
