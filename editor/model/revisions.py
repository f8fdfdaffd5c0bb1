"""Revisions: the article as it was at each save, kept inside the draft.

A journalist who cut a paragraph on Monday and wants it back on Wednesday has no
other copy: the draft is the one file they e-mail around. So every save keeps the
article's content (not its publication records or id) as one revision, unless
nothing changed since the last one. The history is bounded twice — by count and
by the total size of the kept documents — and the oldest go first, so a
20,000-word article keeps fewer revisions than a 600-word one but never bloats
its draft. The photos that only old revisions show are bounded by bytes too
(``photos_to_keep``): the oldest revisions lose theirs first, and restoring one
of those puts its text back without them (``lost_photos`` says which).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any

from editor.model.article import Article, parse_time
from editor.model.blocks import ImageBlock
from editor.model.serialize import article_from_dict, article_to_dict
from editor.model.stats import word_count

MAX_REVISIONS = 50
MAX_REVISIONS_BYTES = 2 * 1024 * 1024  # the article documents' JSON, before zip compression
# The photos only old revisions show, besides the article's own: a few replaced camera
# photos; the history alone stays within what e-mail carries (25 MB is common).
MAX_REVISION_PHOTO_BYTES = 20 * 1024 * 1024
# Not content: who published it where, the draft's identity and the format's version.
NOT_CONTENT = ("schema_version", "id", "publications")
# Fixed once the article is out: its URL and its first publication time.
FROZEN_WHEN_PUBLISHED = ("slug", "slug_locked", "published")


@dataclass(frozen=True)
class Revision:
    """The article's content at one save; ``size`` is its JSON length, for the bound,
    measured only when a save trims the history (opening a draft to export it, or to
    show its history, never needs it: fifty revisions were fifty ``json.dumps``)."""

    saved_at: datetime
    words: int
    content: dict[str, Any]

    @cached_property
    def size(self) -> int:
        return len(json.dumps(self.content, ensure_ascii=False, separators=(",", ":")))

    def article(self) -> Article:
        return article_from_dict(self.content)

    def to_dict(self) -> dict[str, Any]:
        return {"saved_at": self.saved_at.isoformat(), "words": self.words,
                "article": self.content}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Revision:
        saved_at = parse_time(data.get("saved_at"))
        if saved_at is None:
            raise ValueError("revision without time")
        content = dict(data.get("article") or {})
        return cls(saved_at, int(data.get("words", 0)), content)


def content_of(article: Article) -> dict[str, Any]:
    """The part of ``article_to_dict`` a revision keeps."""
    data = article_to_dict(article)
    for key in NOT_CONTENT:
        data.pop(key, None)
    return data


def make_revision(article: Article, saved_at: datetime) -> Revision:
    content = content_of(article)
    return Revision(saved_at, word_count(article), content)


def add_revision(revisions: list[Revision], article: Article,
                 saved_at: datetime) -> list[Revision]:
    """``revisions`` with the article as it is now at the end (oldest first), unless it
    equals the newest one; then trimmed to the bounds. Returns a new list."""
    revision = make_revision(article, saved_at)
    if revisions and revisions[-1].content == revision.content:
        return list(revisions)
    return trim([*revisions, revision])


def trim(revisions: list[Revision], max_count: int = MAX_REVISIONS,
         max_bytes: int = MAX_REVISIONS_BYTES) -> list[Revision]:
    """Drop the oldest until both bounds hold; the newest is always kept."""
    kept = list(revisions[-max_count:]) if max_count > 0 else list(revisions[-1:])
    total = sum(revision.size for revision in kept)
    while len(kept) > 1 and total > max_bytes:
        total -= kept.pop(0).size
    return kept


def restored(current: Article, revision: Revision, media: set[str] | None = None) -> Article:
    """``current`` with the revision's content put back.

    What is not content stays as it is now: the id and the publication records, and
    once published the slug and the first publication time (the URL is out). Photos
    whose files the draft no longer has are left out (``media``: the keys it has),
    so a restored draft can always be saved.
    """
    data = dict(revision.content)
    for key in NOT_CONTENT:
        data.pop(key, None)
    article = article_from_dict(data)
    article.id = current.id
    article.publications = list(current.publications)
    if current.is_published:
        for name in FROZEN_WHEN_PUBLISHED:
            setattr(article, name, getattr(current, name))
    if media is not None:
        _drop_missing_photos(article, media)
    return article


def _drop_missing_photos(article: Article, media: set[str]) -> None:
    if article.featured_image is not None and article.featured_image.file not in media:
        article.featured_image = None
    article.body = [block for block in article.body
                    if not (isinstance(block, ImageBlock) and block.image.file not in media)]


def revisions_to_list(revisions: list[Revision]) -> list[dict[str, Any]]:
    return [revision.to_dict() for revision in revisions]


def revisions_from_list(items: list[dict[str, Any]]) -> list[Revision]:
    return [Revision.from_dict(item) for item in items]


def photo_files(revisions: list[Revision]) -> set[str]:
    """Media keys the kept revisions show."""
    return {key for revision in revisions for key in _photos(revision)}


def _photos(revision: Revision) -> list[str]:
    keys: list[str] = []
    image = revision.content.get("featured_image")
    if isinstance(image, dict) and image.get("file"):
        keys.append(str(image["file"]))
    for block in revision.content.get("body", []):
        if isinstance(block, dict) and block.get("type") == "image" and block.get("file"):
            keys.append(str(block["file"]))
    return keys


def photos_to_keep(revisions: list[Revision], sizes: dict[str, int]) -> list[str]:
    """Which photos the draft file keeps for its old revisions, besides the article's own.

    ``sizes``: the photos at hand that the article no longer shows, and their bytes.
    The newest revisions' photos come first until ``MAX_REVISION_PHOTO_BYTES``; from
    the first that does not fit, older revisions keep none.
    """
    kept: list[str] = []
    total = 0
    for revision in reversed(revisions):
        for key in _photos(revision):
            if key in kept or key not in sizes:
                continue
            total += sizes[key]
            if total > MAX_REVISION_PHOTO_BYTES:
                return sorted(kept)
            kept.append(key)
    return sorted(kept)


def lost_photos(revision: Revision, media: set[str]) -> list[str]:
    """The revision's photos the draft no longer has (``media``: the keys it has);
    ``restored`` leaves them out."""
    return sorted({key for key in _photos(revision) if key not in media})
