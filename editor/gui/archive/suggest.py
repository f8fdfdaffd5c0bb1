"""Suggestions for the draft being written: related stories for the list beside
"Berita Terkait", and Baca Juga proposals for places in the text.

Asked after a pause in typing (``DELAY_MS``), with a copy of the article, in the
archive service's work lane; an answer for an older state of the draft is dropped and
asked again. Proposals are anchored to the text with ``QTextCursor``s, which move with
the text as it is edited, so a mark stays by its paragraph until the next answer.
What the journalist dismissed or rejected is never suggested again in this draft
session (a new or another draft starts afresh).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor

from editor.gui.archive.service import ArchiveService
from editor.gui.article.session import DraftSession
from editor.model.article import RelatedStory
from editor.model.blocks import BacaJuga, Paragraph

DELAY_MS = 900
MIN_WORDS = 12  # fewer words in headline and body say too little to suggest anything


class ArchiveSuggestions(QObject):
    changed = Signal()  # related stories or proposals changed (list and margin repaint)

    def __init__(self, session: DraftSession, service: ArchiveService,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.service = session, service
        self.related: list = []
        self.proposals: list[tuple[QTextCursor, object]] = []
        self.state = "waiting"
        self.dismissed: set[str] = set()
        self.places_on = True
        self.answers = 0  # answers shown so far (tests wait for the next one)
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self.ask)
        session.changed.connect(self.timer.start)
        session.draft_loaded.connect(self._new_draft)
        service.state_changed.connect(self.ask)

    def _new_draft(self) -> None:
        self.dismissed.clear()
        self._show([], [], "waiting")
        self.timer.start()

    def set_places(self, on: bool) -> None:
        """Baca Juga proposals on or off (the preference "Suggest Baca Juga every")."""
        if on != self.places_on:
            self.places_on = on
            self.ask()

    # ----------------------------------------------------------------- asking
    def ask(self) -> None:
        self.timer.stop()
        service = self.service
        if service.articles is None:
            self._show([], [], "waiting")  # asked again when the archive is known
            return
        if not service.articles:
            self._show([], [], service.problem or "empty")
            return
        article = self.session.article  # converts a stale body first (on the UI thread)
        words = sum(len(block.plain().split()) for block in article.body)
        if words + len(article.headline.split()) < MIN_WORDS:
            self._show([], [], "short")
            return
        generation = self.session.generation
        starts = list(self.session.block_starts)
        draft = copy.deepcopy(article)
        own = [self.session.own_url(), *sorted(self.dismissed)]
        service.suggest(draft, own, None if self.places_on else 0,
                        lambda found: self._arrived(generation, draft, starts, found))

    def _arrived(self, generation: int, draft, starts: list[int], found) -> None:
        if generation != self.session.generation:
            self.timer.start()  # the draft changed meanwhile: ask again after the pause
            return
        self.answers += 1
        if found is None:
            self._show([], [], self.service.problem or "empty")
            return
        related = [s for s in found.related if s.url not in self.dismissed]
        places = [(self._anchor(draft, starts, s.after_paragraph), s) for s in found.baca_juga
                  if s.url not in self.dismissed]
        self._show(related, [(c, s) for c, s in places if c is not None], "ready")

    def _anchor(self, draft, starts: list[int], after: int | None) -> QTextCursor | None:
        """A cursor at the start of the body's ``after``-th paragraph (the box goes after it)."""
        count = 0
        for index, block in enumerate(draft.body):
            count += isinstance(block, Paragraph)
            if isinstance(block, Paragraph) and count == after and index < len(starts):
                text_block = self.session.body.document().findBlockByNumber(starts[index])
                return QTextCursor(text_block) if text_block.isValid() else None
        return None

    def _show(self, related: list, proposals: list, state: str) -> None:
        self.related, self.proposals, self.state = related, proposals, state
        self.changed.emit()

    # ----------------------------------------------------------------- choices
    def add_related(self, suggestion) -> None:
        """One click: the story goes into "Berita Terkait" (one undoable step)."""
        story = RelatedStory(suggestion.headline, suggestion.url, suggestion.published,
                             suggestion.image or "")
        text = QCoreApplication.translate("RelatedPanel", "Add related story")
        self.session.edit(text, lambda article: article.related.append(story))
        self._drop(suggestion)

    def dismiss(self, suggestion) -> None:
        self.dismissed.add(suggestion.url)
        self._drop(suggestion)
        self.timer.start()  # another story may take its place

    def accept_place(self, number: int) -> bool:
        """Insert the story proposed after text block ``number``: one undoable step."""
        suggestion = self.proposal_at(number)
        if suggestion is None:
            return False
        self.session.seal()  # typing just before must not merge with the insertion
        self.session.body.insert_card_after(number, BacaJuga(suggestion.url, suggestion.headline))
        self._drop(suggestion)
        return True

    def reject_place(self, number: int) -> None:
        suggestion = self.proposal_at(number)
        if suggestion is not None:
            self.dismiss(suggestion)

    def proposal_at(self, number: int):
        for cursor, suggestion in self.proposals:
            if cursor.block().blockNumber() == number:
                return suggestion
        return None

    def _drop(self, suggestion) -> None:
        self._show([s for s in self.related if s.url != suggestion.url],
                   [(c, s) for c, s in self.proposals if s.url != suggestion.url], self.state)
