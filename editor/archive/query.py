"""What a journalist types, as an FTS5 query.

Roots are matched in any column without a column filter: a filter makes FTS5 decode
every position list, and roots and words as written never collide with the section
tokens (``rubrik...``). Weights per column come from BM25 (``store.WEIGHTS``).

Every complete word must match by its root in the headline, summary, tags or body;
stop words are dropped. While typing, the last word is also a prefix: it is completed
from the archive's own vocabulary (``kebanj`` -> ``kebanjiran``, root ``banjir``) into
a few exact words. FTS5 would merge the postings of every word with that prefix before
reading one row (milliseconds at 100,000 articles); exact words are read lazily, newest
first, and the search stops once it has enough. A prefix needs three letters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from editor.archive.rows import section_token
from editor.archive.text import Stemmer, stop_words, tokens, unique

MIN_PREFIX = 3
MAX_TERMS = 12


@dataclass(frozen=True, slots=True)
class Parsed:
    match: str  # the FTS5 MATCH expression ('' when nothing searchable is left)
    terms: tuple[str, ...]  # the roots searched for


Complete = Callable[[str], list[str]]  # prefix -> words of the archive that start with it


def parse(text: str, stemmer: Stemmer, *, typing: bool = True,
          section: str | None = None, complete: Complete | None = None) -> Parsed:
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
        parts.append(f'"{root}"')
    if open_word is not None:
        part, root = _open(open_word, stemmer, stop, complete or (lambda prefix: []))
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


def _open(word: str, stemmer: Stemmer, stop: frozenset[str], complete: Complete
          ) -> tuple[str, str]:
    """The word being typed: itself (its root) or any archive word it begins."""
    if len(word) < MIN_PREFIX:
        return ("", "") if word in stop else (f'"{word}"', word)
    words = [w for w in complete(word) if w != word]
    roots = unique([stemmer.stem(w) for w in words if w not in stop])
    options = [f'"{w}"' for w in unique([word, *words])]
    if word not in stop:
        root = stemmer.stem(word)
        options.append(f'"{root}"')
    else:
        root = word
    options += [f'"{r}"' for r in roots if r != root]
    return "(" + " OR ".join(options) + ")", root


def any_of(terms: list[str]) -> str:
    """Articles sharing at least one of these roots (for suggestions)."""
    return " OR ".join(f'"{term}"' for term in terms)
