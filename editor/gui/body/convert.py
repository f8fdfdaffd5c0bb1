"""Body blocks <-> QTextDocument, by walking blocks and fragments.

``toHtml()`` is never involved: it is full of inline styles, and "cleaning" it
would be guessing. Walking the document gives exact answers from formats
(``headingLevel()``, ``textList()``, ``fontWeight()``, ``anchorHref()``), and the
same formats are written when loading, so the round trip is lossless for every
block type (tested in ``tests/gui/test_convert.py``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from editor.gui.body import formats as F
from editor.model.blocks import (
    BacaJuga,
    Block,
    Embed,
    Heading,
    ImageBlock,
    ListBlock,
    Paragraph,
    Quote,
    Table,
)
from editor.model.inline import Inline, Span, normalize


def document_blocks(doc: QTextDocument) -> tuple[list[Block], list[int]]:
    """The model blocks and, for each, the number of its first QTextBlock."""
    blocks: list[Block] = []
    starts: list[int] = []
    open_list: tuple[int, ListBlock] | None = None
    for block in _text_blocks(doc):
        text_list = block.textList()
        if text_list is not None and not _card_only(block):
            key = text_list.objectIndex()
            depth = max(text_list.format().indent() - 1, 0)
            if open_list is None or (open_list[0] != key and not depth):
                open_list = (key, ListBlock(ordered=F.is_ordered(text_list.format()), items=[]))
                blocks.append(open_list[1])
                starts.append(block.blockNumber())
            spans = normalize(p for p in _pieces(block) if isinstance(p, Span))
            if spans:
                _add_item(open_list[1], spans, depth)
            continue
        open_list = None
        for item in _block_items(block):
            blocks.append(item)
            starts.append(block.blockNumber())
    keep = [i for i, b in enumerate(blocks) if not (isinstance(b, ListBlock) and not b.items)]
    return [blocks[i] for i in keep], [starts[i] for i in keep]


def _add_item(block: ListBlock, spans: Inline, depth: int) -> None:
    """Append an item; ``depths`` is kept only while some item is nested."""
    if depth and not block.depths:
        block.depths = [0] * len(block.items)
    block.items.append(spans)
    if block.depths:
        block.depths.append(depth)


def document_to_blocks(doc: QTextDocument) -> list[Block]:
    return document_blocks(doc)[0]


def _text_blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def _card_only(block: QTextBlock) -> bool:
    return block.text() == F.OBJECT_CHAR and card_in_block(block) is not None


def card_in_block(block: QTextBlock) -> Block | None:
    """The card a block holds when the block is nothing but that card."""
    if block.text() != F.OBJECT_CHAR:
        return None
    return F.card_from_format(block.begin().fragment().charFormat())


def _block_items(block: QTextBlock) -> list[Block]:
    """Usually one block; a card stranded inside text splits the text around it."""
    items: list[Block] = []
    pending: list[Span] = []
    fmt = block.blockFormat()
    for piece in _pieces(block):
        if isinstance(piece, Span):
            pending.append(piece)
            continue
        items += _text_block(fmt, normalize(pending))
        pending = []
        items.append(piece)
    items += _text_block(fmt, normalize(pending))
    return items


def _pieces(block: QTextBlock) -> Iterator[Span | Block]:
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if not fragment.isValid():
            continue
        fmt = fragment.charFormat()
        card = F.card_from_format(fmt)
        if card is not None:
            yield from (card for _ in fragment.text())
            continue
        text = fragment.text().replace(F.OBJECT_CHAR, "").replace(F.LINE_SEPARATOR, "\n")
        if text:
            href = fmt.anchorHref() if fmt.isAnchor() and fmt.anchorHref() else None
            yield Span(
                text,
                bold=fmt.fontWeight() >= F.BOLD,
                italic=fmt.fontItalic(),
                href=href,
                underline=fmt.fontUnderline() and not href,  # a link's underline is its look
                strike=fmt.fontStrikeOut(),
            )


def _text_block(fmt, spans: Inline) -> list[Block]:
    if not spans or not "".join(s.text for s in spans).strip():
        return []
    level = F.heading_level(fmt)
    if level:
        return [Heading(level=level, spans=spans)]
    if F.is_quote(fmt):
        return [Quote(spans=spans, attribution=F.quote_attribution(fmt))]
    return [Paragraph(spans=spans)]


class BlockWriter:
    """Writes model blocks at a cursor; the first one may reuse the cursor's empty block."""

    def __init__(self, cursor: QTextCursor, *, reuse_first: bool) -> None:
        self.cursor = cursor
        self._reuse = reuse_first

    def _start(self, block_format, char_format) -> None:
        if self._reuse:
            self.cursor.setBlockFormat(block_format)
            self.cursor.setBlockCharFormat(char_format)
            self._reuse = False
        else:
            self.cursor.insertBlock(block_format, char_format)

    def _spans(self, spans: Inline, level: int = 0) -> None:
        for span in spans:
            text = span.text.replace("\n", F.LINE_SEPARATOR)
            self.cursor.insertText(text, F.span_format(span, level))

    def write(self, blocks: Sequence[Block]) -> None:
        for block in blocks:
            self.write_one(block)

    def write_one(self, block: Block) -> None:
        if isinstance(block, Paragraph):
            self._start(F.paragraph_format(), F.base_char_format())
            self._spans(block.spans)
        elif isinstance(block, Heading):
            level = 3 if block.level == 3 else 2
            self._start(F.heading_format(level), F.base_char_format(level))
            self._spans(block.spans, level)
        elif isinstance(block, Quote):
            self._start(F.quote_format(block.attribution), F.base_char_format())
            self._spans(block.spans)
        elif isinstance(block, ListBlock):
            self._list(block)
        elif isinstance(block, BacaJuga | ImageBlock | Embed | Table):
            self.write_card(block)

    def _list(self, block: ListBlock) -> None:
        """One QTextList per nesting level (indent = depth + 1); a level is restarted when
        a shallower item comes between, so each nested list numbers from 1."""
        levels: dict[int, object] = {}
        for index, item in enumerate(block.items or [()]):
            depth = block.depth(index)
            for deeper in [d for d in levels if d > depth]:
                del levels[deeper]
            self._start(F.paragraph_format(), F.base_char_format())
            if depth in levels:
                levels[depth].add(self.cursor.block())
            else:
                levels[depth] = self.cursor.createList(F.list_format(block.ordered, depth + 1))
            self._spans(item)

    def write_card(self, block: Block) -> None:
        self._start(F.card_block_format(), F.base_char_format())
        self.cursor.insertText(F.OBJECT_CHAR, F.card_format(block))


