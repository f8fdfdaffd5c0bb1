"""Another site's article page -> a draft, through trafilatura.

trafilatura finds the story in the page (leaving out menus, share bars, rails
and comments) and gives it back as clean HTML, which ``html_blocks`` reads like a
Word document's. Metadata comes from the page's own markup: the headline, the
author, the publication time with its zone (``article:published_time``, JSON-LD
``datePublished``, ``<time datetime>``) and the main photo with the caption its
``<figure>`` gives it.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
import trafilatura

from editor.errors import ImportError_
from editor.importers.conventions_text import foto_line
from editor.importers.html_blocks import HtmlReader
from editor.importers.report import ImportReport
from editor.importers.source_file import is_picture
from editor.model.article import Article, Author, make_slug
from editor.model.blocks import ImageBlock
from editor.model.draft import Draft
from editor.model.image import ImageRef

MAX_BODY_PICTURES = 12


def foreign_article(html: bytes, url: str, get_file, report: ImportReport) -> Draft:
    body = trafilatura.extract(
        html, url=url or None, output_format="html", include_links=True,
        include_formatting=True, include_images=True, include_tables=True,
    )
    if not body:
        raise ImportError_(
            "Tidak ada berita yang bisa diambil dari halaman ini.",
            "No article could be found on this page.",
            path=url or None,
        )
    meta = trafilatura.extract_metadata(html, default_url=url or None)
    document = lxml.html.document_fromstring(html)
    draft = Draft()
    pictures = _Pictures(draft, get_file)
    read = HtmlReader(pictures.place, report, base_url=url).read(body)
    article = Article(headline=(meta.title if meta and meta.title else read.title).strip())
    article.body = read.blocks
    article.slug = make_slug(article.headline)
    article.authors = [Author(n) for n in _names(meta.author if meta else "")]
    article.published = published_time(document)
    article.language = (document.get("lang") or "id").split("-")[0].lower() or "id"
    draft.article = article
    _featured(draft, document, meta.image if meta else "", url, pictures, report)
    _report(article, meta.sitename if meta else "", report)
    return draft


def published_time(document) -> datetime | None:
    """The first publication time that carries its zone, from the page's own markup."""
    candidates = document.xpath(
        '//meta[@property="article:published_time" or @name="article:published_time"'
        ' or @itemprop="datePublished"]/@content | //time/@datetime'
    )
    for script in document.xpath('//script[@type="application/ld+json"]/text()'):
        candidates[:0] = _json_ld_dates(script)
    for value in candidates:
        try:
            moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        except ValueError:
            continue
        if moment.tzinfo is not None:
            return moment
    return None


def _json_ld_dates(script: str) -> list[str]:
    try:
        data = json.loads(script)
    except ValueError:
        return []
    items = data if isinstance(data, list) else data.get("@graph", [data])
    return [str(i["datePublished"]) for i in items if isinstance(i, dict) and i.get("datePublished")]


def _names(author: str | None) -> list[str]:
    return [n.strip() for n in (author or "").replace(";", ",").split(",") if n.strip()]


class _Pictures:
    def __init__(self, draft: Draft, get_file) -> None:
        self.draft, self.get_file = draft, get_file
        self.by_src: dict[str, str] = {}

    def place(self, src: str, alt: str) -> ImageRef | None:
        if len(self.by_src) >= MAX_BODY_PICTURES:
            return None
        path: Path | None = self.get_file(src)
        if path is None or not is_picture(path):
            return None
        key = self.draft.add_media(path)
        self.by_src[src] = key
        return ImageRef(file=key, alt=alt)


def _featured(draft: Draft, document, image_url: str, url: str, pictures: _Pictures, report) -> None:
    if not image_url:
        return
    absolute = urljoin(url, image_url) if url else image_url
    caption, credit, alt = _figure_words(document, image_url)
    article = draft.article
    key = pictures.by_src.get(absolute) or pictures.by_src.get(image_url)
    blocks = [b for b in article.body if isinstance(b, ImageBlock) and b.image.file == key]
    if blocks:
        article.body.remove(blocks[0])
        ref = blocks[0].image
    else:
        path = pictures.get_file(image_url)
        if path is None or not is_picture(path):
            report.dropped(f"Foto utama tidak bisa diambil: {absolute}",
                           f"The main photo could not be fetched: {absolute}")
            return
        ref = ImageRef(file=draft.add_media(path), alt=alt)
    ref.caption, ref.credit = ref.caption or caption, ref.credit or credit
    article.featured_image = ref
    report.recognised(f"Foto utama: {absolute}", f"Main photo: {absolute}")


def _figure_words(document, image_url: str) -> tuple[str, str, str]:
    """Caption, credit and alt text of the ``<figure>`` that shows the main photo."""
    name = image_url.rsplit("/", 1)[-1].split("?")[0]
    for img in document.xpath("//img[@src]"):
        if img.get("src", "").rsplit("/", 1)[-1].split("?")[0] != name:
            continue
        alt = " ".join((img.get("alt") or "").split())
        figure = img.xpath("ancestor::figure[1]")
        text = " ".join(figure[0].xpath("string(.//figcaption)").split()) if figure else ""
        found = foto_line(text) if text else None
        caption, credit = found if found else (text, "")
        return caption, credit, alt
    return "", "", ""


def _report(article: Article, site: str, report: ImportReport) -> None:
    report.recognised(
        f"Berita diambil dari halaman {site or 'situs lain'} (menu, iklan, dan kolom samping tidak ikut).",
        f"The story was taken from a page of {site or 'another site'} (not its menus, ads or rails).",
    )
    if article.published:
        when = article.published.isoformat()
        report.recognised(f"Waktu terbit: {when}", f"Published: {when}")
    else:
        report.dropped("Waktu terbit tidak ditemukan di halaman.", "No publication time on the page.")
    if article.authors:
        names = ", ".join(a.name for a in article.authors)
        report.recognised(f"Penulis: {names}", f"Author: {names}")
