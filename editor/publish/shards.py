"""``index/YYYY-MM.json``: every article published in one month, one record per line.

A publish changes one record of a shard that may hold tens of thousands. Parsing
them all and writing them all back would make its cost grow with the month (a
national site publishes 25,000 articles a month), so a shard in the layout this
module writes is changed as bytes, line by line: the record with a path is the
line that starts with ``{"path": "<that path>",``, lines are separated by ``,\n``
(which no JSON string holds), and only the lines a change needs are parsed.
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

TAIL = b"]}"
SEPARATOR = b",\n"  # between record lines; JSON strings hold no raw newline, so it is only that
_encode = json.JSONEncoder(ensure_ascii=False).encode  # bound once: ~2x json.dumps a call


def head_line(month: str) -> bytes:
    head = _encode({"format": SHARD_FORMAT, "version": VERSION, "month": month})
    return (head[:-1] + ', "articles": [').encode()


def record_line(record: Record) -> bytes:
    """A record as its line: ``path`` first, so a line is found by its start."""
    return _encode({"path": record["path"], **record}).encode()


def line_prefix(path: str) -> bytes:
    return ('{"path": ' + _encode(path) + ",").encode()


class Shard:
    """One month's records, newest first, kept as the bytes of their lines (``body``)."""

    def __init__(self, month: str, records: list[Record] | None = None,
                 body: bytes | None = None) -> None:
        self.month = month
        self.where = shard_file(month)
        if body is None:
            body = SEPARATOR.join(record_line(record) for record in records or [])
        self.body = body
        self.count = body.count(b"\n") + 1 if body else 0  # each separator ends in the newline
        self._records: list[Record] | None = None

    def __len__(self) -> int:
        return self.count

    @classmethod
    def parse(cls, month: str, data: bytes | None) -> Shard:
        if not data:
            return cls(month)
        body = _our_body(data, month)
        if body is not None:
            return cls(month, body=body)
        return cls(month, _whole(data, shard_file(month)))

    @property
    def records(self) -> list[Record]:
        """Every record, parsed (for the latest file or a month's whole sitemap)."""
        if self._records is None:
            try:
                self._records = json.loads(b"[" + self.body + b"]")
            except ValueError as exc:
                raise failures.corrupt_site_file(self.where, str(exc)) from exc
        return self._records

    def _span(self, path: str) -> tuple[int, int] | None:
        """Where the line of ``path`` starts and ends in ``body``."""
        prefix = line_prefix(path)
        if self.body.startswith(prefix):
            begin = 0
        else:
            found = self.body.find(SEPARATOR + prefix)
            if found < 0:
                return None
            begin = found + len(SEPARATOR)
        end = self.body.find(SEPARATOR, begin)
        return begin, len(self.body) if end < 0 else end

    def find(self, path: str) -> bool:
        return self._span(path) is not None

    def remove(self, path: str) -> Record | None:
        """Take the record with ``path`` out; returns it (parsed), or None."""
        span = self._span(path)
        if span is None:
            return None
        begin, end = span
        line = self.body[begin:end]
        view = memoryview(self.body)  # slices without copies: a month may be 25 MB
        before = view[:max(0, begin - len(SEPARATOR))]
        after = view[end + len(SEPARATOR):]
        self.body = b"".join((before, SEPARATOR if before and after else b"", after))
        self.count -= 1
        self._records = None
        return self._parse_line(line)

    def upsert(self, record: Record) -> Record | None:
        """Replace the record with this path, or add it where its time puts it; returns the
        record it replaced, if any. The newest (nearly every publish) goes first at once."""
        old = self.remove(record["path"])
        line = record_line(record)
        moment = self._time(record)
        first = self.body[:self.body.find(SEPARATOR)] if self.count > 1 else self.body
        if not self.body or self._time(self._parse_line(first)) <= moment:
            self.body = b"".join((line, SEPARATOR, self.body)) if self.body else line
        else:  # an older article: its place by bisection, parsing ~log2(n) lines
            lines = self.body.split(SEPARATOR)
            place = bisect.bisect_left(
                lines, -moment.timestamp(),
                key=lambda each: -self._time(self._parse_line(each)).timestamp())
            lines.insert(place, line)
            self.body = SEPARATOR.join(lines)
        self.count += 1
        self._records = None
        return old

    def paths_for_slug(self, slug: str) -> list[str]:
        """The folders of the records with this slug (only their lines are parsed)."""
        needle = ('"slug": ' + _encode(slug) + ",").encode()
        paths, at = [], self.body.find(needle)
        while at >= 0:
            begin = self.body.rfind(SEPARATOR, 0, at)
            begin = 0 if begin < 0 else begin + len(SEPARATOR)
            end = self.body.find(SEPARATOR, at)
            record = self._parse_line(self.body[begin:len(self.body) if end < 0 else end])
            if record.get("slug") == slug:
                paths.append(record["path"])
            at = self.body.find(needle, at + 1)
        return paths

    def to_bytes(self) -> bytes:
        ending = b"\n" + TAIL + b"\n" if self.body else TAIL + b"\n"
        return b"".join((head_line(self.month), b"\n", self.body, ending))  # one copy

    def _parse_line(self, line: bytes) -> Record:
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise failures.corrupt_site_file(self.where, str(exc)) from exc
        if not isinstance(record, dict):
            raise failures.corrupt_site_file(self.where, f"not a record: {line[:80]!r}")
        return record

    def _time(self, record: Record) -> datetime:
        try:
            return published_of(record)
        except (ValueError, KeyError) as exc:
            raise failures.corrupt_site_file(self.where, str(exc)) from exc


def _our_body(data: bytes, month: str) -> bytes | None:
    """The record lines of a shard in this module's layout, or None for any other layout.
    Only the frame is checked: the lines themselves are parsed where a change needs them."""
    head = head_line(month) + b"\n"
    if data == head + TAIL + b"\n":
        return b""
    tail = b"\n" + TAIL + b"\n"
    if not data.startswith(head + b'{"path": "') or not data.endswith(b"}" + tail):
        return None
    return data[len(head):-len(tail)]  # the one copy a month's bytes get here


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
