"""Sitemaps, generated from the site index, within the limits of sitemaps.org.

``sitemap.xml`` is a sitemap index pointing at one sitemap per month
(``sitemap-2024-06.xml``), so a publish rewrites only its own month's. A month with
more than 50,000 articles (the protocol's limit per file) is split into parts
(``sitemap-2024-06-2.xml``, ...). The monthly sitemaps sit at the site root: a
sitemap may only list URLs at or below its own folder.

The Google News sitemap lists what Google News asks for: articles published in
the last 48 hours, at most 1,000, each with the publication's name and language;
it is made from the latest file, which keeps at least those.
"""

from __future__ import annotations

from datetime import datetime

from lxml import etree

from editor.publish.siteindex import NEWS_LIMIT, NEWS_WINDOW, IndexRecord, Record

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
SITEMAP_INDEX = "sitemap.xml"
NEWS_SITEMAP = "sitemap-news.xml"
SITEMAP_LIMIT = 50_000


def w3c_time(moment: datetime) -> str:
    """W3C Datetime with the zone offset, e.g. ``2024-06-18T20:42:00+07:00``."""
    return moment.isoformat(timespec="seconds")


def part_names(month: str, count: int) -> list[str]:
    """The sitemap files of a month with ``count`` articles (none for an empty month)."""
    parts = (count + SITEMAP_LIMIT - 1) // SITEMAP_LIMIT
    return [f"sitemap-{month}{'' if n == 1 else f'-{n}'}.xml" for n in range(1, parts + 1)]


def month_sitemaps(month: str, records: list[Record]) -> list[tuple[str, bytes]]:
    """The month's sitemap files and their bytes, at most 50,000 URLs each."""
    names = part_names(month, len(records))
    return [(name, render_sitemap(records[n * SITEMAP_LIMIT:(n + 1) * SITEMAP_LIMIT]))
            for n, name in enumerate(names)]


def render_sitemap(records: list[Record]) -> bytes:
    """A ``urlset``: every record's URL with its last modification time."""
    urlset = etree.Element(f"{{{SITEMAP_NS}}}urlset", nsmap={None: SITEMAP_NS})
    loc, lastmod, url_tag = f"{{{SITEMAP_NS}}}loc", f"{{{SITEMAP_NS}}}lastmod", f"{{{SITEMAP_NS}}}url"
    for record in records:
        url = etree.SubElement(urlset, url_tag)
        etree.SubElement(url, loc).text = record["url"]
        etree.SubElement(url, lastmod).text = _lastmod(record)
    return _serialize(urlset)


def _lastmod(record: Record) -> str:
    text = str(record.get("updated") or record["published"])
    if len(text) == 25 and text[19] in "+-":  # already YYYY-MM-DDThh:mm:ss+hh:mm
        return text
    return w3c_time(datetime.fromisoformat(text.replace("Z", "+00:00")))


def render_sitemap_index(sitemaps: list[tuple[str, str]]) -> bytes:
    """``sitemapindex`` of (absolute URL, W3C last modification) pairs."""
    root = etree.Element(f"{{{SITEMAP_NS}}}sitemapindex", nsmap={None: SITEMAP_NS})
    for loc, lastmod in sitemaps:
        sitemap = etree.SubElement(root, f"{{{SITEMAP_NS}}}sitemap")
        etree.SubElement(sitemap, f"{{{SITEMAP_NS}}}loc").text = loc
        etree.SubElement(sitemap, f"{{{SITEMAP_NS}}}lastmod").text = lastmod
    return _serialize(root)


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
