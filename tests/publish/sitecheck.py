"""Checks on the site-wide files: the site index (docs/site-index.md), sitemaps against the
sitemaps.org schemas (the sitemap index followed to every monthly sitemap), RSS 2.0 shape."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path

from lxml import etree

from tests.support import TESTDATA

XSD = TESTDATA / "sitemaps" / "sitemap.xsd"
INDEX_XSD = Path(__file__).parent / "data" / "siteindex.xsd"  # see its comment: not in shared/
SITEMAP_LIMIT = 50_000
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


@cache
def sitemap_index_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(INDEX_XSD)))


def check_sitemap(data: bytes, *, news: bool = False) -> list[str]:
    """Validate and return the listed URLs. A news sitemap may be empty (nothing published in
    the last 48 hours), which the schema's one-or-more ``url`` does not foresee."""
    document = etree.fromstring(data)
    if news and len(document) == 0 and document.tag == f"{SM}urlset":
        return []
    sitemap_schema(news).assertValid(document)
    assert len(document) <= SITEMAP_LIMIT
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


def check_sitemap_index(root: Path, base_url: str | None = None) -> list[str]:
    """``sitemap.xml`` as a sitemap index, each sitemap it names followed and validated;
    returns every URL they list."""
    document = etree.fromstring((root / "sitemap.xml").read_bytes())
    sitemap_index_schema().assertValid(document)
    urls = []
    for loc in document.iter(f"{SM}loc"):
        name = loc.text.rsplit("/", 1)[1]
        assert base_url is None or loc.text == f"{base_url}/{name}", loc.text
        assert "/" not in name and name.startswith("sitemap-")  # at the root: may list all
        urls += check_sitemap((root / name).read_bytes())
    return urls


def index_records(root: Path) -> list[dict]:
    """Every record of the site index (version 2: the manifest's shards), checked against
    the manifest's counts and hashes; newest first."""
    manifest = json.loads((root / "index" / "manifest.json").read_bytes())
    assert manifest["format"] == "redaksi-site-index" and manifest["version"] == 2
    records = []
    for shard in manifest["shards"]:
        data = (root / shard["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == shard["sha256"], shard["file"]
        document = json.loads(data)
        assert document["format"] == "redaksi-site-index-shard"
        assert document["month"] == shard["month"] and len(document["articles"]) == shard["count"]
        assert all(row["published"][:7] == shard["month"] for row in document["articles"])
        records += document["articles"]
    assert manifest["total"] == len(records)
    records.sort(key=lambda row: datetime.fromisoformat(row["published"]), reverse=True)
    return records


def latest_records(root: Path) -> list[dict]:
    document = json.loads((root / "index" / "latest.json").read_bytes())
    assert document["format"] == "redaksi-site-index-latest"
    return document["articles"]


def check_site_files(root: Path) -> dict[str, list[str]]:
    """Every site file of a target root, checked; returns the URLs each lists."""
    records = index_records(root)
    latest = latest_records(root)
    assert [row["url"] for row in latest] == [row["url"] for row in records[:len(latest)]]
    assert len(latest) >= min(100, len(records))
    return {
        "index": [row["url"] for row in records],
        "sitemap": check_sitemap_index(root),
        "news": check_sitemap((root / "sitemap-news.xml").read_bytes(), news=True),
        "feed": check_feed((root / "feed.xml").read_bytes()),
    }
