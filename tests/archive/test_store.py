"""The archive object itself: the interface, threads, a damaged file, http failures."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime

import pytest

from editor.archive import Archive, ArchiveEntry, ArchiveError, SqliteArchive, open_archive
from editor.archive.fetch import FileFetcher, HttpFetcher
from editor.archive.sync import Sync
from editor.site import load_profile
from tests.archive.corpus import records, rss


def entries(count: int, seed: int = 1) -> list[ArchiveEntry]:
    from editor.archive import entry_from_index

    return [entry_from_index(row) for row in records(count, seed=seed)]


def test_sqlite_is_an_archive(archive):
    assert isinstance(archive, Archive)


def test_one_file_per_site_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("REDAKSI_DATA_DIR", str(tmp_path))
    site = load_profile()
    with open_archive(site) as first:
        first.record(entries(3), source="publish")
        path = first.path
    assert path.parent == tmp_path / "archive" and path.name.startswith("wartapesisir.example-")
    other = load_profile()
    other.base_url = "https://kabarhulu.example"
    with open_archive(other) as second:
        assert second.path != path and second.count() == 0
    with open_archive(site) as again:
        assert again.count() == 3
        assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_threads_share_an_archive(archive):
    archive.record(entries(500), source="publish")
    errors: list[BaseException] = []

    def search() -> None:
        try:
            for _ in range(30):
                assert archive.search("banjir rob", typing=False)
        except BaseException as exc:  # noqa: BLE001 - reported to the test thread
            errors.append(exc)

    threads = [threading.Thread(target=search) for _ in range(4)]
    for thread in threads:
        thread.start()
    archive.record(entries(200, seed=2), source="publish")  # a write meanwhile, from this thread
    for thread in threads:
        thread.join()
    assert errors == [] and archive.count() == 700


def test_count_follows_writes_of_other_connections(tmp_path):
    one = SqliteArchive(tmp_path / "a.sqlite")
    two = SqliteArchive(tmp_path / "a.sqlite")
    assert one.count() == two.count() == 0
    two.record(entries(5), source="publish")
    assert one.count() == 5 and two.count() == 5
    one.close()
    two.close()


def test_record_updates_in_place_and_moves_with_its_date(archive):
    first = entries(1)[0]
    archive.record([first], source="publish")
    newer = ArchiveEntry(url=first.url, headline="Judul Diperbarui Setelah Koreksi",
                         published=datetime.fromisoformat("2024-07-01T08:00:00+07:00"))
    archive.record([newer], source="publish")
    assert archive.count() == 1
    assert archive.latest(1)[0].headline == "Judul Diperbarui Setelah Koreksi"
    assert archive.search("koreksi", typing=False)[0].url == first.url
    since = datetime.fromisoformat("2024-06-30T23:00:00+07:00")  # the row moved with its date
    assert [hit.url for hit in archive.search("koreksi", since=since)] == [first.url]
    assert archive.conn.execute("INSERT INTO fts(fts) VALUES ('integrity-check')")



def as_version_1(path, exported_url: str) -> None:
    """Turn an archive file back into what version 1 left: no ``live`` or ``base`` column,
    and the row at ``exported_url`` written by an export yet searchable like any other."""
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    sid = conn.execute("INSERT INTO sources(location, kind) VALUES ('redaksi:export', "
                       "'export')").lastrowid
    conn.execute("UPDATE articles SET source_id = ? WHERE url = ?", (sid, exported_url))
    conn.execute("ALTER TABLE articles DROP COLUMN live")
    conn.execute("ALTER TABLE sources DROP COLUMN base")
    conn.execute("PRAGMA user_version=1")
    conn.close()


def test_a_version_1_archive_stops_offering_what_was_only_exported(tmp_path):
    """Review finding 1, for archives made before it: an export version 1 recorded as if
    live leaves search, "Berita Terbaru", the link check and the count on first opening;
    a publish then makes it live again, with the words of its body."""
    path = tmp_path / "arsip.sqlite"
    published, exported = entries(2)
    exported = replace(exported, body="Warga kelurahan mengungsi ke balai desa.")
    with SqliteArchive(path) as old:
        old.record([published, exported], source="publish")
        assert {hit.url for hit in old.search("kelurahan", typing=False)} == {exported.url}
    as_version_1(path, exported.url)
    with SqliteArchive(path) as archive:
        assert archive.conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert archive.count() == 1 and archive.stats().unpublished == 1
        assert archive.search("kelurahan", typing=False) == []
        assert [entry.url for entry in archive.latest(5)] == [published.url]
        assert archive.lookup(exported.url) is None
        assert archive.lookup(exported.url, unpublished=True).live is False
        archive.conn.execute("INSERT INTO fts(fts) VALUES ('integrity-check')")
        archive.record([replace(exported, body="")], source="publish")
        assert [hit.url for hit in archive.search("kelurahan", typing=False)] == [exported.url]
        assert archive.count() == 2 and archive.stats().unpublished == 0

def test_https_failures_are_clear_errors(archive, web, monkeypatch):
    monkeypatch.setenv("REDAKSI_LANG", "en")
    (web.root / "besar.xml").write_bytes(rss(list(records(50))).encode("utf-8"))
    fetcher = HttpFetcher(limit=2_000)
    with pytest.raises(ArchiveError, match="larger than the 1 KB limit"):
        Sync(archive, fetcher, "x").run(web.url + "besar.xml")
    with pytest.raises(ArchiveError, match="not found"):
        Sync(archive, HttpFetcher(), "x").run(web.url + "tidak-ada.xml")
    web.stop()
    with pytest.raises(ArchiveError, match="Could not fetch"):
        Sync(archive, HttpFetcher(timeout=2), "x").run(web.url + "besar.xml")
    assert archive.count() == 0


def test_an_untrusted_certificate_is_refused(archive, web, monkeypatch):
    monkeypatch.setenv("REDAKSI_LANG", "en")
    (web.root / "feed.xml").write_text(rss(list(records(2))), encoding="utf-8")
    monkeypatch.delenv("SSL_CERT_FILE")
    with pytest.raises(ArchiveError, match="CERTIFICATE|certificate"):
        Sync(archive, HttpFetcher(), "x").run(web.url + "feed.xml")


def damage(path) -> None:
    """Every other page after the first few overwritten, as a failing disk or a half-copied
    file leaves it: the header still reads, so the archive opens; its pages do not."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 8, len(data) - 4096, 4096 * 2):
        data[offset:offset + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))


