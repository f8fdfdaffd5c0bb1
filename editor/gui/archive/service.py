"""The window's archive, asked off the UI thread.

Opening the site's archive costs ~0.2 s (the stemmer, the first connection), a search
a few milliseconds, suggestions for a long draft up to ~100 ms: none of it runs on the
UI thread. Two one-thread lanes keep them apart, so a search typed in the Baca Juga
dialog never waits behind suggestions for the draft:

- the *search* lane answers as-you-type searches. Requests coalesce: while one runs,
  only the newest waiting query is kept, so fast typing never builds a queue and the
  last key's results always come (benchmarks/archive_gui_bench.py measures key to
  results painted);
- the *work* lane opens the archive, makes suggestions and checks the draft's links.

An archive file that does not exist is never created here: the window says how to fill
it (``redaksi archive sync``) instead. Callbacks run on the UI thread (``run_task``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from editor import lazy
from editor.gui.tasks import run_task
from editor.site import SiteProfile

if TYPE_CHECKING:
    from editor.archive.api import SearchHit
    from editor.archive.store import SqliteArchive

SEARCH_LIMIT = 8
ARCHIVE_MODULES = ("editor.archive", "editor.archive.store", "editor.archive.links",
                   "editor.archive.entries")
_pools: dict[str, QThreadPool] = {}


def lane(name: str) -> QThreadPool:
    """One worker thread per lane, for the whole application: a pool destroyed with its
    window would wait for its running task while the closing UI thread holds Python's lock."""
    if name not in _pools:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        _pools[name] = pool
    return _pools[name]


@dataclass(frozen=True, slots=True)
class Found:
    """A search's answer: ``hits`` for ``query`` in ``section``; ``articles`` in the
    archive (0: empty or missing); ``problem``: why it could not be read."""

    query: str
    section: str
    hits: tuple[SearchHit, ...] = ()
    articles: int = 0
    problem: str = ""


