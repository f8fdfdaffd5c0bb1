"""Inline marks of clean HTML (mammoth's, trafilatura's, Redaksi's own): bold, italic,
underline, strikethrough and links, carried down the tree as a small value.

Footnote markers (``<a href="#footnote-1">[1]</a>``) keep their number as text: the
note they point at moves to the notes list at the end, where a link would be dead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml.html import HtmlElement

from editor.model.inline import Span, is_safe_url

NOTE_ID = re.compile(r"^(?:footnote|endnote)-(?:ref-)?\d+$")
OTHER_INLINE = frozenset(
    ("a", "br", "sup", "sub", "small", "mark", "abbr", "time", "q", "code", "font", "big")
)


@dataclass(frozen=True, slots=True)
class Marks:
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    href: str | None = None

    def span(self, text: str) -> Span:
        return Span(text, self.bold, self.italic, self.href, self.underline, self.strike)


INLINE_MARKS = {
    "strong": {"bold": True}, "b": {"bold": True},
    "em": {"italic": True}, "i": {"italic": True}, "cite": {"italic": True},
    "u": {"underline": True}, "ins": {"underline": True},
    "s": {"strike": True}, "del": {"strike": True}, "strike": {"strike": True},
}


def apply_marks(el: HtmlElement, tag: str, marks: Marks, base_url: str) -> Marks:
    change = dict(INLINE_MARKS.get(tag, {}))
    if tag == "a":
        href = (el.get("href") or "").strip()
        if href.startswith("#") and NOTE_ID.match(href[1:]):
            href = ""  # a footnote marker keeps its number as text, not a dead link
        elif href and base_url and not href.startswith("#"):
            href = urljoin(base_url, href)
        change["href"] = href if href and is_safe_url(href) else None
    if not change:
        return marks
    fields = {name: getattr(marks, name) for name in Marks.__slots__}
    fields.update(change)
    return Marks(**fields)


def is_inline(el: HtmlElement) -> bool:
    tag = el.tag.lower()
    return tag in INLINE_MARKS or tag in OTHER_INLINE
