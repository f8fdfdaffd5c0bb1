"""Inline text: a paragraph's content as a list of marked-up spans.

A span is plain text with bold/italic marks and an optional link. Line breaks
are ``"\\n"`` inside a span's text. Keeping inline content as data (not HTML)
means the renderer escapes every character in one place and the editor can
round-trip it without parsing markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any
from urllib.parse import quote

SAFE_URL_SCHEMES = ("http://", "https://", "mailto:", "tel:")


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None
    underline: bool = False  # kept from Word, where a writer underlines for emphasis
    strike: bool = False  # "harga lama" struck through in a correction or a price list

    def same_marks(self, other: Span) -> bool:
        return _marks(self) == _marks(other)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text}
        if self.bold:
            data["bold"] = True
        if self.italic:
            data["italic"] = True
        if self.href:
            data["href"] = self.href
        if self.underline:
            data["underline"] = True
        if self.strike:
            data["strike"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        get = data.get
        return cls(
            str(get("text", "")),
            bool(get("bold")),
            bool(get("italic")),
            get("href") or None,
            bool(get("underline")),
            bool(get("strike")),
        )


def _marks(span: Span) -> tuple[bool, bool, str | None, bool, bool]:
    return span.bold, span.italic, span.href, span.underline, span.strike


Inline = tuple[Span, ...]


# Browsers ignore control characters and white space inside a scheme ("java\tscript:"),
# so they are removed before the scheme is checked.
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\s]+")


@lru_cache(maxsize=4096)
def is_safe_url(url: str) -> bool:
    """Only web, mail and phone links, plus site-relative paths; never ``javascript:``."""
    cleaned = _IGNORED_IN_SCHEME.sub("", url).lower()
    if cleaned.startswith(SAFE_URL_SCHEMES):
        return True
    return cleaned.startswith("/") and not cleaned.startswith("//") or cleaned.startswith("#")


URL_SAFE_CHARS = "/:?#[]@!$&'()*+,;=%~-._"
_ALREADY_CLEAN = re.compile(r"[A-Za-z0-9/:?#\[\]@!$&'()*+,;=%~\-._]*")


@lru_cache(maxsize=4096)
def clean_href(url: str | None) -> str | None:
    """A link target fit for an ``href``: safe scheme, illegal characters percent-encoded."""
    if not url or not is_safe_url(url):
        return None
    url = url.strip()
    if _ALREADY_CLEAN.fullmatch(url):  # the common case: nothing to encode
        return url
    return quote(url, safe=URL_SAFE_CHARS)


def normalize(spans: Iterable[Span]) -> Inline:
    """Merge neighbours with equal marks and drop empty spans, so equal text compares equal."""
    out: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if out:
            last = out[-1]
            if (
                last.bold == span.bold
                and last.italic == span.italic
                and last.href == span.href
                and last.underline == span.underline
                and last.strike == span.strike
            ):
                out[-1] = Span(
                    last.text + span.text,
                    last.bold,
                    last.italic,
                    last.href,
                    last.underline,
                    last.strike,
                )
                continue
        out.append(span)
    return tuple(out)


def text(value: str) -> Inline:
    """Plain text as inline content."""
    return normalize([Span(value)])


def plain_text(spans: Iterable[Span]) -> str:
    return "".join(span.text for span in spans)


def strip(spans: Inline) -> Inline:
    """Trim leading and trailing white space across span boundaries."""
    items = list(spans)
    while items and not items[0].text.lstrip():
        items.pop(0)
    while items and not items[-1].text.rstrip():
        items.pop()
    if items:
        items[0] = replace(items[0], text=items[0].text.lstrip())
        items[-1] = replace(items[-1], text=items[-1].text.rstrip())
    return normalize(items)


def to_list(spans: Inline) -> list[dict[str, Any]]:
    return [span.to_dict() for span in spans]


def from_list(data: Iterable[dict[str, Any]] | str) -> Inline:
    if isinstance(data, str):
        return text(data)
    return normalize(Span.from_dict(item) for item in data)
