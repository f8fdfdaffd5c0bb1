"""House typography: Indonesian curly quotes, the ellipsis, single spaces, the dateline's
en dash — one set of rules for text that is typed, pasted or imported.

Indonesian news sites set quotations in “double” and ‘single’ curly quotes, with the
apostrophe as ’ (Jum’at, ’98); three dots as one ellipsis character; one space between
words; and the dateline that opens the first paragraph (``SEMARANG – ``) with an en dash.
Journalists type straight quotes, ``...``, double spaces and hyphens, and pastes bring
them too, so the editor corrects them as they arrive:

- ``after_typing`` says what the last typed character should become (the GUI replaces
  it as its own undo step, so Ctrl+Z gives the typed character back);
- ``extra_space`` says whether a typed space would make a double space;
- ``smarten``/``typeset_spans``/``typeset_blocks``/``typeset_article`` set pasted and
  imported text.

Web addresses, e-mail addresses and `code` are never touched, and each rule can be
switched off (``Rules``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from editor.model.article import Article
from editor.model.blocks import (
    BacaJuga,
    Block,
    Embed,
    Heading,
    ImageBlock,
    ListBlock,
    Paragraph,
    Quote,
)
from editor.model.inline import Inline, Span, normalize
from editor.model.places import set_text, text_places


@dataclass(frozen=True, slots=True)
class Rules:
    quotes: bool = True
    ellipsis: bool = True
    spaces: bool = True
    dateline_dash: bool = True

    @property
    def any(self) -> bool:
        return self.quotes or self.ellipsis or self.spaces or self.dateline_dash


HOUSE = Rules()
OFF = Rules(False, False, False, False)

# URLs (without the punctuation that ends a sentence around them), e-mail addresses, `code`.
PROTECTED = re.compile(
    r"`[^`\n]*`"
    r"|(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>\"“”‘’]*[^\s<>\"“”‘’.,;:!?)\]'}]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)
# The start of a word: a URL, an address or code is being typed when the word starts so.
PROTECTED_WORD = re.compile(r"^(?:`|[a-z][a-z0-9+.-]*:/|www\.|[\w.+-]+@)", re.IGNORECASE)
OPENERS = set("([{“‘—–-/\u2028\n\t ")
# A dateline is capitalised words (a city, maybe ", SiteName.com") before the dash.
_HEAD = r"[A-ZÀ-Þ][\w’'.()]*(?:[ ,/]+[A-ZÀ-Þ(][\w’'.()]*){0,5}"
DATELINE = re.compile(rf"^(?P<head>{_HEAD})\s+(?P<dash>--?|—)(?=\s)")
TYPED_DATELINE = re.compile(rf"^{_HEAD}\s+(?P<dash>--?|—) $")
ELLIPSIS = re.compile(r"\.\.\.")
SPACES = re.compile(r" {2,}")


def is_address(text: str) -> bool:
    """Text that starts as a web or e-mail address (a link showing its own URL)."""
    return bool(PROTECTED_WORD.match(text))


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace the ``length`` characters before the cursor with ``text``."""

    length: int
    text: str


def curly(char: str, before: str, after: str = "") -> str:
    """The curly form of a straight quote between ``before`` and ``after``."""
    prev = before[-1:] if before else ""
    opening = prev == "" or prev in OPENERS
    if char == '"':
        return "“" if opening else "”"
    if prev.isalnum() or (opening and after[:1].isdigit()):  # Jum’at, ’98
        return "’"
    return "‘" if opening else "’"


def _in_protected_word(before: str) -> bool:
    """The cursor is inside `code` or a URL/address being typed."""
    if before.count("`") % 2 == 1:
        return True
    word = re.split(r"\s", before)[-1] if before else ""
    return bool(word) and bool(PROTECTED_WORD.match(word))


def after_typing(before: str, rules: Rules, *, dateline: bool = False) -> Fix | None:
    """The correction of the character just typed (the last one of ``before``, which is
    the block's text up to the cursor); ``dateline`` when the block opens the body."""
    if not before:
        return None
    char = before[-1]
    earlier = before[:-1]
    if char in "\"'" and rules.quotes and not _in_protected_word(earlier):
        return Fix(1, curly(char, earlier))
    if char == "." and rules.ellipsis and earlier.endswith("..") and \
            not _in_protected_word(earlier):
        return Fix(3, "…")
    if char == " " and rules.dateline_dash and dateline:
        match = TYPED_DATELINE.match(before)
        if match:
            return Fix(len(match["dash"]) + 1, "– ")
    return None


def extra_space(before: str, after: str, rules: Rules) -> bool:
    """Typing a space between ``before`` and ``after`` would make a double space."""
    return rules.spaces and (before.endswith(" ") or after.startswith(" "))


