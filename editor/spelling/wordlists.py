"""Word lists that the dictionary does not know: the site's and the journalist's own.

Plain UTF-8 text, one word a line, ``#`` starts a comment, so a desk can keep its list
of names and places (and edit it by hand) beside the site profile:
``warta-pesisir.toml`` → ``warta-pesisir.words.txt``. The journalist's own list is
``words.txt`` in the user data folder. Adding a word appends one line (``add_word``).
"""

from __future__ import annotations

import os
from pathlib import Path

from editor.errors import RedaksiError, describe_os_error
from editor.paths import data_root
from editor.site import SiteProfile


def site_list_path(site: SiteProfile) -> Path | None:
    if site.source is None:
        return None
    return site.source.with_name(f"{site.source.stem}.words.txt")


def personal_list_path() -> Path:
    return data_root() / "words.txt"


def read_words(path: Path | None) -> list[str]:
    """The words in ``path``; a missing or unreadable list is an empty one."""
    if path is None:
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def add_word(path: Path, word: str) -> None:
    """Add ``word`` to the list at ``path`` (created when missing) as one appended line.

    Appending (``O_APPEND``), not rewriting: the list keeps its mode, owner and group (a
    desk's 0664 list stays readable by colleagues), two editors adding at once both land,
    and there is no temporary file to leave behind; a line cut short by a full disk is
    taken off again.
    """
    if word in read_words(path):
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o666)
        try:
            line = f"{word}\n".encode()
            size = os.fstat(fd).st_size
            if size and os.pread(fd, 1, size - 1) != b"\n":  # a hand-edited last line
                line = b"\n" + line
            _append(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        text_id, text_en = describe_os_error(exc, named=path)
        raise RedaksiError(f"Kata tidak bisa ditambahkan ke {path}: {text_id}",
                           f"Could not add the word to {path}: {text_en}") from exc


def _append(fd: int, data: bytes) -> None:
    """All of ``data`` at the end of the file, or none of it."""
    written = 0
    try:
        while written < len(data):
            written += os.write(fd, data[written:])
    except OSError:
        if written:
            end = os.lseek(fd, 0, os.SEEK_CUR)
            if os.fstat(fd).st_size == end:  # no colleague's line after ours
                os.ftruncate(fd, end - written)
        raise
