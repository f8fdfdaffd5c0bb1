"""``index/YYYY-MM.json``: every article published in one month, one record per line.

A publish changes one record of a shard that may hold tens of thousands. Parsing
them all and writing them all back would make its cost grow with the month (a
national site publishes 25,000 articles a month), so a shard in the layout this
module writes is changed line by line: the record with a path is the line that
starts with ``{"path": "<that path>",``; only the lines a change needs are parsed.
A shard in any other layout (valid JSON written by another tool) is parsed whole
and written back in this layout; one that is not valid is never overwritten.
"""

from __future__ import annotations

import bisect
import json
from datetime import datetime
from typing import Any

from editor.publish import failures
from editor.publish.siteindex import (
    SHARD_FORMAT,
    VERSION,
    Record,
    published_of,
    shard_file,
)

TAIL = "]}"
_encode = json.JSONEncoder(ensure_ascii=False).encode  # bound once: ~2x json.dumps a call


def head_line(month: str) -> str:
    head = _encode({"format": SHARD_FORMAT, "version": VERSION, "month": month})
    return head[:-1] + ', "articles": ['


def record_line(record: Record) -> str:
    """A record as its line: ``path`` first, so a line is found by its start."""
    return _encode({"path": record["path"], **record})


def line_prefix(path: str) -> str:
    return '{"path": ' + _encode(path) + ","


class Shard:
    """One month's records, newest first, kept as their JSON lines."""

    def __init__(self, month: str, records: list[Record] | None = None,
                 lines: list[str] | None = None) -> None:
        self.month = month
        self.where = shard_file(month)
        self.lines = lines if lines is not None else [record_line(r) for r in records or []]
        self._records: list[Record] | None = None

    def __len__(self) -> int:
        return len(self.lines)

    @classmethod
    def parse(cls, month: str, data: bytes | None) -> Shard:
        if not data:
            return cls(month)
        lines = _our_lines(data.decode("utf-8", "replace"), month)
        if lines is not None:
            return cls(month, lines=lines)
        return cls(month, _whole(data, shard_file(month)))

    @property
    def records(self) -> list[Record]:
        """Every record, parsed (for a slug search, the latest file or a whole sitemap)."""
        if self._records is None:
            try:
                self._records = json.loads("[" + ",".join(self.lines) + "]")
            except ValueError as exc:
                raise failures.corrupt_site_file(self.where, str(exc)) from exc
        return self._records

    def find(self, path: str) -> int | None:
        prefix = line_prefix(path)
        for number, line in enumerate(self.lines):
            if line.startswith(prefix):
                return number
        return None

    def remove(self, path: str) -> Record | None:
        """Take the record with ``path`` out; returns it (parsed), or None."""
        found = self.find(path)
        if found is None:
            return None
        self._records = None
        return self._parse_line(self.lines.pop(found))

    def upsert(self, record: Record) -> Record | None:
        """Replace the record with this path, or add it where its time puts it; returns the
        record it replaced, if any."""
        old = self.remove(record["path"])
        newest_first = -self._time(record).timestamp()
        place = bisect.bisect_left(  # parses ~log2(n) lines, not the month
            self.lines, newest_first,
            key=lambda line: -self._time(self._parse_line(line)).timestamp())
        self.lines.insert(place, record_line(record))
        self._records = None
        return old

    def paths_for_slug(self, slug: str) -> list[str]:
        """The folders of the records with this slug (only their lines are parsed)."""
        needle = '"slug": ' + _encode(slug) + ","
        found = (self._parse_line(line) for line in self.lines if needle in line)
        return [record["path"] for record in found if record.get("slug") == slug]

    def to_bytes(self) -> bytes:
        body = ",\n".join(self.lines)
        return f"{head_line(self.month)}\n{body}\n{TAIL}\n".encode()

    def _parse_line(self, line: str) -> Record:
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise failures.corrupt_site_file(self.where, str(exc)) from exc
        if not isinstance(record, dict):
            raise failures.corrupt_site_file(self.where, f"not a record: {line:.80}")
        return record

    def _time(self, record: Record) -> datetime:
        try:
            return published_of(record)
        except (ValueError, KeyError) as exc:
            raise failures.corrupt_site_file(self.where, str(exc)) from exc


def _our_lines(text: str, month: str) -> list[str] | None:
    """The record lines of a shard in this module's layout, or None for any other layout."""
    lines = text.split("\n")
    if len(lines) < 4 or lines[0] != head_line(month) or lines[-2:] != [TAIL, ""]:
        return None
    body = [line.removesuffix(",") for line in lines[1:-2]]
    if body == [""]:
        return []
    if not all(line.startswith('{"path": "') and line.endswith("}") for line in body):
        return None
    return body


def _whole(data: bytes, where: str) -> list[Record]:
    """A shard in another layout: parsed and checked whole."""
    try:
        document: Any = json.loads(data)
    except ValueError as exc:
        raise failures.corrupt_site_file(where, str(exc)) from exc
    if not isinstance(document, dict) or document.get("format") != SHARD_FORMAT:
        raise failures.corrupt_site_file(where, "not a redaksi-site-index-shard file")
    rows = document.get("articles")
    if not isinstance(rows, list) or not all(
            isinstance(row, dict) and isinstance(row.get("path"), str)
            and isinstance(row.get("published"), str) for row in rows):
        raise failures.corrupt_site_file(where, "a record without path or time")
    return rows
