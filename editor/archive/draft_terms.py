"""A draft read the way the archive reads articles: weighted roots, per paragraph too.

The headline counts most, then the deck and tags, then the body; each paragraph keeps
its own roots so a Baca Juga place can be matched to the paragraphs around it. The
roots' surface forms are kept so "why" can show the journalist's own words.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from editor.archive.text import Stemmer, stop_words, tokens
from editor.model import Article, BacaJuga, Paragraph
from editor.model.inline import Span

HEADLINE_WEIGHT = 3.0
DECK_WEIGHT = 2.0
TAG_WEIGHT = 2.0
BODY_WEIGHT = 1.0


@dataclass
class DraftTerms:
    weights: dict[str, float] = field(default_factory=dict)  # root -> weight (before idf)
    paragraphs: list[Counter[str]] = field(default_factory=list)  # per Paragraph block
    surface: dict[str, str] = field(default_factory=dict)  # root -> the draft's own word
    links: set[str] = field(default_factory=set)  # every URL the draft already links to
    section: str = ""
    idf: dict[str, float] = field(default_factory=dict)  # filled in by the archive


def read_draft(article: Article, stemmer: Stemmer) -> DraftTerms:
    terms = DraftTerms(section=article.section)
    counts: Counter[str] = Counter()
    seen: dict[str, Counter[str]] = {}

    def add(text: str, weight: float) -> Counter[str]:
        local: Counter[str] = Counter()
        for word in tokens(text):
            if word in stop or len(word) < 3 or word.isdigit():
                continue
            root = stemmer.stem(word)
            local[root] += 1
            seen.setdefault(root, Counter())[word] += 1
        for root, n in local.items():
            counts[root] += weight * n
        return local

    stop = stop_words()
    add(article.headline, HEADLINE_WEIGHT)
    add(article.deck, DECK_WEIGHT)
    add(" ".join(article.tags), TAG_WEIGHT)
    for block in article.body:
        if isinstance(block, BacaJuga):
            terms.links.add(block.url)
            continue
        local = add(block.plain(), BODY_WEIGHT)
        if isinstance(block, Paragraph):
            terms.paragraphs.append(local)
        terms.links.update(_hrefs(block))
    terms.links.update(story.url for story in article.related)
    terms.links.discard("")
    terms.weights = {root: math.log1p(n) for root, n in counts.items()}
    terms.surface = {root: words.most_common(1)[0][0] for root, words in seen.items()}
    return terms


def _hrefs(block: object) -> list[str]:
    """Links inside a block's text: paragraphs, headings, quotes, list items, table cells."""
    spans: list[Span] = list(getattr(block, "spans", ()) or ())
    for item in getattr(block, "items", ()) or ():
        spans.extend(item)
    for row in getattr(block, "rows", ()) or ():
        for cell in row:
            spans.extend(cell)
    return [span.href for span in spans if span.href]
