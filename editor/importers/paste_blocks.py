"""Turning a stream of pasted text into the article's blocks.

The tree walker in ``paste`` reports text and structure ("a heading starts",
"a table cell starts", "a line break") and ``BlockBuilder`` decides what
becomes a block. Keeping the decisions here means the walker needs no
bookkeeping, and odd nesting (a ``<p>`` inside an ``<li>``, a list inside a
table cell) degrades to text instead of losing it.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.importers.paste_inline import split_paragraphs, tidy
from editor.importers.paste_lists import ListCollector
from editor.importers.paste_word import WordListItem
from editor.model.blocks import Block, Heading, ListBlock, Paragraph, Quote
from editor.model.inline import Inline, Span

CELL_SEPARATOR = " | "


@dataclass(frozen=True, slots=True)
class Kind:
    """What the text being collected will become."""

    name: str  # "paragraph" | "heading" | "quote" | "item"
    level: int = 0
    word: WordListItem | None = None


PARAGRAPH = Kind("paragraph")
QUOTE = Kind("quote")
ITEM = Kind("item")


def heading(level: int) -> Kind:
    """h1/h2 become the article's H2, anything deeper its H3 (the headline is the H1)."""
    return Kind("heading", level=2 if level <= 2 else 3)


class BlockBuilder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._spans: list[Span] = []
        self._kinds: list[Kind] = [PARAGRAPH]
        self._lists = ListCollector()
        self._cells = 0
        self._cell_pending = False

    # -- structure ---------------------------------------------------------
    @property
    def in_item(self) -> bool:
        return self._kinds[-1].name == "item"

    @property
    def in_list(self) -> bool:
        return self._lists.depth > 0

    @property
    def in_cell(self) -> bool:
        return self._cells > 0

    def start(self, kind: Kind | None = None) -> None:
        """A block element opens; ``None`` keeps the surrounding kind (``<div>`` in a quote)."""
        self.flush()
        self._kinds.append(kind or self._kinds[-1])

    def end(self) -> None:
        self.flush()
        if len(self._kinds) > 1:
            self._kinds.pop()

    def open_list(self, ordered: bool) -> None:
        self.flush()
        block = self._lists.open_list(ordered)
        if block is not None:
            self.blocks.append(block)

    def close_list(self) -> None:
        self.flush()
        self._lists.close_list()
        if not self.in_list:
            self._drop_empty_lists()

    def open_cell(self) -> None:
        """Cells of a row share one paragraph, separated so their text does not run together."""
        self._cells += 1
        self._cell_pending = self._has_text()

    def close_cell(self) -> None:
        self._cells = max(self._cells - 1, 0)

    # -- text --------------------------------------------------------------
    def add(self, spans: list[Span]) -> None:
        if self._cell_pending and any(span.text.strip() for span in spans):
            self._spans.append(Span(CELL_SEPARATOR))
            self._cell_pending = False
        self._spans.extend(spans)

    def soft_break(self, text: str = "\n") -> None:
        """A block boundary inside an item or cell: a line break (or space), not a new block."""
        if self._has_text():
            self._spans.append(Span(text))

    def _has_text(self) -> bool:
        return any(span.text.strip() for span in self._spans)

    def flush(self) -> None:
        spans = tidy(self._spans)
        self._spans = []
        self._cell_pending = False
        if spans:
            self._place(self._kinds[-1], spans)

    def finish(self) -> list[Block]:
        self.flush()
        self._drop_empty_lists()
        return self.blocks

    # -- placing -----------------------------------------------------------
    def _place(self, kind: Kind, spans: Inline) -> None:
        if kind.name == "item" or self.in_list:
            block = self._lists.add_item(tidy(spans, max_breaks=1), kind.word)
            if block is not None:
                self.blocks.append(block)
            return
        self._lists.interrupt()
        if kind.name == "heading":
            self.blocks.append(Heading(level=kind.level, spans=tidy(spans, max_breaks=1)))
        elif kind.name == "quote":
            self.blocks.extend(Quote(spans=part) for part in split_paragraphs(spans))
        else:
            self.blocks.extend(Paragraph(spans=part) for part in split_paragraphs(spans))

    def _drop_empty_lists(self) -> None:
        """A ``<ul>`` whose items were all empty placed a block that must not stay."""
        self.blocks = [b for b in self.blocks if not (isinstance(b, ListBlock) and not b.items)]
