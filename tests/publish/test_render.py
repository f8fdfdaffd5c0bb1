"""index.json, both sitemaps and the feed, rendered from records (no server needed)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from lxml import etree

from editor.errors import PublishError
from editor.model.entry import IndexEntry
from editor.publish.feed import render_feed
from editor.publish.siteindex import SiteIndex
from editor.publish.sitemaps import render_news_sitemap, render_sitemap
from editor.site import profile_from_dict
from tests.publish.pubkit import WIB
from tests.publish.sitecheck import NEWS, SM, check_feed, check_sitemap

NOW = datetime(2024, 6, 18, 20, 42, tzinfo=WIB)


def entry(n: int, hours_ago: float, **extra: object) -> IndexEntry:
    return IndexEntry(
        slug=f"artikel-{n}", url=f"https://situs.example/berita/{n}/",
        headline=f"Judul {n} — banjir & rob <Semarang>", section="Daerah", tags=["rob"],
        published=NOW - timedelta(hours=hours_ago), **extra)  # type: ignore[arg-type]


def index_of(entries: list[IndexEntry]) -> SiteIndex:
    index = SiteIndex()
    for item in entries:
        index.upsert(f"berita/{item.slug}", item)
    return index


def test_sitemap_is_valid_and_lists_every_article() -> None:
    records = index_of([entry(n, n) for n in range(30)]).newest()
    data = render_sitemap(records)
    assert len(check_sitemap(data)) == 30
    lastmod = etree.fromstring(data).findtext(f"{SM}url/{SM}lastmod")
    assert lastmod == "2024-06-18T20:42:00+07:00"


def test_news_sitemap_has_only_the_last_48_hours_and_at_most_1000() -> None:
    recent = [entry(n, n * 0.04) for n in range(1100)]  # all within 44 hours
    old = [entry(5000 + n, 49 + n) for n in range(5)]
    data = render_news_sitemap(index_of(recent + old).newest(), publication="Warta Pesisir",
                               language="id", now=NOW)
    urls = check_sitemap(data, news=True)
    assert urls == [f"https://situs.example/berita/{n}/" for n in range(1000)]  # newest first
    document = etree.fromstring(data)
    assert document.findtext(f".//{NEWS}publication/{NEWS}name") == "Warta Pesisir"
    assert document.findtext(f".//{NEWS}title") == "Judul 0 — banjir & rob <Semarang>"


def test_feed_is_rss2_with_the_latest_50() -> None:
    site = profile_from_dict({"name": "Warta Pesisir"})
    entries = [entry(n, n, image="foto.jpg", summary="Ringkas.") for n in range(60)]
    data = render_feed(index_of(entries).newest(), site=site,
                       base_url="https://situs.example", now=NOW)
    links = check_feed(data)
    assert len(links) == 50 and links[0] == "https://situs.example/berita/0/"
    item = etree.fromstring(data).find("channel/item")
    assert item.findtext("pubDate") == "Tue, 18 Jun 2024 20:42:00 +0700"
    assert item.findtext("title") == "Judul 0 — banjir & rob <Semarang>"
    media = item.find("{http://search.yahoo.com/mrss/}content")
    assert media.get("url") == "https://situs.example/berita/0/foto.jpg"


def test_index_round_trip_and_merge() -> None:
    index = index_of([entry(1, 1), entry(2, 2)])
    index.upsert("berita/artikel-1", entry(1, 0.5))
    assert index.remove("berita/artikel-2") and not index.remove("berita/tidak-ada")
    again = SiteIndex.parse(index.to_bytes(site_name="W", now=NOW.astimezone(UTC)))
    assert [r.to_dict() for r in again.newest()] == [r.to_dict() for r in index.newest()]
    assert again.paths_for_slug("artikel-1") == ["berita/artikel-1"]
    assert json.loads(index.to_bytes(site_name="W", now=NOW))["format"] == "redaksi-site-index"


@pytest.mark.parametrize("data", [b"{", b'{"articles": [{"slug": "x"}]}', b'"teks"'])
def test_a_damaged_index_is_an_error_not_an_empty_archive(data: bytes) -> None:
    with pytest.raises(PublishError):
        SiteIndex.parse(data)
