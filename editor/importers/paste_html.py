"""Writing a paste as clean, semantic HTML for the importers' reader.

The tree walker (``paste_walk``) reports text and structure ("a heading starts", "a
list item", "a table cell", "a line break"); ``HtmlWriter`` decides what each becomes
in a small clean tree — ``p``, ``h2``/``h3``, ``blockquote``, nested ``ul``/``ol``,
``table`` with ``th``/``td`` and ``caption`` — whose text carries nothing but ``b``,
``i``, ``a`` and ``br``. ``html_blocks.HtmlReader`` turns that tree into blocks, the
same reader a ``.docx`` goes through, so a pasted article and its imported document
become the same article. Odd nesting (a ``<p>`` inside an ``<li>``, a list inside a
table cell) degrades to text with line breaks instead of losing it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.etree import Element, SubElement, _Element

from editor.importers.paste_inline import split_paragraphs, tidy
from editor.importers.paste_word import WordListItem
from editor.model.inline import Inline, Span


@dataclass(frozen=True, slots=True)
class Kind:
    """What the text being collected will become."""

    name: str  # "paragraph" | "heading" | "quote" | "item" | "td" | "th" | "caption"
    level: int = 0
    word: WordListItem | None = None


PARAGRAPH = Kind("paragraph")
QUOTE = Kind("quote")
ITEM = Kind("item")
CELL_KINDS = frozenset({"td", "th", "caption"})


def heading(level: int) -> Kind:
    """h1/h2 become the article's H2, anything deeper its H3 (the headline is the H1)."""
    return Kind("heading", level=2 if level <= 2 else 3)


class HtmlWriter:
    def __init__(self) -> None:
        self.root = Element("div")
        self._spans: list[Span] = []
        self._kinds: list[Kind] = [PARAGRAPH]
        self._lists = ListNester(self.root)
        self._tables = 0  # <table> elements open around the walk
        self._table: _Element | None = None  # written at its first cell or caption
        self._row: _Element | None = None

    # -- structure ---------------------------------------------------------
    @property
    def in_item(self) -> bool:
        return self._kinds[-1].name == "item"

    @property
    def in_list(self) -> bool:
        return self._lists.depth > 0

    @property
    def in_cell(self) -> bool:
        """In a table cell or caption, where everything is the cell's text."""
        return self._kinds[-1].name in CELL_KINDS

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
        self._lists.open_list(ordered)

    def close_list(self) -> None:
        self.flush()
        self._lists.close_list()

    def open_table(self) -> None:
        self.flush()
        self._tables += 1

    def close_table(self) -> None:
        self.flush()
        self._tables = max(self._tables - 1, 0)
        if not self._tables:
            self._table = self._row = None

    def open_row(self) -> None:
        self.flush()
        self._row = None

    def open_cell(self, tag: str) -> None:
        """``td``, ``th`` or ``caption``: its text, blocks and all, is written on closing."""
        self.start(Kind(tag))

    def close_cell(self) -> None:
        spans = tidy(self._spans, max_breaks=1)
        self._spans = []
        kind = self._kinds.pop()
        table = self._open_table()
        if kind.name == "caption":
            caption = table.find("caption")
            write_inline(SubElement(table, "caption") if caption is None else caption, spans)
            return
        if self._row is None:
            self._row = SubElement(table, "tr")
        write_inline(SubElement(self._row, kind.name), spans)  # empty cells keep columns

    # -- text --------------------------------------------------------------
    def add(self, spans: list[Span]) -> None:
        self._spans.extend(spans)

    def soft_break(self, text: str = "\n") -> None:
        """A block boundary inside an item or cell: a line break (or space), not a new block."""
        if any(span.text.strip() for span in self._spans):
            self._spans.append(Span(text))

    def flush(self) -> None:
        spans = tidy(self._spans)
        self._spans = []
        if spans:
            self._place(self._kinds[-1], spans)

    def finish(self) -> _Element:
        self.flush()
        return self.root

    # -- placing -----------------------------------------------------------
    def _place(self, kind: Kind, spans: Inline) -> None:
        if kind.name == "item" or self.in_list:
            write_inline(self._lists.add_item(kind.word), tidy(spans, max_breaks=1))
            return
        self._lists.interrupt()
        if kind.name == "heading":
            write_inline(SubElement(self.root, f"h{kind.level}"), tidy(spans, max_breaks=1))
            return
        for part in split_paragraphs(spans):
            parent = SubElement(self.root, "blockquote") if kind.name == "quote" else self.root
            write_inline(SubElement(parent, "p"), part)

    def _open_table(self) -> _Element:
        if self._table is None:
            self._lists.interrupt()
            self._table = SubElement(self.root, "table")
        return self._table


