"""Clipboard paste → clean article blocks.

What a journalist pastes from Word (desktop and Office 365), Google Docs,
LibreOffice or a web page arrives as HTML full of styles, classes, spans,
comments, tracking attributes and sometimes scripts. The article model holds
no HTML at all, so cleaning means *reading* that HTML into blocks: only text,
bold, italic, safe links, headings, lists and quotes survive, and nothing
executable can, because nothing but text is kept.

Public API: ``clean_paste(html)`` and ``clean_paste_text(text)``; the GUI
only calls these. Parsing is lxml's HTML parser, which copes with Word's
markup; every decision about structure is made on the parsed tree.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from editor.importers.paste_blocks import ITEM, PARAGRAPH, QUOTE, BlockBuilder, Kind, heading
from editor.importers.paste_inline import Marks, marks_for, style_of, text_spans
from editor.importers.paste_word import (
    WordListItem,
    is_list_marker,
    typed_list_item,
    word_heading_level,
    word_list_item,
)
from editor.model.blocks import Block, Paragraph
from editor.model.inline import text as plain_inline

# Content that is never article text: code, media, form controls, metadata.
DROPPED_TAGS = frozenset(
    "script style noscript template iframe frame frameset object embed applet svg math "
    "canvas video audio source track img picture map area input button select textarea "
    "option optgroup datalist head title meta link base param xml".split()
)
# Word's VML drawing (``v:shape``) and Office (``o:…``) elements carry no text;
# ``o:p`` (Word's paragraph mark) is unwrapped like any unknown tag.
DROPPED_PREFIXES = ("v:", "o:")
LIST_TAGS = frozenset({"ul", "ol", "menu", "dir"})
CELL_TAGS = frozenset({"td", "th"})
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend "
    "li main nav p pre section summary table tbody tfoot thead tr listing xmp".split()
)
HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
CF_HTML_HEADER_RE = re.compile(r"\AVersion:\d[^<]*")


def clean_paste(html: str) -> list[Block]:
    """Clipboard HTML (Word, Google Docs, LibreOffice, web) as clean article blocks."""
    root = _parse(html)
    if root is None:
        return []
    builder = BlockBuilder()
    _walk_children(root, Marks(), builder)
    return builder.finish()


def clean_paste_text(text: str) -> list[Block]:
    """Plain-text paste (Ctrl+Shift+V): a blank line starts a new paragraph.

    Single newlines inside a paragraph are kept as line breaks, because plain
    text from e-mail or chat wraps deliberately (a poem, an address, a quote
    by lines) more often than it wraps at a fixed width. Runs of spaces and
    tabs collapse to one space; nothing is interpreted as markup.
    """
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    for chunk in re.split(r"\n[ \t\xa0]*\n", normalised):
        lines = [" ".join(line.split()) for line in chunk.split("\n")]
        body = "\n".join(line for line in lines if line)
        if body:
            blocks.append(Paragraph(spans=plain_inline(body)))
    return blocks


def _parse(html: str) -> HtmlElement | None:
    """The ``<body>`` of the paste, or None when there is nothing to read.

    A raw Windows CF_HTML header ("Version:0.9 StartHTML:…") is cut off so it
    does not show up as text when a caller passes the clipboard format as is.
    """
    html = CF_HTML_HEADER_RE.sub("", html.lstrip("\ufeff"), count=1)
    if not html.strip():
        return None
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        document = lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return document.find("body")


def _walk_children(el: HtmlElement, marks: Marks, builder: BlockBuilder) -> None:
    builder.add(text_spans(el.text, marks))
    for child in el:
        _walk(child, marks, builder)
        builder.add(text_spans(child.tail, marks))


def _walk(el: HtmlElement, outer: Marks, builder: BlockBuilder) -> None:
    if not isinstance(el.tag, str):
        return  # comments and processing instructions that survived parsing
    tag = el.tag.lower()
    style = style_of(el)
    if _is_dropped(el, tag, style):
        return
    marks = marks_for(el, tag, outer)
    if tag == "br":
        _line_break(style, builder)
    elif builder.in_cell and tag not in CELL_TAGS:
        _walk_soft(el, marks, builder, " ")
    elif tag in LIST_TAGS:
        builder.open_list(ordered=tag == "ol")
        _walk_children(el, marks, builder)
        builder.close_list()
    elif tag in CELL_TAGS:
        builder.open_cell()
        _walk_children(el, marks, builder)
        builder.close_cell()
    else:
        _walk_block_or_inline(el, tag, style, marks, builder)


def _walk_block_or_inline(
    el: HtmlElement, tag: str, style: dict[str, str], marks: Marks, builder: BlockBuilder
) -> None:
    kind = _block_kind(el, tag, style, builder)
    if kind is None:
        _walk_children(el, marks, builder)  # inline (or unknown) element: keep its text
    elif builder.in_item and tag != "li":
        _walk_soft(el, marks, builder, "\n")
    else:
        builder.start(kind if kind is not PARAGRAPH else None)
        _walk_children(el, marks, builder)
        builder.end()


def _walk_soft(el: HtmlElement, marks: Marks, builder: BlockBuilder, separator: str) -> None:
    """Inside an item or a table cell a block boundary is only a break, never a new block."""
    is_block = el.tag.lower() in BLOCK_TAGS or el.tag.lower() in LIST_TAGS
    if is_block:
        builder.soft_break(separator)
    _walk_children(el, marks, builder)
    if is_block:
        builder.soft_break(separator)


def _block_kind(el: HtmlElement, tag: str, style: dict[str, str], builder: BlockBuilder) -> Kind | None:
    """What a block element becomes; None for inline elements."""
    if tag == "li":
        return ITEM
    word = None if builder.in_list or builder.in_item else _word_item(el, tag, style)
    if word is not None:
        return Kind("item", word=word)
    level = _heading_level(el, tag)
    if level is not None:
        return heading(level)
    if tag == "blockquote":
        return QUOTE
    if tag in BLOCK_TAGS:
        return PARAGRAPH
    return None


def _word_item(el: HtmlElement, tag: str, style: dict[str, str]) -> WordListItem | None:
    """Word's fake list item: by ``mso-list`` style, or by a typed marker on a ``<p>``."""
    item = word_list_item(el, style)
    if item is None and tag == "p":
        item = typed_list_item(el, style)
    return item


def _heading_level(el: HtmlElement, tag: str) -> int | None:
    """h1–h6, Word's heading styles, or an ARIA heading (Word for the web pastes these)."""
    if tag in HEADING_TAGS:
        return HEADING_TAGS[tag]
    if el.get("role") == "heading" and (el.get("aria-level") or "").isdigit():
        return int(el.get("aria-level") or 2)
    return word_heading_level(el) if tag in BLOCK_TAGS else None


def _line_break(style: dict[str, str], builder: BlockBuilder) -> None:
    """``<br>``: a line break, except Word's page break, which ends the paragraph."""
    page_break = "always" in (style.get("page-break-before", ""), style.get("page-break-after", ""))
    if page_break:
        builder.start()
        builder.end()
    else:
        builder.add([Marks().span("\n")])


def _is_dropped(el: HtmlElement, tag: str, style: dict[str, str]) -> bool:
    """Never article text: code, media, Word markers and anything the author could not see."""
    if tag in DROPPED_TAGS or (tag.startswith(DROPPED_PREFIXES) and tag != "o:p"):
        return True
    if is_list_marker(style) or el.get("hidden") is not None:
        return True
    return (
        style.get("display") == "none"
        or style.get("visibility") == "hidden"
        or style.get("mso-hide") == "all"
    )
