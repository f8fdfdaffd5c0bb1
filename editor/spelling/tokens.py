"""The words of a text that spelling looks at, with their places.

A word is letters, with inner hyphens (``rumah-rumah``) and apostrophes (``Jum’at``).
Never words: numbers, anything joined to digits (``COVID-19``, ``3D``), web and e-mail
addresses, `code`, @handles and #hashtags.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.model.typography import PROTECTED

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
MAYBE_PROTECTED = re.compile(r"[/@`]|www\.")


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, word)`` for each word of ``text`` to check."""
    protected = [match.span() for match in PROTECTED.finditer(text)] \
        if MAYBE_PROTECTED.search(text) else []
    size = len(text)
    for match in WORD.finditer(text):
        start, end = match.span()
        if protected and any(lo <= start < hi for lo, hi in protected):
            continue
        before = text[start - 1] if start else ""
        after = text[end] if end < size else ""
        if before.isdigit() or (before and before in "@#_") or after.isdigit() or after == "_":
            continue
        if after == "-" and text[end + 1:end + 2].isdigit():
            continue
        yield start, end, match.group()
