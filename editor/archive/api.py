"""What the archive offers the rest of Redaksi: plain records and one small interface.

The editor window, the commands and the exporter talk to an ``Archive``; the SQLite file
in the user's data folder (``SqliteArchive``) is the default, and a newsroom's shared
archive server can stand in for it later by implementing the same few methods. The
synchronisation engine writes through the narrower ``SyncStore``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

from editor.errors import Bilingual, RedaksiError

if TYPE_CHECKING:  # annotations only: the exporter reads this module before it forks
    from editor.model import Article


class ArchiveError(RedaksiError):
    """The archive could not be opened, read or synchronised."""


@dataclass(frozen=True, slots=True)
class SyncWarning(Bilingual):
    """A problem with one item of a source; the rest of the source is still read."""

    where: str
    message_id: str
    message_en: str

    def message(self, lang: str | None = None) -> str:
        return f"{self.where}: {Bilingual.message(self, lang)}"

    def __str__(self) -> str:
        return self.message()


@dataclass(frozen=True, slots=True)
class ArchiveEntry:
    """One article as the archive holds it. ``body`` is plain text where known."""

    url: str
    headline: str
    summary: str = ""
    section: str = ""
    tags: tuple[str, ...] = ()
    published: datetime | None = None
    updated: datetime | None = None
    image: str | None = None
    body: str = ""
    article_id: str = ""
    language: str = "id"
    headline_guessed: bool = False  # made from the URL (a sitemap without news:title)
    live: bool = True  # False: exported by Redaksi, not yet shown live by a publish or sync

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url, "headline": self.headline, "summary": self.summary,
            "section": self.section, "tags": list(self.tags),
            "published": _iso(self.published), "updated": _iso(self.updated),
            "image": self.image, "id": self.article_id, "language": self.language,
        }


@dataclass(frozen=True, slots=True)
class SearchHit:
    url: str
    headline: str
    section: str
    published: datetime | None
    score: float
    summary: str = ""
    image: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "headline": self.headline, "section": self.section,
                "published": _iso(self.published), "score": round(self.score, 4)}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A related story (``kind="related"``) or a Baca Juga proposal for one place.

    ``after_paragraph`` counts the body's paragraphs from 1: the box goes right after
    that paragraph. ``why`` lists the words the story shares with the draft.
    """

    kind: Literal["related", "baca_juga"]
    url: str
    headline: str
    published: datetime | None
    score: float
    why: tuple[str, ...] = ()
    after_paragraph: int | None = None
    section: str = ""
    image: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "url": self.url, "headline": self.headline,
                                "published": _iso(self.published), "why": list(self.why),
                                "score": round(self.score, 4)}
        if self.kind == "baca_juga":
            data["after_paragraph"] = self.after_paragraph
        return data


@dataclass(slots=True)
class Suggestions:
    related: list[Suggestion] = field(default_factory=list)
    baca_juga: list[Suggestion] = field(default_factory=list)

    def __iter__(self):
        yield from self.related
        yield from self.baca_juga


@dataclass(frozen=True, slots=True)
class SourceInfo:
    location: str
    kind: str
    articles: int
    last_sync: datetime | None
    last_result: str = ""


@dataclass(frozen=True, slots=True)
class ArchiveStats:
    articles: int
    sources: tuple[SourceInfo, ...]
    last_sync: datetime | None
    size_bytes: int
    location: str
    unpublished: int = 0  # exported, not shown live by a publish or a sync yet

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles, "unpublished": self.unpublished,
            "location": self.location,
            "size_bytes": self.size_bytes, "last_sync": _iso(self.last_sync),
            "sources": [{"location": s.location, "kind": s.kind, "articles": s.articles,
                         "last_sync": _iso(s.last_sync), "last_result": s.last_result}
                        for s in self.sources],
        }


@runtime_checkable
class Archive(Protocol):
    """What the editor, the commands and the exporter need from an archive.

    Every method may be called from a worker thread; implementations open their own
    connection per thread (or serialise access) so the GUI never waits on a lock.
    """

    def search(self, query: str, *, section: str | None = None, since: datetime | None = None,
               limit: int = 10, prefer_section: str | None = None,
               typing: bool = True) -> list[SearchHit]:
        """Stemmed, stop-word-free search; with ``typing`` the last word is a prefix
        (unless the query ends with a space). Best first, newest first among equals."""

    def suggest(self, article: Article, *, limit: int = 5, own_urls: Iterable[str] = (),
                places: int | None = None, now: datetime | None = None) -> Suggestions:
        """Related stories and Baca Juga proposals for a draft (see ``suggest``)."""

    def lookup(self, url: str, *, unpublished: bool = False) -> ArchiveEntry | None:
        """The live article at ``url`` (any spelling of it), or None; with ``unpublished``
        also one Redaksi exported that is not live yet (``entry.live`` is False)."""

    def latest(self, limit: int = 10, *, section: str | None = None) -> list[ArchiveEntry]:
        """The newest articles, newest first (the page's "Berita Terbaru")."""

    def count(self) -> int:
        """How many live articles it holds (an empty archive makes no claims about links)."""

    def record(self, entries: Sequence[ArchiveEntry], *, source: str = "export") -> None:
        """Add or update articles at once: exported by Redaksi (kept, offered nowhere until
        a publish or a sync shows them live) or published (``source="publish"``, live)."""

    def forget(self, url: str) -> bool:
        """The article at ``url`` was taken down: it leaves the archive (True if it was in)."""

    def stats(self) -> ArchiveStats: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class DocumentState:
    """What a source's document looked like when last read (for incremental sync)."""

    sha256: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    stamp: str | None = None  # a listing's own date for it (sitemap lastmod)


class SyncStore(Protocol):
    """What the sync engine writes through: one document of a source at a time, each in
    its own transaction, so an interrupted sync leaves every earlier document complete."""

    def document_state(self, source: str, document: str) -> DocumentState | None: ...

    def documents(self, source: str) -> list[str]: ...

    def save_document(self, source: str, kind: str, document: str, entries: list[ArchiveEntry],
                      state: DocumentState, *, authoritative: bool) -> tuple[int, int]:
        """Store the entries read from one document and its new state, atomically.
        ``authoritative`` (the site's own index): articles this document listed before
        and lists no more are removed. Returns (articles added or changed, removed)."""

    def touch_document(self, source: str, kind: str, document: str,
                       state: DocumentState) -> None:
        """Record that a document was checked and had not changed."""

    def drop_document(self, source: str, document: str) -> int:
        """The document is gone from its source (a removed shard): forget its articles."""

    def sweep(self, source: str, bases: set[str]) -> int:
        """After site index ``source`` was read: articles Redaksi published below its base
        URLs (``bases``, keys as ``url_key`` gives them, and those it had before) that no
        site index lists are gone from the site; returns how many were removed."""

    def finish_source(self, source: str, kind: str, result: str) -> None: ...


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None
