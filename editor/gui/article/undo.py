"""The commands on the window's one undo stack.

Two kinds, so Ctrl+Z always undoes the last thing the journalist did, wherever:

- ``ArticleEdit``: a change to anything but the body (headline, deck, photo, related
  stories, tags, …). It stores the article's non-body fields before and after, so
  one class serves every field and side effects (the slug following the headline)
  are undone with their cause. Typing in one field merges into one command until
  the field loses focus (``seal``). Publication records are not edits and are in no
  snapshot; once an article is live, ``pin`` writes its address (slug, date) into
  every snapshot, so no undo or redo can move a live article (see ``DraftSession.record``).
- ``BodyStep``: one step of the body document's own undo history. Qt already merges
  typing and groups each formatting or card operation into one step; this command
  just tells the document to undo or redo it, keeping the two histories in step.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QTextEdit

from editor.model.article import Article
from editor.model.revisions import FROZEN_WHEN_PUBLISHED

HEAD_FIELDS = (
    "headline", "deck", "slug", "slug_locked", "section", "tags", "authors", "editors", "signoff",
    "dateline", "published", "updated", "language", "featured_image", "related", "seo_title",
    "seo_description", "correction", "correction_kind",
)
MERGE_ID = 0x5ED1
Snapshot = dict[str, Any]


def snapshot(article: Article) -> Snapshot:
    return {name: copy.deepcopy(getattr(article, name)) for name in HEAD_FIELDS}


def restore(article: Article, state: Snapshot) -> None:
    for name, value in state.items():
        setattr(article, name, copy.deepcopy(value))


def pin(stack: QUndoStack, article: Article) -> None:
    """Make every step of ``stack`` (done and undone, inside macros too) keep the
    article's address as it is now."""
    values = {name: getattr(article, name) for name in FROZEN_WHEN_PUBLISHED}
    commands = [stack.command(index) for index in range(stack.count())]
    while commands:
        command = commands.pop()
        commands.extend(command.child(index) for index in range(command.childCount()))
        if isinstance(command, ArticleEdit):
            for state in (command.before, command.after):
                state.update(copy.deepcopy(values))


class ArticleEdit(QUndoCommand):
    """Before/after of the article's head fields; ``apply`` shows the state in the window."""

    def __init__(self, text: str, article: Article, before: Snapshot, after: Snapshot,
                 apply: Callable[[], None], merge_key: str | None = None) -> None:
        super().__init__(text)
        self.article = article
        self.before, self.after = before, after
        self.apply = apply
        self.merge_key = merge_key
        self.sealed = False
        self._first = True

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ArticleEdit) or self.sealed or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # already applied when pushed: the widget made the change
            self._first = False
            return
        restore(self.article, self.after)
        self.apply()

    def undo(self) -> None:
        restore(self.article, self.before)
        self.apply()


class BodyStep(QUndoCommand):
    """One step of the body document's history, replayed through the editor."""

    def __init__(self, text: str, editor: QTextEdit) -> None:
        super().__init__(text)
        self.editor = editor
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.editor.redo()

    def undo(self) -> None:
        self.editor.undo()
