"""Corrections as you type: house typography in every text field, Markdown-style
shortcuts in the body.

The rules themselves are the core's (``editor.model.typography``); this module
applies them to a Qt text widget. A correction is made *after* the typed character
went in, as an edit of its own, so one Ctrl+Z gives back exactly what was typed —
the straight quote, the three dots, the literal ``## `` — as in every word processor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from editor.gui.body import formats as F
from editor.gui.body import formatting
from editor.gui.body.card_ops import is_card_block
from editor.model.typography import Rules, after_typing, extra_space

TextWidget = QTextEdit | QPlainTextEdit
CORRECTED = set("\"'. ")
COMMAND_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | \
    Qt.KeyboardModifier.MetaModifier
# What typed at the start of a plain paragraph, followed by a space, turns it into.
MARKDOWN = {"##": "h2", "###": "h3", "-": "bullets", "*": "bullets", "1.": "numbers",
            ">": "quote"}


def is_typing(event: QKeyEvent) -> bool:
    """A plain character that a correction may follow (no Ctrl/Alt shortcut)."""
    return event.text() in CORRECTED and not event.modifiers() & COMMAND_KEYS


def _around(widget: TextWidget) -> tuple[QTextCursor, str, str]:
    cursor = widget.textCursor()
    text = cursor.block().text()
    position = cursor.positionInBlock()
    return cursor, text[:position], text[position:]


def swallow_space(widget: TextWidget, event: QKeyEvent, rules: Rules) -> bool:
    """True when the typed space would make a double space (the key is then ignored)."""
    if event.text() != " " or not is_typing(event) or widget.textCursor().hasSelection():
        return False
    _cursor, before, after = _around(widget)
    return extra_space(before, after, rules)


def correct(widget: TextWidget, rules: Rules, *, dateline: bool = False) -> bool:
    """Apply the house correction to the character just typed, as its own edit."""
    cursor, before, _after = _around(widget)
    fix = after_typing(before, rules, dateline=dateline)
    if fix is None:
        return False
    edit = QTextCursor(cursor)
    edit.beginEditBlock()
    edit.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, fix.length)
    edit.insertText(fix.text, cursor.charFormat())
    edit.endEditBlock()
    return True


def markdown_shortcut(body: QTextEdit) -> bool:
    """``## ``, ``### ``, ``- ``, ``* ``, ``1. `` or ``> `` just typed at the start of a plain
    paragraph: the marker goes and the paragraph becomes a subheading, list or quote, in one
    step (Ctrl+Z gives the typed marker back)."""
    cursor, before, _after = _around(body)
    block = cursor.block()
    kind = MARKDOWN.get(before[:-1]) if before.endswith(" ") else None
    fmt = block.blockFormat()
    if kind is None or block.textList() is not None or F.heading_level(fmt) or \
            F.is_quote(fmt) or is_card_block(block):
        return False
    edit = QTextCursor(block)
    edit.beginEditBlock()
    edit.setPosition(block.position() + len(before), QTextCursor.MoveMode.KeepAnchor)
    edit.removeSelectedText()
    if kind in ("bullets", "numbers"):
        formatting.toggle_list(edit, ordered=kind == "numbers")
    else:
        formatting.set_block_kind(edit, kind)
    edit.endEditBlock()
    body.setTextCursor(edit)
    return True
