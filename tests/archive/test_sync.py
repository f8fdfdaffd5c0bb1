"""Sync from every kind of source, from a file and from https://, incrementally."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from editor.archive import ArchiveError
from editor.archive.fetch import FileFetcher, HttpFetcher
from editor.archive.sync import Sync
from tests.archive.corpus import (
    BASE_URL,
    atom,
    records,
    rss,
    write_legacy_index,
    write_site_index,
    write_sitemaps,
)

ROWS = list(records(300, seed=3))  # the last ~8 days of June 2024


def _months_back(row: dict, months: int) -> dict:
    when = datetime.fromisoformat(row["published"]) - timedelta(days=31 * months)
    return dict(row, published=when.isoformat())


SPREAD = [_months_back(row, n % 6) for n, row in enumerate(ROWS)]  # January to June


def sync(archive, location: str, *, site_root: bool = False, source: str | None = None):
    fetcher = HttpFetcher() if location.startswith("https://") else FileFetcher()
    try:
        return Sync(archive, fetcher, source or location).run(location, site_root=site_root)
    finally:
        fetcher.close()


def stored(archive) -> dict[str, str]:
    return {row[0]: row[1] for row in archive.conn.execute("SELECT url, headline FROM articles")}


def expected(rows) -> dict[str, str]:
    return {row["url"]: row["headline"] for row in rows}


# --- each source kind, from a file and over https -------------------------------------


@pytest.mark.parametrize("over_https", [False, True], ids=["file", "https"])
def test_rss(archive, tmp_path, web, over_https):
    (web.root / "feed.xml").write_text(rss(ROWS[:50]), encoding="utf-8")
    where = web.url + "feed.xml" if over_https else str(web.root / "feed.xml")
    report = sync(archive, where)
    assert (report.kind, report.changed, report.warnings) == ("feed", 50, [])
    assert stored(archive) == expected(ROWS[:50])
    first = archive.lookup(ROWS[0]["url"])
    assert first.section == ROWS[0]["section"] and first.published.isoformat() == \
        ROWS[0]["published"]
    assert set(ROWS[0]["tags"]) <= set(first.tags) and first.image == ROWS[0]["image"]


@pytest.mark.parametrize("over_https", [False, True], ids=["file", "https"])
def test_atom(archive, web, over_https):
    (web.root / "atom.xml").write_text(atom(ROWS[:40]), encoding="utf-8")
    where = web.url + "atom.xml" if over_https else str(web.root / "atom.xml")
    report = sync(archive, where)
    assert (report.kind, report.changed, report.warnings) == ("feed", 40, [])
    assert stored(archive) == expected(ROWS[:40])
    assert archive.lookup(ROWS[3]["url"]).summary == ROWS[3]["summary"]


@pytest.mark.parametrize("over_https", [False, True], ids=["file", "https"])
def test_sitemap_index_with_news_titles(archive, web, over_https):
    index = write_sitemaps(web.root, SPREAD, web.url)
    report = sync(archive, web.url + "sitemap.xml" if over_https else str(index))
    assert report.kind == "sitemap-index" and report.warnings == []
    assert report.read == 6  # one sitemap per month
    assert stored(archive) == expected(SPREAD)


@pytest.mark.parametrize("over_https", [False, True], ids=["file", "https"])
def test_site_index_v2(archive, web, over_https):
    write_site_index(web.root, SPREAD)
    report = sync(archive, web.url if over_https else str(web.root), site_root=True)
    assert (report.kind, report.read, report.changed) == ("site-index", 6, len(SPREAD))
    assert stored(archive) == expected(SPREAD)
    entry = archive.lookup(SPREAD[7]["url"])
    assert entry.article_id == SPREAD[7]["id"] and entry.tags == tuple(SPREAD[7]["tags"])


def test_a_site_home_page_url_finds_its_index(archive, web):
    write_site_index(web.root, SPREAD[:20])
    (web.root / "index.html").write_text("<!DOCTYPE html><title>Beranda</title>", encoding="utf-8")
    report = sync(archive, web.url + "index.html")
    assert report.kind == "site-index" and stored(archive) == expected(SPREAD[:20])


def test_site_index_v2_by_its_manifest_path(archive, tmp_path):
    write_site_index(tmp_path / "situs", SPREAD[:30])
    report = sync(archive, str(tmp_path / "situs" / "index" / "manifest.json"))
    assert report.kind == "site-index" and stored(archive) == expected(SPREAD[:30])


@pytest.mark.parametrize("over_https", [False, True], ids=["file", "https"])
def test_legacy_site_index_v1(archive, web, over_https):
    write_legacy_index(web.root, SPREAD[:80])
    report = sync(archive, web.url if over_https else str(web.root), site_root=True)
    assert (report.kind, report.read, report.changed) == ("site-index", 1, 80)
    assert stored(archive) == expected(SPREAD[:80])


def test_not_a_source_is_one_clear_error(archive, tmp_path):
    page = tmp_path / "halaman.html"
    page.write_text("<html><body>Beranda</body></html>", encoding="utf-8")
    with pytest.raises(ArchiveError, match="RSS/Atom"):
        sync(archive, str(page))
    with pytest.raises(ArchiveError, match="indeks situs|site index"):
        sync(archive, str(tmp_path), site_root=True)


# --- only what changed ----------------------------------------------------------------


def test_https_site_index_resync_fetches_only_changed_shards(archive, web):
    write_site_index(web.root, SPREAD)
    sync(archive, web.url, site_root=True)
    assert sum(web.full.values()) == 7  # the manifest and six shards

    web.reset()
    again = sync(archive, web.url, site_root=True)
    assert dict(web.full) == {} and dict(web.not_modified) == {"index/manifest.json": 1}
    assert (again.read, again.changed) == (0, 0)

    changed = [dict(row) for row in SPREAD]
    march = next(row for row in changed if row["published"].startswith("2024-03"))
    march["headline"] = "Tanggul Darurat Selesai Dibangun Sebelum Air Pasang"
    write_site_index(web.root, changed)
    web.reset()
    third = sync(archive, web.url, site_root=True)
    assert set(web.full) == {"index/manifest.json", "index/2024-03.json"}
    assert (third.read, third.changed, third.unchanged) == (1, 1, 5)
    assert archive.lookup(march["url"]).headline.startswith("Tanggul Darurat")


def test_file_site_index_resync_reads_only_the_manifest(archive, tmp_path):
    root = write_site_index(tmp_path / "situs", SPREAD)
    sync(archive, str(root), site_root=True)
    again = sync(archive, str(root), site_root=True)
    assert (again.read, again.changed, again.unchanged) == (0, 0, 1)


def test_unpublished_articles_and_removed_shards_leave_the_archive(archive, tmp_path):
    root = write_site_index(tmp_path / "situs", SPREAD)
    sync(archive, str(root), site_root=True)
    gone = SPREAD[10]
    kept = [row for row in SPREAD if row is not gone and not row["published"].startswith("2024-01")]
    for shard in (root / "index").glob("*.json"):
        shard.unlink()
    write_site_index(root, kept)
    report = sync(archive, str(root), site_root=True)
    assert stored(archive) == expected(kept)
    assert report.removed == len(SPREAD) - len(kept)
    assert archive.count() == len(kept)


def test_https_feed_and_sitemaps_resync(archive, web):
    (web.root / "feed.xml").write_text(rss(ROWS[:20]), encoding="utf-8")
    write_sitemaps(web.root, SPREAD, web.url)
    sync(archive, web.url + "feed.xml")
    sync(archive, web.url + "sitemap.xml")
    web.reset()
    assert sync(archive, web.url + "feed.xml").read == 0
    assert sync(archive, web.url + "sitemap.xml").read == 0
    assert dict(web.full) == {}  # the feed and the index answered 304; no sitemap re-read
    rows = [dict(row) for row in SPREAD]
    may = next(row for row in rows if row["published"].startswith("2024-05"))
    may["headline"] = "Nelayan Kembali Melaut Setelah Cuaca Membaik"
    may["published"] = may["published"][:11] + "23:59:00+07:00"
    write_sitemaps(web.root, rows, web.url)
    web.reset()
    report = sync(archive, web.url + "sitemap.xml")
    assert set(web.full) == {"sitemap.xml", "sitemap-2024-05.xml"}
    assert report.changed == 1 and archive.lookup(may["url"]).headline.startswith("Nelayan")


def test_a_feed_does_not_remove_older_articles(archive, tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text(rss(ROWS[:30]), encoding="utf-8")
    sync(archive, str(feed))
    feed.write_text(rss(ROWS[20:40]), encoding="utf-8")
    sync(archive, str(feed))
    assert stored(archive) == expected(ROWS[:40])


def test_site_index_is_trusted_over_a_feed(archive, tmp_path):
    """The site's own index wins over a feed's (or sitemap's) view of the same article."""
    feed = tmp_path / "feed.xml"
    other = [dict(row, headline=row["headline"] + " (feed)") for row in ROWS[:5]]
    feed.write_text(rss(other), encoding="utf-8")
    write_site_index(tmp_path / "situs", ROWS[:5])
    sync(archive, str(tmp_path / "situs"), site_root=True)
    sync(archive, str(feed))
    assert stored(archive) == expected(ROWS[:5])
    assert archive.lookup(ROWS[0]["url"]).tags == tuple(ROWS[0]["tags"])


def test_oversized_and_gzip_bomb_documents_are_refused(archive, tmp_path, monkeypatch):
    import gzip

    from editor import net
    from editor.archive import fetch

    monkeypatch.setitem(fetch.LIMITS, "document", net.Limits(1024 * 1024))
    bomb = tmp_path / "sitemap.xml.gz"
    bomb.write_bytes(gzip.compress(b"<urlset>" + b" " * (8 * 1024 * 1024) + b"</urlset>"))
    assert bomb.stat().st_size < 64 * 1024
    with pytest.raises(ArchiveError, match="1 MB"):
        sync(archive, str(bomb))
    assert archive.count() == 0


def test_gzipped_sitemap_is_read(archive, tmp_path):
    import gzip

    path = tmp_path / "sitemap-news.xml.gz"
    from tests.archive.corpus import sitemap

    path.write_bytes(gzip.compress(sitemap(ROWS[:12]).encode("utf-8")))
    report = sync(archive, str(path))
    assert report.kind == "sitemap-news" and stored(archive) == expected(ROWS[:12])


def test_state_is_per_source(archive, tmp_path: Path):
    """Two folders with the same shard names are two sources: neither skips the other."""
    write_site_index(tmp_path / "a", SPREAD[:10])
    write_site_index(tmp_path / "b", SPREAD[10:20])
    sync(archive, str(tmp_path / "a"), site_root=True)
    sync(archive, str(tmp_path / "b"), site_root=True)
    assert stored(archive) == expected(SPREAD[:20])


def test_a_site_index_drops_what_redaksi_published_and_it_no_longer_lists(archive, tmp_path):
    """Review finding 1: a story Redaksi published that the site's index does not list (a
    colleague took it down) leaves at the index's next sync. A feed's or sitemap's stories
    below the same address stay: a site that moved to Redaksi keeps its older stories in
    its old sitemap, which its Redaksi index never listed. So do exports not live yet and
    stories of another site."""
    from editor.archive import entry_from_index

    listed, taken_down, old_cms, scratch = ROWS[:10], ROWS[10], ROWS[20:25], ROWS[30]
    elsewhere = dict(ROWS[31], url=ROWS[31]["url"].replace(BASE_URL, "https://lain.example"))
    archive.record([entry_from_index(r) for r in (listed[0], taken_down, elsewhere)],
                   source="publish")
    archive.record([entry_from_index(scratch)])  # exported to a scratch folder
    feed = tmp_path / "feed.xml"
    feed.write_text(rss(old_cms), encoding="utf-8")
    sync(archive, str(feed))
    report = sync(archive, str(write_site_index(tmp_path / "situs", listed)), site_root=True)
    assert report.removed == 1
    assert archive.lookup(taken_down["url"]) is None
    assert set(stored(archive)) == {r["url"] for r in (*listed, *old_cms, scratch, elsewhere)}
    assert archive.lookup(scratch["url"], unpublished=True).live is False
    assert archive.count() == len(listed) + len(old_cms) + 1
