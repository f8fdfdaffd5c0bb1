"""An ``ArchiveEntry`` as a row of the ``articles`` table, and back.

Stems are computed here, once, when an article is stored: search then compares
ready-made roots instead of stemming 100,000 headlines per query. An article that is
not live (exported, not published yet) is not in the full-text index and gets its stems
only when it goes live, so an export never loads the stemmer. ``digest`` fingerprints
the stored fields, so a re-sync that sees the same article again writes nothing.
"""

from __future__ import annotations

import hashlib
import zlib
from datetime import datetime

from editor.archive.api import ArchiveEntry
from editor.archive.schema import ID_SHIFT
from editor.archive.text import Stemmer, tokens
from editor.model.article import parse_time

TAG_SEPARATOR = "\x1f"  # tags are clean text: no control characters inside one
COLUMNS = (
    "id", "url_key", "url", "headline", "summary", "section", "tags", "published", "updated",
    "image", "article_id", "language", "guessed", "body", "rank", "source_id", "document",
    "live", "digest", "t_stems", "t_words", "s_stems", "g_stems", "b_stems", "sec",
)
ENTRY_COLUMNS = ("url", "headline", "summary", "section", "tags", "published", "updated",
                 "image", "article_id", "language", "guessed", "body", "live")
FTS_COLUMNS = ("t_stems", "t_words", "s_stems", "g_stems", "b_stems", "sec")
FTS_FIRST = COLUMNS.index("t_stems")
FTS_INSERT = (f"INSERT INTO fts(rowid, {', '.join(FTS_COLUMNS)}) "
              f"VALUES (?, {', '.join('?' * len(FTS_COLUMNS))})")
FTS_DELETE = (f"INSERT INTO fts(fts, rowid, {', '.join(FTS_COLUMNS)}) "  # a live row's text
              f"SELECT 'delete', id, {', '.join(FTS_COLUMNS)} FROM articles WHERE id = ? AND live")
INSERT = f"INSERT INTO articles({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
UPDATE = ("UPDATE articles SET " + ", ".join(f"{c} = ?" for c in COLUMNS[1:]) + " WHERE id = ?")


def fts_values(values: tuple) -> tuple:
    """The full-text row for a tuple of ``COLUMNS``."""
    return (values[0], *values[FTS_FIRST:])


def section_token(section: str) -> str:
    """The section as one index token (``Ekonomi Bisnis`` -> ``rubrikekonomibisnis``)."""
    folded = "".join(tokens(section))
    return f"rubrik{folded}" if folded else ""


def stamp(moment: datetime | None) -> int:
    """Seconds since 1970 (0 for an undated article: it sorts as the oldest)."""
    return max(0, int(moment.timestamp())) if moment else 0


def first_id(entry_stamp: int, key: str) -> int:
    """The row id to try first: time order, then a few bits of the URL to spread ties."""
    return entry_stamp * ID_SHIFT + (zlib.crc32(key.encode("utf-8")) & (ID_SHIFT - 1))


def digest(entry: ArchiveEntry) -> str:
    text = "\x1f".join((
        entry.url, entry.headline, entry.summary, entry.section, "\x1e".join(entry.tags),
        _iso(entry.published), _iso(entry.updated), entry.image or "", entry.article_id,
        entry.language, "1" if entry.headline_guessed else "", entry.body,
    ))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def row_values(row_id: int, key: str, entry: ArchiveEntry, *, rank: int, source_id: int,
               document: str, live: bool, stemmer: Stemmer) -> tuple:
    """All ``COLUMNS`` for one article, stems included when it is live."""
    joined = stemmer.joined if live else _unstemmed
    headline = tokens(entry.headline)
    return (
        row_id, key, entry.url, entry.headline, entry.summary, entry.section,
        TAG_SEPARATOR.join(entry.tags), _iso(entry.published) or None,
        _iso(entry.updated) or None, entry.image, entry.article_id, entry.language,
        int(entry.headline_guessed), entry.body, rank, source_id, document, int(live),
        digest(entry), stemmer.joined_words(headline) if live else "", " ".join(headline),
        joined(entry.summary), joined(" ".join(entry.tags)),
        joined(entry.body) if entry.body else "", section_token(entry.section),
    )


def _unstemmed(_text: str) -> str:
    return ""


def entry_from_row(row: tuple) -> ArchiveEntry:
    """A row selected as ``ENTRY_COLUMNS`` back into an entry."""
    (url, headline, summary, section, tags, published, updated, image, aid, lang, guessed,
     body, live) = row
    return ArchiveEntry(
        url=url, headline=headline, summary=summary, section=section,
        tags=tuple(tags.split(TAG_SEPARATOR)) if tags else (), published=_time(published),
        updated=_time(updated), image=image, body=body, article_id=aid, language=lang,
        headline_guessed=bool(guessed), live=bool(live),
    )


def merge(old: ArchiveEntry, new: ArchiveEntry, new_is_stronger: bool) -> ArchiveEntry:
    """What to keep when two sources know the same article.

    The more trusted source (the site's own index over a feed over a bare sitemap) wins
    field by field; the other only fills what is missing, and a body or a real headline
    is never replaced by nothing or by one guessed from the URL.
    """
    first, second = (new, old) if new_is_stronger else (old, new)
    headline = first.headline
    guessed = first.headline_guessed
    if (guessed and not second.headline_guessed and second.headline) or not headline:
        headline, guessed = second.headline, second.headline_guessed
    return ArchiveEntry(
        url=first.url, headline=headline, summary=first.summary or second.summary,
        section=first.section or second.section, tags=first.tags or second.tags,
        published=first.published or second.published,
        updated=first.updated or second.updated, image=first.image or second.image,
        body=first.body or second.body, article_id=first.article_id or second.article_id,
        language=first.language or second.language, headline_guessed=guessed,
    )


def _iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment else ""


def _time(value: str | None) -> datetime | None:
    try:
        return parse_time(value)
    except ValueError:
        return None
