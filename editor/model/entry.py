"""What the exporter hands to the publisher: one article folder plus its index entry.

The exporter writes an article into a local folder (``index.html``,
``fragment.html``, ``article.json``, images) and describes it with an
``IndexEntry``; the publisher copies the folder to ``rel_dir`` on a target and
merges the entry into the site index (docs/site-index.md), sitemaps and feed.
Both live in the model because export writes them, publish reads them and the
archive reads the site index's records back: none of them needs to import
another for it. Both are plain data with a JSON form so a worker process or
thread can receive them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from editor.model.article import parse_time


@dataclass(slots=True)
class IndexEntry:
    """One article as the site's archive, sitemaps and feed list it.

    ``image`` is an absolute URL, a path from the site root (``/...``) or a
    file name relative to the article's folder; ``published``/``updated`` must
    carry a zone offset, so the feed and sitemaps never guess the zone.
    """

    slug: str
    url: str
    headline: str
    section: str
    tags: list[str]
    published: datetime
    updated: datetime | None = None
    image: str | None = None
    summary: str = ""
    language: str = "id"
    id: str = ""  # the article's stable id (``Article.id``); "" for entries older than ids

    def __post_init__(self) -> None:
        for moment in (self.published, self.updated):
            if moment is not None and moment.tzinfo is None:
                raise ValueError("IndexEntry times need a zone offset")

    @property
    def last_modified(self) -> datetime:
        return self.updated or self.published

    def to_dict(self) -> dict[str, Any]:
        return {
            "slug": self.slug,
            "url": self.url,
            "headline": self.headline,
            "section": self.section,
            "tags": list(self.tags),
            "published": self.published.isoformat(),
            "updated": self.updated.isoformat() if self.updated else None,
            "image": self.image,
            "summary": self.summary,
            "language": self.language,
            "id": self.id,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IndexEntry:
        return cls(
            slug=str(data["slug"]),
            url=str(data.get("url", "")),
            headline=str(data.get("headline", "")),
            section=str(data.get("section", "") or ""),
            tags=[str(tag) for tag in data.get("tags", []) or []],
            published=_required_time(data.get("published")),
            updated=parse_time(data.get("updated")),
            image=data.get("image") or None,
            summary=str(data.get("summary", "") or ""),
            language=str(data.get("language", "id") or "id"),
            id=str(data.get("id", "") or ""),
        )


@dataclass(slots=True)
class PublishItem:
    """An exported article: ``local_dir`` goes to ``rel_dir`` (e.g. ``berita/2024/06/18/slug``)."""

    rel_dir: str
    local_dir: Path
    entry: IndexEntry

    def to_dict(self) -> dict[str, Any]:
        return {
            "rel_dir": self.rel_dir,
            "local_dir": str(self.local_dir),
            "entry": self.entry.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PublishItem:
        return cls(
            rel_dir=str(data["rel_dir"]),
            local_dir=Path(data["local_dir"]),
            entry=IndexEntry.from_dict(data["entry"]),
        )


def _required_time(value: Any) -> datetime:
    moment = parse_time(value)
    if moment is None:
        raise ValueError("IndexEntry needs a publication time")
    return moment

