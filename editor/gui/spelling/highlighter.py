"""Red wavy underlines under unknown words, in any text document.

``highlightBlock`` runs on the UI thread for the paragraph being typed in, so it only
splits the text into words and looks each up in the service's answers; words without
an answer yet go to the worker, and the paragraph is repainted when they come back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from editor.spelling.tokens import words

if TYPE_CHECKING:
    from editor.gui.spelling.service import SpellService

UNDERLINE = QColor("#d0342c")


def miss_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(UNDERLINE)
    return fmt


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, service: SpellService) -> None:
        super().__init__(document)
        self.service = service
        self.format = miss_format()
        self._waiting: list[QTextBlock] = []
        service.checked.connect(self._answers_arrived)
        service.state_changed.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        service = self.service
        if not service.active or not text:
            return
        verdicts = service.verdicts
        unknown = []
        for start, end, word in words(text):
            verdict = verdicts.get(word)
            if verdict is None:
                unknown.append(word)
            elif not verdict:
                self.setFormat(start, end - start, self.format)
        if unknown:
            self._waiting.append(QTextBlock(self.currentBlock()))
            service.request(unknown)

    def _answers_arrived(self) -> None:
        waiting, self._waiting = self._waiting, []
        seen: set[int] = set()
        for block in waiting:
            if block.isValid() and block.position() not in seen:
                seen.add(block.position())
                self.rehighlightBlock(block)
