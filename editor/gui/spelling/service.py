"""The window's spell checker, run off the UI thread.

The core ``SpellChecker`` (dictionary, word lists, tags) is built and asked in one
worker thread; the UI thread keeps only its answers (``verdicts``, word → known), so
underlining a paragraph as it is typed is a dictionary look-up per word. Words not
answered yet are sent to the worker in batches; when the answers come back,
``checked`` tells the highlighters to repaint the paragraphs that were waiting.

One service per application (``current()``): the head fields, the body and the
dialogs' text fields all ask it. A dictionary that cannot be loaded is said like a
missing one; a batch that fails leaves its words un-underlined and the queue moving.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QTextDocument

from editor.gui.tasks import run_task
from editor.site import SiteProfile
from editor.spelling.checker import SpellChecker, checker_for
from editor.spelling.dictionary import Missing, missing
from editor.spelling.wordlists import add_word, personal_list_path, site_list_path

log = logging.getLogger(__name__)
_current: SpellService | None = None
_pool: QThreadPool | None = None


def current() -> SpellService | None:
    return _current


def spelling_pool() -> QThreadPool:
    """One worker thread for Hunspell, asked in order. It belongs to no window: a pool
    destroyed with its window waits for its running task, which (needing Python's lock
    the closing UI thread holds) would never finish."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class SpellService(QObject):
    checked = Signal()  # answers for more words arrived
    state_changed = Signal()  # loaded, switched on/off, another site, a word added
    missing = Signal(object)  # Missing: no dictionary was found

    def __init__(self, parent: QObject | None = None) -> None:
        global _current
        super().__init__(parent)
        self.pool = spelling_pool()
        self.checker: SpellChecker | None = None
        self.verdicts: dict[str, bool] = {}
        self.problem: Missing | None = None
        self.site: SiteProfile | None = None
        self.enabled = True
        self.language = "id"
        self._queue: set[str] = set()
        self._busy = False
        self._loaded_for: SiteProfile | None = None
        self._highlighters: list[QObject] = []
        _current = self

    @property
    def active(self) -> bool:
        """Underlines are shown: switched on, an Indonesian article, a dictionary."""
        return self.enabled and self.language == "id" and self.problem is None

    # ----------------------------------------------------------------- set-up
    def watch(self, *documents: QTextDocument) -> None:
        from editor.gui.spelling.highlighter import SpellHighlighter

        for document in documents:
            self._highlighters.append(SpellHighlighter(document, self))

    def set_site(self, site: SiteProfile) -> None:
        """Load the checker for ``site`` (dictionary, its word list and tags) in the worker;
        switched off, only when it is switched on."""
        self.site = site
        self._loaded_for = None
        if self.enabled:
            self._load(site)

    def _load(self, site: SiteProfile) -> None:
        self._loaded_for = site

        def loaded(checker: SpellChecker) -> None:
            if site is not self.site:
                return  # another site was chosen meanwhile
            self.checker = checker
            self.problem = checker.problem
            self.verdicts.clear()
            self._busy = False
            if self.problem is not None:
                self.missing.emit(self.problem)
            self.state_changed.emit()
            self._next()

        def failed(error: Exception) -> None:
            log.error("the spelling dictionary could not be loaded: %s", error)
            if site is not self.site:
                return
            self.checker, self.problem = None, missing()
            self._busy = False
            self.missing.emit(self.problem)
            self.state_changed.emit()

        self._busy = True
        run_task(lambda _progress: checker_for(site), loaded, failed, pool=self.pool, owner=self)

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.enabled:
            self.enabled = enabled
            if enabled and self.site is not None and self._loaded_for is not self.site:
                self._load(self.site)
            self.state_changed.emit()

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.state_changed.emit()

    # ----------------------------------------------------------------- checking
    def request(self, words: Iterable[str]) -> None:
        """Have ``words`` checked in the worker; ``checked`` follows."""
        self._queue.update(words)
        if not self._busy:
            self._next()

    def _next(self) -> None:
        if self._busy or not self._queue or self.checker is None:
            return
        batch, self._queue = self._queue, set()
        checker = self.checker
        self._busy = True

        def done(answers: dict[str, bool]) -> None:
            self._busy = False
            if checker is self.checker:
                self.verdicts.update(answers)
                self.checked.emit()
            self._next()

        def failed(error: Exception) -> None:
            """Words that could not be judged are not underlined (nor asked again)."""
            log.error("spell check failed for %d words: %s", len(batch), error)
            done(dict.fromkeys(batch, True))

        run_task(lambda _progress: {word: checker.known(word) for word in batch}, done,
                 failed, pool=self.pool, owner=self)

    def suggestions(self, word: str) -> list[str]:
        """Asked when a context menu opens (tens of milliseconds)."""
        return self.checker.suggest(word) if self.checker is not None else []

    def can_add_to_site(self) -> bool:
        return self.site is not None and site_list_path(self.site) is not None

    def add(self, word: str, *, site_wide: bool = False) -> None:
        """Remember ``word`` in the journalist's list or the site's; raises RedaksiError."""
        path = site_list_path(self.site) if site_wide and self.site else personal_list_path()
        if path is None:
            return
        add_word(path, word)
        if self.checker is not None:
            self.checker.accept([word])
        for known in [w for w in self.verdicts if w.lower() == word.lower()]:
            self.verdicts[known] = True
        self.verdicts[word] = True
        self.state_changed.emit()