def load_document(doc: QTextDocument, blocks: Sequence[Block], *, left_margin: float = 0) -> None:
    """Replace the document's content with ``blocks``, outside the undo history.

    ``left_margin`` is set on the root frame here because ``clear()`` resets it.
    """
    enabled = doc.isUndoRedoEnabled()
    doc.setUndoRedoEnabled(False)
    doc.clear()
    if left_margin:
        root = doc.rootFrame().frameFormat()
        root.setLeftMargin(left_margin)
        doc.rootFrame().setFrameFormat(root)
    cursor = QTextCursor(doc)
    cursor.setBlockFormat(F.paragraph_format())
    cursor.setBlockCharFormat(F.base_char_format())
    BlockWriter(cursor, reuse_first=True).write(blocks)
    if blocks and isinstance(blocks[-1], BacaJuga | ImageBlock | Embed | Table):
        # a place to type after a final card; empty blocks are not part of the model
        cursor.insertBlock(F.paragraph_format(), F.base_char_format())
    doc.setUndoRedoEnabled(enabled)


def replace_document(doc: QTextDocument, blocks: Sequence[Block]) -> None:
    """Replace the document's content with ``blocks`` as one step of its undo history
    (a restored revision: Ctrl+Z brings the text back as it was)."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.removeSelectedText()
    if cursor.block().textList() is not None:
        cursor.block().textList().remove(cursor.block())
    cursor.setBlockFormat(F.paragraph_format())
    cursor.setBlockCharFormat(F.base_char_format())
    cursor.setCharFormat(F.base_char_format())
    BlockWriter(cursor, reuse_first=True).write(blocks)
    if blocks and isinstance(blocks[-1], BacaJuga | ImageBlock | Embed):
        cursor.insertBlock(F.paragraph_format(), F.base_char_format())
    cursor.endEditBlock()
