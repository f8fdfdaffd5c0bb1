"""Where a site's archive lives and how its SQLite file is laid out and opened.

One file per site, named after the site's base URL, in ``<user data dir>/archive/``
(``REDAKSI_DATA_DIR`` overrides the data dir, as for crash recovery). WAL mode lets the
editor read while the command line syncs; writers wait for each other (busy timeout)
instead of failing.

The full-text index (``fts``) reads its text from ``articles``; ``editor.archive.writes``
keeps the two in step itself (in the same transaction), which costs a third of what
triggers cost on a 100,000-article sync.

An article's row id is its publication time in seconds times 65,536 plus a few bits
from its URL: the full-text index then lists articles in time order, so "newest first",
"published before the draft" and ``--since`` are rowid ranges the index answers
without touching the table.

An article Redaksi exported but no publish or sync has shown live yet has ``live = 0``:
it is kept (with its body's words, for when it goes live) but left out of the full-text
index, so no search, suggestion, "Berita Terbaru" or link check ever offers it.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

from editor.archive.api import ArchiveError
from editor.errors import describe_error
from editor.paths import data_root

SCHEMA_VERSION = 2
ANALYZER_VERSION = "sastrawi-1"  # stems are stored: a change of analyzer re-stems all rows
ID_SHIFT = 65536
BUSY_TIMEOUT_MS = 15_000

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sources(
    id INTEGER PRIMARY KEY,
    location TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    last_sync TEXT,
    last_result TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS documents(
    source_id INTEGER NOT NULL,
    location TEXT NOT NULL,
    sha256 TEXT, etag TEXT, last_modified TEXT, stamp TEXT,
    checked TEXT NOT NULL,
    PRIMARY KEY(source_id, location)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS articles(
    id INTEGER PRIMARY KEY,
    url_key TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    headline TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    section TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    published TEXT,
    updated TEXT,
    image TEXT,
    article_id TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'id',
    guessed INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL DEFAULT '',
    rank INTEGER NOT NULL,
    source_id INTEGER,
    document TEXT,
    digest TEXT NOT NULL,
    t_stems TEXT NOT NULL,
    t_words TEXT NOT NULL,
    s_stems TEXT NOT NULL,
    g_stems TEXT NOT NULL,
    b_stems TEXT NOT NULL,
    sec TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_document ON articles(source_id, document);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    t_stems, t_words, s_stems, g_stems, b_stems, sec,
    content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts_terms USING fts5vocab(fts, row);
CREATE TABLE IF NOT EXISTS stems(word TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID;
"""
# What each later version adds to the one before (a new archive is made as version 1 and
# brought up the same way). 2: ``articles.live``; ``sources.base``, the base URLs a site
# index's articles live under (a sync drops what it no longer lists below them).
UPGRADES = {
    2: ("ALTER TABLE articles ADD COLUMN live INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE sources ADD COLUMN base TEXT NOT NULL DEFAULT ''"),
}
# Version 1 kept every export as if it were live; an export no publish or sync took over
# is still its exporter's row: it leaves the full-text index and the count.
_EXPORTS = "source_id IN (SELECT id FROM sources WHERE location = 'redaksi:export')"
_UNCONFIRM = (
    "INSERT INTO fts(fts, rowid, t_stems, t_words, s_stems, g_stems, b_stems, sec) "
    "SELECT 'delete', id, t_stems, t_words, s_stems, g_stems, b_stems, sec FROM articles "
    f"WHERE {_EXPORTS} AND live",
    f"UPDATE articles SET live = 0 WHERE {_EXPORTS}",
    "UPDATE meta SET value = (SELECT count(*) FROM articles WHERE live) WHERE key = 'articles'",
)


def archive_path(base_url: str) -> Path:
    """``<data>/archive/<host>-<hash>.sqlite``: readable, and unique per base URL."""
    normalized = base_url.strip().rstrip("/").lower()
    host = re.sub(r"[^a-z0-9.-]+", "-", urlsplit(normalized).hostname or "situs").strip("-.")
    digest = hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:10]
    return data_root() / "archive" / f"{host or 'situs'}-{digest}.sqlite"


def connect(path: Path) -> sqlite3.Connection:
    """An open connection in WAL mode with the schema in place."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
    except (OSError, sqlite3.Error) as exc:
        raise _unreadable(path, exc) from exc
    try:
        _configure(conn)
        _ensure_schema(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _unreadable(path, exc) from exc
    except ArchiveError:
        conn.close()
        raise
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA cache_size=-32000")
    conn.execute("PRAGMA temp_store=MEMORY")


def _ensure_schema(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == SCHEMA_VERSION:
        return
    if version > SCHEMA_VERSION:
        raise ArchiveError(
            "Arsip ini dibuat oleh Redaksi yang lebih baru; perbarui Redaksi.",
            "This archive was made by a newer Redaksi; update Redaksi.",
            path=str(path),
        )
    conn.execute("BEGIN IMMEDIATE")  # two processes opening (or upgrading) it at once
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            for statement in _statements(SCHEMA):
                conn.execute(statement)
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('analyzer', ?)", (ANALYZER_VERSION,))
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('articles', 0)")
            version = 1
        for step in range(version + 1, SCHEMA_VERSION + 1):
            for statement in UPGRADES[step] + (_UNCONFIRM if step == 2 else ()):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split the schema into statements (``executescript`` would commit on its own)."""
    out: list[str] = []
    buffer = ""
    for line in script.strip().splitlines():
        buffer += line + "\n"
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    return out


def _unreadable(path: Path, exc: BaseException) -> ArchiveError:
    said_id, said_en = describe_error(exc)
    return ArchiveError(
        f"Arsip tidak dapat dibuka ({said_id}). Pindahkan atau hapus berkas ini, lalu "
        "jalankan 'redaksi archive sync' lagi.",
        f"The archive cannot be opened ({said_en}). Move or delete this file, then run "
        "'redaksi archive sync' again.",
        path=str(path),
    )


# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode & 0xff) a user can act on
_CAUSES = {
    3: ("tidak ada izin", "permission denied"),
    5: ("arsip sedang dipakai program lain terlalu lama; coba lagi sebentar lagi",
        "another program has been using the archive for too long; try again shortly"),
    8: ("berkas atau foldernya hanya baca", "the file or its folder is read-only"),
    10: ("galat baca/tulis disk", "a disk read/write error"),
    13: ("disk penuh", "the disk is full"),
    14: ("berkasnya tidak dapat dibuka", "the file cannot be opened"),
}
_DAMAGED = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB


def archive_error(path: Path, exc: Exception) -> ArchiveError:
    """A SQLite failure after the archive opened, as one sentence naming what to do: the
    only way such a failure leaves ``SqliteArchive`` (see ``store.sqlite_errors``)."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code == 6:
        code = 5  # SQLITE_LOCKED: as busy
    if code in _CAUSES:
        text_id, text_en = _CAUSES[code]
        return ArchiveError(f"Arsip tidak dapat dipakai: {text_id}.",
                            f"The archive cannot be used: {text_en}.", path=str(path))
    said_id, said_en = ("", "") if code in _DAMAGED else describe_error(exc)
    reason_id, reason_en = (f" ({said_id})", f" ({said_en})") if said_id else ("", "")
    return ArchiveError(
        f"Arsip rusak{reason_id}. Pindahkan atau hapus berkas ini, lalu jalankan "
        "'redaksi archive sync' lagi.",
        f"The archive is damaged{reason_en}. Move or delete this file, then run "
        "'redaksi archive sync' again.",
        path=str(path),
    )
