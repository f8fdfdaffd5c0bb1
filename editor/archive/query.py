"""What a journalist types, as an FTS5 query over the stemmed columns.

Every complete word must match by its root in the headline, summary, tags or body;
stop words are dropped. While typing, the last word is also a prefix, of a root or of
a headline word as written (``kebanj`` finds ``kebanjiran`` before the word is done).
A prefix needs three letters: shorter ones would match half the archive.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.archive.rows import section_token
from editor.archive.text import Stemmer, stop_words, tokens

STEMMED = "{t_stems s_stems g_stems b_stems}"
MIN_PREFIX = 3
MAX_TERMS = 12


@dataclass(frozen=True, slots=True)
class Parsed:
    match: str  # the FTS5 MATCH expression ('' when nothing searchable is left)
    terms: tuple[str, ...]  # the roots searched for


def parse(text: str, stemmer: Stemmer, *, typing: bool = True,
          section: str | None = None) -> Parsed:
    words = tokens(text)[:MAX_TERMS]
    stop = stop_words()
    open_word = words[-1] if words and typing and not text[-1:].isspace() else None
    if open_word is not None:
        words = words[:-1]
    parts: list[str] = []
    terms: list[str] = []
    for word in words:
        if word in stop:
            continue
        root = stemmer.stem(word)
        terms.append(root)
        parts.append(f'{STEMMED}: "{root}"')
    if open_word is not None:
        part, root = _open(open_word, stemmer, stop)
        if part:
            parts.append(part)
            terms.append(root)
    if not parts:
        return Parsed("", ())
    if section is not None:
        token = section_token(section)
        if not token:  # a section name without letters matches no article
            return Parsed("", ())
        parts.append(f'sec: "{token}"')
    return Parsed(" AND ".join(parts), tuple(terms))


def _open(word: str, stemmer: Stemmer, stop: frozenset[str]) -> tuple[str, str]:
    """The word being typed: its root, or a prefix of a root or of a headline word."""
    if len(word) < MIN_PREFIX:
        return ("", "") if word in stop else (f'{STEMMED}: "{word}"', word)
    if word in stop:
        return f't_words: "{word}"*', word
    root = stemmer.stem(word)
    options = [f'{STEMMED}: "{root}"*', f't_words: "{word}"*']
    if root != word:
        options.append(f'{STEMMED}: "{word}"*')
    return "(" + " OR ".join(options) + ")", root


def any_of(terms: list[str]) -> str:
    """Articles sharing at least one of these roots (for suggestions)."""
    return f'{STEMMED}: (' + " OR ".join(f'"{term}"' for term in terms) + ")"
