"""Opening a hostile draft is bounded in time, memory and disk, and ends in one clear line.

Each file of ``hostile_zips.HOSTILE_DRAFTS`` is given to the real ``redaksi check`` and
``redaksi export`` under a 512 MiB address-space limit and a 30 s timeout, with the photo
cache in the test's folder: a 2 MB zip bomb once unpacked 2 GiB there, and an
``article.json`` with a lying size field reached 2.1 GB RSS.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from editor.errors import DraftError
from editor.storage import zip_bounds
from editor.storage.draft import open_draft
from tests.bounded import run_redaksi_bounded
from tests.storage.hostile_zips import HOSTILE_DRAFTS, draft_entries, stored, write_zip


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0


@pytest.mark.parametrize("command", ["check", "export"])
@pytest.mark.parametrize("name", sorted(HOSTILE_DRAFTS))
def test_hostile_draft_is_refused_in_bounded_time_memory_and_disk(
    tmp_path: Path, name: str, command: str
) -> None:
    build, words = HOSTILE_DRAFTS[name]
    path = build(tmp_path / f"{name}.redaksi")
    before = path.read_bytes()
    out = ["-o", str(tmp_path / "situs")] if command == "export" else []
    cache = tmp_path / "cache"
    for lang in ("en", "id"):
        outcome = run_redaksi_bounded(
            command, str(path), *out, lang=lang, env={"REDAKSI_CACHE_DIR": str(cache)}
        )
        assert outcome.returncode == 1, f"{name}: killed or crashed after {outcome.seconds:.1f} s"
        assert "Traceback" not in outcome.output and "MemoryError" not in outcome.output
        lines = [line for line in outcome.stderr.splitlines() if str(path) in line]
        assert len(lines) == 1, outcome.output
        if lang == "en":
            assert words in lines[0], lines[0]
    assert path.read_bytes() == before
    assert _folder_size(cache) < 1 << 20
    assert not list((tmp_path / "situs").rglob("index.html"))


@pytest.mark.parametrize("name", sorted(HOSTILE_DRAFTS))
def test_hostile_draft_gives_a_draft_error_in_process(tmp_path: Path, name: str, monkeypatch) -> None:
    monkeypatch.setenv("REDAKSI_CACHE_DIR", str(tmp_path / "cache"))
    build, words = HOSTILE_DRAFTS[name]
    path = build(tmp_path / f"{name}.redaksi")
    with pytest.raises(DraftError) as info:
        open_draft(path)
    assert words in info.value.message("en") and info.value.path == str(path)
    assert info.value.message("id") != info.value.message("en")


def test_total_unpacked_size_is_bounded(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("REDAKSI_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(zip_bounds, "MAX_TOTAL_BYTES", 30_000)
    path = write_zip(tmp_path / "besar.redaksi", draft_entries(stored("media/foto.jpg", b"x" * 40_000)))
    with pytest.raises(DraftError) as info:
        open_draft(path)
    assert "too large once unpacked" in info.value.message("en")


def test_reading_stops_at_the_limit_whatever_the_headers_say(tmp_path: Path, monkeypatch) -> None:
    """Defence in depth: the chunked read counts bytes itself, past any header check."""
    path = write_zip(tmp_path / "d.redaksi", draft_entries(stored("media/foto.jpg", b"x" * 5000)))
    monkeypatch.setattr(zip_bounds, "check_member", lambda info, limit: None)
    with zipfile.ZipFile(path) as archive, pytest.raises(DraftError) as info:
        zip_bounds.read_member(archive, "media/foto.jpg", 1000)
    assert "too large" in info.value.message("en")
