"""``SqliteArchive``: the archive as one SQLite + FTS5 file per site (the default).

Ranking is FTS5's BM25 over the stemmed columns (headline weighs most, then tags,
summary and body), times a boost for recent articles (up to 1.5x for today's, halving
every month) and, when asked, for the journalist's own section. A query that matches
more than ``WINDOW`` articles is ranked among its newest ``WINDOW`` matches: it is so
broad that recency decides anyway, and it keeps every search within milliseconds
(see ``benchmarks/archive_bench.py``).
"""

from __future__ import annotations

import functools
import inspect
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from editor.archive import writes
from editor.archive.api import (
    ArchiveEntry,
    ArchiveStats,
    DocumentState,
    SearchHit,
    SourceInfo,
    Suggestions,
)
from editor.archive.query import parse
from editor.archive.rows import ENTRY_COLUMNS, entry_from_row, section_token
from editor.archive.schema import ID_SHIFT, archive_error, connect
from editor.archive.text import Stemmer
from editor.model import Article
from editor.model.article import parse_time
from editor.model.web_address import url_key

WINDOW = 1000
MAX_RESULTS = 1000  # what one search, suggestion or "latest" list returns at most
COMPLETIONS = 16
WEIGHTS = "10.0, 6.0, 3.0, 4.0, 1.0, 0.0"  # t_stems t_words s_stems g_stems b_stems sec
RECENT_BOOST = 0.5
HALF_LIFE_DAYS = 30.0
SECTION_BOOST = 1.25
DAY = 86400 * ID_SHIFT

SEARCH = f"""
SELECT a.id, a.url, a.headline, a.section, a.published, a.summary, a.image, m.score, a.sec
FROM (
    SELECT r, b * (1.0 + :boost / (1.0 + max(0, :now - r) / :half)) AS score
    FROM (SELECT rowid AS r, bm25(fts, {WEIGHTS}) AS b FROM fts
          WHERE fts MATCH :match AND rowid >= :since AND rowid < :until
          ORDER BY rowid DESC LIMIT :window)
    ORDER BY score, r DESC LIMIT :pool
) AS m JOIN articles AS a ON a.id = m.r
"""


def sqlite_errors(cls: type) -> type:
    """Every public method of ``cls``: a sqlite3 error (a file damaged after it opened, a
    full disk, a writer holding the lock past the busy timeout) leaves as one
    ``ArchiveError`` naming the file, so no caller ever catches sqlite3 itself."""
    for name, member in list(vars(cls).items()):
        if not name.startswith("_") and inspect.isfunction(member):
            setattr(cls, name, _guarded(member))
    return cls


def _guarded(method: Callable) -> Callable:
    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise archive_error(self.path, exc) from exc

    return guarded