def test_a_file_damaged_after_opening_raises_archive_errors(tmp_path, monkeypatch):
    """Review finding 5: no sqlite3 error leaves the Archive interface, whichever method
    meets the damage; each names the file and says what to do."""
    monkeypatch.setenv("REDAKSI_LANG", "en")
    path = tmp_path / "arsip.sqlite"
    with SqliteArchive(path) as archive:
        archive.record(entries(2000), source="publish")
    damage(path)
    archive = SqliteArchive(path)
    calls = {"search": lambda: archive.search("banjir rob", typing=False),
             "latest": lambda: archive.latest(5), "stats": archive.stats,
             "lookup": lambda: archive.lookup("https://wartapesisir.example/x/"),
             "record": lambda: archive.record(entries(300, seed=3), source="publish")}
    for name, call in calls.items():
        with pytest.raises(ArchiveError) as caught:
            call()
        assert caught.value.path == str(path), name
        assert "'redaksi archive sync' again" in caught.value.message_en, name
    archive.close()


def test_a_trickling_server_does_not_stall_a_sync(archive, monkeypatch):
    """Review finding 7: a feed trickled a byte at a time never trips a read timeout; the
    archive's downloads have a wall-clock deadline, so ``archive sync`` goes on."""
    from tests.netserver import MisbehavingServer
    from tests.test_net import outcome

    monkeypatch.setenv("REDAKSI_LANG", "en")
    with MisbehavingServer() as server:
        fetcher = HttpFetcher(deadline=1.0)
        error, _ = outcome(lambda: Sync(archive, fetcher, "x").run(server.url + "menetes.xml"))
        fetcher.close()
    assert isinstance(error, ArchiveError), error
    assert error.message() == (f"{server.url}menetes.xml: Could not fetch from the server: the "
                               "server did not answer in time (over 1 seconds); try again later.")


def test_a_sitemap_may_not_exceed_what_sitemaps_org_allows(archive, tmp_path, monkeypatch):
    """Limits per kind of document: a sitemap that a sitemap index names is refused past
    50 MB (sitemaps.org's cap), with one warning; the index's other sitemaps are read."""
    from tests.archive.corpus import write_sitemaps

    monkeypatch.setenv("REDAKSI_LANG", "en")
    rows = [dict(row, published=row["published"].replace("2024-06", "2024-05"))
            if n % 2 else row for n, row in enumerate(records(40, seed=4))]
    index = write_sitemaps(tmp_path / "peta", rows, "https://wartapesisir.example/")
    month = sorted((tmp_path / "peta").glob("sitemap-*.xml"))[-1]
    with open(month, "r+b") as handle:  # sparse: 60 MB that take no room on the disk
        handle.truncate(60 * 1000 * 1000)
    report = Sync(archive, FileFetcher(), "peta").run(str(index))
    assert [w.message() for w in report.warnings] == [
        f"{month}: The file is larger than the 50 MB limit; not read."]
    assert 0 < archive.count() < len(rows)
