"""A whole article pasted into an empty draft: the same conventions as an import.

A journalist who copies a complete Google Docs or Word article (headline, dateline,
body, ``Baca Juga`` lines, ``Penulis:`` line, sign-off) and pastes it into a new
draft expects what importing the document's ``.docx`` gives: the headline in the
headline field, the dateline city, the credits, the sign-off, the Baca Juga boxes.
The paste cleaner (``paste``) reads the clipboard into blocks; this module runs the
newsroom conventions over them, after it.
"""

from __future__ import annotations

from editor.importers.conventions import apply_conventions, baca_juga_lines
from editor.importers.report import BacaJugaLookup, ImportReport, ImportResult
from editor.model.article import Article, make_slug
from editor.model.blocks import Block, Heading
from editor.model.draft import Draft

MIN_STORY_BLOCKS = 2  # a short line and one paragraph is a note being pasted, not a story


def pasted_blocks(blocks: list[Block], *, lookup: BacaJugaLookup | None = None) -> list[Block]:
    """Text pasted into a story being written: its ``Baca Juga: …`` lines become boxes
    (an unlinked one shows "no link" on its card); everything else stays as it came."""
    return baca_juga_lines(list(blocks), ImportReport(source="clipboard"), lookup)


def paste_article(
    blocks: list[Block], *, lookup: BacaJugaLookup | None = None, language: str = "id"
) -> ImportResult | None:
    """The article a paste holds, or None when it is not a whole article: then it is an
    ordinary paste into the text. A whole article has a headline and a story, and shows
    it is a news story by a newsroom convention besides the headline (a dateline, a Baca
    Juga line, credits, a sign-off, a photo line): any other document pasted into an
    empty draft (a report, minutes, a press release) goes into the text as it came."""
    body = list(blocks)
    article = Article(language=language)
    report = ImportReport(source="clipboard")
    if body and isinstance(body[0], Heading) and len(body) > 1:
        # a document whose headline is styled as a heading (Heading 1 or Title)
        article.headline = " ".join(body.pop(0).plain().split())
        report.recognised(
            f"Judul dari subjudul pertama: {article.headline}",
            f"Headline from the first heading: {article.headline}",
        )
    article.body = body
    apply_conventions(article, report, lookup=lookup)
    conventions = len(report.notes) - 1  # besides the headline's own note
    if not article.headline or len(article.body) < MIN_STORY_BLOCKS or conventions < 1:
        return None
    article.slug = make_slug(article.headline)
    return ImportResult(Draft(article=article), report)
