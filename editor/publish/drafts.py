"""Publishing a draft: the one use case behind ``redaksi publish`` and File → Publish….

``publish_draft`` exports the draft into a temporary folder, publishes it, adds
it to the site's local archive (``editor.archive``), fixes the article's
publication time (the URL carries its date), appends the record of where and
when, and saves the draft. The editor window runs it in a worker
with ``save=False`` and saves through its own session instead; everything else
(threads, progress bars, dialogs) is the caller's.

A publish that succeeded is never reported as a failure: if the record cannot
be written into the draft, it waits in the local publish state
(``editor.storage.pending``) and the next save of the draft adds it.

Passwords follow one rule, whoever asks: the keyring is the only place the
publisher reads a secret from. A password the user typed goes there for the
publish; it stays only if they asked to remember it and the server did not
refuse it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from editor import lazy
from editor.errors import RedaksiError, say
from editor.export.article import export_article
from editor.model.article import Article, PublishRecord
from editor.model.draft import Draft
from editor.model.entry import IndexEntry
from editor.publish import failures
from editor.publish.api import PublishResult, publish
from editor.publish.failures import PasswordNotGiven
from editor.publish.hostkeys import ConfirmHostKey
from editor.publish.progress import CancelFlag, ProgressCallback
from editor.publish.secrets import delete_secret, set_secret, target_account
from editor.publish.targets import load_target
from editor.site import SiteProfile
from editor.storage import pending
from editor.storage.draft import save_draft


@dataclass(frozen=True, slots=True)
class Secret:
    """A password or key passphrase the user typed; never written to a file."""

    value: str = field(repr=False)
    remember: bool = True


AskSecret = Callable[[str], "Secret | None"]  # keyring account -> typed secret, None: gave up


@dataclass(frozen=True, slots=True)
class DraftPublished:
    """What happened: the live address, the record, and where the record is kept.

    ``saved`` is True when the record is in the draft file. Otherwise ``kept``
    is the local publish state holding it (None if even that failed) and
    ``save_error`` says why the draft could not take it.
    """

    result: PublishResult
    record: PublishRecord
    published: datetime
    article_id: str
    saved: bool = False
    kept: Path | None = None
    save_error: Exception | None = None
    archive_warning: str | None = None  # the local archive could not take it (one line)


def publish_draft(draft: Draft, site: SiteProfile, target_name: str | None = None, *,
                  save: bool = True, replace: bool = False,
                  progress: ProgressCallback | None = None,
                  export_progress: Callable[[float], None] | None = None,
                  cancel: CancelFlag | None = None,
                  confirm_host_key: ConfirmHostKey | None = None,
                  secret: Secret | None = None,
                  ask_secret: AskSecret | None = None) -> DraftPublished:
    """Export, publish, record. ``draft`` is changed in place (its publication time, id
    and records); with ``save`` it is then written to ``draft.path``."""
    article = draft.article
    article.ensure_id()
    if article.published is None:  # the URL carries this date from now on
        article.published = datetime.now(site.zone).replace(microsecond=0)
    target = load_target(site, target_name)
    _note_id(draft)
    with tempfile.TemporaryDirectory(prefix="redaksi-publish-") as folder:
        exported = export_article(draft, site, Path(folder), progress=export_progress)
        item = exported.item
        if cancel is not None and cancel.is_set():
            raise failures.cancelled()

        def attempt() -> PublishResult:
            return publish(item, site, target.name, progress=progress, cancel=cancel,
                           confirm_host_key=confirm_host_key, replace=replace,
                           own_urls=_own_urls(article, target.name))

        result = with_secret(target_account(target), secret, ask_secret, attempt)
    warning = _add_to_archive(site, dataclasses.replace(item.entry, url=result.url),
                              exported.body)
    record = PublishRecord(result.target, result.url, result.at)
    article.publications.append(record)
    outcome = DraftPublished(result, record, article.published, article.id,
                             archive_warning=warning)
    return _save(draft, outcome) if save else _keep(draft, outcome, None)


def with_secret(account: str | None, typed: Secret | None, ask: AskSecret | None,
                attempt: Callable[[], PublishResult]) -> PublishResult:
    """Run ``attempt``; if the keyring lacks the target's password, ask once and retry."""
    if account is None:
        return attempt()
    try:
        return _attempt_with(account, typed, attempt)
    except failures.SecretMissing:
        if typed is not None or ask is None:
            raise
    typed = ask(account)
    if typed is None:
        raise failures.password_not_given()
    return _attempt_with(account, typed, attempt)


def _attempt_with(account: str, typed: Secret | None,
                  attempt: Callable[[], PublishResult]) -> PublishResult:
    if typed is None:
        return attempt()
    set_secret(account, typed.value)
    keep = False
    try:
        result = attempt()
        keep = typed.remember
        return result
    except (failures.TransientError, failures.PublishCancelled):
        keep = typed.remember  # the password was not what failed
        raise
    finally:
        if not keep:  # not wanted, or refused by the server: ask again next time
            delete_secret(account)


def _add_to_archive(site: SiteProfile, entry: IndexEntry, body: str) -> str | None:
    """The local archive knows the article, live, at once (with the words of its body), so
    the next draft can link to it. The article is live whatever happens here: a failing
    archive is one line for the journalist, never raised. (Imported here, through ``lazy`` as the editor's
    worker threads do: its search and stemmer cost the publish dialog ~70 ms to open
    otherwise.)"""
    lazy.ensure("editor.archive")
    from editor.archive import record_exported

    try:
        record_exported(site, [(entry, body)], source="publish")
    except RedaksiError as exc:
        return say("berita sudah tayang, tetapi arsip lokal belum mencantumkannya "
                   f"('redaksi archive sync' menambahkannya): {exc.message('id')}",
                   "the article is live, but the local archive does not list it yet "
                   f"('redaksi archive sync' adds it): {exc.message('en')}")
    return None


def _note_id(draft: Draft) -> None:
    """Before going live: which id this draft publishes with, in case the process dies
    before the draft is saved (a draft from before ids would otherwise get another)."""
    if draft.path is not None:
        with contextlib.suppress(OSError):
            pending.keep(draft.article, None, draft.path)


def _own_urls(article: Article, target: str) -> frozenset[str]:
    """Where this draft says it went before: proof of ownership for pages published
    before articles had ids."""
    return frozenset(record.url for record in article.publications if record.target == target)


def _save(draft: Draft, outcome: DraftPublished) -> DraftPublished:
    if draft.path is None:
        return _keep(draft, outcome, None)
    try:
        save_draft(draft, draft.path)
    except (RedaksiError, OSError) as exc:
        return _keep(draft, outcome, exc)
    return dataclasses.replace(outcome, saved=True)


def _keep(draft: Draft, outcome: DraftPublished, error: Exception | None) -> DraftPublished:
    """The record goes to the local publish state until a save puts it into the draft."""
    try:
        kept: Path | None = pending.keep(draft.article, outcome.record, draft.path)
    except OSError:
        kept = None
    return dataclasses.replace(outcome, kept=kept, save_error=error)


__all__ = ["DraftPublished", "PasswordNotGiven", "Secret", "publish_draft", "with_secret"]
