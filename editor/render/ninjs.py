"""IPTC ninjs 2.2: the article as a newsroom-standard JSON document.

One formatter over the same model as the page (Superdesk's formatter pattern),
so a later NewsML-G2 formatter sits beside it.
"""

from __future__ import annotations

import json
from typing import Any

from editor.model.article import Article
from editor.model.blocks import ImageBlock
from editor.model.image import ImageRef
from editor.model.inline import clean_href
from editor.model.serialize import MEDIA_TYPE, article_to_dict
from editor.model.stats import word_count
from editor.render.dates import machine_time
from editor.render.images import ImageOutput
from editor.render.metadata import PageMeta, person
from editor.site import SiteProfile

NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"


def to_ninjs(
    article: Article,
    site: SiteProfile,
    meta: PageMeta,
    body_html: str,
    images: dict[str, ImageOutput],
) -> dict[str, Any]:
    words = word_count(article)
    doc: dict[str, Any] = {
        "uri": meta.url,
        "standard": {"name": "ninjs", "version": "2.2", "schema": NINJS_SCHEMA},
        "type": "text",
        "profile": "redaksi-article",
        "pubstatus": "usable",
        "language": article.language or site.language,
        "headlines": [{"role": "main", "value": article.headline}],
        "slugline": article.effective_slug(),
        "bodies": [
            {"role": "main", "contenttype": "text/html", "value": body_html, "wordcount": words}
        ],
        "copyrightholder": site.name,
    }
    if meta.published:
        doc["firstcreated"] = meta.published
        doc["versioncreated"] = meta.modified or meta.published
    if article.deck.strip() or meta.description:
        doc["descriptions"] = [
            {"role": "summary", "value": article.deck.strip() or meta.description}
        ]
    if article.authors:
        doc["by"] = ", ".join(author.name for author in article.authors)
    people = [person(a, url_key="uri", rel="author") for a in article.authors]
    people += [person(e, url_key="uri", rel="editor") for e in article.editors]
    if people:
        doc["people"] = people
    doc["bodies"].append(_model_body(article, images))
    if article.dateline.strip():
        doc["located"] = article.dateline.strip()
    subjects = _subjects(article)
    if subjects:
        doc["subjects"] = subjects
    associations = _image_associations(article, meta, images) + _related(article, site)
    if associations:
        doc["associations"] = associations
    return doc


def _model_body(article: Article, images: dict[str, ImageOutput]) -> dict[str, str]:
    """The article's own model as a second body, so a Redaksi page can come back whole
    (``redaksi import PAGE``); ``media`` says which exported file shows each photo.
    The draft's publishing history stays out: it is the newsroom's record, not the
    article, and a republished unchanged article must export to the same bytes."""
    data = _without_unsafe_links(article_to_dict(article))
    data["publications"] = []
    data["media"] = {key: output.main.src for key, output in images.items()}
    return {
        "role": "redaksi-article",
        "contenttype": MEDIA_TYPE,
        "value": json.dumps(data, ensure_ascii=False, separators=(",", ":")),
    }


def _without_unsafe_links(value: Any) -> Any:
    """The document with every link the page would not link (``javascript:``, ``data:``)
    emptied: what travels in ninjs passes the page's filter too."""
    if isinstance(value, list):
        return [_without_unsafe_links(item) for item in value]
    if not isinstance(value, dict):
        return value
    cleaned = {key: _without_unsafe_links(item) for key, item in value.items()}
    for key in ("url", "href"):
        if isinstance(cleaned.get(key), str) and cleaned[key] and not clean_href(cleaned[key]):
            cleaned[key] = ""
    if cleaned.get("href") == "":
        del cleaned["href"]
    return cleaned


def _subjects(article: Article) -> list[dict[str, str]]:
    subjects = [{"name": article.section, "rel": "section"}] if article.section else []
    return subjects + [{"name": tag, "rel": "about"} for tag in article.tags]


def _image_associations(
    article: Article, meta: PageMeta, images: dict[str, ImageOutput]
) -> list[dict[str, Any]]:
    refs: list[tuple[str, ImageRef]] = []
    if article.featured_image:
        refs.append(("featureimage", article.featured_image))
    inline = [b.image for b in article.body if isinstance(b, ImageBlock)]
    refs += [(f"image-{n}", ref) for n, ref in enumerate(inline, start=1)]
    return [_picture(name, ref, images[ref.file], meta) for name, ref in refs if ref.file in images]


def _picture(name: str, ref: ImageRef, output: ImageOutput, meta: PageMeta) -> dict[str, Any]:
    base = meta.url.rstrip("/") + "/"
    renditions = [("original", output.main)] + sorted(output.crops.items())
    picture: dict[str, Any] = {
        "name": name,
        "uri": base + output.main.src,
        "type": "picture",
        "renditions": [
            {
                "name": key,
                "href": base + r.src,
                "contenttype": r.mime,
                "width": r.width,
                "height": r.height,
            }
            for key, r in renditions
        ],
    }
    if ref.caption:
        picture["headlines"] = [{"role": "caption", "value": ref.caption}]
    if ref.alt:
        picture["descriptions"] = [{"role": "alt", "value": ref.alt}]
    if ref.credit:
        picture["by"] = ref.credit
    return picture


def _related(article: Article, site: SiteProfile) -> list[dict[str, Any]]:
    items = []
    stories = [(story, clean_href(story.url)) for story in article.related]
    for n, (story, url) in enumerate([pair for pair in stories if pair[1]], start=1):
        item: dict[str, Any] = {
            "name": f"related-{n}",
            "uri": url,
            "type": "text",
            "headlines": [{"role": "main", "value": story.title}],
        }
        if story.published:
            item["versioncreated"] = machine_time(story.published, site)
        items.append(item)
    return items
