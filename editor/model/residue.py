"""Markup left in the text: Word's conditional comments, style names and tags.

The paste cleaner keeps them out of new pastes, but a draft written before it
did, or text typed into a field from a copied HTML source, can still hold
``<![if !supportLists]>`` or ``mso-list`` as *text*, which every reader would
see. ``residue_problems`` names each field and block that holds some, so
``redaksi check`` and the checks panel point at it before it is published.
"""

from __future__ import annotations

import re

from editor.model.article import Article
from editor.model.places import TextPlace, text_places
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
    for place in text_places(article):
        found = RESIDUE_RE.search(place.text)
        if found:
            sample = found.group()
            problems.append(error(
                _field(place),
                f"Sisa kode Word/HTML di teks: {sample} — hapus sebelum terbit.",
                f"Word/HTML code left in the text: {sample} — remove it before publishing.",
                place.block,
            ))
    return problems


def _field(place: TextPlace) -> str:
    """The field the checks panel jumps to: the featured photo's caption and credit have
    their own; its alt text is the photo's field."""
    if place.field == "featured_image" and place.part != "alt":
        return f"featured_image.{place.part}"
    return place.field
