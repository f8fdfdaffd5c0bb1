"""The draft file on disk: permission bits, read-only drafts, and a full disk.

A draft in a newsroom's shared folder is 0664 so colleagues can save it too; saving
must not turn it into 0600. A read-only draft is not replaced. On a full disk the
save fails with a clear message and both the draft and its ``.bak`` stay whole.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from editor.errors import DraftError
from editor.model.draft import Draft
from editor.model.image import ImageRef
from editor.storage.draft import open_draft, save_draft
from tests.factories import full_article
from tests.support import fill_disk, read_only, small_disk


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_saving_keeps_the_permission_bits(tmp_path: Path, umask: None) -> None:
    draft = Draft(article=full_article())
    target = save_draft(draft, tmp_path / "bersama.redaksi")
    os.chmod(target, 0o664)
    draft.article.headline = "Judul kedua"
    save_draft(draft)
    assert _mode(target) == 0o664
    assert _mode(tmp_path / "bersama.redaksi.bak") == 0o664
    os.chmod(target, 0o640)
    save_draft(draft)
    assert _mode(target) == 0o640


@pytest.mark.parametrize("mask,expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_new_drafts_get_the_umask(tmp_path: Path, mask: int, expected: int) -> None:
    old = os.umask(mask)
    try:
        target = save_draft(Draft(article=full_article()), tmp_path / "baru.redaksi")
    finally:
        os.umask(old)
    assert _mode(target) == expected


def test_a_read_only_draft_is_not_replaced(tmp_path: Path) -> None:
    draft = Draft(article=full_article())
    target = save_draft(draft, tmp_path / "arsip.redaksi")
    os.chmod(target, 0o444)
    before = target.read_bytes()
    draft.article.headline = "Judul kedua"
    with pytest.raises(DraftError) as info:
        save_draft(draft)
    assert "hanya-baca" in info.value.message("id") and "read-only" in info.value.message("en")
    assert target.read_bytes() == before and _mode(target) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["arsip.redaksi"]


def test_a_read_only_folder_gives_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "terkunci"
    with small_disk(folder, "1m") as disk:
        read_only(disk)  # root ignores 0555
        with pytest.raises(DraftError) as info:
            save_draft(Draft(article=full_article()), disk / "baru.redaksi")
        assert "baru.redaksi" in info.value.message("en")
        assert "read-only" in info.value.message("en") or "permission" in info.value.message("en")


def _add_noisy_photo(draft: Draft, folder: Path) -> None:
    """About 370 KB: a photo of noise does not compress."""
    photo = folder / "bising.jpg"
    Image.frombytes("RGB", (560, 560), os.urandom(560 * 560 * 3)).save(photo, quality=95)
    key = draft.add_media(photo)
    draft.article.featured_image = ImageRef(key, alt="Bising", caption="Bising.", credit="Uji")


def test_a_full_disk_leaves_the_draft_and_its_backup_whole(tmp_path: Path) -> None:
    draft = Draft(article=full_article())
    with small_disk(tmp_path / "disk", "2m") as disk:
        target = save_draft(draft, disk / "berita.redaksi")
        _add_noisy_photo(draft, tmp_path)
        save_draft(draft)  # the draft grows from a few KB to ~370 KB
        size = target.stat().st_size
        assert 300_000 < size < 600_000
        second, first = target.read_bytes(), (disk / "berita.redaksi.bak").read_bytes()
        # room for the new version, not for copying the grown old one over the small .bak
        fill_disk(disk, leave=size + size // 3)
        draft.article.headline = "Versi ketiga"
        save_draft(draft)
        assert open_draft(target).article.headline == "Versi ketiga"
        assert (disk / "berita.redaksi.bak").read_bytes() == second
        third = target.read_bytes()
        fill_disk(disk, leave=size // 2)  # no room for the new version either
        draft.article.headline = "Versi keempat"
        with pytest.raises(DraftError) as info:
            save_draft(draft)
        assert "penuh" in info.value.message("id") and "full" in info.value.message("en")
        assert target.read_bytes() == third
        assert (disk / "berita.redaksi.bak").read_bytes() == second != first
        assert [p.name for p in disk.iterdir() if p.name.endswith(".tmp")] == []
