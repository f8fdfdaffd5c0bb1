"""Where the find bar's matches are, and how they are replaced.

The head fields (headline, deck, photo caption) and the related stories' titles are
changed through the session, as one ``ArticleEdit``; the body's text and the captions of
photos in the text are changed in the body's document, as one edit block. Replace all
wraps both in one macro on the window's history, so one Ctrl+Z undoes all of it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QTextCursor, QTextDocument

from editor.gui.article.session import DraftSession
from editor.gui.body import card_ops
from editor.gui.body.convert import card_in_block
from editor.model.article import Article
from editor.model.blocks import ImageBlock
from editor.model.find import Query, find_all
from editor.model.places import TextPlace, set_text, text_places

# The bar's names for the story's texts outside the body (``TextPlace.in_story``).
PLACE_NAMES = {"headline": "headline", "deck": "deck", "featured_image": "caption",
               "related": "related"}


@dataclass(frozen=True, slots=True)
class Hit:
    place: str  # headline | deck | caption | body | card | related
    start: int  # in the field's text; in the document for "body"
    end: int
    key: int = -1  # the related story's row, or the card's position in the document


def head_places(article: Article) -> list[tuple[str, int, TextPlace]]:
    """``(place, key, text place)`` for each of the story's texts outside the body."""
    return [(PLACE_NAMES[p.field], -1 if p.block is None else p.block, p)
            for p in text_places(article) if p.in_story and p.field != "body"]


def _head_place(article: Article, place: str, key: int) -> TextPlace | None:
    return next((p for name, row, p in head_places(article) if (name, row) == (place, key)), None)


def head_text(article: Article, place: str, key: int = -1) -> str:
    found = _head_place(article, place, key)
    return found.text if found is not None else ""


def set_head_text(article: Article, place: str, key: int, text: str) -> None:
    found = _head_place(article, place, key)
    if found is not None and found.field == "headline":
        article.set_headline(text)  # the slug follows, as when typing it
    elif found is not None:
        set_text(article, found, text)


def collect(session: DraftSession, document: QTextDocument, query: Query) -> list[Hit]:
    """Every match, in reading order: head fields, body (with photo captions), related."""
    heads = head_places(session.current.article)  # head fields are always current
    hits = [Hit(place, start, end, key) for place, key, text in heads if place != "related"
            for start, end in find_all(text.text, query)]
    block = document.begin()
    while block.isValid():
        card = card_in_block(block)
        if isinstance(card, ImageBlock):
            hits += [Hit("card", start, end, block.position())
                     for start, end in find_all(card.image.caption, query)]
        elif card is None:
            base = block.position()
            hits += [Hit("body", base + start, base + end)
                     for start, end in find_all(block.text(), query)]
        block = block.next()
    hits += [Hit(place, start, end, key) for place, key, text in heads if place == "related"
             for start, end in find_all(text.text, query)]
    return hits


def _still_matches(text: str, query: Query) -> bool:
    pattern = query.pattern()
    return pattern is not None and pattern.fullmatch(text) is not None


def _body_text(document: QTextDocument, hit: Hit) -> str:
    cursor = QTextCursor(document)
    cursor.setPosition(hit.start)
    cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def _replace_in_body(document: QTextDocument, hits: list[Hit], new: str) -> None:
    """Body text and photo captions, last first so earlier positions stay right; one
    edit block."""
    cards: dict[int, list[Hit]] = {}
    texts: list[Hit] = []
    for hit in hits:
        (cards.setdefault(hit.key, []) if hit.place == "card" else texts).append(hit)
    edits = [(hit.start, hit) for hit in texts] + [(key, found) for key, found in cards.items()]
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for position, what in sorted(edits, key=lambda edit: edit[0], reverse=True):
        if isinstance(what, Hit):
            cursor.setPosition(what.start + 1)
            fmt = cursor.charFormat()  # the look of the match's first letter
            cursor.setPosition(what.start)
            cursor.setPosition(what.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(new, fmt)
        else:
            _replace_caption(document, position, what, new)
    cursor.endEditBlock()


def _replace_caption(document: QTextDocument, position: int, hits: list[Hit], new: str) -> None:
    card = card_in_block(document.findBlock(position))
    if isinstance(card, ImageBlock):
        caption = card.image.caption
        for hit in sorted(hits, key=lambda h: h.start, reverse=True):
            caption = caption[:hit.start] + new + caption[hit.end:]
        card_ops.replace_card(document, position, ImageBlock(replace(card.image, caption=caption)))


def _replace_in_head(session: DraftSession, hits: list[Hit], new: str, label: str) -> None:
    def change(article: Article) -> None:
        groups: dict[tuple[str, int], list[Hit]] = {}
        for hit in hits:
            groups.setdefault((hit.place, hit.key), []).append(hit)
        for (place, key), found in groups.items():
            text = head_text(article, place, key)
            for hit in sorted(found, key=lambda h: h.start, reverse=True):
                text = text[:hit.start] + new + text[hit.end:]
            set_head_text(article, place, key, text)

    session.edit(label, change)


def replace_hit(session: DraftSession, document: QTextDocument, hit: Hit, query: Query,
                new: str, label: str) -> bool:
    """Replace one match if it is still there; one undo step."""
    if hit.place == "body":
        current = _body_text(document, hit)
    elif hit.place == "card":
        card = card_in_block(document.findBlock(hit.key))
        current = card.image.caption[hit.start:hit.end] if isinstance(card, ImageBlock) else ""
    else:
        current = head_text(session.current.article, hit.place, hit.key)[hit.start:hit.end]
    if not _still_matches(current, query):
        return False
    if hit.place in ("body", "card"):
        _replace_in_body(document, [hit], new)
    else:
        _replace_in_head(session, [hit], new, label)
    return True


def replace_every(session: DraftSession, document: QTextDocument, query: Query, new: str,
                  label: str) -> int:
    """Replace every match everywhere as one step of the window's history."""
    hits = collect(session, document, query)
    if not hits:
        return 0
    body = [hit for hit in hits if hit.place in ("body", "card")]
    head = [hit for hit in hits if hit.place not in ("body", "card")]
    session.stack.beginMacro(label)
    try:
        if head:
            _replace_in_head(session, head, new, label)
        if body:
            _replace_in_body(document, body, new)
    finally:
        session.stack.endMacro()
    return len(hits)
