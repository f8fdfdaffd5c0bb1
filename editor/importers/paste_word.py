"""Microsoft Word's clipboard dialect: fake lists and heading styles.

Desktop Word does not paste ``<ul>``/``<ol>``: every list item is a paragraph
styled ``mso-list:l0 level1 lfo1`` whose visible number or bullet is typed
text inside ``<span style="mso-list:Ignore">``. We read the list identity and
level from the style, decide ordered/unordered from that marker text (the
marker itself is never content and is skipped by the walker), and let
``paste_lists`` rebuild real lists from the items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from editor.importers.paste_inline import style_of

MSO_LIST_RE = re.compile(r"\bl(\d+)\s+level(\d+)(?:\s+lfo(\d+))?", re.IGNORECASE)
# "1." "1.2." "(3)" "10)" — numbers, with or without punctuation.
NUMBER_MARKER_RE = re.compile(r"^[(\[]?\d+(?:[.\-]\d+)*[.)\]]?$")
# "a." "B)" "iv." — letters and roman numerals need punctuation, or a bare
# "o" (Word's default second-level bullet in Courier New) would count.
LETTER_MARKER_RE = re.compile(r"^[(\[]?[a-z]{1,4}[.)\]]$", re.IGNORECASE)
HEADING_CLASS_RE = re.compile(r"^(?:mso)?heading([1-9])$", re.IGNORECASE)
TITLE_CLASSES = {"msotitle": 1, "msosubtitle": 3}


@dataclass(frozen=True, slots=True)
class WordListItem:
    """One fake-list paragraph: which list it belongs to, how deep, what kind."""

    list_key: str
    level: int
    ordered: bool


def is_list_marker(style: dict[str, str]) -> bool:
    """Word's typed bullet/number (``mso-list:Ignore``): never part of the text."""
    return style.get("mso-list", "").replace(" ", "") == "ignore"


def word_list_item(el: HtmlElement, style: dict[str, str]) -> WordListItem | None:
    """The list ``el`` belongs to when it is one of Word's fake list paragraphs."""
    match = MSO_LIST_RE.search(style.get("mso-list", ""))
    if not match:
        return None
    list_id, level, override = match.groups()
    ordered = marker_is_ordered(_marker_text(el))
    return WordListItem(f"l{list_id}:lfo{override or ''}", int(level), ordered)


def _marker_text(el: HtmlElement) -> str:
    """The typed marker ("1.", "·", "o") of a fake list paragraph, or "" for image bullets."""
    for child in el.iter():
        if isinstance(child.tag, str) and is_list_marker(style_of(child)):
            return " ".join(child.text_content().split())
    return ""


def marker_is_ordered(marker: str) -> bool:
    """Digits, letters and roman numerals number a list; anything else is a bullet."""
    marker = marker.strip()
    return bool(NUMBER_MARKER_RE.match(marker) or LETTER_MARKER_RE.match(marker))


def word_heading_level(el: HtmlElement) -> int | None:
    """Heading level from Word's paragraph style classes (``MsoHeading7``, ``MsoTitle``).

    Word writes Heading 1–6 as ``<h1>``–``<h6>`` but Heading 7–9, Title and
    Subtitle only as classes on a ``<p>``.
    """
    for name in (el.get("class") or "").split():
        match = HEADING_CLASS_RE.match(name)
        if match:
            return int(match.group(1))
        if name.lower() in TITLE_CLASSES:
            return TITLE_CLASSES[name.lower()]
    return None

