"""Search over the generated 100,000-article archive: stemmed, prefixed, multi-word."""

from __future__ import annotations

from datetime import datetime

import pytest

from editor.archive.text import Stemmer
from tests.archive.conftest import needle_url

pytestmark = pytest.mark.slow  # builds the 100,000-article archive once per session


def urls(hits) -> set[str]:
    return {hit.url for hit in hits}


def needles(*numbers: int) -> set[str]:
    return {needle_url(n) for n in numbers}


@pytest.mark.parametrize("query", ["banjir wonokerto", "kebanjiran wonokerto",
                                   "Banjir di Wonokerto", "WONOKERTO banjir"])
def test_banjir_finds_kebanjiran_and_banjir(big_archive, query):
    assert urls(big_archive.search(query, typing=False, limit=20)) == needles(1, 2, 3)


@pytest.mark.parametrize("query", ["serang wonokerto", "menyerang wonokerto",
                                   "serangan wonokerto", "diserang wonokerto"])
def test_serang_menyerang_serangan_match(big_archive, query):
    assert urls(big_archive.search(query, typing=False, limit=20)) == needles(4, 5)


def test_pengungsi_and_mengungsi_share_a_root(big_archive):
    assert urls(big_archive.search("pengungsian wonokerto", typing=False)) == needles(1, 3)


def test_prefix_while_typing(big_archive):
    assert urls(big_archive.search("wonok", limit=20)) == needles(*range(1, 9))
    # the start of "kebanjiran" is completed to it, and to its root "banjir"
    assert urls(big_archive.search("wonokerto kebanj")) == needles(1, 2, 3)
    assert urls(big_archive.search("wonokerto menyer")) == needles(4, 5)  # serang, serangan
    # a finished word (trailing space) is not a prefix any more
    assert urls(big_archive.search("wonokerto layang ")) == needles(6, 7)


def test_accents_and_case_do_not_matter(big_archive):
    assert urls(big_archive.search("kafe wonokerto", typing=False)) == needles(8)
    assert urls(big_archive.search("KAFÉ Wonokertó", typing=False)) == needles(8)


def test_stop_words_are_ignored(big_archive):
    plain = big_archive.search("banjir wonokerto", typing=False)
    wordy = big_archive.search("yang banjir dan di wonokerto itu", typing=False)
    assert [h.url for h in wordy] == [h.url for h in plain]
    assert big_archive.search("yang dan di itu", typing=False) == []


def test_newest_first_among_equals(big_archive):
    hits = big_archive.search("festival layang wonokerto", typing=False)
    assert [h.url for h in hits] == [needle_url(7), needle_url(6)]


def test_section_and_since_filters(big_archive):
    assert urls(big_archive.search("wonokerto", section="Ekonomi", limit=20)) == needles(4, 8)
    since = datetime.fromisoformat("2024-06-01T00:00:00+07:00")
    assert urls(big_archive.search("wonokerto", since=since, limit=20)) == needles(1, 2, 3, 7)


def test_results_agree_with_a_brute_force_scan(big_archive, big_rows):
    """Every article that has all the query's roots, and only those (a multi-word
    query whose matches fit in the ranking window)."""
    stemmer = Stemmer()
    wanted = set(stemmer.stems("penyerangan pos ronda kendal"))

    def roots(row) -> set[str]:
        text = " ".join([row["headline"], row["summary"], *row["tags"]])
        return set(stemmer.stems(text))

    expected = {row["url"] for row in big_rows if wanted <= roots(row)}
    assert 20 < len(expected) < 2000
    found = big_archive.search("penyerangan pos ronda kendal", typing=False, limit=5000)
    assert urls(found) == expected


def test_best_match_first_and_scores_descend(big_archive):
    hits = big_archive.search("banjir rob tanggul laut", typing=False, limit=10)
    assert len(hits) == 10
    assert all("tanggul laut" in h.headline.lower() or "tanggul laut" in h.summary.lower()
               for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_lookup_by_any_spelling_of_the_url(big_archive):
    url = needle_url(2)
    assert big_archive.lookup(url).headline.startswith("Banjir Bandang")
    assert big_archive.lookup(url.replace("https://", "http://www.").rstrip("/")) is not None
    assert big_archive.lookup(url + "?utm_source=wa#komentar") is not None
    assert big_archive.lookup(url.replace("jarum-2", "jarum-99")) is None


def test_latest_is_newest_first(big_archive, big_rows):
    newest = sorted(big_rows, key=lambda r: datetime.fromisoformat(r["published"]),
                    reverse=True)[:5]
    assert [e.url for e in big_archive.latest(5)] == [r["url"] for r in newest]
    assert all(e.section == "Ekonomi" for e in big_archive.latest(5, section="Ekonomi"))
