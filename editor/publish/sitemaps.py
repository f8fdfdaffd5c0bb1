"""Sitemaps, generated from the site index, within the limits of sitemaps.org.

``sitemap.xml`` is a sitemap index pointing at one sitemap per month
(``sitemap-2024-06.xml``), so a publish rewrites only its own month's. A month with
more than 50,000 articles (the protocol's limit per file) is split into parts
(``sitemap-2024-06-2.xml``, ...). The monthly sitemaps sit at the site root: a
sitemap may only list URLs at or below its own folder.

A monthly sitemap is written one ``<url>`` per line, so a publish changes the
lines of its article (``MonthSitemap``) without reading the month's shard whole;
if the file does not hold as many URLs as the shard, it is made again from it.

The Google News sitemap lists what Google News asks for: articles published in
the last 48 hours, at most 1,000, each with the publication's name and language;
it is made from the latest file, which keeps at least those.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from xml.sax.saxutils import escape

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


URLSET_HEAD = f"<?xml version='1.0' encoding='UTF-8'?>\n<urlset xmlns=\"{SITEMAP_NS}\">"
URLSET_TAIL = "</urlset>"


def render_sitemap(records: list[Record]) -> bytes:
    """A ``urlset``: every record's URL with its last modification time, one per line."""
    return MonthSitemap([url_line(record["url"], lastmod(record)) for record in records]
                        ).to_bytes()


def url_line(url: str, modified: str) -> str:
    return f"<url><loc>{escape(url)}</loc><lastmod>{modified}</lastmod></url>"


class MonthSitemap:
    """A urlset in this module's layout, changed URL by URL."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def __len__(self) -> int:
        return len(self.lines)

    @classmethod
    def parse(cls, data: bytes) -> MonthSitemap | None:
        """None for a file in any other layout (it is then made again from the shard)."""
        lines = data.decode("utf-8", "replace").split("\n")
        head = URLSET_HEAD.count("\n") + 1
        if "\n".join(lines[:head]) != URLSET_HEAD or lines[-2:] != [URLSET_TAIL, ""]:
            return None
        body = lines[head:-2]
        if body and not (body[0].startswith("<url><loc>") and body[-1].endswith("</url>")):
            return None
        return cls(body)

    def apply(self, edits: Iterable[tuple[str, str | None]]) -> None:
        """(url, None): take the URL out; (url, lastmod): list it (first)."""
        for url, modified in edits:
            start = f"<url><loc>{escape(url)}</loc>"
            self.lines = [line for line in self.lines if not line.startswith(start)]
            if modified is not None:
                self.lines.insert(0, url_line(url, modified))

    def to_bytes(self) -> bytes:
        body = "".join(line + "\n" for line in self.lines)
        return f"{URLSET_HEAD}\n{body}{URLSET_TAIL}\n".encode()


def lastmod(record: Record) -> str:
    text = str(record.get("updated") or record["published"])
    if len(text) == 25 and text[19] in "+-":  # already YYYY-MM-DDThh:mm:ss+hh:mm
        return text
    return w3c_time(datetime.fromisoformat(text.replace("Z", "+00:00")))


def render_sitemap_index(sitemaps: list[tuple[str, str]]) -> bytes:
    """``sitemapindex`` of (absolute URL, W3C last modification) pairs."""
    root = etree.Element(f"{{{SITEMAP_NS}}}sitemapindex", nsmap={None: SITEMAP_NS})
    for loc, modified in sitemaps:
        sitemap = etree.SubElement(root, f"{{{SITEMAP_NS}}}sitemap")
        etree.SubElement(sitemap, f"{{{SITEMAP_NS}}}loc").text = loc
        etree.SubElement(sitemap, f"{{{SITEMAP_NS}}}lastmod").text = modified
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
