"""Storing what a source says: one document per transaction, nothing rewritten needlessly.

Each call runs in one ``BEGIN IMMEDIATE`` transaction: the articles of a document and
the note of what that document looked like commit together or not at all. A sync
killed at any moment therefore leaves the archive as it was after the last complete
document, and the next sync reads the rest.

Every row has one owner (source and document): the source that vouches for it. What a
sync reads is live; an export is not until a publish or a sync shows it live, and the
one that does becomes its owner. A site index keeps the rows it owns: a publish updates
their fields but does not take them over, so the index's next sync still answers for
them, and ``sweep`` can drop what Redaksi published below the site's base URL that the
index no longer lists (taken down).
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
    TAG_SEPARATOR,
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
                  *, authoritative: bool, live: bool = True) -> tuple[int, int]:
    """Upsert ``entries`` (see ``SyncStore.save_document``): (written, removed).
    ``live=False``: exported by Redaksi, not shown live by anyone yet."""
    with transaction(conn):
        sid = source_id(conn, source, kind)
        batch = _unique(entries)
        existing = _existing(conn, list(batch))
        writer = _Writer(conn, stemmer, RANKS.get(kind, 1), sid, document, live)
        writer.indexes = set() if kind == "site-index" else _site_indexes(conn)
        for key, entry in batch.items():
            writer.put(key, entry, existing.get(key))
        writer.flush()
        removed = _drop_missing(conn, sid, document, batch) if authoritative else 0
        if state is not None:
            _note(conn, sid, document, state)
        _persist_stems(conn, stemmer)
        return writer.changed, removed


def forget(conn: sqlite3.Connection, key: str) -> bool:
    """The article at ``key`` is gone (taken down): out of the archive, whoever wrote it."""
    with transaction(conn):
        rows = conn.execute("SELECT id, live FROM articles WHERE url_key = ?", (key,)).fetchall()
        delete_rows(conn, rows)
        return bool(rows)


def sweep(conn: sqlite3.Connection, source: str, bases: set[str]) -> int:
    """After a site index was read: articles Redaksi published below its base URLs
    (``bases`` and those seen before) that no site index took over are no longer on the
    site (taken down, perhaps on a colleague's machine), whoever published them. A site
    index takes over every row it lists, so these are exactly the ones it does not list.
    Rows of feeds and sitemaps stay: a site that moved to Redaksi keeps its older stories
    in its old sitemap, which its Redaksi index never listed. Exports not live yet stay
    too (they are offered nowhere)."""
    with transaction(conn):
        sid = source_id(conn, source, "site-index")
        (stored,) = conn.execute("SELECT base FROM sources WHERE id = ?", (sid,)).fetchone()
        before = {base for base in stored.split(TAG_SEPARATOR) if base}
        known = before | bases
        if known != before:
            conn.execute("UPDATE sources SET base = ? WHERE id = ?",
                         (TAG_SEPARATOR.join(sorted(known)), sid))
        if not known:
            return 0
        prefixes = tuple(known)
        gone = [(row_id, 1) for row_id, key in conn.execute(
            "SELECT a.id, a.url_key FROM articles AS a JOIN sources AS s ON s.id = a.source_id "
            "WHERE s.location = 'redaksi:publish' AND a.live")
            if key.startswith(prefixes)]
        delete_rows(conn, gone)
        return len(gone)


def _site_indexes(conn: sqlite3.Connection) -> set[int]:
    return {row[0] for row in conn.execute("SELECT id FROM sources WHERE kind = 'site-index'")}


def touch_document(conn: sqlite3.Connection, source: str, kind: str, document: str,
                   state: DocumentState) -> None:
    with transaction(conn):
        _note(conn, source_id(conn, source, kind), document, state)


def drop_document(conn: sqlite3.Connection, source: str, document: str) -> int:
    with transaction(conn):
        row = conn.execute("SELECT id FROM sources WHERE location = ?", (source,)).fetchone()
        if not row:
            return 0
        ids = conn.execute("SELECT id, live FROM articles WHERE source_id = ? AND document = ?",
                           (row[0], document)).fetchall()
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
                         *ENTRY_COLUMNS))  # ENTRY_COLUMNS ends with "live"
    for start in range(0, len(keys), CHUNK):
        part = keys[start:start + CHUNK]
        sql = f"SELECT {columns} FROM articles WHERE url_key IN ({', '.join('?' * len(part))})"
        for row in conn.execute(sql, part):
            found[row[0]] = row[1:]
    return found


class _Writer:
    """Collects inserts so new articles go in with ``executemany``; ids are chosen free."""

    def __init__(self, conn: sqlite3.Connection, stemmer: Stemmer, rank: int, sid: int,
                 document: str, live: bool) -> None:
        self.conn, self.stemmer, self.rank, self.sid, self.document, self.live = (
            conn, stemmer, rank, sid, document, live)
        self.indexes: set[int] = set()  # site index sources: owners a non-index keeps
        self.pending: list[tuple[str, ArchiveEntry, tuple[int, str, int, bool]]] = []
        self.changed = 0

    def put(self, key: str, entry: ArchiveEntry, old: tuple | None) -> None:
        mine = (self.sid, self.document, self.rank, self.live)
        if old is None:
            self.pending.append((key, entry, mine))
            return
        row_id, old_rank, old_digest, old_sid, old_doc, *fields = old
        old_live = bool(fields[-1])
        stronger, owner = self._owner(mine, (old_sid, old_doc, old_rank, old_live))
        merged = merge(entry_from_row(tuple(fields)), entry, stronger)
        if digest(merged) == old_digest and owner == (old_sid, old_doc, old_rank, old_live):
            return
        if row_id // ID_SHIFT == stamp(merged.published):
            self.changed += 1
            values = row_values(row_id, key, merged, rank=owner[2], source_id=owner[0],
                                document=owner[1], live=owner[3], stemmer=self.stemmer)
            self.conn.execute(FTS_DELETE, (row_id,))  # a live row's old text
            self.conn.execute(UPDATE, (*values[1:], row_id))
            if owner[3]:
                self.conn.execute(FTS_INSERT, fts_values(values))
                _counted(self.conn, 0 if old_live else 1)
        else:  # the publication time moved: the row id (time order) moves with it
            delete_rows(self.conn, [(row_id, old_live)])
            self.pending.append((key, merged, owner))

    def _owner(self, mine: tuple, old: tuple) -> tuple[bool, tuple]:
        """(this writer's fields win, who owns the row now). The one that first shows an
        export live takes it over; an export adds to a live row only what it lacks; a
        site index's row stays its own (a publish or a feed updates it in place)."""
        if self.live and not old[3]:
            return self.rank >= old[2], mine
        if old[3] and not self.live:
            return False, old
        stronger = self.rank >= old[2]
        return stronger, mine if stronger and old[0] not in self.indexes else old

    def flush(self) -> None:
        # oldest first: row ids grow with time, and B-tree pages filled in key order stay
        # full (a site index lists newest first; inserted so, the table grew to twice the size)
        self.pending.sort(key=lambda item: stamp(item[1].published))
        ids = _free_ids(self.conn, [(stamp(entry.published), key)
                                    for key, entry, _ in self.pending])
        rows = [row_values(row_id, key, entry, rank=owner[2], source_id=owner[0],
                           document=owner[1], live=owner[3], stemmer=self.stemmer)
                for row_id, (key, entry, owner) in zip(ids, self.pending, strict=True)]
        self.conn.executemany(INSERT, rows)
        live = [fts_values(row) for row, (_, _, owner) in zip(rows, self.pending, strict=True)
                if owner[3]]
        self.conn.executemany(FTS_INSERT, live)
        _counted(self.conn, len(live))
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
    rows = conn.execute("SELECT id, url_key, live FROM articles WHERE source_id = ? AND "
                        "document = ?", (sid, document)).fetchall()
    gone = [(row_id, live) for row_id, key, live in rows if key not in batch]
    delete_rows(conn, gone)
    return len(gone)


def delete_rows(conn: sqlite3.Connection, rows: Sequence[tuple[int, int]]) -> None:
    """Remove articles, given as (id, live), from the full-text index (which needs a live
    one's old text) and the table."""
    ids = [(row_id,) for row_id, _ in rows]
    conn.executemany(FTS_DELETE, ids)
    conn.executemany("DELETE FROM articles WHERE id = ?", ids)
    _counted(conn, -sum(1 for _, live in rows if live))


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
