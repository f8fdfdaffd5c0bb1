"""``sitemap.xml`` and the Google News sitemap, generated from the site index.

The plain sitemap lists every article (the protocol's limit is 50,000 URLs a
file; beyond that the newest are kept and a sitemap index would be needed).
The news sitemap lists what Google News asks for: articles published in the
last 48 hours, at most 1,000, each with the publication's name and language.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from lxml import etree

from editor.publish.siteindex import IndexRecord

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
SITEMAP_LIMIT = 50_000
NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1_000


def w3c_time(moment: datetime) -> str:
    """W3C Datetime with the zone offset, e.g. ``2024-06-18T20:42:00+07:00``."""
    return moment.isoformat(timespec="seconds")


def render_sitemap(records: list[IndexRecord]) -> bytes:
    """Every article, newest first, with its last modification time."""
    urlset = etree.Element(f"{{{SITEMAP_NS}}}urlset", nsmap={None: SITEMAP_NS})
    for record in records[:SITEMAP_LIMIT]:
        url = etree.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        etree.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = record.entry.url
        etree.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = w3c_time(
            record.entry.last_modified)
    return _serialize(urlset)


def news_records(records: list[IndexRecord], now: datetime) -> list[IndexRecord]:
    """The articles Google News wants: published within 48 hours of ``now``, newest 1,000."""
    fresh = [rec for rec in records if rec.entry.published >= now - NEWS_WINDOW]
    fresh.sort(key=lambda rec: rec.entry.published, reverse=True)
    return fresh[:NEWS_LIMIT]


def render_news_sitemap(records: list[IndexRecord], *, publication: str, language: str,
                        now: datetime) -> bytes:
    urlset = etree.Element(f"{{{SITEMAP_NS}}}urlset",
                           nsmap={None: SITEMAP_NS, "news": NEWS_NS})
    for record in news_records(records, now):
        url = etree.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        etree.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = record.entry.url
        news = etree.SubElement(url, f"{{{NEWS_NS}}}news")
        pub = etree.SubElement(news, f"{{{NEWS_NS}}}publication")
        etree.SubElement(pub, f"{{{NEWS_NS}}}name").text = publication
        etree.SubElement(pub, f"{{{NEWS_NS}}}language").text = record.entry.language or language
        etree.SubElement(news, f"{{{NEWS_NS}}}publication_date").text = w3c_time(
            record.entry.published)
        etree.SubElement(news, f"{{{NEWS_NS}}}title").text = record.entry.headline
    return _serialize(urlset)


def _serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
