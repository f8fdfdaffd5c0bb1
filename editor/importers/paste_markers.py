"""List markers typed as text: "1.", "a)", "iv.", "·", "o", "§".

Word's list numbers and bullets are text, not structure. Usually they sit in
a ``mso-list:Ignore`` span, but Edge and old Word versions paste only the
text — ``1.&nbsp;&nbsp;&nbsp;This`` — with a hanging indent. Recognising the
marker tells an ordered list from a bulleted one, and removing it keeps the
number from being doubled once the list is rendered as a real ``<ol>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

# "1." "1.2." "(3)" "10)" — numbers, with or without punctuation.
NUMBER_MARKER_RE = re.compile(r"^[(\[]?\d+(?:[.\-]\d+)*[.)\]]?$")
# "a." "B)" "iv." — letters and roman numerals need punctuation, or a bare
# "o" (Word's default second-level bullet in Courier New) would count.
LETTER_MARKER_RE = re.compile(r"^[(\[]?[a-z]{1,4}[.)\]]$", re.IGNORECASE)
# "·" "•" "§" "-" and the private-use glyphs of the Symbol/Wingdings fonts.
SYMBOL_BULLET_RE = re.compile(r"^(?:[^\w\s]|[\ue000-\uf8ff])$")
# Letters that Courier New / Wingdings draw as bullets: o, arrow, check, diamond, squares.
FONT_BULLET_LETTERS = frozenset("oØüvnqw")
# Leading white space, a short marker, then the gap Word fills with &nbsp;.
LEADING_MARKER_RE = re.compile(r"\s*(\S{1,6}?)(\s+)")
LOOKAHEAD = 20  # characters after the leading white space: a marker and its gap


def marker_is_ordered(marker: str) -> bool:
    """Digits, letters and roman numerals number a list; anything else is a bullet."""
    marker = marker.strip()
    return bool(NUMBER_MARKER_RE.match(marker) or LETTER_MARKER_RE.match(marker))


def take_typed_marker(el: HtmlElement, *, hanging: bool) -> bool | None:
    """Remove a typed list marker from the start of ``el``; ordered or not, None if none.

    ``hanging`` says the paragraph is indented like a list item (negative
    ``text-indent`` or an ``mso-list`` style): then one ``&nbsp;`` after the
    marker is enough and font-bullet letters count. Without it we ask for two
    ``&nbsp;`` and a number or symbol, so ordinary prose is never taken for a list.
    """
    match = LEADING_MARKER_RE.match(_leading_text(el))
    if not match:
        return None
    marker, gap = match.groups()
    if gap.count("\xa0") < (1 if hanging else 2):
        return None
    if marker_is_ordered(marker):
        ordered = True
    elif SYMBOL_BULLET_RE.match(marker) or (hanging and marker in FONT_BULLET_LETTERS):
        ordered = False
    else:
        return None
    _drop_leading(el, match.end())
    return ordered


def _text_slots(el: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """Where ``el``'s text lives, in reading order: (element, "text" | "tail")."""
    yield el, "text"
    for child in el:
        yield from _text_slots(child)
        yield child, "tail"


def _leading_text(el: HtmlElement) -> str:
    text = ""
    for node, slot in _text_slots(el):
        text += getattr(node, slot) or ""
        if len(text.lstrip()) >= LOOKAHEAD:
            break
    return text


def _drop_leading(el: HtmlElement, count: int) -> None:
    for node, slot in _text_slots(el):
        if count <= 0:
            return
        value = getattr(node, slot) or ""
        setattr(node, slot, value[count:] or None)
        count -= min(len(value), count)
