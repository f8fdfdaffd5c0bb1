"""Walking the parsed paste: which elements are text, structure, or nothing.

The walker visits the tree once, in reading order, carrying the inline marks
(bold, italic, link) down and telling ``HtmlWriter`` where blocks, list
items, tables and their cells, and line breaks are. Anything it does not recognise is
treated as an inline wrapper, so unknown markup can lose its formatting but
never its text; anything that is not text (scripts, media, hidden content,
Word's list markers) is skipped whole.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from editor.importers.paste_css import ClassStyles, styles_from_classes
from editor.importers.paste_html import ITEM, PARAGRAPH, QUOTE, HtmlWriter, Kind, heading
from editor.importers.paste_inline import Marks, marks_for, style_of, text_spans
from editor.importers.paste_word import (
    WordListItem,
    is_list_marker,
    is_review_markup,
    typed_list_item,
    word_heading_level,
    word_list_item,
)

# Content that is never article text: code, media, form controls, metadata.
# Not listed: ``embed``, ``source``, ``track`` and ``wbr`` are empty elements
# that libxml2 parses as containers, swallowing the text that follows them;
# they are walked like unknown inline tags so that text survives.
DROPPED_TAGS = frozenset(
    "script style noscript template iframe frame frameset object applet svg math "
    "canvas video audio img picture map area input button select textarea "
    "option optgroup datalist head title meta link base param xml".split()
)
# Word's VML drawing (``v:shape``) and Office (``o:…``) elements carry no text;
# ``o:p`` (Word's paragraph mark) is unwrapped like any unknown tag.
DROPPED_PREFIXES = ("v:", "o:")
LIST_TAGS = frozenset({"ul", "ol", "menu", "dir"})
CELL_TAGS = frozenset({"td", "th", "caption"})
TABLE_TAGS = CELL_TAGS | {"table", "tr"}
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend "
    "li main nav p pre section summary table tbody tfoot thead tr listing xmp".split()
)
HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
# Deeper than this, a subtree is read as plain text: real documents never get
# near it, and recursing further would hit Python's recursion limit.
MAX_DEPTH = 150


class TreeWalker:
    def __init__(self, builder: HtmlWriter, class_rules: ClassStyles) -> None:
        self.builder = builder
        self.class_rules = class_rules
        self.depth = 0

    def children(self, el: HtmlElement, marks: Marks) -> None:
        if self.depth >= MAX_DEPTH:
            self.builder.add(text_spans(el.text_content(), marks))
            return
        self.depth += 1
        self.builder.add(text_spans(el.text, marks))
        for child in el:
            self.element(child, marks)
            self.builder.add(text_spans(child.tail, marks))
        self.depth -= 1

    def element(self, el: HtmlElement, outer: Marks) -> None:
        if not isinstance(el.tag, str):
            return  # comments and processing instructions that survived parsing
        tag = el.tag.lower()
        style = self.style(el, tag)
        if is_dropped(el, tag, style):
            return
        marks = marks_for(el, tag, style, outer)
        if tag == "br":
            self.line_break(style, marks)
        elif self.builder.in_cell:
            self.soft(el, marks, "\n")  # a cell holds text: its paragraphs become lines
        elif tag in LIST_TAGS:
            self.builder.open_list(ordered=tag == "ol")
            self.children(el, marks)
            self.builder.close_list()
        elif tag in TABLE_TAGS and (self.builder.in_item or self.builder.in_list):
            self.soft(el, marks, "\n")  # a table in a list item reads as its lines
        elif tag in TABLE_TAGS:
            self.table_part(el, tag, marks)
        else:
            self.block_or_inline(el, tag, style, marks)

    def table_part(self, el: HtmlElement, tag: str, marks: Marks) -> None:
        """A table, a row, or a cell or caption (whose blocks are all the cell's text)."""
        if tag == "table":
            self.builder.open_table()
        elif tag == "tr":
            self.builder.open_row()
        else:
            self.builder.open_cell(tag)
        self.children(el, marks)
        if tag == "table":
            self.builder.close_table()
        elif tag in CELL_TAGS:
            self.builder.close_cell()

    def style(self, el: HtmlElement, tag: str) -> dict[str, str]:
        """Inline style over class rules; paragraph-style classes are not applied.

        Word's paragraph styles (``p.MsoHeading7 {font-style:italic}``) are how a
        block looks, not emphasis the author added; character and cell classes
        (Excel's ``.xl91 {font-weight:700}``) are.
        """
        if tag in BLOCK_TAGS:
            return style_of(el)
        return {**styles_from_classes(el, self.class_rules), **style_of(el)}

    def block_or_inline(
        self, el: HtmlElement, tag: str, style: dict[str, str], marks: Marks
    ) -> None:
        kind = self.block_kind(el, tag, style)
        if kind is None:
            self.children(el, marks)  # inline (or unknown) element: keep its text
        elif self.builder.in_item and tag != "li":
            self.soft(el, marks, "\n")
        else:
            self.builder.start(kind if kind is not PARAGRAPH else None)
            self.children(el, marks)
            self.builder.end()

    def soft(self, el: HtmlElement, marks: Marks, separator: str) -> None:
        """Inside an item or a table cell a block boundary is only a break, never a new block."""
        is_block = el.tag.lower() in BLOCK_TAGS | LIST_TAGS | CELL_TAGS
        if is_block:
            self.builder.soft_break(separator)
        self.children(el, marks)
        if is_block:
            self.builder.soft_break(separator)

    def block_kind(self, el: HtmlElement, tag: str, style: dict[str, str]) -> Kind | None:
        """What a block element becomes; None for inline elements."""
        if tag == "li":
            return ITEM
        in_list = self.builder.in_list or self.builder.in_item
        word = None if in_list else word_item(el, tag, style)
        if word is not None:
            return Kind("item", word=word)
        level = heading_level(el, tag)
        if level is not None:
            return heading(level)
        if tag == "blockquote":
            return QUOTE
        return PARAGRAPH if tag in BLOCK_TAGS else None

    def line_break(self, style: dict[str, str], marks: Marks) -> None:
        """``<br>``: a line break, except Word's page break, which ends the paragraph."""
        page_break = "always" in (style.get("page-break-before"), style.get("page-break-after"))
        if page_break and not self.builder.in_cell:
            self.builder.start()
            self.builder.end()
        else:
            self.builder.add([marks.span("\n")])


def word_item(el: HtmlElement, tag: str, style: dict[str, str]) -> WordListItem | None:
    """Word's fake list item: by ``mso-list`` style, or by a typed marker on a ``<p>``."""
    item = word_list_item(el, style)
    if item is None and tag == "p":
        item = typed_list_item(el, style)
    return item


def heading_level(el: HtmlElement, tag: str) -> int | None:
    """h1–h6, Word's heading styles, or an ARIA heading (Word for the web pastes these)."""
    if tag in HEADING_TAGS:
        return HEADING_TAGS[tag]
    if el.get("role") == "heading" and (el.get("aria-level") or "").isdigit():
        return int(el.get("aria-level") or 2)
    return word_heading_level(el) if tag in BLOCK_TAGS else None


def is_dropped(el: HtmlElement, tag: str, style: dict[str, str]) -> bool:
    """Never article text: code, media, Word markers and review comments, hidden content."""
    if tag in DROPPED_TAGS or (tag.startswith(DROPPED_PREFIXES) and tag != "o:p"):
        return True
    if is_list_marker(style) or is_review_markup(el, tag, style) or el.get("hidden") is not None:
        return True
    return (
        style.get("display") == "none"
        or style.get("visibility") == "hidden"
        or style.get("mso-hide") == "all"
    )
