"""What the body editor paints around the text: quote bars and attributions,
suggested Baca Juga places, and problem marks in the margin.

Without an archive, a place is offered every N paragraphs (a "+" to click). With one,
the places are the archive's proposals: each shows the story it proposes on a dashed
rule between the paragraphs, to open, accept or reject (``editor.gui.archive``).

None of this is text; it is drawn on the viewport after the document, from the
document's layout, so it can never leak into the model or the export.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)

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


def proposal_spots(proposals: list[tuple[QTextCursor, object]]) -> dict[int, object]:
    """Block number -> proposed story, for the proposals still between two paragraphs
    (their anchors move with the text; a place the text no longer has is not shown)."""
    spots = {}
    for cursor, story in proposals:
        block = cursor.block()
        if _is_paragraph(block) and block.next().isValid() and _is_paragraph(block.next()):
            spots.setdefault(block.blockNumber(), story)
    return spots


class Decorations:
    """Paints for one editor; ``spot_rects`` are kept for click handling."""

    def __init__(self) -> None:
        self.spot_rects: dict[int, QRectF] = {}
        self.marks: dict[int, str] = {}  # block number -> "error" | "warning"
        self.every = 4
        # the archive's Baca Juga proposals (anchor, story); None: no archive, every N
        self.proposals: list[tuple[QTextCursor, object]] | None = None
        self.proposal_label = "BACA JUGA?"
        self.accent = style.DEFAULT_ACCENT
        self._offset_y = 0.0

    def spots(self, doc: QTextDocument) -> dict[int, object]:
        """Block number -> proposed story (None for a plain "+" place)."""
        if self.proposals is not None:
            return proposal_spots(self.proposals) if self.every > 0 else {}
        return dict.fromkeys(suggested_spots(doc, self.every))

    def proposal_at(self, number: int) -> object | None:
        return proposal_spots(self.proposals or []).get(number)

    def paint(self, painter: QPainter, doc: QTextDocument, offset: QPointF) -> None:
        layout = doc.documentLayout()
        self._offset_y = offset.y()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for block in _blocks(doc):
            if F.is_quote(block.blockFormat()):
                self._quote(painter, block, layout.blockBoundingRect(block).translated(offset))
        self.spot_rects = {}
        for number, story in self.spots(doc).items():
            block = doc.findBlockByNumber(number)
            rect = layout.blockBoundingRect(block).translated(offset)
            below = layout.blockBoundingRect(block.next()).translated(offset).top()
            # halfway between this paragraph's last line and the next one's first line
            rect.setBottom((rect.bottom() + below) / 2 if below > rect.bottom() else rect.bottom())
            self._spot(painter, number, rect, story)
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

    def _spot(self, painter: QPainter, number: int, rect: QRectF, story: object | None) -> None:
        """A dashed rule between the paragraphs and a small "+" in the margin to click;
        for a proposal, the story's headline on the rule too. ``rect.bottom()`` is the
        middle of the space between the two paragraphs."""
        y = rect.bottom()
        accent = style.accent_colour(self.accent)
        pen = QPen(style.mix(accent, style.base_colour(), 0.55), 1)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(MARGIN, y), QPointF(rect.right() - 4, y))
        circle = QRectF(4, y - 7, 14, 14)
        painter.setPen(QPen(accent, 1.2))
        painter.setBrush(accent if story is not None else style.base_colour())
        painter.drawEllipse(circle)
        painter.setPen(QPen(style.base_colour() if story is not None else accent, 1.2))
        painter.drawLine(QPointF(circle.center().x() - 3.5, y), QPointF(circle.center().x() + 3.5, y))
        painter.drawLine(QPointF(circle.center().x(), y - 3.5), QPointF(circle.center().x(), y + 3.5))
        self.spot_rects[number] = circle
        if story is not None:
            pill = self._pill(painter, y, rect, getattr(story, "headline", ""))
            self.spot_rects[number] = circle.united(pill)

    def _pill(self, painter: QPainter, y: float, rect: QRectF, headline: str) -> QRectF:
        """"BACA JUGA? Headline…" in a small rounded box on the rule."""
        font = QFont()
        font.setPointSizeF(8.5)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.Bold)
        label_width = QFontMetricsF(bold).horizontalAdvance(self.proposal_label + " ")
        metrics = QFontMetricsF(font)
        room = max(40.0, rect.right() - MARGIN - 40 - label_width)
        title = metrics.elidedText(headline, Qt.TextElideMode.ElideRight, room)
        height = metrics.height() + 4
        box = QRectF(MARGIN + 8, y - height / 2,
                     label_width + metrics.horizontalAdvance(title) + 16, height)
        accent = style.accent_colour(self.accent)
        painter.setPen(QPen(style.mix(accent, style.base_colour(), 0.35), 1))
        painter.setBrush(style.card_tint(self.accent))
        painter.drawRoundedRect(box, height / 2, height / 2)
        painter.setFont(bold)
        painter.setPen(accent)
        text_box = box.adjusted(8, 0, -8, 0)
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        painter.drawText(text_box, flags, self.proposal_label)
        painter.setFont(font)
        painter.setPen(style.text_colour())
        painter.drawText(text_box.adjusted(label_width, 0, 0, 0), flags, title)
        return box

    def spot_at(self, point: QPointF) -> int | None:
        for number, rect in self.spot_rects.items():
            if rect.adjusted(-4, -4, 4, 4).contains(point):
                return number
        return None
