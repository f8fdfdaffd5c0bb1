"""Microsoft Word's clipboard dialect: fake lists and heading styles.

Desktop Word does not paste ``<ul>``/``<ol>``: every list item is a paragraph
styled ``mso-list:l0 level1 lfo1`` whose visible number or bullet is typed
text inside ``<span style="mso-list:Ignore">``. We read the list identity and
level from the style, decide ordered/unordered from that marker text (the
marker itself is never content and is skipped by the walker), and let
``paste_html`` rebuild real, nested lists from the items. Edge and old Word paste the
same lists with neither style nor span, only the typed marker and a hanging
indent; ``typed_list_item`` recognises those. Word also pastes its review
layer — comments and tracked deletions — which ``is_review_markup`` spots.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from editor.importers.paste_inline import style_of
from editor.importers.paste_markers import marker_is_ordered, take_typed_marker

MSO_LIST_RE = re.compile(r"\bl(\d+)\s+level(\d+)(?:\s+lfo(\d+))?", re.IGNORECASE)
HEADING_CLASS_RE = re.compile(r"^(?:mso)?heading([1-9])$", re.IGNORECASE)
# Reviewers' comments: the "[JD1]" anchor in the text and the comment list at the end.
COMMENT_CLASSES = frozenset({"msocomanchor", "msocomoff", "msocomtxt", "msocommentreference"})
COMMENT_ELEMENTS = frozenset({"comment-list", "comment"})


@dataclass(frozen=True, slots=True)
class WordListItem:
    """One fake-list paragraph: which list it belongs to, how deep, what kind."""

    list_key: str
    level: int
    ordered: bool


def is_list_marker(style: dict[str, str]) -> bool:
    """Word's typed bullet/number (``mso-list:Ignore``): never part of the text."""
    return style.get("mso-list", "").replace(" ", "") == "ignore"


def is_review_markup(el: HtmlElement, tag: str, style: dict[str, str]) -> bool:
    """Word's review layer: comments and tracked deletions, never the story's text.

    Copied from a document under review, Word pastes reviewers' comments
    (with their "[JD1]" anchors) and text deleted with Track Changes on;
    only the final text belongs in the article. A plain ``<del>`` from a web
    page (no ``cite``/``datetime``) is visible strikethrough text and stays.
    """
    if style.get("mso-element") in COMMENT_ELEMENTS:
        return True
    classes = {name.lower() for name in (el.get("class") or "").split()}
    if classes & COMMENT_CLASSES or "msodel" in classes:
        return True
    return tag == "del" and (el.get("cite") is not None or el.get("datetime") is not None)


def word_list_item(el: HtmlElement, style: dict[str, str]) -> WordListItem | None:
    """The list ``el`` belongs to when it is one of Word's fake list paragraphs."""
    match = MSO_LIST_RE.search(style.get("mso-list", ""))
    if not match:
        return None
    list_id, level, override = match.groups()
    marker = _marker_text(el)
    if marker is not None:
        ordered = marker_is_ordered(marker)
    else:  # no mso-list:Ignore span: the marker is plain text (Edge)
        ordered = bool(take_typed_marker(el, hanging=True))
    return WordListItem(f"l{list_id}:lfo{override or ''}", int(level), ordered)


def typed_list_item(el: HtmlElement, style: dict[str, str]) -> WordListItem | None:
    """A paragraph that is a list item only by its typed "1.&nbsp;&nbsp;" (Edge, old Word).

    Its level is unknown (0): it joins whatever Word list is open, since these
    pastes carry no list identity to tell two neighbouring lists apart.
    """
    hanging = style.get("text-indent", "").startswith("-")
    ordered = take_typed_marker(el, hanging=hanging)
    return None if ordered is None else WordListItem("typed", 0, ordered)


def _marker_text(el: HtmlElement) -> str | None:
    """The marker ("1.", "·", "o"; "" for image bullets) in the ``mso-list:Ignore`` span."""
    for child in el.iter():
        if isinstance(child.tag, str) and is_list_marker(style_of(child)):
            return " ".join(child.text_content().split())
    return None


def word_heading_level(el: HtmlElement) -> int | None:
    """Heading level from Word's paragraph style classes (``MsoHeading7``).

    Word writes Heading 1–6 as ``<h1>``–``<h6>`` but Heading 7–9 only as a
    class on a ``<p>``. Title and Subtitle stay paragraphs: in a pasted story
    they are the document's own headline, which belongs in the headline field.
    """
    for name in (el.get("class") or "").split():
        match = HEADING_CLASS_RE.match(name)
        if match:
            return int(match.group(1))
    return None
