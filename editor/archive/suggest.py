"""Related stories and Baca Juga proposals for a draft, from the site's own archive.

1. The draft's roots are weighted (headline, deck and tags above the body; see
   ``draft_terms``) and by rarity in the archive (idf); its most telling roots make an
   OR query that FTS5 ranks by BM25 among articles published before the draft.
2. Those candidates are scored again against the whole draft (a cosine over the shared
   roots, each article field weighted as in search), with a mild boost for the same
   section and for recent stories.
3. The best become "related"; the next, matched to the paragraphs around each allowed
   place, become Baca Juga proposals (``places``).

Never proposed: the draft itself (its id, URLs or headline), anything published after
it or without a date, a story it already links to, and one story twice (same URL in
any spelling, or the same headline at another URL).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from editor.archive.api import Suggestion, Suggestions
from editor.archive.draft_terms import DraftTerms, read_draft
from editor.archive.places import allowed_places, choose, proposal_count
from editor.archive.query import any_of
from editor.archive.rows import section_token
from editor.archive.schema import ID_SHIFT
from editor.archive.text import headline_key
from editor.model import Article
from editor.model.article import parse_time
from editor.model.web_address import url_key

if TYPE_CHECKING:
    from editor.archive.store import SqliteArchive

LOOKUP_TERMS = 40  # the draft's roots whose rarity is looked up (by weight in the draft)
QUERY_TERMS = 14
MIN_QUERY_TERMS = 3
MATCH_BUDGET = 15_000  # articles BM25 may have to rank for one suggestion
POOL = 80
FIELD_WEIGHTS = (3.0, 1.5, 2.0, 0.5)  # headline, summary, tags, body
SECTION_BOOST = 1.5  # a desk links its own stories first
RECENT_BOOST = 0.3
HALF_LIFE_DAYS = 180.0
MIN_RELATED = 0.12  # cosine below this is not related (an editor would not pick it)
MIN_PLACE = 0.08  # a story sharing (almost) nothing with a place's paragraphs is not put there
TOO_COMMON = 0.25  # a root in more than a quarter of the archive does not say what a story is about

POOL_SQL = """
SELECT a.id, a.url, a.headline, a.section, a.published, a.image, a.article_id, a.url_key,
       a.t_stems, a.s_stems, a.g_stems, a.b_stems, a.sec
FROM (SELECT rowid AS r, bm25(fts, 10.0, 0.0, 3.0, 4.0, 1.0, 0.0) AS b FROM fts
      WHERE fts MATCH :match AND rowid >= :since AND rowid < :until
      ORDER BY b LIMIT :pool) AS m