@sqlite_errors
class SqliteArchive:
    """One site's archive file. Safe to share between threads: each thread gets its own
    connection; the CLI and the editor may have the same file open at once."""

    def __init__(self, path: Path, *, ad_slots: tuple[int, ...] = ()) -> None:
        self.path = Path(path)
        self.ad_slots = tuple(ad_slots)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.stemmer = Stemmer(fallback=self._stored_stem)
        self._df: dict[str, int] = {}
        self._df_total = -(10**9)
        self.conn  # noqa: B018 - open now, so a broken file is reported at once

    # --- connections ------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

    def __enter__(self) -> SqliteArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _stored_stem(self, word: str) -> str | None:
        row = self.conn.execute("SELECT stem FROM stems WHERE word = ?", (word,)).fetchone()
        return row[0] if row else None

    def completions(self, prefix: str, limit: int = COMPLETIONS) -> list[str]:
        """Words of the archive that start with ``prefix``, shortest first (the stem cache
        holds every word ever indexed)."""
        rows = self.conn.execute(
            "SELECT word FROM stems WHERE word >= ? AND word < ? ORDER BY length(word), word "
            "LIMIT ?", (prefix, prefix + "\U0010ffff", limit))
        return [row[0] for row in rows]

    def warm_stems(self) -> None:
        """Load every stored stem (before a large sync: one query instead of thousands)."""
        self.stemmer.cache.update(self.conn.execute("SELECT word, stem FROM stems"))

    # --- reading ----------------------------------------------------------------------

    def search(self, query: str, *, section: str | None = None, since: datetime | None = None,
               limit: int = 10, prefer_section: str | None = None, typing: bool = True,
               now: datetime | None = None) -> list[SearchHit]:
        parsed = parse(query, self.stemmer, typing=typing, section=section,
                       complete=self.completions)
        limit = min(limit, MAX_RESULTS)
        if not parsed.match or limit <= 0:
            return []
        rows = self.ranked(parsed.match, limit=limit, since=since, now=now,
                           prefer_section=prefer_section)
        return [SearchHit(url=row[1], headline=row[2], section=row[3],
                          published=_time(row[4]), score=-score, summary=row[5], image=row[6])
                for row, score in rows]

    def ranked(self, match: str, *, limit: int, since: datetime | None = None,
               until: datetime | None = None, now: datetime | None = None,
               prefer_section: str | None = None, window: int = WINDOW
               ) -> list[tuple[tuple, float]]:
        """Rows of ``SEARCH`` with their final score (lower is better), best first."""
        now_id = _stamp_id(now or datetime.now(UTC))
        params = {
            "match": match, "boost": RECENT_BOOST, "now": now_id, "half": HALF_LIFE_DAYS * DAY,
            "since": _stamp_id(since) if since else 0,
            "until": _stamp_id(until) + ID_SHIFT if until else 1 << 62,
            "window": window, "pool": limit * 4 if prefer_section else limit,
        }
        rows = self.conn.execute(SEARCH, params).fetchall()
        preferred = section_token(prefer_section or "")
        scored = [(row, row[7] * (SECTION_BOOST if preferred and row[8] == preferred else 1.0))
                  for row in rows]
        scored.sort(key=lambda item: (item[1], -item[0][0]))
        return scored[:limit]

    def lookup(self, url: str, *, unpublished: bool = False) -> ArchiveEntry | None:
        live = "" if unpublished else " AND live"
        row = self.conn.execute(
            f"SELECT {', '.join(ENTRY_COLUMNS)} FROM articles WHERE url_key = ?{live}",
            (url_key(url),)).fetchone()
        return entry_from_row(row) if row else None

    def latest(self, limit: int = 10, *, section: str | None = None) -> list[ArchiveEntry]:
        columns = ", ".join(ENTRY_COLUMNS)
        limit = max(0, min(limit, MAX_RESULTS))
        if section:
            rows = self.conn.execute(
                f"SELECT {columns} FROM articles WHERE sec = ? AND live ORDER BY id DESC "
                "LIMIT ?", (section_token(section), limit))
        else:
            rows = self.conn.execute(
                f"SELECT {columns} FROM articles WHERE live ORDER BY id DESC LIMIT ?", (limit,))
        return [entry_from_row(row) for row in rows]

    def suggest(self, article: Article, *, limit: int = 5, own_urls: Iterable[str] = (),
                places: int | None = None, now: datetime | None = None) -> Suggestions:
        from editor.archive.suggest import suggest

        return suggest(self, article, limit=max(0, min(limit, MAX_RESULTS)), own_urls=own_urls,
                       places=places, now=now)

    def document_frequencies(self, roots: list[str]) -> dict[str, int]:
        """In how many articles each root occurs. Counting reads the index (~0.5 ms a root at
        100,000 articles), so counts are kept while the archive grows by less than 1%: the
        editor asks again for nearly the same roots at every pause in typing."""
        total = self.count()
        cache = self._df if abs(total - self._df_total) <= total // 100 else {}
        if cache is not self._df:
            self._df, self._df_total = cache, total
        missing = [root for root in roots if root not in cache]
        if missing:
            sql = f"SELECT term, doc FROM fts_terms WHERE term IN ({', '.join('?' * len(missing))})"
            found = dict(self.conn.execute(sql, missing).fetchall())
            cache.update((root, found.get(root, 0)) for root in missing)
        return {root: cache[root] for root in roots}

    def count(self) -> int:
        """Articles in the archive (cached until any connection writes)."""
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        cached = getattr(self._local, "count", None)
        if cached is None or cached[0] != version:  # data_version: other connections' commits
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'articles'").fetchone()
            cached = (version, int(row[0]))
            self._local.count = cached
        return cached[1]

    def _wrote(self) -> None:
        """This thread's connection wrote: its own commits do not change data_version."""
        self._local.count = None

    def stats(self) -> ArchiveStats:
        conn = self.conn
        per_source = dict(conn.execute(
            "SELECT source_id, count(*) FROM articles WHERE live GROUP BY source_id").fetchall())
        (unpublished,) = conn.execute("SELECT count(*) FROM articles WHERE NOT live").fetchone()
        sources = tuple(
            SourceInfo(location, kind, per_source.get(sid, 0), _time(last), result or "")
            for sid, location, kind, last, result in conn.execute(
                "SELECT id, location, kind, last_sync, last_result FROM sources ORDER BY id"))
        syncs = [s.last_sync for s in sources if s.last_sync]
        size = sum(p.stat().st_size for p in (self.path, _sibling(self.path, "-wal"))
                   if p.exists())
        return ArchiveStats(articles=sum(per_source.values()), sources=sources,
                            last_sync=max(syncs) if syncs else None, size_bytes=size,
                            location=str(self.path), unpublished=unpublished)

    # --- writing (Archive.record and SyncStore) -----------------------------------------

    def record(self, entries: Sequence[ArchiveEntry], *, source: str = "export") -> None:
        """``source="export"``: kept, not live (offered nowhere) until a publish or a sync
        shows it live; ``"publish"``: live at once."""
        kind = source if source in writes.RANKS else "export"
        self._wrote()
        writes.save_document(self.conn, self.stemmer, f"redaksi:{source}", kind, "",
                             list(entries), None, authoritative=False, live=kind != "export")

    def forget(self, url: str) -> bool:
        """Take the article at ``url`` (any spelling) out: it was taken down."""
        self._wrote()
        return writes.forget(self.conn, url_key(url))

    def sweep(self, source: str, bases: set[str]) -> int:
        self._wrote()
        return writes.sweep(self.conn, source, bases)

    def document_state(self, source: str, document: str) -> DocumentState | None:
        row = self.conn.execute(
            "SELECT d.sha256, d.etag, d.last_modified, d.stamp FROM documents AS d "
            "JOIN sources AS s ON s.id = d.source_id WHERE s.location = ? AND d.location = ?",
            (source, document)).fetchone()
        return DocumentState(*row) if row else None

    def documents(self, source: str) -> list[str]:
        return [row[0] for row in self.conn.execute(
            "SELECT d.location FROM documents AS d JOIN sources AS s ON s.id = d.source_id "
            "WHERE s.location = ?", (source,))]

    def save_document(self, source: str, kind: str, document: str, entries: list[ArchiveEntry],
                      state: DocumentState, *, authoritative: bool) -> tuple[int, int]:
        self._wrote()
        return writes.save_document(self.conn, self.stemmer, source, kind, document, entries,
                                    state, authoritative=authoritative)

    def touch_document(self, source: str, kind: str, document: str,
                       state: DocumentState) -> None:
        writes.touch_document(self.conn, source, kind, document, state)

    def drop_document(self, source: str, document: str) -> int:
        self._wrote()
        return writes.drop_document(self.conn, source, document)

    def finish_source(self, source: str, kind: str, result: str) -> None:
        writes.finish_source(self.conn, source, kind, result)

    def known_sources(self) -> list[tuple[str, str]]:
        """(location, kind) of every source synced before, oldest first."""
        return [tuple(row) for row in self.conn.execute(
            "SELECT location, kind FROM sources WHERE location NOT LIKE 'redaksi:%' ORDER BY id")]


def _stamp_id(moment: datetime) -> int:
    return max(0, int(moment.timestamp())) * ID_SHIFT


def _time(value: str | None) -> datetime | None:
    try:
        return parse_time(value)
    except ValueError:
        return None


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)