# ----------------------------------------------------------------- pasted and imported text
def _smarten_free(text: str, rules: Rules, before: str) -> str:
    if rules.ellipsis:
        text = ELLIPSIS.sub("…", text)
    if rules.spaces:
        text = SPACES.sub(" ", text)
        if before.endswith(" "):
            text = text.lstrip(" ")
    if rules.quotes and ("'" in text or '"' in text):
        out: list[str] = []
        for index, char in enumerate(text):
            if char in "\"'":
                char = curly(char, before + "".join(out[-1:]), text[index + 1:index + 2])
            out.append(char)
        text = "".join(out)
    return text


def smarten(text: str, rules: Rules = HOUSE, *, before: str = "") -> str:
    """``text`` with curly quotes, ellipses and single spaces; ``before`` is the text it
    follows (decides an opening or closing quote). URLs, addresses and code stay as they are."""
    if not text or not (rules.quotes or rules.ellipsis or rules.spaces):
        return text
    out: list[str] = []
    position = 0
    for match in PROTECTED.finditer(text):
        if match.start() < position:
            continue
        end = match.end()
        if text[end:end + 1] == "'" and match.group().count("'") % 2:  # ?q='rob' closes
            end += 1
        out.append(_smarten_free(text[position:match.start()], rules, (before + "".join(out))[-1:]))
        out.append(text[match.start():end])
        position = end
    out.append(_smarten_free(text[position:], rules, (before + "".join(out))[-1:]))
    return "".join(out)


def typeset_spans(spans: Inline, rules: Rules = HOUSE, *, dateline: bool = False) -> Inline:
    """Inline text set by the house rules; quote direction follows across marks."""
    if dateline and rules.dateline_dash:
        spans = dateline_spans(spans)
    if not (rules.quotes or rules.ellipsis or rules.spaces):
        return spans
    out: list[Span] = []
    before = ""
    for span in spans:
        if span.href and is_address(span.text):  # a link that shows its address
            out.append(span)
            before = span.text[-1:] or before
            continue
        text = smarten(span.text, rules, before=before)
        out.append(replace(span, text=text))
        before = (before + text)[-1:] or before
    return normalize(out)


def dateline_dash(text: str) -> str:
    """``SEMARANG - Banjir…`` → ``SEMARANG – Banjir…`` (only the opening dateline)."""
    match = DATELINE.match(text)
    if not match:
        return text
    return text[:match.start("dash")] + "–" + text[match.end("dash"):]


def dateline_spans(spans: Inline) -> Inline:
    """The opening dateline's dash made an en dash, marks kept."""
    plain = "".join(span.text for span in spans)
    match = DATELINE.match(plain)
    if not match:
        return spans
    start, end = match.start("dash"), match.end("dash")
    out: list[Span] = []
    offset = 0
    for span in spans:
        lo, hi = offset, offset + len(span.text)
        offset = hi
        if hi <= start or lo >= end:
            out.append(span)
            continue
        cut_lo, cut_hi = max(start, lo) - lo, min(end, hi) - lo
        dash = "–" if lo <= start < hi else ""
        out.append(replace(span, text=span.text[:cut_lo] + dash + span.text[cut_hi:]))
    return normalize(out)


def typeset_block(block: Block, rules: Rules = HOUSE, *, first: bool = False) -> Block:
    """One body block set by the house rules; ``first`` for the paragraph that opens the body."""
    if isinstance(block, Paragraph):
        return Paragraph(typeset_spans(block.spans, rules, dateline=first))
    if isinstance(block, Heading):
        return Heading(block.level, typeset_spans(block.spans, rules))
    if isinstance(block, Quote):
        return Quote(typeset_spans(block.spans, rules), smarten(block.attribution, rules))
    if isinstance(block, ListBlock):
        return replace(block, items=[typeset_spans(item, rules) for item in block.items])
    if isinstance(block, ImageBlock):
        return ImageBlock(replace(block.image, caption=smarten(block.image.caption, rules)))
    if isinstance(block, BacaJuga):
        return replace(block, title=smarten(block.title, rules))
    if isinstance(block, Embed):
        return replace(block, caption=smarten(block.caption, rules))
    return block


def typeset_blocks(blocks: list[Block], rules: Rules = HOUSE, *,
                   opens_body: bool = False) -> list[Block]:
    """Blocks set by the house rules; ``opens_body`` when they start the article's body
    (the first paragraph's dateline gets its en dash)."""
    if not rules.any:
        return list(blocks)
    return [typeset_block(block, rules, first=opens_body and index == 0)
            for index, block in enumerate(blocks)]


def typeset_article(article: Article, rules: Rules = HOUSE, *, body: bool = True) -> None:
    """An imported article set by the house rules: the story's texts outside the body
    (headline, deck, photo caption, related stories' titles: ``TextPlace.in_story``) and
    (``body``) the body, whose blocks keep their marks."""
    if not rules.any:
        return
    for place in text_places(article):
        if place.in_story and place.field != "body":
            set_text(article, place, smarten(place.text, rules))
    if body:
        article.body = typeset_blocks(article.body, rules, opens_body=True)
