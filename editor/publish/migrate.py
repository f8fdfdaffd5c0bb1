"""Moving a site from the single ``index.json`` (version 1) to the sharded index, in place.

Run by the first publish (or unpublish, rollback) that finds no manifest, under
the site lock. The order makes every moment a working site:

1. the monthly shards and the monthly sitemaps are written: new files nobody
   reads yet; the site still serves its old ``index.json``, ``sitemap.xml`` and feed;
2. ``index/latest.json``;
3. ``index/manifest.json``, the commit: from here on the site is version 2 (its
   old ``sitemap.xml`` still lists what it listed);
4. ``sitemap.xml`` becomes the sitemap index, then the news sitemap and the feed;
5. ``index.json`` becomes a small pointer to the manifest.

Stopped before 3, the next run starts over (the shards are rewritten from the
untouched ``index.json``); stopped after it, the next run sees a manifest and a
``index.json`` that is still version 1, and does 4 and 5 (``finish_migration``).
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from editor.publish import failures
from editor.publish.shards import Shard
from editor.publish.siteindex import (
    LATEST,
    LEGACY,
    MANIFEST,
    NEWS_LIMIT,
    Latest,
    Manifest,
    Record,
    is_legacy_pointer,
    legacy_pointer,
    month_of,
    parse_legacy,
    published_of,
    sha256,
    shard_file,
)
from editor.publish.sitemaps import month_sitemaps
from editor.publish.transport import PreconditionFailed

if TYPE_CHECKING:
    from editor.publish.sitefiles import SiteFiles


def migrate(files: SiteFiles) -> Manifest:
    """The manifest of the migrated index (an empty one for a site with no index yet)."""
    tx = files.tx
    legacy = tx.read(LEGACY)
    if legacy is None:
        return Manifest()
    if is_legacy_pointer(legacy.data):
        raise failures.corrupt_site_file(MANIFEST, "missing, yet index.json points to it")
    months = _by_month(parse_legacy(legacy.data), files.site.zone)
    now = datetime.now(UTC)
    manifest = Manifest()
    for month, rows in sorted(months.items()):
        shard = Shard(month, rows)
        data = shard.to_bytes()
        files.lock.check()
        tx.write(shard_file(month), data)
        for name, xml in month_sitemaps(month, rows):
            tx.write(name, xml)
        manifest.record_shard(shard, month, sha256(data), now)
    latest = Latest([row for month in sorted(months, reverse=True)
                     for row in months[month]][:NEWS_LIMIT])
    latest.trim(now)
    tx.write(LATEST, latest.to_bytes(now))
    files.lock.check()
    try:
        tx.write(MANIFEST, manifest.to_bytes(files.site.name, now), if_absent=True)
    except PreconditionFailed:  # migrated meanwhile by a publisher that slipped past the lock
        found = tx.read(MANIFEST)
        return Manifest.parse(found.data if found else b"")
    files.manifest = manifest
    _finish(files, latest, legacy.tag)
    return manifest


def finish_migration(files: SiteFiles) -> None:
    """A migration stopped after its commit: the summaries and the pointer are left."""
    current = files.tx.read(LATEST)
    legacy = files.tx.read(LEGACY)
    _finish(files, Latest.parse(current.data if current else None),
            legacy.tag if legacy else None)


def _finish(files: SiteFiles, latest: Latest, legacy_tag: str | None) -> None:
    files.write_summaries(latest)
    files.lock.check()
    with contextlib.suppress(PreconditionFailed):  # changed meanwhile: the next run does it
        files.tx.write(LEGACY, legacy_pointer(datetime.now(UTC)), if_match=legacy_tag)


def _by_month(records: list[Record], zone: ZoneInfo) -> dict[str, list[Record]]:
    """Records grouped by the month of their publication time, newest first in each."""
    timed = []
    try:
        for record in records:
            timed.append((published_of(record), record))
    except ValueError as exc:
        raise failures.corrupt_site_file(LEGACY, str(exc)) from exc
    timed.sort(key=lambda pair: pair[0], reverse=True)
    months: dict[str, list[Record]] = {}
    for moment, record in timed:
        months.setdefault(month_of(moment, zone), []).append(record)
    return months
