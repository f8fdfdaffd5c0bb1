"""Markdown import reads local files only from the Markdown file's folder and below.

The tests run the real ``redaksi import`` on real files: a hostile ``.md`` that names
``/etc/passwd`` or ``../../.ssh/id_rsa`` (or links to it) must not pull it into a draft
that is then e-mailed around.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from tests.commands.test_cli import redaksi
from tests.factories import write_jpeg

SECRET = b"-----BEGIN OPENSSH PRIVATE KEY----- rahasia"


def _layout(tmp_path: Path) -> tuple[Path, Path]:
    """``home/.ssh/id_rsa`` (a secret) beside ``home/tulisan/berita/`` (the article)."""
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_rsa").write_bytes(SECRET)
    write_jpeg(home / ".ssh" / "foto.jpg")
    folder = home / "tulisan" / "berita"
    (folder / "foto").mkdir(parents=True)
    write_jpeg(folder / "foto" / "pasar.jpg")
    return home, folder


def _article(folder: Path, image: str, body_image: str = "foto/pasar.jpg") -> Path:
    source = folder / "pasar.md"
    source.write_text(
        "---\nheadline: Harga Cabai Turun di Pasar Johar\n"
        f"image: {image}\nimage_alt: Pedagang cabai\n---\n\n"
        "Harga cabai rawit turun menjadi Rp30.000 per kilogram.\n\n"
        f'![Cabai di lapak]({body_image} "Cabai segar. | Warta Pesisir")\n',
        encoding="utf-8",
    )
    return source


def _refused(tmp_path: Path, source: Path, named: str) -> None:
    target = tmp_path / "hasil.redaksi"
    result = redaksi("import", str(source), "-o", str(target))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert named in result.stderr and "di luar folder" in result.stderr, result.stderr
    assert not target.exists()


@pytest.mark.parametrize("image", ["/etc/passwd", "../../.ssh/id_rsa", "../../.ssh/foto.jpg"])
def test_front_matter_image_outside_the_folder_is_refused(tmp_path: Path, image: str) -> None:
    _home, folder = _layout(tmp_path)
    _refused(tmp_path, _article(folder, image), image)


def test_body_image_outside_the_folder_is_refused(tmp_path: Path) -> None:
    _home, folder = _layout(tmp_path)
    _refused(tmp_path, _article(folder, "foto/pasar.jpg", "../../.ssh/foto.jpg"), ".ssh/foto.jpg")


def test_symlink_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    home, folder = _layout(tmp_path)
    os.symlink(home / ".ssh" / "foto.jpg", folder / "foto" / "tautan.jpg")
    os.symlink(home / ".ssh", folder / "kunci")
    _refused(tmp_path, _article(folder, "foto/tautan.jpg"), "foto/tautan.jpg")
    _refused(tmp_path, _article(folder, "kunci/foto.jpg"), "kunci/foto.jpg")


def test_files_in_the_folder_and_below_are_imported(tmp_path: Path) -> None:
    home, folder = _layout(tmp_path)
    os.symlink(folder / "foto" / "pasar.jpg", folder / "sampul.jpg")  # a link that stays inside
    target = tmp_path / "hasil.redaksi"
    result = redaksi("import", str(_article(folder, "sampul.jpg")), "-o", str(target))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert all(SECRET not in archive.read(name) for name in names)
    assert [n for n in names if n.startswith("media/")] == ["media/pasar.jpg"]  # one file