@dataclass(slots=True)
class ListRun:
    """The list being written: its open ``ul``/``ol`` per depth and, for Word, which list."""

    word_key: str | None
    levels: list[_Element] = field(default_factory=list)


class ListNester:
    """Where each list item goes: real ``<ul>``/``<ol>`` keep their nesting, Word's fake
    list paragraphs are grouped by the list they name in ``mso-list`` (``l0 … lfo1``) and
    nested by their level, so two lists that merely follow each other stay two."""

    def __init__(self, root: _Element) -> None:
        self.root = root
        self.kinds: list[bool] = []  # ordered, for each real list open around the walk
        self.run: ListRun | None = None

    @property
    def depth(self) -> int:
        return len(self.kinds)

    def open_list(self, ordered: bool) -> None:
        if not self.kinds:
            self.run = ListRun(None)
        self.kinds.append(ordered)

    def close_list(self) -> None:
        if self.kinds:
            self.kinds.pop()
        if not self.kinds:
            self.run = None

    def interrupt(self) -> None:
        """Another block came between: a following fake-list item starts a new list."""
        if not self.kinds:
            self.run = None

    def add_item(self, word: WordListItem | None) -> _Element:
        """A new ``<li>`` for the next item, in the list (and at the depth) it belongs to.

        In a real list the outermost ``<ul>``/``<ol>`` decides the kind, as the model has
        one kind per list; a Word item's depth is its ``mso-list`` level."""
        if not self.kinds and (self.run is None or not _continues(self.run, word)):
            self.run = ListRun(word.list_key if word else None)
        assert self.run is not None
        levels = self.run.levels
        wanted = self.depth - 1 if self.kinds else max(word.level - 1, 0) if word else 0
        depth = min(wanted, len(levels))  # never skip a level
        del levels[depth + 1 :]
        if depth == len(levels):
            ordered = self.kinds[depth] if self.kinds else bool(word and word.ordered)
            parent = _last_item(levels[-1]) if levels else self.root
            levels.append(SubElement(parent, "ol" if ordered else "ul"))
        return SubElement(levels[depth], "li")


def _last_item(parent_list: _Element) -> _Element:
    """The item a deeper list goes into (Google Docs writes it beside the item, in the list)."""
    return parent_list[-1] if len(parent_list) else SubElement(parent_list, "li")


def _continues(run: ListRun, word: WordListItem | None) -> bool:
    """Does a Word item outside any ``<ul>`` belong to the open fake list?

    Deeper levels always do (they nest in it), and so do items of unknown level
    (typed markers); a first-level item only when it names the same Word list and
    has the same kind of marker.
    """
    if word is None:
        return run.word_key is None
    if word.level != 1:
        return True
    top = run.levels[0] if run.levels else None
    return run.word_key == word.list_key and (top is None or (top.tag == "ol") == word.ordered)


def write_inline(parent: _Element, spans: Inline) -> None:
    """Spans as text in ``<a>``, ``<b>``, ``<i>`` (their line breaks as ``<br>``)."""
    for span in spans:
        target = parent
        if span.href:
            target = SubElement(target, "a", href=span.href)
        if span.bold:
            target = SubElement(target, "b")
        if span.italic:
            target = SubElement(target, "i")
        for n, line in enumerate(span.text.split("\n")):
            if n:
                SubElement(target, "br")
            _append_text(target, line)


def _append_text(el: _Element, text: str) -> None:
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text