JOIN articles AS a ON a.id = m.r
"""


@dataclass
class Candidate:
    row: tuple
    weights: dict[str, float]  # root -> field weight in this article
    norm: float
    score: float = 0.0
    why: tuple[str, ...] = ()

    @property
    def url(self) -> str:
        return self.row[1]

    def suggestion(self, kind: str, score: float, why: tuple[str, ...],
                   after: int | None = None) -> Suggestion:
        return Suggestion(kind=kind, url=self.row[1], headline=self.row[2],
                          published=_time(self.row[4]), score=score, why=why,
                          after_paragraph=after, section=self.row[3], image=self.row[5])


def suggest(archive: SqliteArchive, article: Article, *, limit: int = 5,
            own_urls: Iterable[str] = (), places: int | None = None,
            now: datetime | None = None) -> Suggestions:
    draft = read_draft(article, archive.stemmer)
    telling = sorted(draft.weights, key=lambda root: -draft.weights[root])[:LOOKUP_TERMS]
    idf, df = _idf(archive, telling)
    draft.idf = idf
    weights = {root: draft.weights[root] * idf[root] for root in telling if idf[root]}
    if not weights:
        return Suggestions()
    when = article.published or now or datetime.now(UTC)
    pool = _pool(archive, weights, df, when)
    excluded = _Exclusions(article, own_urls, draft)
    candidates = [c for c in pool if excluded.allows(c)]
    _score(candidates, weights, draft, when, draft.surface)
    candidates.sort(key=lambda c: (-c.score, -c.row[0]))
    related = [c for c in candidates if c.score >= MIN_RELATED][:limit]
    result = Suggestions(related=[c.suggestion("related", c.score, c.why) for c in related])
    wanted = proposal_count(article, places)
    if wanted:
        rest = [c for c in candidates if c not in related and c.score >= MIN_RELATED]
        rest = rest[:wanted * 3]  # the next most related stories are the ones to place
        result.baca_juga = _baca_juga(article, archive.ad_slots, draft, rest, wanted)
    return result


def _idf(archive: SqliteArchive, roots: list[str]) -> tuple[dict[str, float], dict[str, int]]:
    """log(N/df) per root (0 for roots in no article, or in too many: they tell nothing),
    and the document frequencies themselves."""
    total = max(1, archive.count())
    found = archive.document_frequencies(roots)
    idf = {root: (math.log(total / df) if 0 < df <= TOO_COMMON * total else 0.0)
           for root, df in ((root, found.get(root, 0)) for root in roots)}
    return idf, found


def _pool(archive: SqliteArchive, weights: dict[str, float], df: dict[str, int],
          when: datetime) -> list[Candidate]:
    """The candidates: BM25's best for the most telling roots, as many roots as keep the
    articles to rank under ``MATCH_BUDGET`` (the query's cost grows with them)."""
    best: list[str] = []
    budget = 0
    for root in sorted(weights, key=lambda root: -weights[root])[:QUERY_TERMS]:
        if len(best) >= MIN_QUERY_TERMS and budget + df.get(root, 0) > MATCH_BUDGET:
            continue
        best.append(root)
        budget += df.get(root, 0)
    params = {"match": any_of(best), "since": 86400 * ID_SHIFT,  # dated articles only
              "until": (int(when.timestamp()) + 1) * ID_SHIFT, "pool": POOL}
    out = []
    for row in archive.conn.execute(POOL_SQL, params):
        fields: dict[str, float] = {}
        for text, weight in zip(row[8:12], FIELD_WEIGHTS, strict=True):
            for root in text.split():
                if fields.get(root, 0.0) < weight:
                    fields[root] = weight
        norm = math.sqrt(sum(w * w for w in fields.values())) or 1.0
        out.append(Candidate(row, fields, norm))
    return out


def _score(candidates: list[Candidate], weights: dict[str, float], draft: DraftTerms,
           when: datetime, surface: dict[str, str]) -> None:
    draft_norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    section = section_token(draft.section)
    for cand in candidates:
        shared = {root: weights[root] * w for root, w in cand.weights.items() if root in weights}
        cosine = sum(shared.values()) / (draft_norm * cand.norm)
        age_days = max(0.0, (when.timestamp() - cand.row[0] / ID_SHIFT) / 86400)
        boost = 1.0 + RECENT_BOOST / (1.0 + age_days / HALF_LIFE_DAYS)
        if section and cand.row[12] == section:
            boost *= SECTION_BOOST
        cand.score = cosine * boost
        top = sorted(shared, key=lambda root: -shared[root])[:4]
        cand.why = tuple(surface.get(root, root) for root in top)


class _Exclusions:
    """The draft itself, stories it links to, and stories already taken."""

    def __init__(self, article: Article, own_urls: Iterable[str], draft: DraftTerms) -> None:
        own = [*own_urls, *(p.url for p in article.publications)]
        self.keys = {url_key(url) for url in (*own, *draft.links) if url}
        self.own_id = article.id
        self.headlines = {headline_key(article.headline)} if article.headline else set()

    def allows(self, cand: Candidate) -> bool:
        key, title = cand.row[7], headline_key(cand.row[2])
        if key in self.keys or title in self.headlines:
            return False
        if self.own_id and cand.row[6] == self.own_id:
            return False
        self.keys.add(key)
        self.headlines.add(title)
        return True


def _baca_juga(article: Article, ad_slots: tuple[int, ...], draft: DraftTerms,
               candidates: list[Candidate], wanted: int) -> list[Suggestion]:
    """The best stories after the related ones, each at the allowed place whose
    paragraphs it fits best: the whole draft decides which story, the paragraphs where."""
    spots = allowed_places(article, ad_slots)
    contexts = {spot: _context(draft, spot) for spot in spots}
    fits = []
    for cand in candidates:
        places = {}
        for spot, context in contexts.items():
            norm = math.sqrt(sum(w * w for w in context.values())) or 1.0
            shared = {r: context[r] * w for r, w in cand.weights.items() if r in context}
            local = sum(shared.values()) / (norm * cand.norm)
            if local >= MIN_PLACE:
                top = sorted(shared, key=lambda r: -shared[r])[:4]
                places[spot] = (local, tuple(draft.surface.get(r, r) for r in top))
        fits.append((cand, places))
    picked = choose(fits, wanted)
    return [cand.suggestion("baca_juga", cand.score, why, spot)
            for spot, cand, why in sorted(picked, key=lambda item: item[0])]


def _context(draft: DraftTerms, spot: int) -> dict[str, float]:
    """Roots of the paragraphs around the place after paragraph ``spot`` (1-based),
    nearest weighing most, each by its rarity in the archive and in the draft."""
    weights: dict[str, float] = {}
    for offset, factor in ((-1, 1.0), (0, 1.0), (1, 0.8), (-2, 0.5), (2, 0.4)):
        index = spot - 1 + offset
        if 0 <= index < len(draft.paragraphs):
            for root, n in draft.paragraphs[index].items():
                weights[root] = weights.get(root, 0.0) + factor * n
    return {root: math.log1p(n) * _rarity(draft, root)
            for root, n in weights.items() if _rarity(draft, root)}


def _rarity(draft: DraftTerms, root: str) -> float:
    return draft.idf.get(root, 0.0)


def _time(value: str | None) -> datetime | None:
    try:
        return parse_time(value)
    except ValueError:
        return None
