"""Indonesian words for search: folded, tokenized, stop words dropped, stemmed.

Index and query go through the same steps, so ``kebanjiran`` finds ``banjir`` and
``Serangan`` finds ``menyerang``: case and accents are folded (``Café`` = ``cafe``),
PySastrawi reduces each word to its root, and Sastrawi's stop word list (minus a few
words that carry news, such as ``naik`` or ``kasus``) is ignored.

Stemming a word the first time costs ~50 µs in PySastrawi, which would make a
100,000-article sync spend seconds on it; so every stem is cached in memory, and the
archive persists the cache (``stems`` table) so the next process starts warm.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache

TOKEN = re.compile(r"[^\W_]+")
# Words Sastrawi lists as stop words that carry meaning in news search.
NEWS_WORDS = frozenset(
    "naik kasus ibu kerja bekerja masuk keluar mata besar kecil panjang tempat".split()
)


@cache
def stop_words() -> frozenset[str]:
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    return frozenset(StopWordRemoverFactory().get_stop_words()) - NEWS_WORDS


def fold(text: str) -> str:
    """Lower case without accents (``Étalase`` -> ``etalase``); ASCII takes a fast path."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def tokens(text: str) -> list[str]:
    """Folded words and numbers; hyphenated words split (``anak-anak`` -> ``anak anak``)."""
    return TOKEN.findall(fold(text))


@cache
def _sastrawi():
    """The PySastrawi stemmer without its own cache (``Stemmer`` keeps ours)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer(isDev=False).delegatedStemmer


class Stemmer:
    """Word -> root, cached; ``fallback`` looks a word up in a persistent cache first.

    ``fresh`` collects the words stemmed by PySastrawi in this process, for the
    archive to persist.
    """

    def __init__(self, known: dict[str, str] | None = None,
                 fallback: Callable[[str], str | None] | None = None) -> None:
        self.cache: dict[str, str] = dict(known or {})
        self.fallback = fallback
        self.fresh: dict[str, str] = {}

    def stem(self, word: str) -> str:
        found = self.cache.get(word)
        if found is not None:
            return found
        found = self.fallback(word) if self.fallback else None
        if found is None:
            found = word if len(word) < 4 or not word.isalpha() else _sastrawi().stem(word)
            found = found or word
            self.fresh[word] = found
        self.cache[word] = found
        return found

    def stems(self, text: str) -> list[str]:
        """The roots of the words in ``text`` that are not stop words, in order."""
        stop = stop_words()
        get = self.cache.get
        stem = self.stem
        return [get(word) or stem(word) for word in tokens(text) if word not in stop]

    def joined(self, text: str) -> str:
        return " ".join(self.stems(text))

    def joined_words(self, words: list[str]) -> str:
        """``joined`` for text already split by ``tokens``."""
        stop = stop_words()
        get = self.cache.get
        stem = self.stem
        return " ".join(get(word) or stem(word) for word in words if word not in stop)

    def take_fresh(self) -> dict[str, str]:
        fresh, self.fresh = self.fresh, {}
        return fresh


def words(text: str) -> str:
    """The folded words of ``text`` as written, stop words too (prefix search uses them:
    the word being typed may be a stop word or the start of a longer word)."""
    return " ".join(tokens(text))


def headline_key(text: str) -> str:
    """Two headlines with the same words (case, accents, punctuation aside) are one story."""
    return " ".join(tokens(text))


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
