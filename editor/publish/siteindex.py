"""``index.json``: the site's own archive of published articles, merged on every publish.

It is the single source the sitemaps and the feed are generated from. Each
record is an ``IndexEntry`` plus ``path`` (the article folder); ``url`` is the
public address on this target. A file that exists but cannot be read is never
overwritten: losing the archive is worse than a failed publish.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from editor.model.entry import IndexEntry
from editor.publish import failures

FORMAT = "redaksi-site-index"
VERSION = 1


@dataclass(slots=True)
class IndexRecord:
    path: str
    entry: IndexEntry

    def to_dict(self) -> dict[str, object]:
        return {"path": self.path, **self.entry.to_dict()}


class SiteIndex:
    def __init__(self, records: list[IndexRecord] | None = None) -> None:
        self._records = {record.path: record for record in records or []}

    def __len__(self) -> int:
        return len(self._records)

    @classmethod
    def parse(cls, data: bytes | None, where: str = "index.json") -> SiteIndex:
        if not data:
            return cls()
        try:
            document = json.loads(data)
            rows = document["articles"] if isinstance(document, dict) else document
            return cls([_record(row) for row in rows])
        except (ValueError, KeyError, TypeError) as exc:
            raise failures.corrupt_site_file(where, str(exc)) from exc

    def upsert(self, path: str, entry: IndexEntry) -> None:
        self._records[path] = IndexRecord(path, entry)

    def remove(self, path: str) -> bool:
        return self._records.pop(path, None) is not None

    def has(self, path: str) -> bool:
        return path in self._records

    def paths_for_slug(self, slug: str) -> list[str]:
        return sorted(path for path, rec in self._records.items() if rec.entry.slug == slug)

    def newest(self, limit: int | None = None) -> list[IndexRecord]:
        """Newest first by publication time; ties broken by path so output is stable."""
        ordered = sorted(self._records.values(),
                         key=lambda rec: (rec.entry.published.timestamp(), rec.path), reverse=True)
        return ordered if limit is None else ordered[:limit]

    def to_bytes(self, *, site_name: str, now: datetime) -> bytes:
        document = {
            "format": FORMAT,
            "version": VERSION,
            "site": site_name,
            "updated": now.isoformat(timespec="seconds"),
            "articles": [record.to_dict() for record in self.newest()],
        }
        return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def _record(row: dict[str, object]) -> IndexRecord:
    return IndexRecord(str(row["path"]), IndexEntry.from_dict(row))
