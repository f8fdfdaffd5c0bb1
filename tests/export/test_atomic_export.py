"""Re-exporting onto a full disk leaves the previous article files whole and consistent.

The real ``redaksi export`` runs against a 2 MB tmpfs filled up to a chosen point:
``index.html``, ``fragment.html`` and ``article.json`` are written as one set (each to a
temporary file in the folder, then all renamed), so a failure leaves the old three, and
no ``.tmp`` file, behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.model.blocks import Paragraph
from editor.model.draft import Draft
from editor.model.inline import text
from editor.storage.draft import save_draft
from tests.factories import full_article
from tests.support import fill_disk, small_disk

FILES = ("index.html", "fragment.html", "article.json")


def _export(draft: Path, out: Path, cache: Path, lang: str = "id") -> subprocess.CompletedProcess:
    env = {**os.environ, "REDAKSI_CACHE_DIR": str(cache), "REDAKSI_LANG": lang}
    return subprocess.run(
        [sys.executable, "-m", "editor.cli", "export", str(draft), "-o", str(out)],
        capture_output=True, text=True, env=env,
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in FILES}


def _folder(root: Path) -> Path:
    (folder,) = {p.parent for p in root.rglob("index.html")}
    return folder


@pytest.mark.parametrize("room", ["none", "partial"])
def test_reexport_onto_a_full_disk_keeps_the_previous_files(tmp_path: Path, room: str) -> None:
    article = full_article()
    source = save_draft(Draft(article=article), tmp_path / "bus.redaksi")
    cache = tmp_path / "cache"
    with small_disk(tmp_path / "disk", "2m") as disk:
        first = _export(source, disk, cache)
        assert first.returncode == 0, first.stderr
        folder = _folder(disk)
        before = _files(folder)
        article.body += [Paragraph(text("Tambahan laporan dari lapangan. " * 40))] * 5
        save_draft(Draft(article=article), source)
        trial = tmp_path / "uji"  # the new files' sizes, on a disk with room
        assert _export(source, trial, cache).returncode == 0
        grown = {n: len(b) - len(before[n]) for n, b in _files(_folder(trial)).items()}
        # written in place, index.html would fit and fragment.html be cut off half-way
        leave = grown["index.html"] + grown["fragment.html"] // 2 if room == "partial" else 0
        fill_disk(disk, leave=leave)
        for lang, words in (("id", "penuh"), ("en", "full")):
            result = _export(source, disk, cache, lang)
            assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
            assert _files(folder) == before
            assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
            lines = [line for line in result.stderr.splitlines() if str(source) in line]
            assert len(lines) == 1 and words in lines[0], result.stderr
        os.remove(disk / "pengisi.bin")
        again = _export(source, disk, cache)
        assert again.returncode == 0, again.stderr
        assert b"Tambahan laporan" in (folder / "index.html").read_bytes()
        assert b"Tambahan laporan" in (folder / "article.json").read_bytes()
