"""Where a Baca Juga box may go, and how many a draft should get.

A place is "after paragraph N" (N counts the body's paragraphs from 1). Rules, as
newsroom style has them:

- never before paragraph 2: the reader must be into the story first (N >= 2);
- between two paragraphs only (not after the last one, not beside a heading, photo or
  embed), and never at an ad slot of the site profile (the box would touch the ad);
- never two adjacent: proposals stay ``SPACING`` paragraphs apart from each other and
  from the draft's own Baca Juga boxes;
- three or four per article at most: one per ``PARAGRAPHS_EACH`` paragraphs, minus
  the boxes the draft already has.
"""

from __future__ import annotations

from editor.model import Article, BacaJuga, Paragraph

FIRST = 2
SPACING = 3
PARAGRAPHS_EACH = 4
MOST = 4


def existing_boxes(article: Article) -> list[int]:
    """The places (paragraphs before them) of the draft's Baca Juga boxes."""
    places, paragraphs = [], 0
    for block in article.body:
        if isinstance(block, Paragraph):
            paragraphs += 1
        elif isinstance(block, BacaJuga):
            places.append(paragraphs)
    return places


def allowed_places(article: Article, ad_slots: tuple[int, ...]) -> list[int]:
    body = article.body
    boxes = existing_boxes(article)
    out, paragraphs = [], 0
    for index, block in enumerate(body):
        if not isinstance(block, Paragraph):
            continue
        paragraphs += 1
        following = body[index + 1] if index + 1 < len(body) else None
        if (paragraphs >= FIRST and isinstance(following, Paragraph)
                and paragraphs not in ad_slots
                and all(abs(paragraphs - box) >= SPACING for box in boxes)):
            out.append(paragraphs)
    return out


def proposal_count(article: Article, wanted: int | None = None) -> int:
    """How many proposals to make: ``wanted`` if given, else by the draft's length."""
    if wanted is not None:
        return max(0, wanted)
    paragraphs = sum(isinstance(block, Paragraph) for block in article.body)
    return max(0, min(MOST, paragraphs // PARAGRAPHS_EACH) - len(existing_boxes(article)))


def choose(fits: list[tuple], wanted: int) -> list[tuple]:
    """Stories in order of relevance, each with {place: (fit, why)}: each story takes its
    best-fitting free place; a place too close to one taken is not free."""
    taken: list[tuple] = []
    for cand, places in fits:
        if len(taken) >= wanted:
            break
        free = [(fit, spot, why) for spot, (fit, why) in places.items()
                if all(abs(spot - other[0]) >= SPACING for other in taken)]
        if free:
            fit, spot, why = max(free, key=lambda item: (item[0], -item[1]))
            taken.append((spot, cand, why))
    return taken
