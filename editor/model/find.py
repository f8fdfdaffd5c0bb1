"""Finding and replacing words in an article's texts, without Qt.

One definition of a match for the editor's find bar and anything headless: the
searched text, case-sensitive or not, and optionally whole words only (a word is
letters and digits; ``rob`` does not match in ``robek``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    match_case: bool = False
    whole_word: bool = False

    def pattern(self) -> re.Pattern[str] | None:
        if not self.text:
            return None
        body = re.escape(self.text)
        if self.whole_word:
            body = rf"(?<!\w){body}(?!\w)"
        return re.compile(body, 0 if self.match_case else re.IGNORECASE)


def find_all(text: str, query: Query) -> list[tuple[int, int]]:
    """``(start, end)`` of every match in ``text``, in order, not overlapping."""
    pattern = query.pattern()
    if pattern is None or not text:
        return []
    return [match.span() for match in pattern.finditer(text)]


def replace_all(text: str, query: Query, replacement: str) -> tuple[str, int]:
    """``text`` with every match replaced (taken literally), and how many there were."""
    pattern = query.pattern()
    if pattern is None:
        return text, 0
    return pattern.subn(lambda _match: replacement, text)
