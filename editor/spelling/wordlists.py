"""Word lists that the dictionary does not know: the site's and the journalist's own.

Plain UTF-8 text, one word a line, ``#`` starts a comment, so a desk can keep its list
of names and places (and edit it by hand) beside the site profile:
``warta-pesisir.toml`` → ``warta-pesisir.words.txt``. The journalist's own list is
``words.txt`` in the user data folder. Adding a word rewrites the file atomically.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from editor.errors import RedaksiError
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
    """Append ``word`` to the list at ``path`` (created when missing), atomically."""
    try:
        existing = path.read_text(encoding="utf-8") if path.exists() else ""
        if word in read_words(path):
            return
        text = existing + ("" if not existing or existing.endswith("\n") else "\n") + word + "\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".words-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        raise RedaksiError(
            f"Kata tidak bisa ditambahkan ke {path}: {exc.strerror or exc}",
            f"Could not add the word to {path}: {exc.strerror or exc}",
        ) from exc
