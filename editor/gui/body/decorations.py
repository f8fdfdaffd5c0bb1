"""What the body editor paints around the text: quote bars and attributions,
suggested Baca Juga spots, and problem marks in the margin.

None of this is text; it is drawn on the viewport after the document, from the
document's layout, so it can never leak into the model or the export.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QTextBlock, QTextDocument

from editor.gui import style
from editor.gui.body import formats as F
from editor.gui.body.card_ops import is_card_block
from editor.gui.icons import icon

MARGIN = 24.0  # left margin of the document where problem marks go


def _blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def _is_paragraph(block: QTextBlock) -> bool:
    fmt = block.blockFormat()
    return (bool(block.text().strip()) and not is_card_block(block) and block.textList() is None
            and not F.heading_level(fmt) and not F.is_quote(fmt))


def suggested_spots(doc: QTextDocument, every: int) -> list[int]:
    """Block numbers after which a Baca Juga would fit: every ``every`` paragraphs since
    the start or the last card, and only where another paragraph follows."""
    if every <= 0:
        return []
    spots: list[int] = []
    count = 0
    for block in _blocks(doc):
        if is_card_block(block):
            count = 0
        elif _is_paragraph(block):
            count += 1
            following = block.next()
            if count >= every and following.isValid() and _is_paragraph(following):
                spots.append(block.blockNumber())
                count = 0
    return spots


class Decorations:
    """Paints for one editor; ``spot_rects`` are kept for click handling."""

    def __init__(self) -> None:
        self.spot_rects: dict[int, QRectF] = {}
        self.marks: dict[int, str] = {}  # block number -> "error" | "warning"
        self.every = 4
        self.accent = style.DEFAULT_ACCENT
        self._offset_y = 0.0

    def paint(self, painter: QPainter, doc: QTextDocument, offset: QPointF) -> None:
        layout = doc.documentLayout()
        self._offset_y = offset.y()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for block in _blocks(doc):
            if F.is_quote(block.blockFormat()):
                self._quote(painter, block, layout.blockBoundingRect(block).translated(offset))
        self.spot_rects = {}
        for number in suggested_spots(doc, self.every):
            block = doc.findBlockByNumber(number)
            self._spot(painter, number, layout.blockBoundingRect(block).translated(offset))
        for number, severity in self.marks.items():
            block = doc.findBlockByNumber(number)
            if block.isValid():
                rect = layout.blockBoundingRect(block).translated(offset)
                name = "error" if severity == "error" else "warning"
                colour = style.error_colour() if severity == "error" else style.warning_colour()
                icon(name, colour).paint(painter, QRectF(2, rect.top() + 3, 16, 16).toRect())

    def _quote(self, painter: QPainter, block: QTextBlock, rect: QRectF) -> None:
        """An accent bar beside the quote's lines and "— attribution" under them."""
        layout = block.layout()
        lines = layout.boundingRect()
        text_top = layout.position().y() + self._offset_y
        text_bottom = text_top + lines.height()
        left = rect.left() + F.QUOTE_INDENT - 14
        painter.fillRect(QRectF(left, text_top + 2, 3, text_bottom - text_top - 4),
                         style.accent_colour(self.accent))
        attribution = F.quote_attribution(block.blockFormat())
        if attribution:
            font = QFont(style.serif(style.BODY_POINT_SIZE * 0.85))
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(style.muted_colour())
            height = QFontMetricsF(font).height()
            box = QRectF(rect.left() + F.QUOTE_INDENT, text_bottom + 2, rect.width(), height)
            painter.drawText(box, f"— {attribution}")

    def _spot(self, painter: QPainter, number: int, rect: QRectF) -> None:
        """A dashed rule between the paragraphs and a small "+" in the margin to click."""
        y = rect.bottom() - F.PARAGRAPH_SPACING / 2
        accent = style.accent_colour(self.accent)
        pen = QPen(style.mix(accent, style.base_colour(), 0.55), 1)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(MARGIN, y), QPointF(rect.right() - 4, y))
        circle = QRectF(4, y - 7, 14, 14)
        painter.setPen(QPen(accent, 1.2))
        painter.setBrush(style.base_colour())
        painter.drawEllipse(circle)
        painter.drawLine(QPointF(circle.center().x() - 3.5, y), QPointF(circle.center().x() + 3.5, y))
        painter.drawLine(QPointF(circle.center().x(), y - 3.5), QPointF(circle.center().x(), y + 3.5))
        self.spot_rects[number] = circle

    def spot_at(self, point: QPointF) -> int | None:
        for number, rect in self.spot_rects.items():
            if rect.adjusted(-4, -4, 4, 4).contains(point):
                return number
        return None
