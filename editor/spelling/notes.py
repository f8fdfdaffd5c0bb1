"""Unknown words of an article as notes for ``redaksi check``: one per field or block,
naming its words in the order they appear."""

from __future__ import annotations

from collections.abc import Iterator

from editor.model.article import Article
from editor.model.blocks import BacaJuga, Embed, ImageBlock
from editor.model.problems import Problem, Severity
from editor.spelling.checker import SpellChecker


def places(article: Article) -> Iterator[tuple[str, int | None, str]]:
    """``(field, block, text)`` for every text the spell check reads."""
    yield "headline", None, article.headline
    yield "deck", None, article.deck
    if article.featured_image is not None:
        yield "featured_image", None, article.featured_image.caption
    for index, block in enumerate(article.body):
        if isinstance(block, ImageBlock):
            yield "body", index, block.image.caption
        elif isinstance(block, BacaJuga):
            yield "body", index, block.title
        elif isinstance(block, Embed):
            yield "body", index, block.caption
        else:
            yield "body", index, block.plain()
    for index, story in enumerate(article.related):
        yield "related", index, story.title


def spelling_notes(article: Article, checker: SpellChecker) -> list[Problem]:
    if not checker.available:
        problem = checker.problem
        return [Problem("spelling", Severity.NOTE, problem.message_id, problem.message_en)]
    notes = []
    for field, block, text in places(article):
        unknown = list(dict.fromkeys(miss.word for miss in checker.misses(text)))
        if unknown:
            listed = ", ".join(unknown)
            notes.append(Problem(field, Severity.NOTE, f"Kata tidak dikenal: {listed}",
                                 f"Unknown words: {listed}", block))
    return notes
