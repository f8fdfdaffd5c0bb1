"""The RSS 2.0 feed of the latest 50 articles, generated from the site index.

Dates are RFC 822 in the newsroom's home zone (``+0700`` for WIB), as RSS
readers expect; the lead image rides along as Media RSS ``media:content``
because ``enclosure`` would need a byte length the index does not know.
"""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime

from lxml import etree

from editor.publish.layout import resolve_image
from editor.publish.siteindex import IndexRecord
from editor.site import SiteProfile

FEED_LIMIT = 50
ATOM_NS = "http://www.w3.org/2005/Atom"
MEDIA_NS = "http://search.yahoo.com/mrss/"


def render_feed(records: list[IndexRecord], *, site: SiteProfile, base_url: str,
                now: datetime) -> bytes:
    rss = etree.Element("rss", version="2.0", nsmap={"atom": ATOM_NS, "media": MEDIA_NS})
    channel = etree.SubElement(rss, "channel")
    _text(channel, "title", site.name)
    _text(channel, "link", base_url.rstrip("/") + "/")
    _text(channel, "description", f"Berita terbaru dari {site.name}")
    _text(channel, "language", site.language)
    _text(channel, "lastBuildDate", format_datetime(site.local(now)))
    _text(channel, "generator", "Redaksi")
    etree.SubElement(channel, f"{{{ATOM_NS}}}link", href=base_url.rstrip("/") + "/feed.xml",
                     rel="self", type="application/rss+xml")
    for record in records[:FEED_LIMIT]:
        _item(channel, record, site, base_url)
    return etree.tostring(rss, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _item(channel: etree._Element, record: IndexRecord, site: SiteProfile,
          base_url: str) -> None:
    entry = record.entry
    item = etree.SubElement(channel, "item")
    _text(item, "title", entry.headline)
    _text(item, "link", entry.url)
    _text(item, "guid", entry.url).set("isPermaLink", "true")
    _text(item, "pubDate", format_datetime(site.local(entry.published)))
    if entry.summary:
        _text(item, "description", entry.summary)
    for category in ([entry.section] if entry.section else []) + list(entry.tags):
        _text(item, "category", category)
    image = resolve_image(entry.image, entry.url, base_url)
    if image:
        etree.SubElement(item, f"{{{MEDIA_NS}}}content", url=image, medium="image")


def _text(parent: etree._Element, tag: str, value: str) -> etree._Element:
    element = etree.SubElement(parent, tag)
    element.text = value
    return element
