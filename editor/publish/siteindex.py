"""The site index, version 2: the site's own archive, in monthly shards (docs/site-index.md).

Every article the site lists is one RECORD: its ``IndexEntry`` as a dict plus
``path``, its folder. Records live in ``index/YYYY-MM.json``, one shard per month
of their publication time in the site's zone; ``index/manifest.json`` names every
shard with its count and SHA-256; ``index/latest.json`` holds the newest articles,
from which the feed and the Google News sitemap are made. A publish reads and
writes one shard and the two small files, whatever the size of the archive.

This module is the small files' formats (parse, change, serialise); ``shards``
is the monthly shard's, ``sitefiles`` moves them over a transport. Records stay plain dicts: a shard of thousands of
articles is changed one record at a time, and building typed entries for all of
them would cost more than the publish itself. A file that exists but cannot be
read raises ``corrupt_site_file``: losing the archive is worse than a failed publish.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sized
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from editor.model.entry import IndexEntry
from editor.publish import failures

FORMAT = "redaksi-site-index"
SHARD_FORMAT = "redaksi-site-index-shard"
LATEST_FORMAT = "redaksi-site-index-latest"
VERSION = 2
FOLDER = "index"
MANIFEST = "index/manifest.json"
LATEST = "index/latest.json"
LEGACY = "index.json"  # version 1: every article in one file
LATEST_KEEP = 100  # the feed shows 50; readers of the latest file get a little more
NEWS_WINDOW = timedelta(hours=48)  # Google News: what was published in the last 48 hours
NEWS_LIMIT = 1_000  # ... at most 1,000 of them

Record = dict[str, Any]


@dataclass(slots=True)
class IndexRecord:
    """One record as the feed and the news sitemap need it (typed, for the few they use)."""

    path: str
    entry: IndexEntry

    def to_dict(self) -> Record:
        return {"path": self.path, **self.entry.to_dict()}

    @classmethod
    def from_dict(cls, row: Record) -> IndexRecord:
        return cls(str(row["path"]), IndexEntry.from_dict(row))


def make_record(path: str, entry: IndexEntry) -> Record:
    return {"path": path, **entry.to_dict()}


def published_of(record: Record) -> datetime:
    """The record's publication time; ``ValueError`` if it has none or no zone."""
    moment = datetime.fromisoformat(str(record["published"]).replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(f"time without zone offset: {record['published']}")
    return moment


def month_of(moment: datetime, zone: ZoneInfo) -> str:
    """``YYYY-MM`` of ``moment`` in the site's zone: the shard an article belongs to."""
    return moment.astimezone(zone).strftime("%Y-%m")


def shard_file(month: str) -> str:
    return f"{FOLDER}/{month}.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _document(data: bytes | None, where: str, kind: str) -> dict[str, Any] | None:
    if not data:
        return None
    try:
        document = json.loads(data)
        if not isinstance(document, dict) or document.get("format") != kind:
            raise ValueError(f"not a {kind} file")
        return document
    except ValueError as exc:
        raise failures.corrupt_site_file(where, str(exc)) from exc


def _checked(rows: Any, where: str) -> list[Record]:
    """Records, each with a path and a publication time; else the file is damaged. (Times
    are parsed where they are used: checking every one of a big shard costs too much.)"""
    if not isinstance(rows, list):
        raise failures.corrupt_site_file(where, "no list of articles")
    for row in rows:
        if not (isinstance(row, dict) and isinstance(row.get("path"), str)
                and isinstance(row.get("published"), str)):
            raise failures.corrupt_site_file(where, f"a record without path or time: {row!r:.80}")
    return rows


class RecordList:
    """Records newest first, changed by path (the latest file; shards: ``shards``)."""

    where = LATEST

    def __init__(self, records: list[Record] | None = None) -> None:
        self.records = records or []

    def time_of(self, record: Record) -> datetime:
        try:
            return published_of(record)
        except ValueError as exc:
            raise failures.corrupt_site_file(self.where, str(exc)) from exc

    def __len__(self) -> int:
        return len(self.records)

    def find(self, path: str) -> int | None:
        for number, record in enumerate(self.records):
            if record["path"] == path:
                return number
        return None

    def remove(self, path: str) -> Record | None:
        found = self.find(path)
        return None if found is None else self.records.pop(found)

    def upsert(self, record: Record) -> None:
        """Replace the record with this path, or add it where its time puts it."""
        self.remove(record["path"])
        moment = self.time_of(record)
        place = 0  # usually the newest, so the scan stops at once
        while place < len(self.records) and self.time_of(self.records[place]) > moment:
            place += 1
        self.records.insert(place, record)

    def paths_for_slug(self, slug: str) -> list[str]:
        return [record["path"] for record in self.records if record.get("slug") == slug]


class Latest(RecordList):
    """``index/latest.json``: the newest articles, for the feed and the news sitemap."""

    @classmethod
    def parse(cls, data: bytes | None) -> Latest:
        document = _document(data, LATEST, LATEST_FORMAT)
        return cls(_checked(document["articles"], LATEST) if document else [])

    def trim(self, now: datetime) -> None:
        """Keep the newest ``LATEST_KEEP``, and everything Google News may still want."""
        fresh = sum(1 for record in self.records if self.time_of(record) >= now - NEWS_WINDOW)
        del self.records[max(LATEST_KEEP, min(fresh, NEWS_LIMIT)):]

    def to_bytes(self, now: datetime) -> bytes:
        head = {"format": LATEST_FORMAT, "version": VERSION,
                "updated": now.isoformat(timespec="seconds")}
        return _with_records(head, self.records)

    def typed(self) -> list[IndexRecord]:
        try:
            return [IndexRecord.from_dict(record) for record in self.records]
        except (ValueError, KeyError, TypeError) as exc:
            raise failures.corrupt_site_file(LATEST, str(exc)) from exc


_encode = json.JSONEncoder(ensure_ascii=False).encode  # the C encoder, bound once


def _with_records(head: dict[str, Any], records: Iterable[Record], key: str = "articles"
                  ) -> bytes:
    """One record per line: readable in a diff, and written by the C JSON encoder (an
    ``indent`` would switch to the pure-Python one)."""
    lines = ",\n".join(map(_encode, records))
    return (_encode(head)[:-1] + f', "{key}": [\n' + lines + "\n]}\n").encode("utf-8")


@dataclass(slots=True)
class ShardInfo:
    file: str
    month: str
    count: int
    sha256: str
    updated: str

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "month": self.month, "count": self.count,
                "sha256": self.sha256, "updated": self.updated}


