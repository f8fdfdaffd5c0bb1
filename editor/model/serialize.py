"""Article <-> JSON-ready dict (the content of a draft's ``article.json``).

The document is versioned; ``SCHEMA_VERSION`` is the version written, and
``editor.storage.migrations`` lifts older documents before they get here.
"""

from __future__ import annotations

from typing import Any

from editor.model.article import (
    CORRECTION_KINDS,
    Article,
    Author,
    PublishRecord,
    RelatedStory,
    blocks_from_list,
    parse_time,
)
from editor.model.image import ImageRef

SCHEMA_VERSION = 4
# The media type of this document when it travels inside another one (a ninjs body)
MEDIA_TYPE = "application/vnd.redaksi.article+json"


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "id": article.id,
        "headline": article.headline,
        "deck": article.deck,
        "slug": article.slug,
        "slug_locked": article.slug_locked,
        "section": article.section,
        "tags": list(article.tags),
        "authors": [author.to_dict() for author in article.authors],
        "editors": [editor.to_dict() for editor in article.editors],
        "signoff": article.signoff,
        "dateline": article.dateline,
        "published": article.published.isoformat() if article.published else None,
        "updated": article.updated.isoformat() if article.updated else None,
        "language": article.language,
        "featured_image": article.featured_image.to_dict() if article.featured_image else None,
        "body": [block.to_dict() for block in article.body],
        "related": [story.to_dict() for story in article.related],
        "publications": [record.to_dict() for record in article.publications],
        "seo_title": article.seo_title,
        "seo_description": article.seo_description,
        "correction": article.correction,
        "correction_kind": article.correction_kind,
    }


def article_from_dict(data: dict[str, Any]) -> Article:
    """Build an article from a current-version document; raises ValueError/KeyError/TypeError."""
    image = data.get("featured_image")
    return Article(
        id=data.get("id", ""),
        headline=data.get("headline", ""),
        deck=data.get("deck", ""),
        slug=data.get("slug", ""),
        slug_locked=bool(data.get("slug_locked", False)),
        section=data.get("section", ""),
        tags=[str(tag) for tag in data.get("tags", [])],
        authors=[Author.from_dict(item) for item in data.get("authors", [])],
        editors=[Author.from_dict(item) for item in data.get("editors", [])],
        signoff=data.get("signoff", ""),
        dateline=data.get("dateline", ""),
        published=parse_time(data.get("published")),
        updated=parse_time(data.get("updated")),
        language=data.get("language", "id") or "id",
        featured_image=ImageRef.from_dict(image) if image else None,
        body=blocks_from_list(data.get("body", [])),
        related=[RelatedStory.from_dict(item) for item in data.get("related", [])],
        publications=[PublishRecord.from_dict(item) for item in data.get("publications", [])],
        seo_title=data.get("seo_title", ""),
        seo_description=data.get("seo_description", ""),
        correction=data.get("correction", ""),
        correction_kind=_correction_kind(data.get("correction_kind")),
    )


def _correction_kind(value: Any) -> str:
    return value if value in CORRECTION_KINDS else CORRECTION_KINDS[0]
