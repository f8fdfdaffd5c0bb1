"""Checks on the site-wide files: sitemaps against the sitemaps.org schema, RSS 2.0 shape."""

from __future__ import annotations

import json
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path

from lxml import etree

from tests.support import TESTDATA

XSD = TESTDATA / "sitemaps" / "sitemap.xsd"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@cache
def sitemap_schema(lax: bool) -> etree.XMLSchema:
    """The sitemaps.org schema; ``lax`` lets extension elements (news:) pass unvalidated,
    since their own schema is not part of the reference data."""
    text = XSD.read_bytes()
    if lax:
        text = text.replace(b'processContents="strict"', b'processContents="lax"')
    return etree.XMLSchema(etree.fromstring(text))


def check_sitemap(data: bytes, *, news: bool = False) -> list[str]:
    """Validate and return the listed URLs."""
    document = etree.fromstring(data)
    sitemap_schema(news).assertValid(document)
    if news:
        for url in document.iter(f"{SM}url"):
            check_news_entry(url)
    return [loc.text for loc in document.iter(f"{SM}loc")]


def check_news_entry(url: etree._Element) -> None:
    """The documented Google News rules: publication name + language, date, title."""
    news = url.find(f"{NEWS}news")
    assert news is not None
    assert news.findtext(f"{NEWS}publication/{NEWS}name")
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "id"
    assert "T" in news.findtext(f"{NEWS}publication_date")
    assert news.findtext(f"{NEWS}title")


def check_feed(data: bytes) -> list[str]:
    """RSS 2.0: <rss version="2.0"><channel> with title/link/description; items with
    title, link, guid and an RFC 822 pubDate. Returns the item links."""
    rss = etree.fromstring(data)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    (channel,) = rss.findall("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required), required
    links = []
    for item in channel.findall("item"):
        assert item.findtext("title") and item.findtext("guid")
        assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
        links.append(item.findtext("link"))
    return links


def check_site_files(root: Path) -> dict[str, list[str]]:
    """Every site file of a target root, checked; returns the URLs each lists."""
    index = json.loads((root / "index.json").read_bytes())
    return {
        "index": [row["url"] for row in index["articles"]],
        "sitemap": check_sitemap((root / "sitemap.xml").read_bytes()),
        "news": check_sitemap((root / "sitemap-news.xml").read_bytes(), news=True),
        "feed": check_feed((root / "feed.xml").read_bytes()),
    }
