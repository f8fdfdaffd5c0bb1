"""File → Publish…: export the draft and put it on the site from a worker thread.

The core's ``publish()`` blocks and calls back from the thread it runs in: with
progress, and with a question when an SFTP server's key is unknown. This module
is the bridge between that thread and the window:

- ``PublishJob.run`` is the work a ``tasks.run_task`` worker does: export a copy
  of the draft into a temporary folder, then publish it. Progress is thinned to
  one report per 0.1 % so a fast folder target cannot flood the UI thread.
- A question (trust this host key? which password?) travels to the UI thread as
  a queued signal on one long-lived bridge object; the worker waits on a
  ``threading.Event`` until the journalist answers, and gives up when cancel is
  pressed, so a forgotten question never keeps a thread alive.
- A password typed in the dialog goes only to the system keyring (``set_secret``),
  because that is the one place the core reads secrets from. Without "remember",
  or when the server refused it, it is removed again once the publish ends.
- ``record_publication`` writes where and when into the draft through the
  session's undo stack, so the window shows the draft as changed.

"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from editor.errors import RedaksiError
from editor.export import export_article
from editor.gui.tasks import STEPS
from editor.model.article import Article, PublishRecord
from editor.model.draft import Draft
from editor.publish import failures
from editor.publish.api import PublishResult, publish
from editor.publish.items import PublishItem, publish_item_from
from editor.publish.secrets import delete_secret, set_secret, target_account
from editor.publish.targets import load_target
from editor.site import SiteProfile
from editor.storage.draft import open_draft, save_draft

if TYPE_CHECKING:
    from editor.gui.article.session import DraftSession

log = logging.getLogger(__name__)

Report = Callable[[int, int, str], None]
EXPORT_SHARE = 300  # of the bar: making the photos; the upload fills the rest
POLL_SECONDS = 0.1  # how often a waiting worker looks at the cancel flag


@dataclass(frozen=True, slots=True)
class Secret:
    """A password or key passphrase the journalist typed; never written to a file."""

    value: str = field(repr=False)
    remember: bool = True


@dataclass(frozen=True, slots=True)
class PublishRequest:
    """Everything the worker needs, as plain data it owns (the draft is a copy)."""

    draft: Draft
    site: SiteProfile
    target: str
    published: datetime  # the article's publication time; "now" on a first publish
    secret: Secret | None = None  # typed in the dialog, tried before asking


@dataclass(frozen=True, slots=True)
class PublishOutcome:
    result: PublishResult
    published: datetime


class PasswordNotGiven(failures.PublishCancelled):
    """The journalist closed the password prompt; the dialog explains in its own words."""

    def __init__(self) -> None:
        super().__init__("Kata sandi tidak diisi; tidak ada yang diterbitkan.",
                         "No password was given; nothing was published.")


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
    def run(self, report: Report) -> PublishOutcome:
        """Export into a temporary folder, then publish it; the folder goes either way."""
        self._report = report
        report(0, 0, "")  # busy until the photos report; then the bar follows their files
        request = self.request
        with tempfile.TemporaryDirectory(prefix="redaksi-publish-") as folder:
            exported = export_article(
                request.draft, request.site, Path(folder),
                progress=lambda part: report(round(part * EXPORT_SHARE), STEPS, ""))
            item = publish_item_from(exported)
            if self.cancel.is_set():
                raise failures.cancelled()
            result = self._publish_with_secret(item)
        return PublishOutcome(result, request.published)

    def _publish_with_secret(self, item: PublishItem) -> PublishResult:
        """Publish; if the keyring has no password for the target, ask once and retry."""
        account = target_account(load_target(self.request.site, self.request.target))
        typed = self.request.secret if account else None
        try:
            return self._publish_once(item, account, typed)
        except failures.SecretMissing:
            if account is None or typed is not None:
                raise
        typed = self._ask(Question("password", account))
        if not isinstance(typed, Secret):
            raise PasswordNotGiven()
        return self._publish_once(item, account, typed)

    def _publish_once(self, item: PublishItem, account: str | None,
                      typed: Secret | None) -> PublishResult:
        if account is None or typed is None:
            return self._publish(item)
        set_secret(account, typed.value)
        keep = False
        try:
            result = self._publish(item)
            keep = typed.remember
            return result
        except (failures.TransientError, failures.PublishCancelled):
            keep = typed.remember  # the password was not what failed
            raise
        finally:
            if not keep:  # not wanted, or refused by the server: ask again next time
                delete_secret(account)

    def _publish(self, item: PublishItem) -> PublishResult:
        return publish(item, self.request.site, self.request.target, progress=self._progress,
                       cancel=self.cancel, confirm_host_key=self._confirm_host_key)

    def _progress(self, done: int, total: int, message: str) -> None:
        step = EXPORT_SHARE + (STEPS - EXPORT_SHARE) * done // total if total else STEPS
        if (step, message) != self._last:
            self._last = (step, message)
            self._report(step, STEPS, message)

    def _confirm_host_key(self, host: str, fingerprint: str) -> bool:
        return self._ask(Question("host_key", host, fingerprint)) is True

    def _ask(self, question: Question) -> Any:
        """Ask on the UI thread and wait for the answer; None once cancel is pressed."""
        self._bridge.asked.emit((question, self.ask))
        while not question.answered.wait(POLL_SECONDS):
            if self.cancel.is_set():
                question.reply(None)
        return question.answer


# --------------------------------------------------------------------- recording
def _recorder(outcome: PublishOutcome) -> Callable[[Article], None]:
    result = outcome.result

    def mutate(article: Article) -> None:
        if article.published is None:  # the URL carries this date from now on
            article.published = outcome.published
        article.publications.append(PublishRecord(result.target, result.url, result.at))

    return mutate


def record_publication(session: DraftSession, draft: Draft, outcome: PublishOutcome) -> str:
    """Note where and when in the draft; returns how: "session", "file" or "" (not at all).

    Normally an undoable step in the window (which then shows unsaved changes). If
    the window has meanwhile loaded another article, the note goes into the
    published draft's file instead, so it is not lost.
    """
    mutate = _recorder(outcome)
    if session.draft is draft:
        session.edit(QCoreApplication.translate("Publish", "Record publication"), mutate)
        return "session"
    if draft.path is None:
        return ""
    try:
        on_disk = open_draft(draft.path)
        mutate(on_disk.article)
        save_draft(on_disk, draft.path)
    except (RedaksiError, OSError) as exc:
        log.warning("could not record the publication in %s: %s", draft.path, exc)
        return ""
    return "file"

