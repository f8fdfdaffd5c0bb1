"""Publication records that could not be written into their draft yet.

A publish that succeeded is a fact: the article is live. If its record (where,
when, and the publication time the URL now carries) cannot be saved into the
draft file (a read-only folder, a full disk, or an editor window that saves
later), it waits here, in ``<user data dir>/publish-state/<article id>.json``,
keyed by the article's id. Opening the draft applies it, so the article shows
as published and keeps its date; the next successful save writes it into the
file and removes it from here. A draft from before ids got its id during that
publish but could not save it, so for an article without an id the state is
found by the draft's path instead (and gives the article its id).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

from editor.model.article import Article, PublishRecord, parse_time
from editor.paths import data_root
from editor.storage.atomic import atomic_write_bytes

SAFE_ID = re.compile(r"[A-Za-z0-9-]{1,64}")


def pending_root() -> Path:
    """``<user data dir>/publish-state`` (``editor.paths.data_root``)."""
    return data_root() / "publish-state"


def _file(article_id: str) -> Path | None:
    """Only ids that are plain names: an id comes from a file someone may have crafted."""
    if not SAFE_ID.fullmatch(article_id):
        return None
    return pending_root() / f"{article_id}.json"


def keep(article: Article, record: PublishRecord | None, draft_path: Path | None) -> Path:
    """Add ``record`` (and the article's publication time) to the article's pending state.

    Without a record, it notes the article's id before a publish: should the process die
    after the article went live but before the draft was saved, the draft (found by its
    path if it has no id yet) is still the same article next time.
    Raises ``OSError`` when even this cannot be written; the caller says so.
    """
    path = _file(article.id)
    if path is None:
        raise OSError(f"article id {article.id!r} cannot name a file")
    state = _read(path) or {"id": article.id, "published": None, "publications": []}
    state["draft"] = str(Path(draft_path).resolve()) if draft_path else state.get("draft")
    if record is not None:  # only a publish that happened fixes the publication time
        if article.published is not None and not state.get("published"):
            state["published"] = article.published.isoformat()
        if record.to_dict() not in state["publications"]:
            state["publications"].append(record.to_dict())
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, json.dumps(state, ensure_ascii=False, indent=1).encode("utf-8"))
    return path


def apply(article: Article, draft_path: Path | None = None) -> bool:
    """Put what is pending for this article into it; True if anything was added."""
    state = _read(_file(article.id)) if article.id else _by_draft(draft_path)
    if not state:
        return False
    changed = False
    if not article.id and _file(str(state.get("id", ""))) is not None:
        article.id, changed = str(state["id"]), True
    published = _time(state.get("published"))
    if article.published is None and published is not None:
        article.published, changed = published, True
    have = {(record.at, record.url) for record in article.publications}
    for row in state.get("publications") or []:
        record = _record(row)
        if record is not None and (record.at, record.url) not in have:
            article.publications.append(record)
            have.add((record.at, record.url))
            changed = True
    if changed:
        article.publications.sort(key=lambda record: record.at)
    return changed


def forget(article: Article) -> None:
    """After the records reached the draft file: nothing is pending any more."""
    path = _file(article.id)
    if path is not None:
        path.unlink(missing_ok=True)


def has_pending(article: Article) -> bool:
    path = _file(article.id)
    return path is not None and path.is_file()


def _by_draft(draft_path: Path | None) -> dict | None:
    """The state of an article without an id, by its draft file (the folder is tiny)."""
    if draft_path is None or not pending_root().is_dir():
        return None
    wanted = str(Path(draft_path).resolve())
    for path in sorted(pending_root().glob("*.json")):
        state = _read(path)
        if state is not None and state.get("draft") == wanted:
            return state
    return None


def _read(path: Path | None) -> dict | None:
    if path is None:
        return None
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # missing, or damaged: never stops opening or saving a draft
    if not isinstance(state, dict) or not isinstance(state.get("publications"), list):
        return None
    return state


def _record(row: object) -> PublishRecord | None:
    try:
        return PublishRecord.from_dict(row)  # type: ignore[arg-type]
    except (ValueError, TypeError, AttributeError):
        return None


def _time(value: object) -> datetime | None:
    try:
        return parse_time(value)
    except (ValueError, TypeError):
        return None
