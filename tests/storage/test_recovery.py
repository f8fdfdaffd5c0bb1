"""The autosave journal: written atomically, offered back only after a crash."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.errors import DraftError
from editor.model.draft import Draft
from editor.storage import recovery
from editor.storage.draft import save_draft
from editor.storage.recovery import RecoveryJournal, pending, process_alive
from tests.factories import draft_with_images, full_article


def dead_pid() -> int:
    """The pid of a process that has already exited (what a crashed editor leaves)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def crashed_journal(root: Path, draft: Draft) -> RecoveryJournal:
    journal = RecoveryJournal(root)
    journal.pid = dead_pid()
    journal.write(draft)
    return journal


def test_default_root_is_in_the_user_data_folder(tmp_path: Path) -> None:
    # the root conftest points XDG_DATA_HOME at a temp folder
    assert "redaksi" in str(recovery.recovery_root())
    assert recovery.recovery_root().name == "recovery"


def test_round_trip_keeps_article_media_and_original_path(tmp_path: Path) -> None:
    draft = draft_with_images(tmp_path)
    save_draft(draft, tmp_path / "bus.redaksi")
    draft.article.headline = "Judul baru yang belum disimpan"
    crashed_journal(tmp_path / "rec", draft)
    [entry] = pending(tmp_path / "rec")
    assert entry.original == tmp_path / "bus.redaksi"
    assert entry.headline == "Judul baru yang belum disimpan"
    restored = entry.load()
    assert restored.article == draft.article
    assert restored.media == draft.media
    assert restored.path == draft.path
    assert restored.loaded_hash == draft.loaded_hash
    assert entry.missing_media() == []


def test_journal_of_a_live_session_is_not_offered(tmp_path: Path) -> None:
    RecoveryJournal(tmp_path).write(Draft(article=full_article()))
    assert pending(tmp_path) == []


def test_own_session_is_excluded(tmp_path: Path) -> None:
    journal = crashed_journal(tmp_path, Draft(article=full_article()))
    assert pending(tmp_path, exclude_session=journal.session) == []


def test_discard_removes_the_journal(tmp_path: Path) -> None:
    journal = RecoveryJournal(tmp_path)
    journal.write(Draft(article=full_article()))
    assert journal.path.exists()
    journal.discard()
    assert not journal.path.exists()
    journal.discard()  # twice is fine


def test_newest_first_and_broken_journals_skipped(tmp_path: Path) -> None:
    older = crashed_journal(tmp_path, Draft(article=full_article()))
    draft = Draft(article=full_article())
    draft.article.headline = "Lebih baru"
    newer = crashed_journal(tmp_path, draft)
    (tmp_path / f"rusak{recovery.SUFFIX}").write_text("{not json", encoding="utf-8")
    entries = pending(tmp_path)
    assert [e.session for e in entries] == [newer.session, older.session]


def test_write_is_atomic_no_temp_files_left(tmp_path: Path) -> None:
    journal = RecoveryJournal(tmp_path)
    for n in range(3):
        draft = Draft(article=full_article())
        draft.article.deck = f"versi {n}"
        journal.write(draft)
    assert [p.name for p in tmp_path.iterdir()] == [journal.path.name]
    data = json.loads(journal.path.read_text(encoding="utf-8"))
    assert data["article"]["deck"] == "versi 2"


def test_missing_media_are_reported(tmp_path: Path) -> None:
    draft = draft_with_images(tmp_path)
    crashed_journal(tmp_path / "rec", draft)
    (tmp_path / "utama.jpg").unlink()
    [entry] = pending(tmp_path / "rec")
    assert entry.missing_media() == [draft.article.featured_image.file]


def test_damaged_article_gives_a_draft_error(tmp_path: Path) -> None:
    journal = crashed_journal(tmp_path, Draft(article=full_article()))
    data = json.loads(journal.path.read_text(encoding="utf-8"))
    data["article"]["schema_version"] = 999
    journal.path.write_text(json.dumps(data), encoding="utf-8")
    [entry] = pending(tmp_path)
    with pytest.raises(DraftError):
        entry.load()


def test_process_alive() -> None:
    import os

    assert process_alive(os.getpid())
    assert not process_alive(dead_pid())
    assert not process_alive(0)
