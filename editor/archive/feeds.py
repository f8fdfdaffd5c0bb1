"""RSS 2.0 (and 1.0), Atom and sitemaps as archive entries.

A feed holds only a site's latest items, so it only ever adds and updates articles;
a sitemap index lists sitemaps, read one by one by ``sync``. Categories become tags,
the first one the section (as WordPress and most CMSs order them); ``content:encoded``
or Atom ``content`` gives the body's words; a Google News sitemap's ``news:title`` the
headline, else one is made from the URL (a bare sitemap knows nothing more).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from editor.archive.api import ArchiveEntry, ArchiveError, SyncWarning
from editor.archive.items import ItemReader, RawItem
from editor.archive.xmlread import child, children, local, namespace, text_of

ATOM = "http://www.w3.org/2005/Atom"
NEWS = "http://www.google.com/schemas/sitemap-news/0.9"
IMAGE = "http://www.google.com/schemas/sitemap-image/1.1"
MEDIA = "http://search.yahoo.com/mrss/"


@dataclass
class Parsed:
    kind: str  # "feed", "sitemap", "sitemap-news" or "sitemap-index"
    entries: list[ArchiveEntry] = field(default_factory=list)
    sitemaps: list[tuple[str, str]] = field(default_factory=list)  # (loc, lastmod) of an index
    warnings: list[SyncWarning] = field(default_factory=list)


def read_xml(root: etree._Element, reader: ItemReader) -> Parsed:
    name = local(root.tag)
    if name == "rss":
        channel = child(root, "channel")
        items = children(channel, "item") if channel is not None else []
        return _items("feed", [_rss(item) for item in items], reader)
    if name == "RDF":
        return _items("feed", [_rss(item) for item in children(root, "item")], reader)
    if name == "feed" and namespace(root.tag) == ATOM:
        return _items("feed", [_atom(entry) for entry in children(root, "entry", ATOM)], reader)
    if name == "urlset":
        return _urlset(root, reader)
    if name == "sitemapindex":
        maps = [(text_of(child(s, "loc")).strip(), text_of(child(s, "lastmod")).strip())
                for s in children(root, "sitemap")]
        return Parsed("sitemap-index", sitemaps=[m for m in maps if m[0]])
    raise ArchiveError(
        f"Bukan feed RSS/Atom atau sitemap (elemen akar <{name}>).",
        f"Not an RSS/Atom feed or a sitemap (root element <{name}>).", path=reader.where)


def _items(kind: str, raws: list[RawItem], reader: ItemReader) -> Parsed:
    entries = [reader.entry(n, raw) for n, raw in enumerate(raws, 1)]
    return Parsed(kind, [e for e in entries if e is not None], warnings=reader.warnings)


def _rss(item: etree._Element) -> RawItem:
    link = text_of(child(item, "link")).strip()
    guid = child(item, "guid")
    if not link and guid is not None and guid.get("isPermaLink", "true") != "false":
        link = text_of(guid).strip()
    date = text_of(child(item, "pubDate")) or text_of(child(item, "date"))  # dc:date
    return RawItem(
        link=link or None, title=text_of(child(item, "title")), published=date,
        summary=text_of(child(item, "description")), body=text_of(child(item, "encoded")),
        categories=[text_of(c) for c in children(item, "category")] + [
            text_of(c) for c in children(item, "subject")],
        image=_rss_image(item), item_id=text_of(guid).strip() if guid is not None else "",
    )


def _rss_image(item: etree._Element) -> str | None:
    for enclosure in children(item, "enclosure"):
        if enclosure.get("type", "").startswith("image/"):
            return enclosure.get("url")
    return _media_image(item)


def _media_image(item: etree._Element) -> str | None:
    for element in item.iter(f"{{{MEDIA}}}content", f"{{{MEDIA}}}thumbnail"):
        kind = element.get("medium") or element.get("type", "image")
        if kind == "image" or kind.startswith("image/"):
            return element.get("url")
    return None


def _atom(entry: etree._Element) -> RawItem:
    link = None
    image = None
    for element in children(entry, "link", ATOM):
        rel = element.get("rel", "alternate")
        if rel == "alternate" and link is None:
            link = element.get("href")
        elif rel == "enclosure" and element.get("type", "").startswith("image/"):
            image = element.get("href")
    return RawItem(
        link=link, title=text_of(child(entry, "title", ATOM)),
        published=text_of(child(entry, "published", ATOM)),
        updated=text_of(child(entry, "updated", ATOM)),
        summary=text_of(child(entry, "summary", ATOM)),
        body=text_of(child(entry, "content", ATOM)),
        categories=[c.get("label") or c.get("term") or "" for c in children(entry, "category")],
        image=image or _media_image(entry), item_id=text_of(child(entry, "id", ATOM)).strip(),
    )


def _urlset(root: etree._Element, reader: ItemReader) -> Parsed:
    entries, guessed, news = [], 0, False
    for n, url in enumerate(children(root, "url"), 1):
        item = child(url, "news", NEWS)
        title = text_of(child(item, "title", NEWS)) if item is not None else ""
        published = text_of(child(item, "publication_date", NEWS)) if item is not None else ""
        image = child(url, "image", IMAGE)
        raw = RawItem(link=text_of(child(url, "loc")).strip() or None, title=title,
                      published=published or text_of(child(url, "lastmod")),
                      image=text_of(child(image, "loc", IMAGE)) if image is not None else None)
        news = news or bool(title)
        # a bare sitemap has no titles at all: one note for the document, not one per URL
        entry = reader.entry(n, raw, section="", warn_untitled=False)
        if entry is not None:
            guessed += entry.headline_guessed
            entries.append(entry)
    if guessed:
        reader.warn("", f"{guessed} alamat tanpa news:title; judulnya dibuat dari alamat.",
                    f"{guessed} addresses without news:title; their titles were made from "
                    "the address.")
    return Parsed("sitemap-news" if news else "sitemap", entries, warnings=reader.warnings)
