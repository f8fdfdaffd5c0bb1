"""Change the site index on a target and rewrite what is made from it, under the site lock.

A change touches one month's shard (two if an article moved month), the latest
file and the manifest; then that month's sitemaps, the sitemap index, the news
sitemap and the feed are written again from them. The archive's size does not
enter: nothing else is read or written.

Each index file is written with the version tag it was read with (``If-Match`` on
WebDAV), and the manifest last, as the commit: a writer that slipped past the lock
(one whose lock was broken as stale) makes us read and apply our change again
instead of dropping its article. Changes are idempotent, so applying one twice is
harmless. A site still on the single ``index.json`` is migrated first (``migrate``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from editor.model.entry import IndexEntry
from editor.publish import failures
from editor.publish.feed import render_feed
from editor.publish.lock import SiteLock
from editor.publish.migrate import finish_migration, migrate
from editor.publish.shards import Shard
from editor.publish.siteindex import (
    LATEST,
    LATEST_KEEP,
    LEGACY,
    MANIFEST,
    NEWS_LIMIT,
    Latest,
    Manifest,
    make_record,
    month_of,
    sha256,
    shard_file,
)
from editor.publish.sitemaps import (
    NEWS_SITEMAP,
    SITEMAP_INDEX,
    SITEMAP_LIMIT,
    MonthSitemap,
    lastmod,
    month_sitemaps,
    part_names,
    render_news_sitemap,
    render_sitemap_index,
)
from editor.publish.transport import PreconditionFailed, Transport, Versioned
from editor.site import SiteProfile

FEED = "feed.xml"
MERGE_ATTEMPTS = 5
POINTER_MAX = 1024  # a migrated index.json is a small pointer; anything bigger is version 1


@dataclass(frozen=True, slots=True)
class Upsert:
    """List ``entry`` at ``path``; ``previous`` is what was listed there before, if known
    (its month is the shard to take the old record out of when the month changed)."""

    path: str
    entry: IndexEntry
    previous: IndexEntry | None = None


@dataclass(frozen=True, slots=True)
class Remove:
    path: str
    month: str


Change = Upsert | Remove


class SiteFiles:
    """The site index of one target, opened under the site lock."""

    def __init__(self, tx: Transport, lock: SiteLock, site: SiteProfile, base_url: str) -> None:
        self.tx, self.lock, self.site = tx, lock, site
        self.base_url = base_url.rstrip("/")
        self.manifest = Manifest()
        self._manifest_read: Versioned | None = None
        # each shard read in this transaction, with what it was read as (its tag; None: absent)
        self._shards: dict[str, tuple[Shard, Versioned | None]] = {}
        self._edits: dict[str, list[tuple[str, str | None]]] = {}  # month -> sitemap changes

    # ----------------------------------------------------------------- reading
    def open(self) -> SiteFiles:
        """Read the manifest (migrating a version 1 index first); damage raises here,
        before the caller changes anything."""
        self._manifest_read = self.tx.read(MANIFEST)
        if self._manifest_read is None:
            self.manifest = migrate(self)
            self._manifest_read = self.tx.read(MANIFEST)
        else:
            self.manifest = Manifest.parse(self._manifest_read.data)
            size = self.tx.size(LEGACY)
            if size is not None and size > POINTER_MAX:  # stopped between commit and pointer
                finish_migration(self)
        return self

    def shard(self, month: str) -> Shard:
        """A month's shard as read in this transaction (read once)."""
        if month not in self._shards:
            found = self.tx.read(shard_file(month)) if month in self.manifest.shards else None
            shard = Shard.parse(month, found.data if found else None)
            read = Versioned(b"", found.tag) if found else None  # the tag, not a month's bytes
            self._shards[month] = (shard, read)
        return self._shards[month][0]

    def month(self, entry: IndexEntry) -> str:
        return month_of(entry.published, self.site.zone)

    def find(self, path: str | None, slug: str | None, hint: str | None = None
             ) -> list[tuple[str, str]]:
        """(path, month) of the articles listed at ``path`` or with ``slug``. ``hint`` is
        the month a path is expected in (from its release); without one, every shard is
        read, newest first (finding a slug always reads them all: two articles may share it)."""
        months = self.manifest.newest_months()
        if path is not None and hint in self.manifest.shards:
            months = [hint] + [month for month in months if month != hint]
        found = []
        for month in months:
            shard = self.shard(month)
            if path is not None and shard.find(path):
                return [(path, month)]
            listed = shard.paths_for_slug(slug) if slug is not None else []
            found += [(each, month) for each in listed]
            if not listed:
                del self._shards[month]  # searched, not needed: read again if ever changed
        return found

    # ----------------------------------------------------------------- changing
    def apply(self, changes: list[Change]) -> None:
        """Apply ``changes`` to the index and rewrite every file made from it."""
        for attempt in range(MERGE_ATTEMPTS):
            self._edits = {}
            if attempt:  # someone wrote between our read and our write: read again
                self._shards.clear()
                self._manifest_read = self.tx.read(MANIFEST)
                self.manifest = Manifest.parse(self._manifest_read.data) \
                    if self._manifest_read else Manifest()
            before = {month: info.count for month, info in self.manifest.shards.items()}
            try:
                touched = self._write_shards(changes)
                latest = self._write_latest(changes)
                self._write_manifest(touched)
            except PreconditionFailed:
                continue
            self._write_derived(touched, before, latest)
            return
        raise failures.site_busy("index/manifest.json keeps changing")

    def _months(self, changes: list[Change]) -> set[str]:
        months = set()
        for change in changes:
            if isinstance(change, Remove):
                months.add(change.month)
                continue
            months.add(self.month(change.entry))
            if change.previous is not None:
                months.add(self.month(change.previous))
        return months

    def _write_shards(self, changes: list[Change]) -> dict[str, str]:
        """Write the touched shards; their SHA-256 by month."""
        written = {}
        for month in sorted(self._months(changes)):
            shard = self.shard(month)
            edits = self._edits.setdefault(month, [])
            for change in changes:
                if isinstance(change, Upsert) and self.month(change.entry) == month:
                    record = make_record(change.path, change.entry)
                    old = shard.upsert(record)
                    edits += [(old["url"], None)] if old else []
                    edits.append((record["url"], lastmod(record)))
                elif (old := shard.remove(change.path)) is not None:
                    edits.append((old["url"], None))
            data = shard.to_bytes()
            if len(shard):
                self._write(shard_file(month), data, self._shards[month][1])
            written[month] = sha256(data)
        return written

    def _write_latest(self, changes: list[Change]) -> Latest:
        current = self.tx.read(LATEST)
        latest = Latest.parse(current.data if current else None)
        for change in changes:
            if isinstance(change, Upsert):
                latest.upsert(make_record(change.path, change.entry))
            else:
                latest.remove(change.path)
        now = datetime.now(UTC)
        latest.trim(now)
        if len(latest) < min(LATEST_KEEP, self._total_after()):
            self._refill(latest, now)
        self._write(LATEST, latest.to_bytes(now), current)
        return latest

    def _total_after(self) -> int:
        """The number of articles once the shards read in this transaction are written."""
        untouched = sum(info.count for month, info in self.manifest.shards.items()
                        if month not in self._shards)
        return untouched + sum(len(shard) for shard, _read in self._shards.values())

    def _refill(self, latest: Latest, now: datetime) -> None:
        """After a removal (or for a latest file that went missing): the newest again, from
        the newest shards (each newest first), enough of them to hold ``LATEST_KEEP``."""
        have = {record["path"] for record in latest.records}
        gathered = list(latest.records)
        months = sorted(set(self.manifest.shards) | set(self._shards), reverse=True)
        for month in months:
            if len(gathered) >= LATEST_KEEP:
                break
            rows = self.shard(month).records[:NEWS_LIMIT]
            gathered += [record for record in rows if record["path"] not in have]
        gathered.sort(key=latest.time_of, reverse=True)
        latest.records = gathered
        latest.trim(now)

    def _write_manifest(self, touched: dict[str, str]) -> None:
        now = datetime.now(UTC)
        for month, digest in touched.items():
            self.manifest.record_shard(self.shard(month), month, digest, now)
        self._write(MANIFEST, self.manifest.to_bytes(self.site.name, now), self._manifest_read)

    def _write(self, path: str, data: bytes, read: Versioned | None) -> None:
        self.lock.check()
        self.tx.write(path, data, if_match=read.tag if read else None, if_absent=read is None)

    # ----------------------------------------------------------------- derived files
    def _write_derived(self, touched: dict[str, str], before: dict[str, int],
                       latest: Latest) -> None:
        for month in sorted(touched):
            shard = self.shard(month)
            parts = self._month_sitemaps(month, shard)
            for name, data in parts:
                self.lock.check()
                self.tx.write(name, data)
            for stale in part_names(month, before.get(month, 0))[len(parts):]:
                self.tx.remove(stale)
            if not len(shard):
                self.tx.remove(shard_file(month))
        self.write_summaries(latest)

    def _month_sitemaps(self, month: str, shard: Shard) -> list[tuple[str, bytes]]:
        """The month's sitemap with this transaction's URLs changed in it; made again from
        the whole shard when it is split, missing, or does not list as many URLs."""
        if not len(shard):
            return []
        if len(shard) <= SITEMAP_LIMIT:
            (name,) = part_names(month, len(shard))
            found = self.tx.read(name)
            sitemap = MonthSitemap.parse(found.data) if found else None
            if sitemap is not None:
                sitemap.apply(self._edits.get(month, []))
                if len(sitemap) == len(shard):
                    return [(name, sitemap.to_bytes())]
        return month_sitemaps(month, shard.records)

    def write_summaries(self, latest: Latest) -> None:
        """The sitemap index, the news sitemap, the feed and the logo."""
        now = datetime.now(UTC)
        records = latest.typed()
        sitemaps = [(f"{self.base_url}/{name}", info.updated)
                    for month, info in sorted(self.manifest.shards.items(), reverse=True)
                    for name in part_names(month, info.count)]
        self.lock.check()
        self.tx.write(SITEMAP_INDEX, render_sitemap_index(sitemaps))
        self.tx.write(NEWS_SITEMAP, render_news_sitemap(
            records, publication=self.site.name, language=self.site.language, now=now))
        self.tx.write(FEED, render_feed(records, site=self.site, base_url=self.base_url,
                                        now=now))
        put_logo(self.tx, self.site)


def put_logo(tx: Transport, site: SiteProfile) -> None:
    """Keep the site logo at the site root, where every page's JSON-LD ``publisher.logo``
    points (``/<logo file name>``); written only when missing or different."""
    if site.logo is None or not site.logo.is_file():
        return
    data = site.logo.read_bytes()
    current = tx.read(site.logo.name)
    if current is None or current.data != data:
        tx.write(site.logo.name, data)
