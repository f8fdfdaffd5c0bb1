"""Markup left in the text: Word's conditional comments, style names and tags.

The paste cleaner keeps them out of new pastes, but a draft written before it
did, or text typed into a field from a copied HTML source, can still hold
``<![if !supportLists]>`` or ``mso-list`` as *text*, which every reader would
see. ``residue_problems`` names each field and block that holds some, so
``redaksi check`` and the checks panel point at it before it is published.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.model.article import Article
from editor.model.image import ImageRef
from editor.model.problems import Problem, error

RESIDUE_RE = re.compile(
    r"<!\[\s*(?:end)?if\b"            # <![if !supportLists]>, <![endif]>
    r"|<!--\s*\[\s*(?:end)?if\b"      # <!--[if gte mso 9]>
    r"|\[\s*(?:if\s+!?\s*support\w+|endif)\s*\]"  # [if !supportLists], [endif]
    r"|\bmso-[a-z-]+\s*:"             # mso-list: l0 level1
    r"|\bclass\s*=\s*\"?Mso\w*"       # class=MsoNormal
    r"|</?[ovwm]:\w+[^>]*>",          # <o:p></o:p>, <w:WordDocument>, <v:shape>
    re.IGNORECASE,
)


def residue_problems(article: Article) -> list[Problem]:
    """One error for each field (and body block) whose text holds markup residue."""
    problems = []
    for field, block, text in _texts(article):
        found = RESIDUE_RE.search(text)
        if found:
            sample = found.group()
            problems.append(error(
                field,
                f"Sisa kode Word/HTML di teks: {sample} — hapus sebelum terbit.",
                f"Word/HTML code left in the text: {sample} — remove it before publishing.",
                block,
            ))
    return problems


def _texts(article: Article) -> Iterator[tuple[str, int | None, str]]:
    """Every text a reader sees, with the field (and block) it is edited in."""
    for name in ("headline", "deck", "signoff", "dateline"):
        yield name, None, getattr(article, name)
    if article.featured_image is not None:
        yield from _image_texts(article.featured_image, "featured_image", None)
    for index, block in enumerate(article.body):
        yield from _block_texts(block, index)
    for index, story in enumerate(article.related):
        yield "related", index, story.title


def _block_texts(block: object, index: int) -> Iterator[tuple[str, int | None, str]]:
    if hasattr(block, "plain"):  # paragraphs, headings, quotes, lists
        yield "body", index, block.plain()
    for name in ("title", "attribution", "caption"):  # Baca Juga, quote, embed
        value = getattr(block, name, None)
        if isinstance(value, str):
            yield "body", index, value
    image = getattr(block, "image", None)
    if isinstance(image, ImageRef):
        yield from _image_texts(image, "body", index)


def _image_texts(image: ImageRef, field: str, block: int | None
                 ) -> Iterator[tuple[str, int | None, str]]:
    for name in ("alt", "caption", "credit"):
        yield (f"{field}.{name}" if block is None and name != "alt" else field), block, \
            getattr(image, name)
