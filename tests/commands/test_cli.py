"""The ``redaksi`` command as a journalist runs it (a real subprocess)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from editor.model.draft import Draft
from editor.storage.draft import save_draft
from tests.factories import full_article
from tests.importers.test_markdown import write_article
from tests.support import SAMPLE_DRAFT


def redaksi(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor.cli", *args], capture_output=True, text=True, cwd=cwd
    )


def test_import_check_export_pipeline(tmp_path: Path) -> None:
    source = write_article(tmp_path)
    result = redaksi("import", str(source), "-o", str(tmp_path / "bandeng.redaksi"))
    assert result.returncode == 0, result.stderr
    result = redaksi("check", str(tmp_path / "bandeng.redaksi"))
    errors = [line for line in result.stdout.splitlines() if ": GALAT: " in line]
    assert result.returncode == 1 and len(errors) == 1, result.stdout + result.stderr
    assert "Isi berita hanya 26 kata" in errors[0]  # a short test article: not ready, still exports
    result = redaksi(
        "export",
        str(tmp_path / "bandeng.redaksi"),
        str(SAMPLE_DRAFT),
        "-o",
        str(tmp_path / "situs"),
    )
    assert result.returncode == 0, result.stderr
    pages = sorted((tmp_path / "situs").rglob("index.html"))
    assert len(pages) == 2
    assert "2 diekspor, 0 gagal" in result.stderr


def test_import_many_into_folder_then_export_the_folder(tmp_path: Path) -> None:
    for n in range(3):
        folder = tmp_path / "md" / f"a{n}"
        folder.mkdir(parents=True)
        src = write_article(folder)
        src.write_text(src.read_text().replace("Harga Ikan Bandeng", f"Harga Ikan Nomor {n}"))
    result = redaksi("import", str(tmp_path / "md"), "-o", str(tmp_path / "draf"))
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "draf").glob("*.redaksi"))) == 3
    result = redaksi("export", str(tmp_path / "draf"), "-o", str(tmp_path / "situs"), "-q")
    assert result.returncode == 0, result.stderr
    headlines = sorted(p.parent.name for p in (tmp_path / "situs").rglob("index.html"))
    assert headlines == [f"harga-ikan-nomor-{n}-naik-jelang-lebaran" for n in range(3)]


def test_check_reports_errors_with_exit_1(tmp_path: Path) -> None:
    article = full_article()
    article.headline = ""
    path = save_draft(Draft(article=article), tmp_path / "kosong.redaksi")
    result = redaksi("check", str(path))
    assert result.returncode == 1
    assert "GALAT: judul: Judul belum diisi." in result.stdout


def test_broken_draft_gives_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "rusak.redaksi"
    path.write_bytes(SAMPLE_DRAFT.read_bytes()[:500])
    result = redaksi("export", str(path), "-o", str(tmp_path / "situs"))
    assert result.returncode == 1
    assert "rusak atau terpotong" in result.stderr and "Traceback" not in result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "editor.cli", "check", str(path)],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "REDAKSI_LANG": "en"},
    )
    assert "damaged or truncated" in result.stderr


def test_bad_site_profile_is_named(tmp_path: Path) -> None:
    profile = tmp_path / "situs.toml"
    profile.write_text('timezone = "Asia/Bandung"\n')
    result = redaksi("export", str(SAMPLE_DRAFT), "--site", str(profile), "-o", str(tmp_path / "o"))
    assert result.returncode == 1
    assert "Zona waktu tidak dikenal: Asia/Bandung" in result.stderr
