"""Reading statistics, one definition for the status bar, ``check`` and the ninjs word count."""

from __future__ import annotations

import math

from editor.model.article import Article
from editor.model.blocks import Heading, ListBlock, Paragraph, Quote

WORDS_PER_MINUTE = 200  # a common figure for reading news text on screen


def word_count(article: Article) -> int:
    """Words a reader reads in the body (captions and link cards not counted)."""
    return sum(
        len(block.plain().split())
        for block in article.body
        if isinstance(block, Paragraph | Heading | Quote | ListBlock)
    )


def reading_minutes(words: int) -> int:
    """Whole minutes, at least one for any text at all."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE)) if words else 0
