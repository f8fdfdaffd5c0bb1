"""Formatting commands on the body document: marks, links, headings, quotes, lists.

Every command is one edit block (one undo step) and writes exactly the formats
``formats`` defines, so what the journalist applies is what ``convert`` reads
back. Cards are skipped: they have no text to format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor

from editor.gui.body import formats as F
from editor.gui.body.card_ops import is_card_block

CharEdit = Callable[[QTextCharFormat, QTextBlock], None]


@dataclass(frozen=True, slots=True)
class BlockState:
    """What the toolbar shows as checked for the cursor's position."""

    bold: bool = False
    italic: bool = False
    heading: int = 0
    quote: bool = False
    list_ordered: bool | None = None  # None: not in a list
    link: str = ""
    card: bool = False


def selected_blocks(cursor: QTextCursor) -> Iterator[QTextBlock]:
    doc = cursor.document()
    block = doc.findBlock(cursor.selectionStart())
    last = doc.findBlock(cursor.selectionEnd()).blockNumber()
    while block.isValid() and block.blockNumber() <= last:
        yield block
        block = block.next()


def _map_chars(cursor: QTextCursor, start: int, end: int, edit: CharEdit) -> None:
    """Apply ``edit`` to the char format of every fragment piece inside ``[start, end)``.

    Pieces are collected first: changing a format splits and merges fragments,
    which would invalidate an iterator still walking them.
    """
    doc = cursor.document()
    pieces: list[tuple[int, int, QTextCharFormat]] = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() < end:
        if not is_card_block(block):
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                lo = max(start, fragment.position())
                hi = min(end, fragment.position() + fragment.length())
                if lo < hi:
                    fmt = QTextCharFormat(fragment.charFormat())
                    edit(fmt, block)
                    pieces.append((lo, hi, fmt))
        block = block.next()
    for lo, hi, fmt in pieces:
        cursor.setPosition(lo)
        cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)


def _marks(edit_cursor: QTextCursor, edit: CharEdit) -> None:
    """Selection: change it. No selection: change the format the next typed letter gets."""
    if edit_cursor.hasSelection():
        work = QTextCursor(edit_cursor.document())
        work.beginEditBlock()
        _map_chars(work, edit_cursor.selectionStart(), edit_cursor.selectionEnd(), edit)
        work.endEditBlock()
        return
    fmt = QTextCharFormat(edit_cursor.charFormat())
    edit(fmt, edit_cursor.block())
    edit_cursor.setCharFormat(fmt)


def set_bold(cursor: QTextCursor, on: bool) -> None:
    def change(fmt: QTextCharFormat, block: QTextBlock) -> None:
        normal = F.HEADING_WEIGHT if F.heading_level(block.blockFormat()) else F.NORMAL
        fmt.setFontWeight(F.BOLD if on else normal)

    _marks(cursor, change)


def set_italic(cursor: QTextCursor, on: bool) -> None:
    _marks(cursor, lambda fmt, _block: fmt.setFontItalic(on))


def link_extent(cursor: QTextCursor) -> tuple[int, int, str] | None:
    """The whole link around the cursor: start, end and address."""
    block = cursor.block()
    position = cursor.position()
    it = block.begin()
    pieces = []
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        fmt = fragment.charFormat()
        pieces.append((fragment.position(), fragment.position() + fragment.length(),
                       fmt.anchorHref() if fmt.isAnchor() else ""))
    for index, (start, end, href) in enumerate(pieces):
        if href and start <= position <= end and (position > start or index == 0):
            lo, hi = start, end
            for s, _e, h in reversed(pieces[:index]):
                lo = s if h == href and _e == lo else lo
            for _s, e, h in pieces[index + 1:]:
                hi = e if h == href and _s == hi else hi
            return lo, hi, href
    return None


def set_link(edit_cursor: QTextCursor, href: str, text: str = "") -> None:
    """Link the selection (or the link under the cursor) to ``href``; empty removes it.

    With no selection and no link under the cursor, ``text`` is inserted as a new link.
    """
    start, end = edit_cursor.selectionStart(), edit_cursor.selectionEnd()
    if start == end and (extent := link_extent(edit_cursor)):
        start, end = extent[0], extent[1]
    work = QTextCursor(edit_cursor.document())
    work.beginEditBlock()
    if start == end and href:
        fmt = QTextCharFormat(edit_cursor.charFormat())
        F.apply_link(fmt, href)
        work.setPosition(start)
        work.insertText(text or href, fmt)
        end = work.position()
    else:
        _map_chars(work, start, end,
                   lambda fmt, _b: F.apply_link(fmt, href) if href else F.remove_link(fmt))
    work.endEditBlock()
    edit_cursor.setPosition(end)


def _text_blocks(cursor: QTextCursor) -> list[QTextBlock]:
    return [block for block in selected_blocks(cursor) if not is_card_block(block)]


