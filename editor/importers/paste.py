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

from editor.importers.paste_blocks import BlockBuilder
from editor.importers.paste_css import class_styles
from editor.importers.paste_inline import Marks
from editor.importers.paste_walk import TreeWalker
from editor.model.blocks import Block, Paragraph
from editor.model.inline import text as plain_inline

CF_HTML_HEADER_RE = re.compile(r"\AVersion:\d[^<]*")


def clean_paste(html: str) -> list[Block]:
    """Clipboard HTML (Word, Google Docs, LibreOffice, web) as clean article blocks."""
    document = _parse(html)
    if document is None:
        return []
    builder = BlockBuilder()
    walker = TreeWalker(builder, class_styles(document))
    # Not just <body>: libxml2 puts text that follows </body> beside it. What
    # follows </html> it drops, which is right for Windows clipboard buffers,
    # whose bytes past </html> (past CF_HTML's EndHTML) are leftover garbage.
    for part in document:
        if part.tag != "head":
            walker.element(part, Marks())
    return builder.finish()


def clean_paste_text(text: str) -> list[Block]:
    """Plain-text paste (Ctrl+Shift+V): a blank line starts a new paragraph.

    Single newlines join the lines with a space: text copied from a PDF press
    release or an e-mail is wrapped at the line width, not by sentence. Runs
    of spaces, tabs and ``&nbsp;`` collapse to one space; nothing is read as
    markup, so ``<b>`` stays the four characters the author copied.
    """
    # U+2029 is how Qt's plain text marks a paragraph; U+2028 a line break.
    normalised = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n\n")
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", normalised):
        body = " ".join(chunk.split())
        if body:
            blocks.append(Paragraph(spans=plain_inline(body)))
    return blocks


def _parse(html: str) -> HtmlElement | None:
    """The parsed paste (``<html>``), or None when there is nothing to read.

    A raw Windows CF_HTML header ("Version:0.9 StartHTML:…") is cut off so it
    does not show up as text when a caller passes the clipboard format as is.
    """
    html = CF_HTML_HEADER_RE.sub("", html.lstrip("\ufeff"), count=1)
    if not html.strip():
        return None
    # huge_tree: without it libxml2 silently drops everything past 256 nested
    # elements; the walker copes with depth itself (``paste_walk.MAX_DEPTH``).
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True
    )
    try:
        document = lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return document
