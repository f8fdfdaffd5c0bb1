"""Storing what a source says: one document per transaction, nothing rewritten needlessly.

Each call runs in one ``BEGIN IMMEDIATE`` transaction: the articles of a document and
the note of what that document looked like commit together or not at all. A sync
killed at any moment therefore leaves the archive as it was after the last complete
document, and the next sync reads the rest.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

from editor.archive.api import ArchiveEntry, DocumentState
from editor.archive.rows import (
    ENTRY_COLUMNS,
    FTS_DELETE,
    FTS_INSERT,
    INSERT,
    UPDATE,
    digest,
    entry_from_row,
    first_id,
    fts_values,
    merge,
    row_values,
    stamp,
)
from editor.archive.schema import ID_SHIFT
from editor.archive.text import Stemmer
from editor.model.web_address import url_key

# How far a source is trusted when two of them describe one article.
RANKS = {"site-index": 3, "export": 3, "publish": 3, "feed": 2, "sitemap-news": 2, "sitemap": 1}
CHUNK = 900  # SQLite host parameters per IN (...) query


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def source_id(conn: sqlite3.Connection, location: str, kind: str) -> int:
    row = conn.execute("SELECT id FROM sources WHERE location = ?", (location,)).fetchone()
    if row:
        return row[0]
    return conn.execute("INSERT INTO sources(location, kind) VALUES (?, ?)",
                        (location, kind)).lastrowid


def save_document(conn: sqlite3.Connection, stemmer: Stemmer, source: str, kind: str,
                  document: str, entries: Sequence[ArchiveEntry], state: DocumentState | None,
                  *, authoritative: bool) -> tuple[int, int]:
    """Upsert ``entries`` (see ``SyncStore.save_document``): (written, removed)."""
    with transaction(conn):
        sid = source_id(conn, source, kind)
        batch = _unique(entries)
        existing = _existing(conn, list(batch))
        writer = _Writer(conn, stemmer, RANKS.get(kind, 1), sid, document)
        for key, entry in batch.items():
            writer.put(key, entry, existing.get(key))
        writer.flush()
        removed = _drop_missing(conn, sid, document, batch) if authoritative else 0
        if state is not None:
            _note(conn, sid, document, state)
        _persist_stems(conn, stemmer)
        return writer.changed, removed


def touch_document(conn: sqlite3.Connection, source: str, kind: str, document: str,
                   state: DocumentState) -> None:
    with transaction(conn):
        _note(conn, source_id(conn, source, kind), document, state)


def drop_document(conn: sqlite3.Connection, source: str, document: str) -> int:
    with transaction(conn):
        row = conn.execute("SELECT id FROM sources WHERE location = ?", (source,)).fetchone()
        if not row:
            return 0
        ids = [(row_id,) for (row_id,) in conn.execute(
            "SELECT id FROM articles WHERE source_id = ? AND document = ?", (row[0], document))]
        delete_rows(conn, ids)
        conn.execute("DELETE FROM documents WHERE source_id = ? AND location = ?",
                     (row[0], document))
        return len(ids)


def finish_source(conn: sqlite3.Connection, source: str, kind: str, result: str) -> None:
    with transaction(conn):
        sid = source_id(conn, source, kind)
        conn.execute("UPDATE sources SET last_sync = ?, last_result = ?, kind = ? WHERE id = ?",
                     (datetime.now(UTC).isoformat(timespec="seconds"), result, kind, sid))


def _unique(entries: Sequence[ArchiveEntry]) -> dict[str, ArchiveEntry]:
    batch: dict[str, ArchiveEntry] = {}
    for entry in entries:
        batch.setdefault(url_key(entry.url), entry)  # a feed listing a story twice: the first
    return batch


def _existing(conn: sqlite3.Connection, keys: list[str]) -> dict[str, tuple]:
    """Rows already stored for these URL keys: key -> (id, rank, digest, entry fields...)."""
    found: dict[str, tuple] = {}
    columns = ", ".join(("url_key", "id", "rank", "digest", "source_id", "document",
                         *ENTRY_COLUMNS))
    for start in range(0, len(keys), CHUNK):
        part = keys[start:start + CHUNK]
        sql = f"SELECT {columns} FROM articles WHERE url_key IN ({', '.join('?' * len(part))})"
        for row in conn.execute(sql, part):
            found[row[0]] = row[1:]
    return found


class _Writer:
    """Collects inserts so new articles go in with ``executemany``; ids are chosen free."""

    def __init__(self, conn: sqlite3.Connection, stemmer: Stemmer, rank: int, sid: int,
                 document: str) -> None:
        self.conn, self.stemmer, self.rank, self.sid, self.document = (
            conn, stemmer, rank, sid, document)
        self.pending: list[tuple[str, ArchiveEntry, tuple[int, str, int]]] = []
        self.changed = 0

    def put(self, key: str, entry: ArchiveEntry, old: tuple | None) -> None:
        if old is None:
            self.pending.append((key, entry, (self.sid, self.document, self.rank)))
            return
        row_id, old_rank, old_digest, old_sid, old_doc, *fields = old
        stronger = self.rank >= old_rank
        merged = merge(entry_from_row(tuple(fields)), entry, stronger)
        owner = (self.sid, self.document, self.rank) if stronger else (old_sid, old_doc, old_rank)
        if digest(merged) == old_digest and owner[:2] == (old_sid, old_doc):
            return
        if row_id // ID_SHIFT == stamp(merged.published):
            self.changed += 1
            values = row_values(row_id, key, merged, rank=owner[2], source_id=owner[0],
                                document=owner[1], stemmer=self.stemmer)
            self.conn.execute(FTS_DELETE, (row_id,))
            self.conn.execute(UPDATE, (*values[1:], row_id))
            self.conn.execute(FTS_INSERT, fts_values(values))
        else:  # the publication time moved: the row id (time order) moves with it
            delete_rows(self.conn, [(row_id,)])
            self.pending.append((key, merged, owner))

    def flush(self) -> None:
        # oldest first: row ids grow with time, and B-tree pages filled in key order stay
        # full (a site index lists newest first; inserted so, the table grew to twice the size)
        self.pending.sort(key=lambda item: stamp(item[1].published))
        ids = _free_ids(self.conn, [(stamp(entry.published), key)
                                    for key, entry, _ in self.pending])
        rows = [row_values(row_id, key, entry, rank=owner[2], source_id=owner[0],
                           document=owner[1], stemmer=self.stemmer)
                for row_id, (key, entry, owner) in zip(ids, self.pending, strict=True)]
        self.conn.executemany(INSERT, rows)
        self.conn.executemany(FTS_INSERT, [fts_values(row) for row in rows])
        _counted(self.conn, len(rows))
        self.changed += len(rows)
        self.pending = []


def _free_ids(conn: sqlite3.Connection, wanted: list[tuple[int, str]]) -> list[int]:
    """A free row id per (time, key): the first choice unless taken, else the next free."""
    first = [first_id(when, key) for when, key in wanted]
    taken: set[int] = set()
    for start in range(0, len(first), CHUNK):
        part = first[start:start + CHUNK]
        sql = f"SELECT id FROM articles WHERE id IN ({', '.join('?' * len(part))})"
        taken.update(row[0] for row in conn.execute(sql, part))
    out: list[int] = []
    for choice in first:
        row_id = choice
        while row_id in taken or (row_id != choice and _in_table(conn, row_id)):
            row_id += 1
        taken.add(row_id)
        out.append(row_id)
    return out


def _in_table(conn: sqlite3.Connection, row_id: int) -> bool:
    """Only asked after a collision, for ids the bulk query did not cover."""
    return conn.execute("SELECT 1 FROM articles WHERE id = ?", (row_id,)).fetchone() is not None


def _drop_missing(conn: sqlite3.Connection, sid: int, document: str,
                  batch: dict[str, ArchiveEntry]) -> int:
    """Articles this document listed before and lists no more (unpublished) go."""
    rows = conn.execute("SELECT id, url_key FROM articles WHERE source_id = ? AND document = ?",
                        (sid, document)).fetchall()
    gone = [(row_id,) for row_id, key in rows if key not in batch]
    delete_rows(conn, gone)
    return len(gone)


def delete_rows(conn: sqlite3.Connection, ids: list[tuple[int]]) -> None:
    """Remove articles from the full-text index (which needs their old text) and the table."""
    conn.executemany(FTS_DELETE, ids)
    conn.executemany("DELETE FROM articles WHERE id = ?", ids)
    _counted(conn, -len(ids))


def _counted(conn: sqlite3.Connection, change: int) -> None:
    """Keep ``meta.articles`` in step: counting 100,000 rows would cost each search 7 ms."""
    if change:
        conn.execute("UPDATE meta SET value = value + ? WHERE key = 'articles'", (change,))


def _note(conn: sqlite3.Connection, sid: int, document: str, state: DocumentState) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO documents(source_id, location, sha256, etag, last_modified, "
        "stamp, checked) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (sid, document, state.sha256, state.etag, state.last_modified, state.stamp,
         datetime.now(UTC).isoformat(timespec="seconds")),
    )


def _persist_stems(conn: sqlite3.Connection, stemmer: Stemmer) -> None:
    fresh = stemmer.take_fresh()
    if fresh:
        conn.executemany("INSERT OR IGNORE INTO stems(word, stem) VALUES (?, ?)", fresh.items())
