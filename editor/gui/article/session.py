"""The draft being edited, its undo history and its unsaved-changes state.

Widgets never change the article behind the session's back: head fields go
through ``edit()`` (one ``ArticleEdit`` on the undo stack), and the body is read
from the body editor's document. Everything else (preview, checks, status bar,
autosave, window title) listens to ``changed``.

Reading the body means walking the whole document (12–28 ms for 20,000 words),
too slow for every key press. So a change in the text only marks the body *stale*
and announces ``changed``; the walk happens when someone needs the body: the
``draft`` and ``article`` properties convert a stale body first, so saving,
autosave, export, publishing, the checks and the preview (after its debounce)
always see the text as typed. ``current`` is the draft as it is, for the few
callers on the typing path that read only head fields or media, or hand the
draft on to one that syncs later (the preview pane's ``before_render``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from editor.gui.article.undo import ArticleEdit, BodyStep, pin, restore, snapshot
from editor.gui.body.convert import replace_document
from editor.gui.body.editor import BodyEdit
from editor.model.article import Article
from editor.model.draft import Draft
from editor.model.validate import Problem, validate
from editor.render.urls import article_url
from editor.site import SiteProfile, load_profile


class DraftSession(QObject):
    changed = Signal()  # the article changed in any way
    head_changed = Signal()  # non-body fields changed: widgets re-read them
    draft_loaded = Signal()  # another draft is now in the window
    dirty_changed = Signal(bool)
    saved = Signal(Path)

    def __init__(self, body: BodyEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.body = body
        self._draft = Draft()
        self._body_stale = False
        self.site: SiteProfile = load_profile()
        self.stack = QUndoStack(self)
        self.block_starts: list[int] = []
        self.generation = 0  # bumps on every change; autosave compares it
        self._loading = False
        self._forced_dirty = False
        self._was_dirty = False
        doc = body.document()
        # contentsChange, not contentsChanged: the spell check's underlines repaint
        # paragraphs, which emits contentsChanged but changes nothing of the article
        doc.contentsChange.connect(self._body_changed)
        doc.undoCommandAdded.connect(self._body_step)
        self.stack.cleanChanged.connect(self._clean_changed)
        self.stack.indexChanged.connect(self._end_body_merge)

    @property
    def draft(self) -> Draft:
        """The draft, its body converted from the editor if it was stale."""
        self.sync_body()
        return self._draft

    @property
    def article(self) -> Article:
        """The article, its body converted from the editor if it was stale."""
        self.sync_body()
        return self._draft.article

    @property
    def current(self) -> Draft:
        """The draft as it is: its body may lag behind the editor (see the module doc)."""
        return self._draft

    def sync_body(self) -> bool:
        """Convert the editor's document to model blocks if it changed since the last
        time; True when that changed the article's body."""
        if not self._body_stale:
            return False
        self._body_stale = False
        blocks, self.block_starts = self.body.model_blocks()
        if blocks == self._draft.article.body:
            return False
        self._draft.article.body = blocks
        return True

    # ----------------------------------------------------------------- loading
    def load(self, draft: Draft, *, dirty: bool = False) -> None:
        """Show ``draft``; ``dirty`` for a restored recovery copy that was never saved."""
        self._loading = True
        self._draft = draft
        self._body_stale = False
        self.body.load_blocks(draft.article.body)
        _blocks, self.block_starts = self.body.model_blocks()
        self._loading = False
        self.stack.clear()
        self._forced_dirty = dirty
        self.generation += 1
        self.draft_loaded.emit()
        self.head_changed.emit()
        self.changed.emit()
        self._dirty_maybe_changed(force=True)

    def set_site(self, site: SiteProfile) -> None:
        self.site = site
        self.changed.emit()

    # ----------------------------------------------------------------- editing
    def edit(self, text: str, mutate: Callable[[Article], None],
             merge_key: str | None = None) -> bool:
        """Change head fields through ``mutate``; one undoable step (merged while typing).

        ``text`` is the (translated) name of the step, shown in Edit → Undo's tooltip.
        """
        before = snapshot(self.article)
        mutate(self.article)
        after = snapshot(self.article)
        if before == after:
            return False
        self.stack.push(ArticleEdit(text, self.article, before, after, self._head_restored,
                                    merge_key))
        self._touched()
        self.head_changed.emit()
        return True

    def record(self, mutate: Callable[[Article], None]) -> None:
        """Note a fact about the article (where and when it went live) outside the undo
        history: Ctrl+Z undoes the journalist's edits, never the record, and never moves
        the live article's address. The draft counts as unsaved until it is saved."""
        mutate(self.article)
        pin(self.stack, self.article)
        self._forced_dirty = True
        self._touched()
        self.head_changed.emit()

    def replace_article(self, text: str, article: Article) -> None:
        """Put ``article`` in the window, body and head fields, as one undoable step
        (restoring a revision)."""
        self.stack.beginMacro(text)
        try:
            replace_document(self.body.document(), article.body)
            self.edit(text, lambda a: restore(a, snapshot(article)))
        finally:
            self.stack.endMacro()
        self.seal()

    def _end_body_merge(self, _index: int = 0) -> None:
        """After any step of the window's history, the next typing in the body must be a
        new step of the document's own history too. QTextDocument only merges typing into
        its last step while it counts as modified, so clearing that flag ends the merge."""
        if shiboken6.isValid(self.body):
            self.body.document().setModified(False)

    def seal(self) -> None:
        """End merging: the next keystroke in a field or the body starts a new undo step."""
        self._end_body_merge()
        index = self.stack.index()
        if index > 0:
            command = self.stack.command(index - 1)
            if isinstance(command, ArticleEdit):
                command.sealed = True

    def _head_restored(self) -> None:
        self._touched()
        self.head_changed.emit()

    def _body_step(self) -> None:
        if not self._loading:
            label = QCoreApplication.translate("Session", "Edit text")
            self.stack.push(BodyStep(label, self.body))

    def _body_changed(self, *_change: int) -> None:
        """A change in the text: the body is converted later, when it is asked for."""
        if not self._loading:
            self._body_stale = True
            self._touched()

    def _touched(self) -> None:
        self.generation += 1
        self.changed.emit()
        self._dirty_maybe_changed()

    # ----------------------------------------------------------------- state
    def is_dirty(self) -> bool:
        return self._forced_dirty or not self.stack.isClean()

    def _clean_changed(self, _clean: bool) -> None:
        if shiboken6.isValid(self.stack):  # also emitted while the stack is being destroyed
            self._dirty_maybe_changed()

    def _dirty_maybe_changed(self, force: bool = False) -> None:
        dirty = self.is_dirty()
        if force or dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    def mark_saved(self, path: Path) -> None:
        self.stack.setClean()
        self._end_body_merge()  # typing after a save must make the draft dirty again
        self._forced_dirty = False
        self._dirty_maybe_changed(force=True)
        self.saved.emit(path)

    def own_url(self) -> str:
        return article_url(self.article, self.site)

    def problems(self) -> list[Problem]:
        return validate(self.article, own_url=self.own_url(), rules=self.site.checks)

    def block_number(self, model_index: int) -> int | None:
        """The document block where model block ``model_index`` starts."""
        if 0 <= model_index < len(self.block_starts):
            return self.block_starts[model_index]
        return None
