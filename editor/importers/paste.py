"""Clipboard paste → clean article blocks.

What a journalist pastes from Word (desktop and Office 365), Google Docs,
LibreOffice or a web page arrives as HTML full of styles, classes, spans,
comments, tracking attributes and sometimes scripts. Cleaning means *reading*
that HTML into clean, semantic HTML (``paste_walk`` and ``paste_html``: Word's
list paragraphs become nested lists, styled spans bold and italic) which the
importers' reader (``html_blocks.HtmlReader``) turns into blocks, as it does a
``.docx``: only text, bold, italic, safe links, headings, nested lists, quotes
and tables survive, and nothing executable can, because nothing but text is kept.

Public API: ``clean_paste(html)`` and ``clean_paste_text(text)``; the GUI
only calls these. Parsing is lxml's HTML parser, which copes with Word's
markup; every decision about structure is made on the parsed tree.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from editor.importers.html_blocks import HtmlReader
from editor.importers.paste_css import class_styles
from editor.importers.paste_html import HtmlWriter
from editor.importers.paste_inline import Marks
from editor.importers.paste_walk import TreeWalker
from editor.importers.report import ImportReport
from editor.model.blocks import Block, Paragraph
from editor.model.inline import text as plain_inline

CF_HTML_HEADER_RE = re.compile(r"\AVersion:\d[^<]*")
# Word's "downlevel-revealed" conditional comments around list markers and images
# (``<![if !supportLists]>`` … ``<![endif]>``). libxml2 2.12+ drops them; 2.9-2.11
# (Debian 12's system library) read them as text, which then reached the article.
# Only these exact tags: ``<![endif]-->`` closes a (hidden) comment and must stay.
CONDITIONAL_RE = re.compile(r"<!\[\s*(?:if\b[^\]>]*|endif\s*)\]>", re.IGNORECASE)
# A Windows clipboard buffer holds leftover bytes past ``</html>`` (past CF_HTML's
# EndHTML); libxml2 2.12+ drops them, older versions read them as text.
HTML_END_RE = re.compile(r"</html\s*>", re.IGNORECASE)


def clean_paste(html: str) -> list[Block]:
    """Clipboard HTML (Word, Google Docs, LibreOffice, web) as clean article blocks."""
    document = _parse(html)
    if document is None:
        return []
    writer = HtmlWriter()
    walker = TreeWalker(writer, class_styles(document))
    # Not just <body>: libxml2 puts text that follows </body> beside it. What
    # follows </html> ``_parse`` drops, which is right for Windows clipboard buffers,
    # whose bytes past </html> (past CF_HTML's EndHTML) are leftover garbage.
    for part in document:
        if part.tag != "head":
            walker.element(part, Marks())
    reader = HtmlReader(None, ImportReport(source="clipboard"), fragment=True)
    return reader.read_tree(writer.finish()).blocks


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
    Conditional comments and what follows ``</html>`` are removed here rather than
    left to libxml2, whose handling of both changed in 2.12: the paste reads the
    same with any libxml2 lxml is built against.
    """
    html = CF_HTML_HEADER_RE.sub("", html.lstrip("\ufeff"), count=1)
    html = CONDITIONAL_RE.sub("", _before_html_end(html))
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


def _before_html_end(html: str) -> str:
    end = HTML_END_RE.search(html)
    return html[: end.end()] if end else html
