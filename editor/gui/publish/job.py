"""File → Publish…: run the core's ``publish_draft`` in a worker thread.

Publishing itself (export, publish, the draft's record, the password rule) is
the core's ``editor.publish.drafts``; this module is the bridge between its
worker thread and the window:

- ``PublishJob.run`` is the work a ``tasks.run_task`` worker does: it calls
  ``publish_draft`` on a copy of the draft, with ``save=False`` because the window
  saves its own draft. Progress is thinned to one report per 0.1 % so a fast
  folder target cannot flood the UI thread.
- A question (trust this host key? which password?) travels to the UI thread as
  a queued signal on one long-lived bridge object; the worker waits on a
  ``threading.Event`` until the journalist answers, and gives up when cancel is
  pressed, so a forgotten question never keeps a thread alive.
- ``record_publication`` writes where and when into the window's draft (not as an
  undoable step: Ctrl+Z must not unpublish the draft) and, if the draft had no other
  unsaved change, saves it, so a publish does not leave the window with unsaved
  changes of its own making.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from editor.errors import RedaksiError
from editor.gui.tasks import STEPS
from editor.model.article import Article
from editor.model.draft import Draft
from editor.publish.drafts import DraftPublished, PasswordNotGiven, Secret, publish_draft
from editor.site import SiteProfile
from editor.storage.draft import open_draft, save_draft

if TYPE_CHECKING:
    from editor.gui.article.session import DraftSession

log = logging.getLogger(__name__)

Report = Callable[[int, int, str], None]
EXPORT_SHARE = 300  # of the bar: making the photos; the upload fills the rest
POLL_SECONDS = 0.1  # how often a waiting worker looks at the cancel flag

__all__ = ["DraftPublished", "PasswordNotGiven", "PublishJob", "PublishRequest", "Question",
           "Secret", "record_publication"]


@dataclass(frozen=True, slots=True)
class PublishRequest:
    """Everything the worker needs, as plain data it owns (the draft is a copy)."""

    draft: Draft
    site: SiteProfile
    target: str
    secret: Secret | None = None  # typed in the dialog, tried before asking
    replace: bool = False  # the journalist chose to replace another article at this address


@dataclass(eq=False)
class Question:
    """One question from the worker: ``kind`` is "host_key" (subject = host) or
    "password" (subject = keyring account). The UI calls ``reply`` exactly once."""

    kind: str
    subject: str
    fingerprint: str = ""
    answer: Any = None
    answered: threading.Event = field(default_factory=threading.Event)

    def reply(self, answer: Any) -> None:
        if not self.answered.is_set():
            self.answer = answer
            self.answered.set()


Asker = Callable[[Question], None]


class _Bridge(QObject):
    """Lives on the UI thread for the whole run (see ``tasks``: a per-job QObject
    could be destroyed by the worker, which crashes Qt)."""

    asked = Signal(object)  # (Question, Asker)


_bridge: _Bridge | None = None


def _deliver(payload: tuple[Question, Asker]) -> None:
    """On the UI thread: let the dialog ask; if it cannot (it is gone), the answer is no."""
    question, ask = payload
    try:
        ask(question)
    except Exception:  # a deleted dialog raises RuntimeError; the worker must not hang
        log.exception("could not ask %s", question.kind)
        question.reply(None)


def _the_bridge() -> _Bridge:
    """Made on first use, which is on the UI thread (jobs are created there)."""
    global _bridge
    if _bridge is None:
        _bridge = _Bridge()
        _bridge.asked.connect(_deliver)
    return _bridge


class PublishJob:
    """One press of Publish. Created on the UI thread; ``run`` runs in a worker."""

    def __init__(self, request: PublishRequest, ask: Asker) -> None:
        self.request = request
        self.ask = ask
        self.cancel = threading.Event()
        self._bridge = _the_bridge()
        self._report: Report = lambda done, total, message: None
        self._last: tuple[int, str] | None = None

    # ----------------------------------------------------------------- worker side
    def run(self, report: Report) -> DraftPublished:
        """``publish_draft`` on the copy; the bar follows the photos, then the upload."""
        self._report = report
        report(0, 0, "")  # busy until the photos report; then the bar follows their files
        request = self.request
        return publish_draft(
            request.draft, request.site, request.target, save=False, replace=request.replace,
            progress=self._progress, cancel=self.cancel,
            export_progress=lambda part: report(round(part * EXPORT_SHARE), STEPS, ""),
            confirm_host_key=self._confirm_host_key, secret=request.secret,
            ask_secret=self._ask_secret)

    def _progress(self, done: int, total: int, message: str) -> None:
        step = EXPORT_SHARE + (STEPS - EXPORT_SHARE) * done // total if total else STEPS
        if (step, message) != self._last:
            self._last = (step, message)
            self._report(step, STEPS, message)

    def _confirm_host_key(self, host: str, fingerprint: str) -> bool:
        return self._ask(Question("host_key", host, fingerprint)) is True

    def _ask_secret(self, account: str) -> Secret | None:
        typed = self._ask(Question("password", account))
        return typed if isinstance(typed, Secret) else None

    def _ask(self, question: Question) -> Any:
        """Ask on the UI thread and wait for the answer; None once cancel is pressed."""
        self._bridge.asked.emit((question, self.ask))
        while not question.answered.wait(POLL_SECONDS):
            if self.cancel.is_set():
                question.reply(None)
        return question.answer


# --------------------------------------------------------------------- recording
def _recorder(outcome: DraftPublished) -> Callable[[Article], None]:
    def mutate(article: Article) -> None:
        if article.published is None:  # the URL carries this date from now on
            article.published = outcome.published
        article.publications.append(outcome.record)

    return mutate


SaveDraft = Callable[[], "Exception | None"]  # the window's quiet save; None when it worked


def record_publication(session: DraftSession, draft: Draft, outcome: DraftPublished,
                       save: SaveDraft | None = None) -> str:
    """Note where and when in the draft; returns how: "saved", "session", "file", "kept"
    or "" (not at all; the local publish state still has it).

    In the window it is no undoable step (``DraftSession.record``); if the draft had no
    other unsaved change, it is saved at once ("saved"; "kept" if that failed), else it
    goes with the journalist's next save ("session"). If the window has meanwhile loaded another
    article, the note goes into the published draft's file instead ("file").
    """
    mutate = _recorder(outcome)
    if session.draft is draft:
        clean = not session.is_dirty()
        session.record(mutate)
        if not clean or draft.path is None or save is None:
            return "session"
        return "kept" if save() is not None else "saved"
    if draft.path is None:
        return ""
    try:
        on_disk = open_draft(draft.path)  # opening applies the pending record, if ids match
        if not on_disk.article.id:
            on_disk.article.id = outcome.article_id
        if outcome.record not in on_disk.article.publications:
            mutate(on_disk.article)
        save_draft(on_disk, draft.path)
    except (RedaksiError, OSError) as exc:
        log.warning("could not record the publication in %s: %s", draft.path, exc)
        return ""
    return "file"
