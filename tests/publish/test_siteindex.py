"""The sharded site index on a real folder target: what a publish touches, migration of a
version 1 ``index.json`` in place (stopped at every step, or killed), a writer that slipped
past the lock (WebDAV If-Match), and a site whose archive holds 100,000 articles."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from lxml import etree

from editor.errors import PublishError
from editor.model.entry import IndexEntry
from editor.publish import api as publish_api
from editor.publish import publish, rollback, unpublish
from editor.publish.folder import FolderTransport
from editor.publish.lock import SiteLock
from editor.publish.sitefiles import SiteFiles, Upsert
from editor.publish.sitemaps import render_sitemap
from editor.publish.targets import load_target
from editor.publish.webdav import open_webdav
from tests.publish.archive_gen import write_v1_site
from tests.publish.pubkit import WIB, make_profile
from tests.publish.sitecheck import (
    SM,
    check_feed,
    check_site_files,
    check_sitemap,
    check_sitemap_index,
    index_records,
)
from tests.support import ROOT, SAMPLE_DRAFT

BASE = "https://situs.example"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "www"


def profile_for(root: Path, **extra):
    return make_profile({"lokal": {"kind": "folder", "path": str(root), "public_base_url": BASE,
                                   "retries": 0, **extra}}, base_url=BASE,
                        timezone="Asia/Jakarta")


def month_files(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "index").glob("20*.json"))}


def reader_view(root: Path) -> dict[str, set[str]]:
    """What a reader finds on the site as it is: the index (version 2 once its manifest
    exists, else ``index.json``) and the sitemaps reached from ``sitemap.xml``; every file
    they name must parse and validate, and the feed must be RSS 2.0."""
    manifest = root / "index" / "manifest.json"
    if manifest.is_file():
        shards = json.loads(manifest.read_bytes())["shards"]
        index = {row["url"] for shard in shards
                 for row in json.loads((root / shard["file"]).read_bytes())["articles"]}
    else:
        index = {row["url"] for row in json.loads((root / "index.json").read_bytes())["articles"]}
    sitemap = etree.fromstring((root / "sitemap.xml").read_bytes())
    if sitemap.tag == f"{SM}urlset":
        listed = check_sitemap((root / "sitemap.xml").read_bytes())
    else:
        listed = check_sitemap_index(root, BASE)
    check_feed((root / "feed.xml").read_bytes())
    return {"index": index, "sitemap": set(listed)}


# --- what a publish touches -----------------------------------------------------------


def test_a_publish_rewrites_only_its_months_shard_and_sitemap(root: Path, make_item) -> None:
    profile = profile_for(root)
    now = datetime.now(WIB)
    old = [make_item(f"lama-{n}", published=now - timedelta(days=40 * n)) for n in (1, 2, 3)]
    for item in old:
        publish(item, profile, "lokal")
    others = {**month_files(root), **{p.name: p.read_bytes() for p in root.glob("sitemap-2*")}}
    fresh = make_item("baru", published=now)
    publish(fresh, profile, "lokal")
    month = f"{now:%Y-%m}"
    changed = {**month_files(root), **{p.name: p.read_bytes() for p in root.glob("sitemap-2*")}}
    assert {name for name in changed if changed[name] != others.get(name)} <= {
        f"{month}.json", f"sitemap-{month}.xml"}
    listed = check_site_files(root)
    assert len(listed["index"]) == len(listed["sitemap"]) == 4
    assert listed["index"][0] == listed["feed"][0] == f"{BASE}/{fresh.rel_dir}/"


def test_an_article_that_moves_month_leaves_its_old_shard(root: Path, make_item) -> None:
    profile = profile_for(root)
    now = datetime.now(WIB)
    item = make_item("pindah", published=now - timedelta(days=70))
    publish(item, profile, "lokal")
    old_month = f"{item.entry.published:%Y-%m}"
    assert (root / f"sitemap-{old_month}.xml").is_file()
    item.entry.published = now  # its time corrected; the folder stays where it is
    publish(item, profile, "lokal")
    assert [row["path"] for row in index_records(root)] == [item.rel_dir]
    assert not (root / "index" / f"{old_month}.json").exists()
    assert not (root / f"sitemap-{old_month}.xml").exists()
    assert check_site_files(root)["sitemap"] == [f"{BASE}/{item.rel_dir}/"]


def test_unpublish_refills_the_latest_file_from_the_shards(root: Path, make_item) -> None:
    profile = profile_for(root)
    now = datetime.now(WIB) - timedelta(days=3)  # older than 48 hours: the latest keeps 100
    items = [make_item(f"a-{n:03d}", images=0, published=now - timedelta(hours=n))
             for n in range(102)]
    for item in items:
        publish(item, profile, "lokal")
    latest = json.loads((root / "index" / "latest.json").read_bytes())["articles"]
    assert [row["path"] for row in latest] == [item.rel_dir for item in items[:100]]
    unpublish(items[0].rel_dir, profile, "lokal")
    unpublish(items[1].entry.slug, profile, "lokal")
    latest = json.loads((root / "index" / "latest.json").read_bytes())["articles"]
    assert [row["path"] for row in latest] == [item.rel_dir for item in items[2:102]]
    assert len(check_site_files(root)["index"]) == 100


def test_a_stale_month_sitemap_or_a_shard_laid_out_otherwise_is_made_whole(
        root: Path, make_item) -> None:
    """A publish changes its lines of the month's sitemap; one that lost a URL (a publish
    stopped between the shard and the sitemap) is made again from the shard. A shard
    written by another tool (valid, other layout) is read whole and written back."""
    profile = profile_for(root)
    items = [make_item(f"rob-{n}", images=0) for n in range(3)]
    for item in items[:2]:
        publish(item, profile, "lokal")
    month = f"{items[0].entry.published:%Y-%m}"
    sitemap = root / f"sitemap-{month}.xml"
    lines = sitemap.read_text().splitlines()
    sitemap.write_text("\n".join(line for line in lines if "rob-0" not in line) + "\n")
    shard = root / "index" / f"{month}.json"
    shard.write_text(json.dumps(json.loads(shard.read_text()), indent=2))
    publish(items[2], profile, "lokal")
    listed = check_site_files(root)
    assert sorted(listed["sitemap"]) == sorted(listed["index"]) == sorted(
        f"{BASE}/{item.rel_dir}/" for item in items)
    assert shard.read_text().count("\n") == 3 + 2  # back to one record per line


# --- migration from version 1 ---------------------------------------------------------


def as_published_before_v2(root: Path) -> None:
    """Turn a site into what Redaksi before the sharded index left: one ``index.json`` (no
    ids), one ``sitemap.xml`` urlset, release manifests whose entries have no ids."""
    rows = index_records(root)
    for row in rows:
        row.pop("id")
    (root / "index.json").write_text(json.dumps(
        {"format": "redaksi-site-index", "version": 1, "articles": rows}, indent=1))
    (root / "sitemap.xml").write_bytes(render_sitemap(rows))
    shutil.rmtree(root / "index")
    for path in root.glob("sitemap-2*.xml"):
        path.unlink()
    for manifest in (root / ".redaksi" / "releases").rglob("manifest.json"):
        data = json.loads(manifest.read_text())
        for release in data["releases"]:
            release["entry"].pop("id", None)
        manifest.write_text(json.dumps(data))


def test_a_version_1_site_is_migrated_in_place(root: Path, make_item) -> None:
    profile = profile_for(root)
    first, second = make_item("pertama"), make_item("kedua")
    publish(first, profile, "lokal")
    publish(second, profile, "lokal")
    publish(make_item("pertama", version=2), profile, "lokal")
    as_published_before_v2(root)
    assert not (root / "index").exists()

    rollback(first.entry.slug, profile, "lokal")  # the first thing after the upgrade
    assert (root / first.rel_dir / "index.html").read_text() == (
        first.local_dir / "index.html").read_text()
    listed = check_site_files(root)
    assert sorted(listed["index"]) == sorted(listed["sitemap"]) == sorted(
        f"{BASE}/{item.rel_dir}/" for item in (first, second))
    pointer = json.loads((root / "index.json").read_bytes())
    assert pointer["moved_to"] == "index/manifest.json" and "articles" not in pointer
    unpublish(second.rel_dir, profile, "lokal")
    assert [row["path"] for row in index_records(root)] == [first.rel_dir]
    assert publish(make_item("ketiga"), profile, "lokal").url.endswith("/ketiga/")


class FailingFolder(FolderTransport):
    """A folder whose ``fail_at``-th write of a site file (not the lock's) fails."""

    writes = 0
    fail_at = 0

    def write(self, path: str, data: bytes, **kwargs) -> None:
        if not path.startswith(".redaksi/"):
            FailingFolder.writes += 1
            if FailingFolder.writes == FailingFolder.fail_at:
                raise PublishError("Disk penuh.", "Disk full.")
        super().write(path, data, **kwargs)


def v1_site(root: Path, count: int = 40) -> list[str]:
    """Articles from 18 February to 20 May 2024: four months."""
    return write_v1_site(root, count, end=datetime(2024, 5, 20, 12, 0, tzinfo=WIB), months=3,
                         base_url=BASE)


# The migration: 4 shards and 4 monthly sitemaps, latest, manifest, sitemap index, news,
# feed, pointer. Then the publish: its month's shard, latest, manifest, its month's
# sitemap, sitemap index, news, feed.
MIGRATION_AND_PUBLISH_WRITES = 4 + 4 + 6 + 7


@pytest.mark.parametrize("fail_at", range(1, MIGRATION_AND_PUBLISH_WRITES + 1))
def test_a_migration_stopped_at_any_write_leaves_a_working_site(
        root: Path, make_item, monkeypatch, fail_at: int) -> None:
    old = set(v1_site(root))
    profile = profile_for(root)
    monkeypatch.setattr(publish_api, "open_transport",
                        lambda target, confirm=None: FailingFolder(root))
    monkeypatch.setattr(FailingFolder, "writes", 0)
    monkeypatch.setattr(FailingFolder, "fail_at", fail_at)
    item = make_item("baru")
    with pytest.raises(PublishError, match="Disk penuh"):
        publish(item, profile, "lokal")
    seen = reader_view(root)
    assert old <= seen["index"] and old <= seen["sitemap"]

    monkeypatch.setattr(FailingFolder, "fail_at", 0)  # the disk has room again
    publish(item, profile, "lokal")
    listed = check_site_files(root)
    expected = old | {f"{BASE}/{item.rel_dir}/"}
    assert set(listed["index"]) == set(listed["sitemap"]) == expected
    assert len(listed["index"]) == len(expected)
    assert "moved_to" in json.loads((root / "index.json").read_bytes())


def test_all_writes_were_counted(root: Path, make_item, monkeypatch) -> None:
    """The parametrized test above stops at every write there is, and not beyond."""
    v1_site(root)
    monkeypatch.setattr(publish_api, "open_transport",
                        lambda target, confirm=None: FailingFolder(root))
    monkeypatch.setattr(FailingFolder, "writes", 0)
    monkeypatch.setattr(FailingFolder, "fail_at", 0)
    publish(make_item("baru"), profile_for(root), "lokal")
    assert FailingFolder.writes == MIGRATION_AND_PUBLISH_WRITES


@pytest.mark.slow
def test_a_migration_killed_at_any_moment_leaves_a_working_site(tmp_path: Path) -> None:
    """``redaksi publish`` killed (SIGKILL) at moments spread over its migration: from the
    first shard written to the end; each time the site works, and publishing again
    finishes the job."""
    www = tmp_path / "www"
    site = tmp_path / "situs.toml"
    site.write_text(f'name = "Warta Pesisir"\nbase_url = "{BASE}"\ntimezone = "Asia/Jakarta"\n'
                    f'[targets.lokal]\nkind = "folder"\npath = "{www}"\n'
                    'lock_ttl = 1\nretries = 0\n')
    template = tmp_path / "v1"
    old = set(write_v1_site(template, 5_000, end=datetime(2024, 5, 20, tzinfo=WIB), months=30,
                            base_url=BASE))
    draft = tmp_path / "artikel.redaksi"
    command = [sys.executable, "-m", "editor.cli", "publish", str(draft), "--site", str(site)]
    killed_in = set()
    # after the first shard appears (before the commit), then after the manifest appears
    for sign, delay in (("index", 0.0), ("index", 0.05), ("index/manifest.json", 0.0),
                        ("index/manifest.json", 0.03), ("index/manifest.json", 0.3)):
        shutil.rmtree(www, ignore_errors=True)
        shutil.copytree(template, www)
        shutil.copy(SAMPLE_DRAFT, draft)
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        while not (www / sign).exists() and process.poll() is None:
            time.sleep(0.001)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        killed_in.add((www / "index" / "manifest.json").exists())
        seen = reader_view(www)
        assert old <= seen["index"] and old <= seen["sitemap"], delay
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        listed = check_site_files(www)
        assert set(listed["index"]) == set(listed["sitemap"]) == old | {done.stdout.strip()}
    assert killed_in == {False, True}, "some kills before the commit, some after"


# --- a writer that slipped past the lock ----------------------------------------------


def test_a_writer_that_slipped_past_the_lock_is_merged_not_lost(
        wsgidav_server, tmp_path: Path) -> None:
    """wsgidav honours If-Match: when the manifest changed between our read and our write,
    we read again and apply our change on top of theirs."""
    server = wsgidav_server(tmp_path / "dav")
    profile = make_profile({"dav": {"kind": "webdav", "url": server.url}}, base_url=BASE)
    target = load_target(profile, "dav")
    now = datetime.now(WIB)

    def entry(slug: str) -> IndexEntry:
        return IndexEntry(slug, f"{BASE}/berita/{slug}/", slug, "Daerah", [], now)

    with open_webdav(target) as ours, open_webdav(target) as theirs:
        lock = SiteLock(ours, ".redaksi/lock", ".redaksi/trash", owner="kami")
        with lock:
            files = SiteFiles(ours, lock, profile, BASE).open()
            files.shard(files.month(entry("kami")))  # read before they write

            class Past:  # their lock was broken as stale: they believe they still hold it
                def check(self) -> None:
                    pass

            SiteFiles(theirs, Past(), profile, BASE).open().apply(
                [Upsert("berita/mereka", entry("mereka"))])
            files.apply([Upsert("berita/kami", entry("kami"))])
    listed = check_site_files(tmp_path / "dav")
    assert sorted(listed["index"]) == sorted(listed["sitemap"]) == [
        f"{BASE}/berita/kami/", f"{BASE}/berita/mereka/"]


# --- 100,000 articles -----------------------------------------------------------------


@pytest.mark.slow
def test_publishing_to_a_site_with_100000_articles(root: Path, tmp_path: Path) -> None:
    from editor.publish.drafts import publish_draft
    from editor.storage.draft import open_draft

    archive = write_v1_site(root, 100_000, end=datetime.now(WIB) - timedelta(hours=1),
                            months=48, base_url=BASE)
    profile = profile_for(root)
    urls = []
    for name in ("satu", "dua"):  # the first also migrates; the second is an everyday one
        draft = open_draft(shutil.copy(SAMPLE_DRAFT, tmp_path / f"{name}.redaksi"))
        draft.article.slug, draft.article.slug_locked = f"banjir-rob-{name}", True
        draft.article.published = None
        urls.append(publish_draft(draft, profile, "lokal").result.url)
    expected = set(archive) | set(urls)
    listed = check_site_files(root)  # every file validated, sitemap index followed
    assert len(listed["sitemap"]) == len(set(listed["sitemap"])) == 100_002
    assert set(listed["sitemap"]) == set(listed["index"]) == expected
    assert listed["news"][:2] == listed["feed"][:2] == urls[::-1]
    assert len(list(root.glob("sitemap-2*.xml"))) in (48, 49, 50)
    assert os.path.getsize(root / "index" / "manifest.json") < 20_000
