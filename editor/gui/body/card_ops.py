"""Inserting, replacing, moving and deleting cards as whole blocks of the document.

Each operation is one ``beginEditBlock``/``endEditBlock`` pair, so it is one step of
the document's undo history (and so one step of the window's undo stack). Cards
always sit alone in their block, between paragraphs; these functions keep it so.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from editor.gui.body import formats as F
from editor.gui.body.convert import card_in_block
from editor.model.blocks import Block


def is_card_block(block: QTextBlock) -> bool:
    return block.isValid() and card_in_block(block) is not None


def _end(block: QTextBlock) -> int:
    return block.position() + block.length() - 1


def _insert_after(cursor: QTextCursor, block: QTextBlock, card: Block) -> int:
    cursor.setPosition(_end(block))
    cursor.insertBlock(F.card_block_format(), F.base_char_format())
    position = cursor.position()
    cursor.insertText(F.OBJECT_CHAR, F.card_format(card))
    return position


def _insert_before(cursor: QTextCursor, block: QTextBlock, card: Block) -> int:
    if block.previous().isValid():
        return _insert_after(cursor, block.previous(), card)
    keep_block, keep_char = block.blockFormat(), block.charFormat()
    cursor.setPosition(0)
    cursor.insertText(F.OBJECT_CHAR, F.card_format(card))
    cursor.insertBlock(keep_block, keep_char)
    cursor.setPosition(0)
    cursor.setBlockFormat(F.card_block_format())
    return 0


def _list_edge(block: QTextBlock, forward: bool) -> QTextBlock:
    """The last (or first) block of the list ``block`` is in, so cards never split a list."""
    text_list = block.textList()
    if text_list is None:
        return block
    step = block
    while True:
        other = step.next() if forward else step.previous()
        if not other.isValid() or other.textList() is None or \
                other.textList().objectIndex() != text_list.objectIndex():
            return step
        step = other


def _ensure_trailing_paragraph(cursor: QTextCursor, doc: QTextDocument) -> None:
    last = doc.lastBlock()
    if is_card_block(last):
        cursor.setPosition(_end(last))
        cursor.insertBlock(F.paragraph_format(), F.base_char_format())


def insert_card(cursor: QTextCursor, card: Block) -> int:
    """Put ``card`` between paragraphs at the cursor; returns the card's position.

    In an empty paragraph the card takes its place; at the start of a paragraph it
    goes before it; anywhere else after the paragraph (or after the whole list).
    """
    doc = cursor.document()
    block = cursor.block()
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    if cursor.hasSelection():
        cursor.removeSelectedText()
        block = cursor.block()
    if not is_card_block(block) and not block.text().strip() and block.textList() is None:
        edit.setPosition(block.position())
        edit.setPosition(_end(block), QTextCursor.MoveMode.KeepAnchor)
        edit.removeSelectedText()
        edit.setBlockFormat(F.card_block_format())
        position = edit.position()
        edit.insertText(F.OBJECT_CHAR, F.card_format(card))
    elif cursor.positionInBlock() == 0 and not is_card_block(block) and block.text():
        position = _insert_before(edit, _list_edge(block, False), card)
    else:
        position = _insert_after(edit, _list_edge(block, True), card)
    _ensure_trailing_paragraph(edit, doc)
    edit.endEditBlock()
    return position


def replace_card(doc: QTextDocument, position: int, card: Block) -> None:
    """New data for the card at ``position`` (edited URL, caption, …); one undo step."""
    cursor = QTextCursor(doc)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.beginEditBlock()
    cursor.setCharFormat(F.card_format(card))
    cursor.endEditBlock()


def _remove_block(cursor: QTextCursor, block: QTextBlock) -> int:
    """Remove ``block`` and its separator; returns a sensible cursor position after."""
    previous, following = block.previous(), block.next()
    if previous.isValid():
        cursor.setPosition(block.position() - 1)
        cursor.setPosition(_end(block), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        return cursor.position()
    if following.isValid():
        keep_block, keep_char = following.blockFormat(), following.charFormat()
        cursor.setPosition(block.position())
        cursor.setPosition(following.position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(keep_block)
        cursor.setBlockCharFormat(keep_char)
        return 0
    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
    cursor.removeSelectedText()
    cursor.setBlockFormat(F.paragraph_format())
    return 0


def delete_card(doc: QTextDocument, position: int) -> int:
    block = doc.findBlock(position)
    if not is_card_block(block):
        return position
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    after = _remove_block(cursor, block)
    cursor.endEditBlock()
    return after


def move_card(doc: QTextDocument, position: int, step: int) -> int | None:
    """Move the card one paragraph up (``step < 0``) or down; ``None`` at either end."""
    block = doc.findBlock(position)
    card = card_in_block(block)
    if card is None:
        return None
    neighbour = block.previous() if step < 0 else block.next()
    if step > 0 and neighbour.isValid() and neighbour == doc.lastBlock() and not neighbour.text():
        return None  # only the empty line kept for typing after a final card is below
    if not neighbour.isValid():
        return None
    target = QTextCursor(_list_edge(neighbour, forward=step > 0))
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    if step > 0:
        target.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    _remove_block(cursor, block)
    if step < 0:
        new_position = _insert_before(cursor, target.block(), card)
    else:
        new_position = _insert_after(cursor, target.block(), card)
    _ensure_trailing_paragraph(cursor, doc)
    cursor.endEditBlock()
    return new_position
