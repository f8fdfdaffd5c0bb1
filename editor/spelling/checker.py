"""Is a word known? The dictionary, the site's and the journalist's word lists, and the
site's tags answer together, with the answers remembered per word.

Checked is what a careful Indonesian editor would flag, not more: one-letter words,
all-capital abbreviations of up to five letters (BMKG, DPRD) and words whose every
hyphenated part is known (``rob-rob``) pass; a word the dictionary cannot encode (another
script) is not judged. Words of the lists and tags pass in any capitalisation.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

from editor.paths import RESOURCES
from editor.site import SiteProfile
from editor.spelling.dictionary import Dictionary, Missing, load_dictionary, missing
from editor.spelling.tokens import WORD, words
from editor.spelling.wordlists import personal_list_path, read_words, site_list_path

ACRONYM_MAX = 5
SUGGESTIONS_MAX = 6
# Clitics that attach to nearly any Indonesian word (rumahnya, dialah, apakah, …): the
# dictionary lists them for some stems only, so a known stem with one of them is known.
CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
HOUSE_WORDS = RESOURCES / "spelling" / "id-house.txt"


@dataclass(frozen=True, slots=True)
class Miss:
    start: int
    end: int
    word: str


class SpellChecker:
    def __init__(self, dictionary: Dictionary | None, accepted: Iterable[str] = ()) -> None:
        self.dictionary = dictionary
        self._accepted: frozenset[str] = frozenset()
        self._cache: dict[str, bool] = {}
        self._generation = 0  # bumps with every accept(): older verdicts are stale
        self._lock = threading.Lock()
        self.accept(accepted)

    @property
    def available(self) -> bool:
        return self.dictionary is not None

    @property
    def problem(self) -> Missing | None:
        return None if self.available else missing()

    def accept(self, items: Iterable[str]) -> None:
        """Never flag these (word-list entries or tags; a tag's every word counts).
        Called on the UI thread while the worker may be judging words."""
        added = {_key(match.group()) for item in items for match in WORD.finditer(item)}
        with self._lock:
            self._accepted = self._accepted | added  # readers see the old set or the new
            self._cache.clear()
            self._generation += 1

    def known(self, word: str) -> bool:
        """Remembered per word; a verdict judged while ``accept`` ran is not remembered,
        so a word just added to a list is never flagged from the cache."""
        with self._lock:
            cached = self._cache.get(word)
            generation = self._generation
        if cached is not None:
            return cached
        verdict = self._judge(word)  # outside the lock: Hunspell takes ~10 µs a word
        with self._lock:
            if generation == self._generation:
                self._cache[word] = verdict
        return verdict

    def _judge(self, word: str) -> bool:
        if self.dictionary is None or len(word) < 2:
            return True
        if _key(word) in self._accepted:
            return True
        if word.isupper() and len(word) <= ACRONYM_MAX:
            return True
        if self.dictionary.spell(word):
            return True
        for clitic in CLITICS:
            stem = word[:-len(clitic)]
            if word.endswith(clitic) and len(stem) >= 3 and self.dictionary.spell(stem):
                return True
        parts = [part for part in word.split("-") if part]
        return len(parts) > 1 and all(self.known(part) for part in parts)

    def misses(self, text: str) -> list[Miss]:
        """The unknown words of ``text`` with their places."""
        return [Miss(start, end, word) for start, end, word in words(text)
                if not self.known(word)]

    def suggest(self, word: str) -> list[str]:
        if self.dictionary is None:
            return []
        return self.dictionary.suggest(word)[:SUGGESTIONS_MAX]


def _key(word: str) -> str:
    return word.lower().replace("’", "'")


def site_words(site: SiteProfile) -> list[str]:
    """What a site never flags: its word list and its tags."""
    return [*read_words(site_list_path(site)), *site.tags]


def checker_for(site: SiteProfile, dictionary: Dictionary | None = None) -> SpellChecker:
    """The checker a journalist of ``site`` uses: dictionary, site list, tags, own list."""
    dictionary = dictionary if dictionary is not None else load_dictionary()
    return SpellChecker(dictionary, [*read_words(HOUSE_WORDS), *site_words(site),
                                     *read_words(personal_list_path())])