@dataclass(slots=True)
class Manifest:
    """``index/manifest.json``: which shards exist, how many articles each holds."""

    site: str = ""
    updated: str = ""
    shards: dict[str, ShardInfo] = field(default_factory=dict)  # by month

    @property
    def total(self) -> int:
        return sum(info.count for info in self.shards.values())

    def newest_months(self) -> list[str]:
        return sorted(self.shards, reverse=True)

    def record_shard(self, shard: Sized, month: str, digest: str, now: datetime) -> None:
        if not len(shard):
            self.shards.pop(month, None)
            return
        self.shards[month] = ShardInfo(shard_file(month), month, len(shard), digest,
                                       now.isoformat(timespec="seconds"))

    @classmethod
    def parse(cls, data: bytes) -> Manifest:
        document = _document(data, MANIFEST, FORMAT)
        try:
            assert document is not None
            shards = {}
            for row in document["shards"]:
                info = ShardInfo(str(row["file"]), str(row["month"]), int(row["count"]),
                                 str(row["sha256"]), str(row.get("updated", "")))
                if info.file != shard_file(info.month):
                    raise ValueError(f"unexpected shard file {info.file}")
                shards[info.month] = info
            return cls(str(document.get("site", "")), str(document.get("updated", "")), shards)
        except (AssertionError, KeyError, TypeError, ValueError) as exc:
            raise failures.corrupt_site_file(MANIFEST, str(exc)) from exc

    def to_bytes(self, site_name: str, now: datetime) -> bytes:
        head = {"format": FORMAT, "version": VERSION, "site": site_name,
                "updated": now.isoformat(timespec="seconds"), "total": self.total,
                "latest": LATEST}
        shards = [self.shards[month].to_dict() for month in sorted(self.shards)]
        return _with_records(head, shards, "shards")


def parse_legacy(data: bytes) -> list[Record]:
    """The records of a version 1 ``index.json``; a damaged one raises."""
    try:
        document = json.loads(data)
        rows = document["articles"] if isinstance(document, dict) else document
    except (ValueError, KeyError, TypeError) as exc:
        raise failures.corrupt_site_file(LEGACY, str(exc)) from exc
    return _checked(rows, LEGACY)


def legacy_pointer(now: datetime) -> bytes:
    """What ``index.json`` becomes after the migration: no articles, a pointer to the
    manifest. Redaksi before version 2 reads it as damaged and refuses to publish, rather
    than starting a new one-article index and sitemap over the archive."""
    document = {"format": FORMAT, "version": VERSION, "moved_to": MANIFEST,
                "updated": now.isoformat(timespec="seconds")}
    return json.dumps(document, indent=1).encode("utf-8") + b"\n"


def is_legacy_pointer(data: bytes) -> bool:
    try:
        document = json.loads(data)
    except ValueError:
        return False
    return isinstance(document, dict) and document.get("moved_to") == MANIFEST
