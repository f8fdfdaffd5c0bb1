"""The site's word list is shared by a desk: adding a word keeps it readable by colleagues,
two editors adding at once lose nothing, and a failure leaves the list as it was."""

from __future__ import annotations

import multiprocessing
import os
import stat
from pathlib import Path

import pytest

from editor.errors import RedaksiError
from editor.spelling.wordlists import add_word, read_words
from tests.support import fill_disk, small_disk


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_adding_a_word_keeps_the_shared_list_readable_by_the_desk(tmp_path: Path) -> None:
    shared = tmp_path / "warta-pesisir.words.txt"
    shared.write_text("# nama tempat\nTambaklorok\n", encoding="utf-8")
    shared.chmod(0o664)
    add_word(shared, "Kemijen")
    assert _mode(shared) == 0o664
    assert read_words(shared) == ["Tambaklorok", "Kemijen"]


def test_a_new_list_follows_the_umask_like_any_file(tmp_path: Path) -> None:
    previous = os.umask(0o002)
    try:
        add_word(tmp_path / "baru.words.txt", "Kemijen")
    finally:
        os.umask(previous)
    assert _mode(tmp_path / "baru.words.txt") == 0o664


def _add_many(path: str, who: int, start, count: int) -> None:
    start.wait()
    for number in range(count):
        add_word(Path(path), f"kata{who}x{number}")


def test_editors_adding_at_once_lose_no_word(tmp_path: Path) -> None:
    shared = tmp_path / "situs.words.txt"
    shared.write_text("Tambaklorok\n", encoding="utf-8")
    context = multiprocessing.get_context("fork")
    start = context.Barrier(4)
    editors = [context.Process(target=_add_many, args=(str(shared), who, start, 40))
               for who in range(4)]
    for editor in editors:
        editor.start()
    for editor in editors:
        editor.join(60)
        assert editor.exitcode == 0
    expected = {f"kata{who}x{number}" for who in range(4) for number in range(40)}
    assert set(read_words(shared)) == expected | {"Tambaklorok"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["situs.words.txt"]


def test_a_full_disk_leaves_the_list_as_it_was_and_says_so(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "1m") as disk:
        shared = disk / "situs.words.txt"
        shared.write_text("Tambaklorok\n", encoding="utf-8")
        fill_disk(disk)
        with pytest.raises(RedaksiError) as info:
            add_word(shared, "Kemijen" * 1000)  # more than the last block has room for
        assert shared.read_text(encoding="utf-8") == "Tambaklorok\n"
        assert sorted(p.name for p in disk.iterdir()) == ["pengisi.bin", "situs.words.txt"]
        assert info.value.message("id").endswith("disk penuh")
        assert info.value.message("en").endswith("the disk is full")
