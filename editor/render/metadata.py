"""Machine-readable metadata for a page's ``<head>``: JSON-LD, Open Graph, Twitter.

Built as plain data here and serialised by the template, so the same values
feed the page, the ninjs file and (later) the archive index.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from editor.model.article import Article, Author
from editor.model.blocks import Paragraph
from editor.model.inline import clean_href
from editor.render.dates import machine_time
from editor.render.images import ImageOutput, Rendition
from editor.site import SiteProfile

DESCRIPTION_LENGTH = 160


@dataclass(slots=True)
class PageMeta:
    url: str
    title: str  # the page's <title>: the search title and the site's name
    description: str
    published: str | None
    modified: str | None
    image: Rendition | None
    image_alt: str
    images: list[Rendition]
    asset_base: str  # absolute URL of the article folder, for image URLs


def page_title(article: Article, site: SiteProfile) -> str:
    """``<title>``: what search results show as the link, the site's name after it."""
    title = article.search_title()
    return f"{title} - {site.name}" if title else site.name


def description(article: Article) -> str:
    """The meta description: the SEO description as written, else the deck, else the
    first paragraph, cut at a word boundary."""
    chosen = " ".join(article.seo_description.split())
    if chosen:
        return chosen
    text = article.deck.strip()
    if not text:
        first = next(
            (b for b in article.body if isinstance(b, Paragraph) and b.plain().strip()), None
        )
        text = first.plain().strip() if first else ""
    text = " ".join(text.split())
    if len(text) <= DESCRIPTION_LENGTH:
        return text
    cut = text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"


def build_meta(
    article: Article, site: SiteProfile, url: str, featured: ImageOutput | None
) -> PageMeta:
    published = machine_time(article.published, site) if article.published else None
    modified = machine_time(article.updated, site) if article.updated else published
    alt = article.featured_image.alt if article.featured_image else ""
    return PageMeta(
        url=url,
        title=page_title(article, site),
        description=description(article),
        published=published,
        modified=modified,
        image=featured.social() if featured else None,
        image_alt=alt,
        images=featured.metadata_images() if featured else [],
        asset_base=url,
    )


def absolute(meta: PageMeta, rendition: Rendition) -> str:
    return meta.asset_base.rstrip("/") + "/" + rendition.src


def json_ld(article: Article, site: SiteProfile, meta: PageMeta) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.search_title(),
        "description": meta.description,
        "mainEntityOfPage": {"@type": "WebPage", "@id": meta.url},
        "url": meta.url,
        "inLanguage": article.language or site.language,
        "author": [person(author, **{"@type": "Person"}) for author in article.authors],
        "publisher": _publisher(site),
    }
    if article.search_title() != " ".join(article.headline.split()):
        data["alternativeHeadline"] = article.headline
    if meta.images:
        data["image"] = [absolute(meta, image) for image in meta.images]
    if meta.published:
        data["datePublished"] = meta.published
    if meta.modified:
        data["dateModified"] = meta.modified
    if article.editors:
        data["editor"] = [person(editor, **{"@type": "Person"}) for editor in article.editors]
    if article.correction.strip():
        data["correction"] = _correction(article, meta)
    if article.section:
        data["articleSection"] = article.section
    if article.tags:
        data["keywords"] = list(article.tags)
    return data


def person(author: Author, *, url_key: str = "url", **fields: str) -> dict[str, str]:
    """An author as a metadata object, for JSON-LD and ninjs alike: the format's own
    ``fields`` (``@type``, ``rel``), the name, and the profile URL under ``url_key``."""
    found = {**fields, "name": author.name}
    if clean_href(author.url):  # the page's link filter: no javascript: or data: here either
        found[url_key] = clean_href(author.url)
    return found


def _correction(article: Article, meta: PageMeta) -> dict[str, str]:
    comment = {"@type": "CorrectionComment", "text": " ".join(article.correction.split())}
    if meta.modified and meta.modified != meta.published:
        comment["datePublished"] = meta.modified
    return comment


def _publisher(site: SiteProfile) -> dict[str, Any]:
    publisher: dict[str, Any] = {
        "@type": "Organization",
        "name": site.name,
        "url": site.base_url + "/",
    }
    if site.logo:
        publisher["logo"] = {"@type": "ImageObject", "url": site.absolute_url(f"/{site.logo.name}")}
    return publisher


def script_json(data: Any) -> Markup:
    """JSON safe inside ``<script>``: ``<``, ``>`` and ``&`` escaped so text cannot close the tag."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def open_graph(article: Article, site: SiteProfile, meta: PageMeta) -> list[tuple[str, str]]:
    """``(property, content)`` pairs; Twitter's card reads the same values."""
    pairs = [
        ("og:type", "article"),
        ("og:site_name", site.name),
        ("og:locale", "id_ID" if (article.language or "id") == "id" else article.language),
        ("og:title", article.search_title()),
        ("og:description", meta.description),
        ("og:url", meta.url),
    ]
    if meta.image:
        pairs += [
            ("og:image", absolute(meta, meta.image)),
            ("og:image:width", str(meta.image.width)),
            ("og:image:height", str(meta.image.height)),
            ("og:image:alt", meta.image_alt),
        ]
    if meta.published:
        pairs.append(("article:published_time", meta.published))
    if meta.modified:
        pairs.append(("article:modified_time", meta.modified))
    if article.section:
        pairs.append(("article:section", article.section))
    pairs += [("article:tag", tag) for tag in article.tags]
    return pairs


def twitter_card(article: Article, meta: PageMeta) -> list[tuple[str, str]]:
    pairs = [
        ("twitter:card", "summary_large_image"),
        ("twitter:title", article.search_title()),
        ("twitter:description", meta.description),
    ]
    if meta.image:
        pairs += [
            ("twitter:image", absolute(meta, meta.image)),
            ("twitter:image:alt", meta.image_alt),
        ]
    return pairs