class _Coalesced:
    """One lane's requests: while one runs, only the newest waiting one is kept."""

    def __init__(self, owner: ArchiveService, pool: QThreadPool) -> None:
        self.owner, self.pool = owner, pool
        self.busy = False
        self.waiting: tuple[Callable[[], Any], Callable[[Any], None]] | None = None

    def ask(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.waiting = (work, done)
        if not self.busy:
            self._next()

    def _next(self) -> None:
        if self.waiting is None:
            return
        work, done = self.waiting
        self.waiting = None
        self.busy = True

        def finish(result: Any) -> None:
            self.busy = False
            done(result)
            self._next()

        run_task(lambda _progress: work(), finish,
                 lambda error: finish(error), pool=self.pool, owner=self.owner)


class ArchiveService(QObject):
    """The current site's archive for one window. ``articles`` is None until first known."""

    state_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.site: SiteProfile | None = None
        self.articles: int | None = None
        self.problem = ""
        self._archive: SqliteArchive | None = None  # touched in the lanes only
        self._opened: list[SqliteArchive] = []
        self._search = _Coalesced(self, lane("archive-search"))
        self._suggest = _Coalesced(self, lane("archive-work"))
        self._links = _Coalesced(self, lane("archive-work"))

    # ----------------------------------------------------------------- state
    def set_site(self, site: SiteProfile) -> None:
        """Use ``site``'s archive; it is opened by the next ``refresh`` (the window asks
        after its first frame) or the first request."""
        if self.site is not None and (site.base_url, site.ad_slots) == \
                (self.site.base_url, self.site.ad_slots):
            self.site = site
            return
        known = self.site is not None and self.articles is not None
        self.site, self._archive, self.articles, self.problem = site, None, None, ""
        if known:  # another site while the window runs: its archive at once
            self.refresh()

    def refresh(self) -> None:
        """Count the archive's articles again (a sync may have filled it meanwhile)."""
        site = self.site
        if site is None:
            return

        def counted(result: Any) -> None:
            if site is not self.site:
                return
            before = (self.articles, self.problem)
            if isinstance(result, Exception):
                self.articles, self.problem = 0, _describe(result)
            else:
                self.articles, self.problem = result, ""
            if (self.articles, self.problem) != before:
                self.state_changed.emit()

        run_task(lambda _progress: self._count(site), counted, counted,
                 pool=lane("archive-work"), owner=self)

    @property
    def has_articles(self) -> bool:
        return bool(self.articles)

    # ----------------------------------------------------------------- in the lanes
    def _open(self, site: SiteProfile) -> SqliteArchive | None:
        """The site's archive if its file exists (never created here)."""
        if self._archive is not None and site is self.site:
            return self._archive
        lazy.ensure(*ARCHIVE_MODULES)
        from editor.archive import archive_path, open_archive

        if not archive_path(site.base_url).is_file():
            return None
        archive = open_archive(site)
        self._opened.append(archive)
        if site is self.site:
            self._archive = archive
        return archive

    def _count(self, site: SiteProfile) -> int:
        archive = self._open(site)
        return archive.count() if archive is not None else 0

    # ----------------------------------------------------------------- requests
    def search(self, query: str, section: str, prefer_section: str,
               done: Callable[[Found], None]) -> None:
        """As-you-type search (the last word a prefix); ``done(Found)`` on the UI thread."""
        site = self.site

        def work() -> Found:
            archive = self._open(site) if site is not None else None
            if archive is None:
                return Found(query, section)
            hits = archive.search(query, section=section or None, limit=SEARCH_LIMIT,
                                  prefer_section=prefer_section or None)
            return Found(query, section, tuple(hits), archive.count())

        def finish(result: Any) -> None:
            if isinstance(result, Exception):
                result = Found(query, section, problem=_describe(result))
            done(result)

        self._search.ask(work, finish)

    def suggest(self, article, own_urls: list[str], places: int | None,
                done: Callable[[Any], None]) -> None:
        """``done(Suggestions | None)``: None when there is no archive to ask."""
        site = self.site

        def work():
            archive = self._open(site) if site is not None else None
            if archive is None or not archive.count():
                return None
            return archive.suggest(article, own_urls=own_urls, places=places)

        self._suggest.ask(work, lambda result: done(None if isinstance(result, Exception)
                                                    else result))

    def check_links(self, article, done: Callable[[list], None]) -> None:
        """``done(problems)``: the draft's links the archive does not know."""
        site = self.site

        def work() -> list:
            archive = self._open(site) if site is not None else None
            if archive is None:
                return []
            from editor.archive.links import archive_link_problems

            return archive_link_problems(article, archive)

        self._links.ask(work, lambda result: done([] if isinstance(result, Exception)
                                                  else result))

    def lookup(self, url: str, done: Callable[[Any], None]) -> None:
        """``done(ArchiveEntry | None)`` for a typed link (its title and date)."""
        site = self.site

        def work():
            archive = self._open(site) if site is not None else None
            return archive.lookup(url) if archive is not None else None

        run_task(lambda _progress: work(), done, lambda _error: done(None),
                 pool=lane("archive-search"), owner=self)

    def title_lookup(self) -> Callable[[str], tuple[str, str | None] | None] | None:
        """For the importers, in any thread: "Baca Juga: Title" -> its URL by headline;
        None while the archive is unknown, empty or missing."""
        archive = self._archive
        if archive is None or not self.articles:
            return None
        from editor.archive.links import headline_lookup

        return headline_lookup(archive)

    def shutdown(self) -> None:
        """Close the files when the window goes (in the work lane, after what runs there)."""
        opened, self._opened, self._archive = self._opened, [], None
        if opened:
            run_task(lambda _progress: [archive.close() for archive in opened],
                     pool=lane("archive-work"))


def _describe(error: Exception) -> str:
    from editor.errors import RedaksiError
    from editor.gui.i18n import current_language

    if isinstance(error, RedaksiError):
        return error.message(current_language())
    return str(error)
