"""The site index files, sitemaps and the feed, rendered from records (no server needed)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from lxml import etree

from editor.errors import PublishError
from editor.model.entry import IndexEntry
from editor.publish.feed import render_feed
from editor.publish.shards import Shard
from editor.publish.siteindex import (
    IndexRecord,
    Latest,
    Manifest,
    make_record,
    month_of,
    parse_legacy,
    sha256,
)
from editor.publish.sitemaps import (
    month_sitemaps,
    part_names,
    render_news_sitemap,
    render_sitemap,
    render_sitemap_index,
)
from editor.site import profile_from_dict
from tests.publish.pubkit import WIB
from tests.publish.sitecheck import NEWS, SM, check_feed, check_sitemap, sitemap_index_schema

NOW = datetime(2024, 6, 18, 20, 42, tzinfo=WIB)


def entry(n: int, hours_ago: float, **extra: object) -> IndexEntry:
    return IndexEntry(
        slug=f"artikel-{n}", url=f"https://situs.example/berita/{n}/",
        headline=f"Judul {n} — banjir & rob <Semarang>", section="Daerah", tags=["rob"],
        published=NOW - timedelta(hours=hours_ago), **extra)  # type: ignore[arg-type]


def records(entries: list[IndexEntry]) -> list[dict]:
    return [make_record(f"berita/{item.slug}", item) for item in entries]


def typed(entries: list[IndexEntry]) -> list[IndexRecord]:
    return [IndexRecord(f"berita/{item.slug}", item) for item in entries]


def test_a_month_sitemap_is_valid_and_lists_every_article() -> None:
    data = render_sitemap(records([entry(n, n) for n in range(30)]))
    assert len(check_sitemap(data)) == 30
    lastmod = etree.fromstring(data).findtext(f"{SM}url/{SM}lastmod")
    assert lastmod == "2024-06-18T20:42:00+07:00"


def test_a_month_over_50000_articles_is_split_into_parts() -> None:
    rows = records([entry(n, n / 3600) for n in range(50_001)])
    parts = month_sitemaps("2024-06", rows)
    assert [name for name, _ in parts] == ["sitemap-2024-06.xml", "sitemap-2024-06-2.xml"]
    urls = [check_sitemap(data) for _, data in parts]
    assert [len(found) for found in urls] == [50_000, 1]
    assert urls[1] == ["https://situs.example/berita/50000/"]
    assert part_names("2024-06", 0) == [] and len(part_names("2024-06", 150_000)) == 3


def test_the_sitemap_index_is_valid() -> None:
    data = render_sitemap_index([("https://situs.example/sitemap-2024-06.xml",
                                  "2024-06-18T20:42:00+07:00"),
                                 ("https://situs.example/sitemap-2024-05.xml",
                                  "2024-05-31T23:00:00+07:00")])
    document = etree.fromstring(data)
    sitemap_index_schema().assertValid(document)
    assert [loc.text for loc in document.iter(f"{SM}loc")][0].endswith("2024-06.xml")
    assert not sitemap_index_schema().validate(etree.fromstring(
        data.replace(b"https://situs.example/sitemap-2024-05.xml", b"")))


def test_news_sitemap_has_only_the_last_48_hours_and_at_most_1000() -> None:
    recent = [entry(n, n * 0.04) for n in range(1100)]  # all within 44 hours
    old = [entry(5000 + n, 49 + n) for n in range(5)]
    data = render_news_sitemap(typed(recent + old), publication="Warta Pesisir",
                               language="id", now=NOW)
    urls = check_sitemap(data, news=True)
    assert urls == [f"https://situs.example/berita/{n}/" for n in range(1000)]  # newest first
    document = etree.fromstring(data)
    assert document.findtext(f".//{NEWS}publication/{NEWS}name") == "Warta Pesisir"
    assert document.findtext(f".//{NEWS}title") == "Judul 0 — banjir & rob <Semarang>"


def test_feed_is_rss2_with_the_latest_50() -> None:
    site = profile_from_dict({"name": "Warta Pesisir"})
    entries = [entry(n, n, image="foto.jpg", summary="Ringkas.") for n in range(60)]
    data = render_feed(typed(entries), site=site, base_url="https://situs.example", now=NOW)
    links = check_feed(data)
    assert len(links) == 50 and links[0] == "https://situs.example/berita/0/"
    item = etree.fromstring(data).find("channel/item")
    assert item.findtext("pubDate") == "Tue, 18 Jun 2024 20:42:00 +0700"
    assert item.findtext("title") == "Judul 0 — banjir & rob <Semarang>"
    media = item.find("{http://search.yahoo.com/mrss/}content")
    assert media.get("url") == "https://situs.example/berita/0/foto.jpg"


def test_a_shard_keeps_its_records_newest_first_and_round_trips() -> None:
    shard = Shard("2024-06", records([entry(1, 1), entry(3, 3)]))
    shard.upsert(make_record("berita/artikel-2", entry(2, 2)))
    renamed = entry(1, 1)
    renamed.headline = "Judul baru"
    shard.upsert(make_record("berita/artikel-1", renamed))
    assert [row["path"] for row in shard.records] == [
        "berita/artikel-1", "berita/artikel-2", "berita/artikel-3"]
    assert shard.remove("berita/artikel-3") and shard.remove("berita/tidak-ada") is None
    again = Shard.parse("2024-06", shard.to_bytes())
    assert again.records == shard.records and again.records[0]["headline"] == "Judul baru"
    assert again.paths_for_slug("artikel-2") == ["berita/artikel-2"]
    document = json.loads(shard.to_bytes())
    assert (document["format"], document["version"], document["month"]) == (
        "redaksi-site-index-shard", 2, "2024-06")
    assert IndexEntry.from_dict(document["articles"][0]).id == ""


def test_a_shard_changed_as_bytes_stays_a_valid_shard_whatever_line_changes() -> None:
    """First, middle, last and only lines out; the newest in first; an older one in its
    place; a slug shared by two articles found in both lines."""
    rows = records([entry(n, n) for n in range(5)])
    rows[3]["slug"] = rows[1]["slug"]
    for gone in ("berita/artikel-0", "berita/artikel-2", "berita/artikel-4"):
        shard = Shard.parse("2024-06", Shard("2024-06", rows).to_bytes())
        assert shard.remove(gone)["path"] == gone and len(shard) == 4
        again = Shard.parse("2024-06", shard.to_bytes())
        assert [row["path"] for row in again.records] == [
            row["path"] for row in rows if row["path"] != gone]
    shard = Shard("2024-06", rows)
    assert shard.paths_for_slug("artikel-1") == ["berita/artikel-1", "berita/artikel-3"]
    shard.upsert(make_record("berita/terbaru", entry(9, 0)))
    shard.upsert(make_record("berita/lama", entry(8, 2.5)))
    assert [row["path"] for row in Shard.parse("2024-06", shard.to_bytes()).records] == [
        "berita/terbaru", "berita/artikel-0", "berita/artikel-1", "berita/artikel-2",
        "berita/lama", "berita/artikel-3", "berita/artikel-4"]
    only = Shard("2024-06", rows[:1])
    only.remove("berita/artikel-0")
    assert len(only) == 0 and only.records == []
    only.upsert(rows[0])
    assert Shard.parse("2024-06", only.to_bytes()).records == rows[:1]


def test_the_latest_file_keeps_100_and_all_of_the_last_48_hours() -> None:
    latest = Latest(records([entry(n, n * 0.01) for n in range(300)]))
    latest.trim(NOW)
    assert len(latest) == 300  # all within 3 hours: Google News still wants them
    latest = Latest(records([entry(n, 50 + n) for n in range(300)]))
    latest.trim(NOW)
    assert [row["slug"] for row in latest.records] == [f"artikel-{n}" for n in range(100)]


def test_the_manifest_names_each_shard_with_count_and_hash() -> None:
    shard = Shard("2024-06", records([entry(1, 1)]))
    manifest = Manifest()
    manifest.record_shard(shard, "2024-06", sha256(shard.to_bytes()), NOW)
    document = json.loads(manifest.to_bytes("Warta Pesisir", NOW.astimezone(UTC)))
    assert document["total"] == 1 and document["latest"] == "index/latest.json"
    (row,) = document["shards"]
    assert row["file"] == "index/2024-06.json" and row["count"] == 1
    assert Manifest.parse(manifest.to_bytes("W", NOW)).shards["2024-06"].sha256 == row["sha256"]


def test_the_month_is_the_sites_own() -> None:
    """An article published at 00:30 WIB on 1 July is July's, though it is still June in UTC."""
    moment = datetime(2024, 7, 1, 0, 30, tzinfo=WIB)
    assert month_of(moment, ZoneInfo("Asia/Jakarta")) == "2024-07"
    assert month_of(moment, ZoneInfo("UTC")) == "2024-06"


@pytest.mark.parametrize("data", [b"{", b'{"articles": [{"slug": "x"}]}', b'"teks"'])
def test_a_damaged_legacy_index_is_an_error_not_an_empty_archive(data: bytes) -> None:
    with pytest.raises(PublishError):
        parse_legacy(data)


@pytest.mark.parametrize("data", [b"{", b'{"format": "lain", "articles": []}',
                                  b'{"format": "redaksi-site-index-shard", "articles": [1]}'])
def test_a_damaged_shard_is_an_error_not_an_empty_month(data: bytes) -> None:
    with pytest.raises(PublishError, match="index/2024-06.json"):
        Shard.parse("2024-06", data)
