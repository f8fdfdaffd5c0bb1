"""Autosave journal and crash recovery, without Qt.

While a draft has unsaved changes the editor writes a *journal* for its session
every so often: the article as JSON, where its media files are, and the path of
the draft file it came from. A clean exit (or a save) deletes the journal, so a
journal whose process is gone means a crash: the next start offers it back.

The journal holds the article and *references* to media files rather than the
media bytes. Media already live on disk (the journalist's own photos or the
draft's unpacked media cache), and copying a 20 MB photo every 30 seconds would
make autosave the slowest thing in the editor.
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from editor.errors import DraftError
from editor.model.draft import Draft
from editor.model.serialize import article_from_dict, article_to_dict
from editor.paths import data_root
from editor.storage.atomic import atomic_write_bytes
from editor.storage.migrations import migrate

JOURNAL_VERSION = 1
SUFFIX = ".journal.json"


def recovery_root() -> Path:
    """``<user data dir>/recovery`` (``editor.paths.data_root``)."""
    return data_root() / "recovery"


@dataclass(frozen=True, slots=True)
class RecoveryEntry:
    """One journal left behind by a session that did not end cleanly."""

    journal: Path
    session: str
    pid: int
    saved_at: datetime
    original: Path | None
    headline: str

    def load(self) -> Draft:
        """The journalled draft; ``path`` is the original file so Save goes back there."""
        from editor.storage.draft import read_revisions  # the schema validator: only now

        data = _read(self.journal)
        try:
            article = article_from_dict(migrate(dict(data["article"])))
        except (KeyError, TypeError, ValueError) as exc:
            raise DraftError(
                f"Salinan pemulihan rusak: {exc}",
                f"The recovery copy is damaged: {exc}",
                path=str(self.journal),
            ) from exc
        media = {str(key): Path(value) for key, value in data.get("media", {}).items()}
        return Draft(
            article=article,
            media=media,
            path=self.original,
            loaded_hash=data.get("original_hash"),
            revisions=read_revisions(self.original) if self.original else [],
        )

    def missing_media(self) -> list[str]:
        """Media keys whose files vanished since the crash (the draft opens without them)."""
        media = _read(self.journal).get("media", {})
        return [key for key, value in media.items() if not Path(value).is_file()]

    def discard(self) -> None:
        self.journal.unlink(missing_ok=True)


class RecoveryJournal:
    """The journal of one editor session; ``write`` replaces it atomically each time."""

    def __init__(self, root: Path | None = None, session: str | None = None) -> None:
        self.root = Path(root) if root else recovery_root()
        self.session = session or uuid.uuid4().hex
        self.pid = os.getpid()

    @property
    def path(self) -> Path:
        return self.root / f"{self.session}{SUFFIX}"

    def write(self, draft: Draft, *, now: datetime | None = None) -> Path:
        """Journal ``draft`` as it is now; safe to call from a worker thread with a copy."""
        self.root.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.path, self.encode(draft, now=now), private=True)
        return self.path

    def encode(self, draft: Draft, *, now: datetime | None = None) -> bytes:
        """The journal's bytes; split from ``write`` so the GUI can snapshot on its thread."""
        document: dict[str, Any] = {
            "journal_version": JOURNAL_VERSION,
            "session": self.session,
            "pid": self.pid,
            "saved_at": (now or datetime.now(UTC)).isoformat(),
            "original_path": str(draft.path) if draft.path else None,
            "original_hash": draft.loaded_hash,
            "article": article_to_dict(draft.article),
            "media": {key: str(path) for key, path in draft.media.items()},
        }
        return json.dumps(document, ensure_ascii=False).encode("utf-8")

    def write_bytes(self, payload: bytes) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.path, payload, private=True)
        return self.path

    def discard(self) -> None:
        """Forget the journal: the draft was saved, or closed on purpose."""
        self.path.unlink(missing_ok=True)


def pending(root: Path | None = None, *, exclude_session: str | None = None) -> list[RecoveryEntry]:
    """Journals of sessions whose process is gone, newest first; unreadable ones are skipped."""
    folder = Path(root) if root else recovery_root()
    if not folder.is_dir():
        return []
    entries = []
    for journal in folder.glob(f"*{SUFFIX}"):
        entry = _entry(journal)
        if entry is None or entry.session == exclude_session or process_alive(entry.pid):
            continue
        entries.append(entry)
    return sorted(entries, key=lambda item: item.saved_at, reverse=True)


def _entry(journal: Path) -> RecoveryEntry | None:
    try:
        data = _read(journal)
        original = data.get("original_path")
        return RecoveryEntry(
            journal=journal,
            session=str(data["session"]),
            pid=int(data["pid"]),
            saved_at=datetime.fromisoformat(data["saved_at"]),
            original=Path(original) if original else None,
            headline=str(data.get("article", {}).get("headline", "")),
        )
    except (DraftError, KeyError, TypeError, ValueError):
        return None


def _read(journal: Path) -> dict[str, Any]:
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DraftError(
            "Salinan pemulihan tidak bisa dibaca.",
            "The recovery copy cannot be read.",
            path=str(journal),
        ) from exc
    if not isinstance(data, dict) or data.get("journal_version") != JOURNAL_VERSION:
        raise DraftError(
            "Salinan pemulihan berformat tidak dikenal.",
            "The recovery copy has an unknown format.",
            path=str(journal),
        )
    return data


def process_alive(pid: int) -> bool:
    """Whether ``pid`` still runs; a live process means its journal is not a crash."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _windows_process_alive(pid: int) -> bool:
    """``os.kill`` would terminate the process on Windows, so ask the kernel instead."""
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    code = ctypes.c_ulong()
    try:
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel.CloseHandle(handle)
