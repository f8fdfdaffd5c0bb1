"""The article: everything a journalist writes, as plain typed data.

Timestamps are timezone-aware; the site profile decides how they are shown.
The slug follows the headline until the journalist edits it, and is frozen
once the article has been published (its URL must not change).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from editor.model.blocks import Block, block_from_dict
from editor.model.image import ImageRef

SLUG_MAX_LENGTH = 80
CORRECTION_KINDS = ("ralat", "koreksi")  # "Ralat:" fixes an error, "Koreksi:" a wrong claim


def make_slug(headline: str) -> str:
    """The URL slug for a headline (python-slugify, imported on first use: ~3 ms that
    opening a draft, exporting it or starting the editor does not need)."""
    from slugify import slugify

    return slugify(headline, max_length=SLUG_MAX_LENGTH, word_boundary=True) or "artikel"


def new_article_id() -> str:
    """A random UUID (version 4) naming one article for good: two stories with the same
    headline on the same day stay two articles (publishing compares these ids). Built
    from ``os.urandom`` because importing ``uuid`` costs the editor's start-up ~2 ms."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40
    raw[8] = raw[8] & 0x3F | 0x80
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


@dataclass(slots=True)
class Author:
    name: str
    url: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "url": self.url} if self.url else {"name": self.name}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | str) -> Author:
        if isinstance(data, str):
            return cls(name=data)
        return cls(name=data.get("name", ""), url=data.get("url", ""))


@dataclass(slots=True)
class RelatedStory:
    title: str
    url: str
    published: datetime | None = None
    image: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"title": self.title, "url": self.url}
        if self.published:
            data["published"] = self.published.isoformat()
        if self.image:
            data["image"] = self.image
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RelatedStory:
        return cls(
            title=data.get("title", ""),
            url=data.get("url", ""),
            published=parse_time(data.get("published")),
            image=data.get("image", ""),
        )


@dataclass(slots=True)
class PublishRecord:
    """Where and when the article went out; the draft keeps a history of these."""

    target: str
    url: str
    at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {"target": self.target, "url": self.url, "at": self.at.isoformat()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PublishRecord:
        at = parse_time(data.get("at"))
        if at is None:
            raise ValueError("publish record without time")
        return cls(target=data.get("target", ""), url=data.get("url", ""), at=at)


@dataclass(slots=True)
class Article:
    headline: str = ""
    deck: str = ""
    slug: str = ""
    slug_locked: bool = False
    section: str = ""
    tags: list[str] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    editors: list[Author] = field(default_factory=list)  # the desk editors credited
    signoff: str = ""
    dateline: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    language: str = "id"
    featured_image: ImageRef | None = None
    body: list[Block] = field(default_factory=list)
    related: list[RelatedStory] = field(default_factory=list)
    publications: list[PublishRecord] = field(default_factory=list)
    # Every new article gets one; a draft saved before ids existed has "" until its next save.
    id: str = field(default_factory=new_article_id)
    # What search engines and social networks show; empty = the headline and the deck.
    seo_title: str = ""
    seo_description: str = ""
    # A note at the end of the article saying what was put right, and how it is labelled.
    correction: str = ""
    correction_kind: str = "ralat"

    def search_title(self) -> str:
        """The title for ``<title>``, Open Graph and JSON-LD: the SEO title, else the headline."""
        return " ".join((self.seo_title.strip() or self.headline).split())

    @property
    def is_published(self) -> bool:
        return bool(self.publications)

    def ensure_id(self) -> str:
        """The article's id, made now for a draft from before ids (``id == ""``)."""
        if not self.id:
            self.id = new_article_id()
        return self.id

    def effective_slug(self) -> str:
        return self.slug or make_slug(self.headline)

    def set_headline(self, headline: str) -> None:
        """Change the headline; the slug follows it unless edited by hand or published."""
        self.headline = headline
        if not self.slug_locked and not self.is_published:
            self.slug = make_slug(headline)

    def follow_headline(self) -> None:
        """Undo a hand-edited slug: it follows the headline again (not once published)."""
        if self.is_published:
            raise ValueError("slug is frozen after publishing")
        self.slug_locked = False
        self.slug = make_slug(self.headline)

    def set_slug(self, slug: str) -> None:
        """A hand-edited slug; refused once published because the URL is already out."""
        if self.is_published:
            raise ValueError("slug is frozen after publishing")
        self.slug = make_slug(slug)
        self.slug_locked = True


def parse_time(value: Any) -> datetime | None:
    """ISO 8601 with an offset; naive times are refused so zones are never guessed."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        result = value
    else:
        result = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if result.tzinfo is None:
        raise ValueError(f"time without zone offset: {value}")
    return result


def blocks_from_list(items: list[dict[str, Any]]) -> list[Block]:
    return [block_from_dict(item) for item in items]
