"""Footnotes and endnotes -> a numbered notes list at the end of the body.

A news page has no footnotes, but a document's notes are part of what the writer
said (a source, a figure's origin). They keep their ``[1]`` markers in the text and
become a "Catatan" list after the story, in the article's language.
"""

from __future__ import annotations

from editor.importers.report import ImportReport
from editor.model.article import Article
from editor.model.blocks import Heading, ListBlock
from editor.model.inline import Inline, text

NOTES_TITLE = {"id": "Catatan", "en": "Notes"}


def append_notes(article: Article, notes: list[Inline], report: ImportReport) -> None:
    if not notes:
        return
    title = NOTES_TITLE.get(article.language, NOTES_TITLE["id"])
    article.body += [Heading(level=2, spans=text(title)), ListBlock(ordered=True, items=notes)]
    report.recognised(
        f"{len(notes)} catatan kaki/akhir menjadi daftar “{title}” di akhir berita.",
        f"{len(notes)} footnotes/endnotes became a “{title}” list at the end.",
    )
