"""How each body block looks inside the QTextDocument, and the markers that identify it.

The document is the editing surface; the model's blocks are the truth. These
formats are chosen so that a block's *type* can be read back without guessing:

- heading: ``QTextBlockFormat.headingLevel()`` 2 or 3. Its text is shown semi-bold
  (600) so that a journalist's explicit bold (700) inside a heading stays
  distinguishable and round-trips;
- quote: the block property ``BLOCK_KIND == "quote"``, attribution in ``QUOTE_ATTRIBUTION``;
- list: the block belongs to a ``QTextList``;
- card (Baca Juga, image, embed): one object-replacement character whose char format
  has ``objectType() == CARD_OBJECT`` and carries the block as JSON in ``CARD_DATA``;
- line break inside a block: U+2028, which Shift+Enter inserts.
"""

from __future__ import annotations

import json

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextFormat, QTextListFormat

from editor.gui import style
from editor.model.blocks import Block, block_from_dict
from editor.model.inline import Span

CARD_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
CARD_DATA = int(QTextFormat.Property.UserProperty) + 1
BLOCK_KIND = int(QTextFormat.Property.UserProperty) + 2
QUOTE_ATTRIBUTION = int(QTextFormat.Property.UserProperty) + 3

OBJECT_CHAR = "\ufffc"
LINE_SEPARATOR = "\u2028"
BOLD = int(QFont.Weight.Bold)
HEADING_WEIGHT = int(QFont.Weight.DemiBold)
NORMAL = int(QFont.Weight.Normal)
HEADING_SCALE = {2: 1.32, 3: 1.14}
QUOTE_INDENT = 26.0
PARAGRAPH_SPACING = 10.0
ATTRIBUTION_SPACE = 22.0


def body_font() -> QFont:
    return style.serif(style.BODY_POINT_SIZE)


def paragraph_format() -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(style.LINE_HEIGHT_PERCENT, 1)  # 1 = ProportionalHeight
    fmt.setBottomMargin(PARAGRAPH_SPACING)
    return fmt


def card_block_format() -> QTextBlockFormat:
    """A card's block: single line height (a proportional one would stretch the card)."""
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(PARAGRAPH_SPACING + 4)
    fmt.setTopMargin(4)
    return fmt


def heading_format(level: int) -> QTextBlockFormat:
    fmt = paragraph_format()
    fmt.setHeadingLevel(level)
    fmt.setLineHeight(125, 1)
    fmt.setTopMargin(PARAGRAPH_SPACING)
    return fmt


def quote_format(attribution: str = "") -> QTextBlockFormat:
    fmt = paragraph_format()
    fmt.setProperty(BLOCK_KIND, "quote")
    fmt.setProperty(QUOTE_ATTRIBUTION, attribution)
    fmt.setLeftMargin(QUOTE_INDENT)
    fmt.setRightMargin(QUOTE_INDENT / 2)
    if attribution:
        # room under the quote where the editor paints "— attribution"
        fmt.setBottomMargin(PARAGRAPH_SPACING + ATTRIBUTION_SPACE)
    return fmt


def list_format(ordered: bool, indent: int = 1) -> QTextListFormat:
    """A list level; nested levels (indent > 1) get Qt's usual second and third markers."""
    fmt = QTextListFormat()
    if ordered:
        style = QTextListFormat.Style.ListDecimal
    else:
        style = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                 QTextListFormat.Style.ListSquare)[(indent - 1) % 3]
    fmt.setStyle(style)
    fmt.setIndent(indent)
    return fmt


def is_ordered(fmt: QTextListFormat) -> bool:
    return int(fmt.style().value) <= int(QTextListFormat.Style.ListDecimal.value)


def base_char_format(heading_level: int = 0) -> QTextCharFormat:
    """The plain text look of a block; a heading is larger and semi-bold."""
    fmt = QTextCharFormat()
    fmt.setFontFamilies(style.SERIF_FAMILIES)
    if heading_level:
        fmt.setFontPointSize(style.BODY_POINT_SIZE * HEADING_SCALE.get(heading_level, 1.14))
        fmt.setFontWeight(HEADING_WEIGHT)
    else:
        fmt.setFontPointSize(style.BODY_POINT_SIZE)
        fmt.setFontWeight(NORMAL)
    fmt.setFontItalic(False)
    fmt.setAnchor(False)
    fmt.setAnchorHref("")
    fmt.setFontUnderline(False)
    fmt.setFontStrikeOut(False)
    fmt.clearForeground()
    return fmt


def span_format(span: Span, heading_level: int = 0) -> QTextCharFormat:
    fmt = base_char_format(heading_level)
    if span.bold:
        fmt.setFontWeight(BOLD)
    fmt.setFontItalic(span.italic)
    fmt.setFontUnderline(span.underline)
    fmt.setFontStrikeOut(span.strike)
    if span.href:
        apply_link(fmt, span.href)
    return fmt


def apply_link(fmt: QTextCharFormat, href: str) -> None:
    fmt.setAnchor(True)
    fmt.setAnchorHref(href)
    fmt.setForeground(style.link_colour())
    fmt.setFontUnderline(True)


def remove_link(fmt: QTextCharFormat) -> None:
    fmt.setAnchor(False)
    fmt.setAnchorHref("")
    fmt.clearForeground()
    fmt.setFontUnderline(False)


def card_format(block: Block) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setObjectType(CARD_OBJECT)
    fmt.setProperty(CARD_DATA, json.dumps(block.to_dict(), ensure_ascii=False))
    return fmt


def card_from_format(fmt: QTextFormat) -> Block | None:
    """The block a card character stands for; ``None`` for any other character."""
    if fmt.objectType() != CARD_OBJECT:
        return None
    try:
        return block_from_dict(json.loads(fmt.property(CARD_DATA) or "{}"))
    except (TypeError, ValueError):
        return None


def is_quote(fmt: QTextBlockFormat) -> bool:
    return fmt.property(BLOCK_KIND) == "quote"


def quote_attribution(fmt: QTextBlockFormat) -> str:
    return str(fmt.property(QUOTE_ATTRIBUTION) or "")


def heading_level(fmt: QTextBlockFormat) -> int:
    level = fmt.headingLevel()
    return 0 if level <= 0 else (2 if level <= 2 else 3)
