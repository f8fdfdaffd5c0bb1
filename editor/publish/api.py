"""publish, unpublish and rollback: the three things a journalist does to a target.

Each runs on a fresh connection and is retried as a whole on transient
failures; every step is idempotent, so a retry (or the user publishing again)
finishes an interrupted job. The live site only ever changes inside the site
lock, in one atomic switch, and only after the new version is fully uploaded
and verified; any failure before that leaves the previous version serving.

These functions block; a GUI calls them from a worker thread (see ``progress``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from editor.model.entry import IndexEntry, PublishItem
from editor.publish import failures, siteindex
from editor.publish.hostkeys import ConfirmHostKey
from editor.publish.layout import public_url
from editor.publish.localfiles import content_id, scan, total_size
from editor.publish.lock import SiteLock, new_owner
from editor.publish.progress import CancelFlag, Progress, ProgressCallback
from editor.publish.releases import Manifest, Release, read_manifest, write_manifest
from editor.publish.retry import with_retries
from editor.publish.sitefiles import Remove, SiteFiles, Upsert
from editor.publish.staging import ensure_release
from editor.publish.targets import Target, load_target, open_transport
from editor.publish.transport import Transport
from editor.site import SiteProfile

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PublishResult:
    url: str
    target: str
    at: datetime
    uploaded_bytes: int = 0


def publish(item: PublishItem, site: SiteProfile, target_name: str | None = None, *,
            progress: ProgressCallback | None = None, cancel: CancelFlag | None = None,
            confirm_host_key: ConfirmHostKey | None = None, replace: bool = False,
            own_urls: Collection[str] = ()) -> PublishResult:
    """Put ``item`` live on the target and list it in the site's index, sitemaps and feed.

    An address already live for a different article (another id) is not replaced
    unless ``replace`` is given: ``UrlTaken`` names that article. Pages published
    before articles had ids count as this article's when its earlier publications
    (``own_urls``) include the address.
    """
    target = load_target(site, target_name)
    rel_dir = target.layout.check_article(item.rel_dir)
    files = scan(item.local_dir)
    cid = content_id(rel_dir, files)
    tracker = Progress(progress, total_size(files), cancel)
    url = public_url(target.public_base_url, rel_dir)
    entry = dataclasses.replace(item.entry, url=url)
    owner = new_owner()

    def owner_check(manifest: Manifest) -> None:
        if not replace:
            _check_owner(manifest.current, entry, url, own_urls)

    def once(tx: Transport) -> PublishResult:
        tracker.restart()
        owner_check(read_manifest(tx, target.layout, rel_dir))  # before uploading anything
        ensure_release(tx, target.layout, rel_dir, files, cid, tracker)
        tracker.finish("Menayangkan versi baru", "Switching to the new version")
        with _lock(tx, target, owner, cancel) as lock:
            release = Release(cid, datetime.now(UTC), entry)
            dropped = _switch(tx, lock, target, site, rel_dir, release, owner_check)
        _remove_releases(tx, target, rel_dir, [old.id for old in dropped])
        tracker.step("Terbit", "Published")
        return PublishResult(url, target.name, datetime.now(UTC), tracker.sent)

    tracker.step("Menyambung ke server", "Connecting to the server")
    return _run(target, once, cancel, confirm_host_key)


def _switch(tx: Transport, lock: SiteLock, target: Target, site: SiteProfile, rel_dir: str,
            release: Release, owner_check: Callable[[Manifest], None]) -> list[Release]:
    """Under the lock: make ``release`` live, record it, list it in the site files.

    The index (its manifest and the shards this article touches) is read first, so a
    damaged one stops us before anything changes. Returns the versions beyond
    ``keep_versions``, for the caller to delete.
    """
    files = _site_files(tx, lock, target, site)
    manifest = read_manifest(tx, target.layout, rel_dir)
    owner_check(manifest)  # again under the lock: another publish may have come first
    previous = manifest.current.entry if manifest.current else None
    for entry in (release.entry, previous):
        if entry is not None:
            files.shard(files.month(entry))
    tx.activate(target.layout.release(rel_dir, release.id), rel_dir, target.layout.trash)
    manifest.push(release)
    dropped = manifest.prune(target.keep_versions)
    write_manifest(tx, target.layout, manifest)
    files.apply([Upsert(rel_dir, release.entry, previous)])
    return dropped


def unpublish(slug_or_rel_dir: str, site: SiteProfile, target_name: str | None = None, *,
              confirm_host_key: ConfirmHostKey | None = None) -> str:
    """Take an article the site index lists down: its page, every kept version, and its
    place in the site files. Anything the index does not list is refused, untouched."""
    target = load_target(site, target_name)
    owner = new_owner()
    chosen: list[tuple[str, str]] = []  # resolved once: a retry may find the index updated

    def once(tx: Transport) -> str:
        _refuse_without_index(tx, slug_or_rel_dir)
        with _lock(tx, target, owner, None) as lock:
            files = _site_files(tx, lock, target, site)
            if not chosen:
                chosen.append(_resolve(files, tx, target, slug_or_rel_dir))
            rel_dir, month = chosen[0]
            tx.deactivate(rel_dir)
            files.apply([Remove(rel_dir, month)])
        tx.remove_tree(target.layout.releases(rel_dir))
        tx.remove_tree(target.layout.staging(rel_dir))
        return rel_dir

    return _run(target, once, None, confirm_host_key)


def rollback(slug_or_rel_dir: str, site: SiteProfile, target_name: str | None = None, *,
             confirm_host_key: ConfirmHostKey | None = None) -> PublishResult:
    """Put the previous version of an article back online (the current one is discarded)."""
    target = load_target(site, target_name)
    owner = new_owner()
    chosen: list[tuple[str, str]] = []
    goal: list[str] = []  # chosen once, so a retry after a dropped link does not go back twice

    def once(tx: Transport) -> PublishResult:
        _refuse_without_index(tx, slug_or_rel_dir)
        with _lock(tx, target, owner, None) as lock:
            files = _site_files(tx, lock, target, site)
            if not chosen:
                chosen.append(_resolve(files, tx, target, slug_or_rel_dir))
            rel_dir = chosen[0][0]
            manifest = read_manifest(tx, target.layout, rel_dir)
            if not goal:
                goal.append(_previous_id(manifest.releases, rel_dir))
            previous = manifest.current.entry if manifest.current else None
            dropped = manifest.back_to(goal[0])
            entry = _current_entry(manifest.current, rel_dir)
            tx.activate(target.layout.release(rel_dir, goal[0]), rel_dir, target.layout.trash)
            write_manifest(tx, target.layout, manifest)
            files.apply([Upsert(rel_dir, entry, previous)])
        _remove_releases(tx, target, rel_dir, [old.id for old in dropped])
        return PublishResult(entry.url, target.name, datetime.now(UTC))

    return _run(target, once, None, confirm_host_key)


def _site_files(tx: Transport, lock: SiteLock, target: Target, site: SiteProfile) -> SiteFiles:
    return SiteFiles(tx, lock, site, target.public_base_url).open()


def _run(target: Target, once: Callable[[Transport], T], cancel: CancelFlag | None,
         confirm_host_key: ConfirmHostKey | None) -> T:
    def attempt() -> T:
        try:
            with open_transport(target, confirm_host_key) as tx:
                return once(tx)
        except OSError as exc:  # a local disk error, or one a transport did not foresee
            raise failures.refused(target.name, "I/O", exc) from exc

    return with_retries(attempt, retries=target.retries, delay=target.retry_delay, cancel=cancel)


def _lock(tx: Transport, target: Target, owner: str, cancel: CancelFlag | None) -> SiteLock:
    return SiteLock(tx, target.layout.lock, target.layout.trash, owner=owner,
                    ttl=target.lock_ttl, wait=target.lock_wait, cancel=cancel)


def _refuse_without_index(tx: Transport, slug_or_rel_dir: str) -> None:
    """A target never published to lists nothing: refused before the lock, which would
    leave a state folder on a site that said "nothing was changed"."""
    if not (tx.exists(siteindex.MANIFEST) or tx.exists(siteindex.LEGACY)):
        raise failures.not_listed(slug_or_rel_dir)


def _resolve(files: SiteFiles, tx: Transport, target: Target,
             slug_or_rel_dir: str) -> tuple[str, str]:
    """(folder, month) of an article the site index lists: by its exact folder path or,
    without a slash, by its slug. Anything else (``berita``, ``robots.txt``) is refused:
    taking down is only ever done to an article, never to whatever a path happens to name."""
    text = slug_or_rel_dir.strip().strip("/")
    if "/" in text:
        rel_dir = target.layout.check_article(text)
        release = read_manifest(tx, target.layout, rel_dir).current
        found = files.find(rel_dir, None, files.month(release.entry) if release else None)
    else:
        found = files.find(None, text)
    if len(found) == 1:
        return target.layout.check_article(found[0][0]), found[0][1]
    if not found:
        raise failures.not_listed(slug_or_rel_dir)
    paths = ", ".join(sorted(path for path, _month in found))
    raise failures.PublishError(
        f"Slug '{text}' dipakai beberapa artikel: {paths}. Sebutkan lokasinya.",
        f"The slug '{text}' matches several articles: {paths}. Give the location instead.",
    )


def _check_owner(current: Release | None, entry: IndexEntry, url: str,
                 own_urls: Collection[str]) -> None:
    """Refuse to replace a live page that belongs to another article (another id)."""
    if current is None:
        return
    live = current.entry
    # published before ids: this draft's own records say whether it was this article
    same = live.id == entry.id if live.id else (not entry.id or url in own_urls)
    if not same:
        raise failures.url_taken(url, live.headline,
                                 live.published.isoformat(timespec="minutes"), entry.slug)


def _previous_id(releases: list[Release], rel_dir: str) -> str:
    if not releases:
        raise failures.not_published(rel_dir)
    if len(releases) < 2:
        raise failures.no_earlier_version(rel_dir)
    return releases[-2].id


def _current_entry(current: Release | None, rel_dir: str) -> IndexEntry:
    if current is None:
        raise failures.not_published(rel_dir)
    return current.entry


def _remove_releases(tx: Transport, target: Target, rel_dir: str, ids: list[str]) -> None:
    for release_id in ids:
        tx.remove_tree(target.layout.release(rel_dir, release_id))
