"""Inline marks of pasted HTML: which text is bold, italic or a link.

Word, Google Docs and web pages say "bold" in different ways: ``<b>``,
``<strong>``, ``font-weight:700`` on a span, and Google Docs even wraps a
whole paste in ``<b style="font-weight:normal">`` that is *not* bold. This
module reads those signals into a small ``Marks`` value that the walker
carries down the tree, and tidies the white space of the collected spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import groupby

from lxml.html import HtmlElement

from editor.model.inline import Inline, Span, is_safe_url, normalize

BOLD_TAGS = frozenset({"b", "strong"})
ITALIC_TAGS = frozenset({"i", "em"})
BOLD_KEYWORDS = frozenset({"bold", "bolder"})
NORMAL_WEIGHT_KEYWORDS = frozenset({"normal", "lighter"})
ITALIC_KEYWORDS = frozenset({"italic", "oblique"})
GDOCS_WRAPPER_PREFIX = "docs-internal-guid"

_SPACE_RE = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\ufeff"), None)
_URL_NOISE = dict.fromkeys(map(ord, "\t\n\r"), None)


@dataclass(frozen=True, slots=True)
class Marks:
    """What applies to the text at one point of the tree."""

    bold: bool = False
    italic: bool = False
    href: str | None = None
    pre: bool = False

    def span(self, text: str) -> Span:
        return Span(text, self.bold, self.italic, self.href)


def style_of(el: HtmlElement) -> dict[str, str]:
    """Parse an inline ``style`` attribute; later declarations win, as in CSS."""
    props: dict[str, str] = {}
    for declaration in (el.get("style") or "").split(";"):
        name, sep, value = declaration.partition(":")
        if sep:
            props[name.strip().lower()] = value.strip().lower().removesuffix("!important").strip()
    return props


def _weight_is_bold(value: str) -> bool | None:
    """True/False for a recognised ``font-weight``; None leaves the inherited weight."""
    if value in BOLD_KEYWORDS:
        return True
    if value in NORMAL_WEIGHT_KEYWORDS:
        return False
    if value.isdigit():
        return int(value) >= 600
    return None


def marks_for(el: HtmlElement, tag: str, style: dict[str, str], outer: Marks) -> Marks:
    """The marks inside ``el``: tags first, then its (parsed) styles override them."""
    bold, italic = outer.bold, outer.italic
    if tag in BOLD_TAGS and not (el.get("id") or "").startswith(GDOCS_WRAPPER_PREFIX):
        bold = True
    if tag in ITALIC_TAGS:
        italic = True
    weight = _weight_is_bold(style.get("font-weight", ""))
    if weight is not None:
        bold = weight
    font_style = style.get("font-style", "")
    if font_style in ITALIC_KEYWORDS:
        italic = True
    elif font_style == "normal":
        italic = False
    href = link_target(el.get("href")) if tag == "a" and el.get("href") is not None else outer.href
    return replace(outer, bold=bold, italic=italic, href=href, pre=outer.pre or tag == "pre")


def link_target(href: str | None) -> str | None:
    """A link worth keeping, or None.

    Unsafe schemes (``javascript:``, ``data:``, ``file:``) lose the link and
    keep the text. Fragment-only links (Word's ``#_Toc…`` and footnote anchors)
    point at ids the cleaner drops, so they would lead nowhere in the article.
    """
    if href is None:
        return None
    cleaned = href.strip().translate(_URL_NOISE)
    if not cleaned or cleaned.startswith("#") or not is_safe_url(cleaned):
        return None
    return cleaned


def text_spans(text: str | None, marks: Marks) -> list[Span]:
    """A text node as spans: white space (``&nbsp;`` too) collapses unless in ``<pre>``."""
    if not text:
        return []
    text = text.translate(_INVISIBLE)
    if not marks.pre:
        return [marks.span(_SPACE_RE.sub(" ", text))]
    lines = [_SPACE_RE.sub(" ", line) for line in text.replace("\r\n", "\n").split("\n")]
    return [marks.span("\n".join(lines))]


def tidy(spans: list[Span] | Inline, *, max_breaks: int = 2) -> Inline:
    """Collapse spaces across span boundaries, drop spaces around line breaks, trim.

    Works on characters so that a space ending one span and a space starting
    the next (``<b>a </b> b``) collapse to one, whatever their marks. Runs of
    line breaks are kept up to ``max_breaks``: ``<br><br>`` is how web pages
    and Google Docs separate paragraphs, and ``split_paragraphs`` acts on it.
    """
    chars: list[tuple[str, tuple[bool, bool, str | None]]] = []
    for span in spans:
        key = (span.bold, span.italic, span.href)
        for ch in span.text:
            if ch == " " and (not chars or chars[-1][0] in " \n"):
                continue
            if ch == "\n":
                while chars and chars[-1][0] == " ":
                    chars.pop()
                if not chars or _trailing_breaks(chars) >= max_breaks:
                    continue
            chars.append((ch, key))
    while chars and chars[-1][0] in " \n":
        chars.pop()
    return normalize(
        Span("".join(ch for ch, _ in group), *key)
        for key, group in groupby(chars, key=lambda item: item[1])
    )


def _trailing_breaks(chars: list[tuple[str, tuple[bool, bool, str | None]]]) -> int:
    count = 0
    while count < len(chars) and chars[-1 - count][0] == "\n":
        count += 1
    return count


def split_paragraphs(spans: Inline) -> list[Inline]:
    """Split tidy spans at blank lines (``<br><br>``) into separate paragraphs."""
    full = "".join(span.text for span in spans)
    parts: list[Inline] = []
    start = 0
    for end in [m.start() for m in re.finditer("\n\n", full)] + [len(full)]:
        part = tidy(_slice(spans, start, end))
        if part:
            parts.append(part)
        start = end + 2
    return parts


def _slice(spans: Inline, start: int, end: int) -> list[Span]:
    """The spans covering characters ``start:end`` of their joined text."""
    out: list[Span] = []
    offset = 0
    for span in spans:
        lo, hi = max(start - offset, 0), min(end - offset, len(span.text))
        if lo < hi:
            out.append(replace(span, text=span.text[lo:hi]))
        offset += len(span.text)
    return out