def _restyle_chars(work: QTextCursor, block: QTextBlock, level: int) -> None:
    """Give a block's text the size and weight of its (new) kind, keeping bold/italic/links."""
    base = F.base_char_format(level)

    def change(fmt: QTextCharFormat, _block: QTextBlock) -> None:
        bold = fmt.fontWeight() >= F.BOLD
        fmt.setFontPointSize(base.fontPointSize())
        fmt.setFontWeight(F.BOLD if bold else base.fontWeight())

    _map_chars(work, block.position(), block.position() + block.length() - 1, change)
    work.setPosition(block.position())
    work.setBlockCharFormat(base)


def set_block_kind(edit_cursor: QTextCursor, kind: str) -> None:
    """``paragraph``, ``h2``, ``h3`` or ``quote`` for every selected block; again toggles back."""
    blocks = _text_blocks(edit_cursor)
    if not blocks:
        return
    if all(block_kind(b) == kind for b in blocks):
        kind = "paragraph"
    work = QTextCursor(edit_cursor.document())
    work.beginEditBlock()
    for block in blocks:
        if block.textList() is not None:
            block.textList().remove(block)
        level = {"h2": 2, "h3": 3}.get(kind, 0)
        if kind == "quote":
            fmt = F.quote_format(F.quote_attribution(block.blockFormat()))
        else:
            fmt = F.heading_format(level) if level else F.paragraph_format()
        work.setPosition(block.position())
        work.setBlockFormat(fmt)
        _restyle_chars(work, block, level)
    work.endEditBlock()


def block_kind(block: QTextBlock) -> str:
    level = F.heading_level(block.blockFormat())
    if level:
        return f"h{level}"
    return "quote" if F.is_quote(block.blockFormat()) else "paragraph"


def set_quote_attribution(edit_cursor: QTextCursor, attribution: str) -> None:
    block = edit_cursor.block()
    if not F.is_quote(block.blockFormat()):
        return
    work = QTextCursor(block)
    work.beginEditBlock()
    work.setBlockFormat(F.quote_format(attribution.strip()))
    work.endEditBlock()


def toggle_list(edit_cursor: QTextCursor, ordered: bool) -> None:
    """Make the selected paragraphs a list; the same list type again turns it off."""
    blocks = _text_blocks(edit_cursor)
    if not blocks:
        return
    current = blocks[0].textList()
    work = QTextCursor(edit_cursor.document())
    work.beginEditBlock()
    if current is not None and F.is_ordered(current.format()) == ordered:
        for block in blocks:
            if block.textList() is not None:
                block.textList().remove(block)
            work.setPosition(block.position())
            work.setBlockFormat(F.paragraph_format())
    elif current is not None:
        current.setFormat(F.list_format(ordered))
    else:
        _make_list(work, blocks, ordered)
    work.endEditBlock()


def _make_list(work: QTextCursor, blocks: list[QTextBlock], ordered: bool) -> None:
    text_list = None
    previous = -2
    for block in blocks:
        if block.blockNumber() != previous + 1:
            text_list = None  # a card between selected blocks starts a new list
        previous = block.blockNumber()
        work.setPosition(block.position())
        work.setBlockFormat(F.paragraph_format())
        _restyle_chars(work, block, 0)
        if text_list is None:
            text_list = work.createList(F.list_format(ordered))
        else:
            text_list.add(block)


def clear_formatting(edit_cursor: QTextCursor) -> None:
    """Plain paragraphs without bold, italic or links, for the selection or current block."""
    blocks = _text_blocks(edit_cursor)
    work = QTextCursor(edit_cursor.document())
    work.beginEditBlock()
    for block in blocks:
        if block.textList() is not None:
            block.textList().remove(block)
        work.setPosition(block.position())
        work.setBlockFormat(F.paragraph_format())
        start = max(block.position(), edit_cursor.selectionStart()) \
            if edit_cursor.hasSelection() else block.position()
        end = min(block.position() + block.length() - 1, edit_cursor.selectionEnd()) \
            if edit_cursor.hasSelection() else block.position() + block.length() - 1
        _map_chars(work, start, end, lambda fmt, _b: _plain(fmt))
        work.setPosition(block.position())
        work.setBlockCharFormat(F.base_char_format())
    work.endEditBlock()


def _plain(fmt: QTextCharFormat) -> None:
    base = F.base_char_format()
    fmt.merge(base)
    F.remove_link(fmt)
    fmt.setFontWeight(F.NORMAL)
    fmt.setFontItalic(False)


def state_at(cursor: QTextCursor) -> BlockState:
    block = cursor.block()
    fmt = cursor.charFormat()
    text_list = block.textList()
    extent = link_extent(cursor)
    return BlockState(
        bold=fmt.fontWeight() >= F.BOLD,
        italic=fmt.fontItalic(),
        heading=F.heading_level(block.blockFormat()),
        quote=F.is_quote(block.blockFormat()),
        list_ordered=None if text_list is None else F.is_ordered(text_list.format()),
        link=extent[2] if extent else "",
        card=is_card_block(block),
    )
