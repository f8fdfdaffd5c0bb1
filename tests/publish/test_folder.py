"""Publishing to a local folder: the whole life cycle, cancel/resume, locks, damaged files."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

from editor.errors import PublishError
from editor.publish import PublishCancelled, TransientError, publish, rollback, unpublish
from editor.publish.folder import FolderTransport
from editor.publish.lock import SiteLock
from tests.publish.pubkit import files_under, make_profile
from tests.publish.sitecheck import check_site_files, index_records

BASE = "https://situs.example"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "www"


@pytest.fixture
def profile(root: Path):
    return make_profile({"lokal": {"kind": "folder", "path": str(root), "public_base_url": BASE,
                                   "retries": 0}})


def live_bytes(root: Path, item) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / item.rel_dir).iterdir())}


def local_bytes(item) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(item.local_dir.iterdir())}


def manifest_ids(root: Path, item) -> list[str]:
    data = json.loads((root / ".redaksi/releases" / item.rel_dir / "manifest.json").read_text())
    return [row["id"] for row in data["releases"]]


def test_publish_lists_the_article_everywhere(root: Path, profile, make_item) -> None:
    item = make_item()
    result = publish(item, profile, "lokal")
    assert result.url == f"{BASE}/{item.rel_dir}/" and result.target == "lokal"
    assert (root / item.rel_dir).is_symlink()  # switched by one atomic rename
    assert live_bytes(root, item) == local_bytes(item)
    assert {name: urls for name, urls in check_site_files(root).items()} == {
        "index": [result.url], "sitemap": [result.url], "news": [result.url],
        "feed": [result.url]}
    (record,) = index_records(root)
    assert record["path"] == item.rel_dir and record["headline"] == item.entry.headline
    assert files_under(root / ".redaksi/staging") == []


def test_progress_counts_every_byte_once(root: Path, profile, make_item) -> None:
    item = make_item(images=4)
    seen: list[tuple[int, int, str]] = []
    publish(item, profile, "lokal", progress=lambda d, t, m: seen.append((d, t, m)))
    total = sum(p.stat().st_size for p in item.local_dir.iterdir())
    assert all(t == total for _, t, _ in seen)
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    assert seen[-1] == (total, total, "Terbit")


def test_same_content_again_uploads_nothing(root: Path, profile, make_item) -> None:
    item = make_item()
    assert publish(item, profile, "lokal").uploaded_bytes > 0
    assert publish(item, profile, "lokal").uploaded_bytes == 0
    assert live_bytes(root, item) == local_bytes(item)


def test_new_version_then_rollback_then_unpublish(root: Path, profile, make_item) -> None:
    first, second = make_item(), make_item(version=2)
    publish(first, profile, "lokal")
    publish(second, profile, "lokal")
    assert live_bytes(root, second) == local_bytes(second)
    assert len(manifest_ids(root, first)) == 2

    rollback(first.rel_dir, profile, "lokal")
    assert live_bytes(root, first) == local_bytes(first)
    assert index_records(root)[0]["headline"] == first.entry.headline
    with pytest.raises(PublishError, match="sebelumnya"):
        rollback(first.rel_dir, profile, "lokal")

    assert unpublish(first.entry.slug, profile, "lokal") == first.rel_dir
    assert not os.path.lexists(root / first.rel_dir)
    assert index_records(root) == []
    assert files_under(root / ".redaksi/releases") == []
    with pytest.raises(PublishError, match="bukan artikel yang tercantum"):
        unpublish(first.rel_dir, profile, "lokal")


def test_old_versions_are_pruned(root: Path, make_item) -> None:
    profile = make_profile({"lokal": {"kind": "folder", "path": str(root), "keep_versions": 2}})
    items = [make_item(version=n) for n in range(1, 5)]
    for item in items:
        publish(item, profile, "lokal")
    assert len(manifest_ids(root, items[0])) == 2
    releases = root / ".redaksi/releases" / items[0].rel_dir
    assert sorted(p.name for p in releases.iterdir() if p.is_dir()) == sorted(
        manifest_ids(root, items[0]))


def test_cancel_keeps_the_live_version_and_publishing_again_resumes(root: Path, profile,
                                                                     make_item) -> None:
    first = make_item(images=6)
    publish(first, profile, "lokal")
    second = make_item(version=2, images=6, image_size=200_000)
    cancel = threading.Event()

    def press_cancel(done: int, total: int, message: str) -> None:
        if done > total / 2:
            cancel.set()

    with pytest.raises(PublishCancelled):
        publish(second, profile, "lokal", progress=press_cancel, cancel=cancel)
    assert live_bytes(root, first) == local_bytes(first)
    result = publish(second, profile, "lokal")
    total = sum(p.stat().st_size for p in second.local_dir.iterdir())
    assert 0 < result.uploaded_bytes < total
    assert live_bytes(root, second) == local_bytes(second)


def test_without_symlinks_the_folder_is_copied_into_place(root: Path, make_item) -> None:
    profile = make_profile({"lokal": {"kind": "folder", "path": str(root), "symlinks": False}})
    first, second = make_item(), make_item(version=2)
    publish(first, profile, "lokal")
    publish(second, profile, "lokal")
    assert (root / first.rel_dir).is_dir() and not (root / first.rel_dir).is_symlink()
    assert live_bytes(root, second) == local_bytes(second)
    rollback(first.rel_dir, profile, "lokal")
    assert live_bytes(root, first) == local_bytes(first)


def test_a_folder_made_by_hand_is_replaced(root: Path, profile, make_item) -> None:
    item = make_item()
    (root / item.rel_dir).mkdir(parents=True)
    (root / item.rel_dir / "index.html").write_text("lama")
    publish(item, profile, "lokal")
    assert live_bytes(root, item) == local_bytes(item)


def test_a_damaged_index_is_never_overwritten(root: Path, profile, make_item) -> None:
    first = make_item("pertama")
    publish(first, profile, "lokal")
    shard = next((root / "index").glob("20*.json"))
    shard.write_text("{ rusak")
    second = make_item("kedua")
    with pytest.raises(PublishError, match="rusak"):
        publish(second, profile, "lokal")
    assert shard.read_text() == "{ rusak"
    assert not os.path.lexists(root / second.rel_dir)  # stopped before going live


@pytest.mark.parametrize("rel_dir", ["../luar", "berita\\x", "berita/../../x", ".redaksi/x",
                                     "index.json", "index/2024-06.json", "sitemap-2024-06.xml",
                                     ""])
def test_paths_that_escape_the_site_are_refused(root: Path, profile, make_item,
                                                rel_dir: str) -> None:
    item = make_item()
    item.rel_dir = rel_dir
    with pytest.raises(PublishError):
        publish(item, profile, "lokal")
    assert not root.exists() or files_under(root) == []


def write_lock(root: Path, owner: str, expires: float) -> None:
    (root / ".redaksi/lock").mkdir(parents=True)
    (root / ".redaksi/lock/owner.json").write_text(json.dumps(
        {"owner": owner, "host": "laptop-lain", "pid": 1, "expires": expires}))


def test_a_lock_left_by_a_crashed_publisher_is_broken(root: Path, profile, make_item) -> None:
    write_lock(root, "crashed", time.time() - 3600)
    publish(make_item(), profile, "lokal")
    assert not (root / ".redaksi/lock").exists()


def test_a_live_lock_makes_us_wait_then_give_up(root: Path, make_item) -> None:
    write_lock(root, "other", time.time() + 60)
    profile = make_profile({"lokal": {"kind": "folder", "path": str(root), "retries": 0,
                                      "lock_wait": 0.5, "lock_ttl": 30}})
    with pytest.raises(TransientError, match="laptop-lain"):
        publish(make_item(), profile, "lokal")
    assert json.loads((root / ".redaksi/lock/owner.json").read_text())["owner"] == "other"


def test_a_lock_unchanged_for_its_ttl_is_stale_whatever_the_clocks_say(root: Path) -> None:
    write_lock(root, "frozen", time.time() + 3600)  # a laptop whose clock runs an hour fast
    tx = FolderTransport(root)
    began = time.monotonic()
    with SiteLock(tx, ".redaksi/lock", ".redaksi/trash", owner="me", ttl=0.4, wait=5):
        assert json.loads((root / ".redaksi/lock/owner.json").read_text())["owner"] == "me"
    assert time.monotonic() - began >= 0.4  # it waited out the ttl (wait=5 bounds it above)
    assert not (root / ".redaksi/lock").exists()


def test_the_logo_named_in_every_page_json_ld_is_put_at_the_site_root(
        root: Path, make_item, tmp_path: Path) -> None:
    logo = tmp_path / "logo-warta.svg"
    logo.write_text("<svg xmlns='http://www.w3.org/2000/svg' width='200' height='40'/>")
    profile = make_profile({"lokal": {"kind": "folder", "path": str(root),
                                      "public_base_url": BASE, "retries": 0}},
                           base_url=BASE, logo=str(logo))
    publish(make_item(), profile, "lokal")
    assert (root / json_ld_logo_path(profile).lstrip("/")).read_bytes() == logo.read_bytes()
    before = (root / logo.name).stat().st_mtime_ns
    publish(make_item("rob-demak"), profile, "lokal")
    assert (root / logo.name).stat().st_mtime_ns == before  # unchanged: not rewritten
    logo.write_text("<svg xmlns='http://www.w3.org/2000/svg' width='200' height='48'/>")
    publish(make_item("rob-kendal"), profile, "lokal")
    assert (root / logo.name).read_bytes() == logo.read_bytes()


def json_ld_logo_path(profile) -> str:
    """The path of ``publisher.logo.url`` in the JSON-LD of a page for this profile."""
    from urllib.parse import urlsplit

    from editor.render.metadata import build_meta, json_ld
    from tests.factories import full_article

    article = full_article()
    data = json_ld(article, profile, build_meta(article, profile, f"{BASE}/x/", None))
    return urlsplit(data["publisher"]["logo"]["url"]).path
