"""Cards in the body text: Baca Juga links, inline photos and embeds drawn as one object.

A card is a single object-replacement character (see ``formats``), so the cursor
steps over it in one move and it cannot be edited letter by letter. This handler
paints it as a tinted box with a label, its content and four small buttons
(edit, up, down, delete); the body editor hit-tests those buttons using the
rectangles recorded here at paint time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
)

from editor.gui import style
from editor.gui.body import formats as F
from editor.gui.icons import icon
from editor.model.blocks import BacaJuga, Block, Embed, ImageBlock, Table

PAD = 12.0
BUTTON = 22.0
BUTTON_GAP = 4.0
BUTTONS = ("edit", "up", "down", "remove")
THUMB = QSizeF(132.0, 88.0)
RADIUS = 6.0
LABEL_GAP = 7.0  # between the label and the title
TITLE_GAP = 10.0  # between the title and the notes: the title reads as its own line
BUTTONS_WIDTH = len(BUTTONS) * (BUTTON + BUTTON_GAP) + 8


class CardHost(Protocol):
    """What the painter needs from the editor that owns the document."""

    def card_label(self, card: Block) -> str: ...

    def card_notes(self, card: Block) -> list[tuple[str, str]]: ...

    def card_thumbnail(self, media_key: str) -> QImage | None: ...

    def active_card_position(self) -> int: ...

    def accent(self) -> str: ...


@dataclass(slots=True)
class TextBoxes:
    """Where a card's texts go: the label, the wrapped title (if any), each note line."""

    label: QRectF
    title: QRectF | None
    notes: list[QRectF]

    @property
    def bottom(self) -> float:
        return max([self.label.bottom(), *(r.bottom() for r in [self.title, *self.notes] if r)])


@dataclass(slots=True)
class Lines:
    """The text of a card, laid out for a given width."""

    label: str
    title: str
    notes: list[tuple[str, str]]  # (text, tone: "muted" | "warning")
    has_thumb: bool


def _fonts() -> tuple[QFont, QFont, QFont]:
    label = QFont()
    label.setPointSizeF(8.5)
    label.setWeight(QFont.Weight.Bold)
    label.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    title = style.serif(style.BODY_POINT_SIZE * 0.96, QFont.Weight.DemiBold)
    note = QFont()
    note.setPointSizeF(9.0)
    return label, title, note


def card_lines(card: Block, host: CardHost) -> Lines:
    notes = host.card_notes(card)
    if isinstance(card, BacaJuga):
        return Lines(host.card_label(card), card.title or card.url, notes, False)
    if isinstance(card, ImageBlock):
        return Lines(host.card_label(card), card.image.caption, notes, True)
    if isinstance(card, Embed):
        return Lines(host.card_label(card), card.caption or short_url(card.url), notes, False)
    if isinstance(card, Table):
        return Lines(host.card_label(card), card.caption or card.plain()[:80], notes, False)
    return Lines("", "", [], False)


def short_url(url: str) -> str:
    parts = urlsplit(url.strip())
    return f"{parts.netloc.removeprefix('www.')}{parts.path}" or url


class CardPainter(QPyTextObject):
    """QTextObjectInterface for ``CARD_OBJECT``; registered on the body's document layout."""

    def __init__(self, host: CardHost, parent=None) -> None:
        super().__init__(parent)
        self.host = host
        self.painted: dict[int, QRectF] = {}

    def _width(self, doc: QTextDocument) -> float:
        root = doc.rootFrame().frameFormat()
        width = doc.textWidth() - 2 * doc.documentMargin() - root.leftMargin() - root.rightMargin()
        return max(240.0, width - 2)

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        card = F.card_from_format(fmt)
        width = self._width(doc)
        if card is None:
            return QSizeF(width, 24.0)
        return QSizeF(width, self._height(card_lines(card, self.host), width))

    def _text_width(self, lines: Lines, width: float) -> float:
        return width - 2 * PAD - (THUMB.width() + PAD if lines.has_thumb else 0) - 6

    def _height(self, lines: Lines, width: float) -> float:
        """Label, wrapped title, then note lines; the buttons share the last note line."""
        boxes = text_boxes(lines, QRectF(0, 0, self._text_width(lines, width), 10_000))
        note_height = QFontMetricsF(_fonts()[2]).height()
        height = boxes.bottom + (max(0.0, (BUTTON - note_height) / 2) if lines.notes else BUTTON)
        if lines.has_thumb:
            height = max(height, THUMB.height())
        return height + 2 * PAD

    def drawObject(self, painter: QPainter, rect: QRectF, doc: QTextDocument, pos: int,
                   fmt: QTextFormat) -> None:
        card = F.card_from_format(fmt)
        if card is None:
            return
        self.painted[pos] = QRectF(rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._frame(painter, rect, active=self.host.active_card_position() == pos)
        lines = card_lines(card, self.host)
        left = rect.left() + PAD + 6
        if isinstance(card, ImageBlock):
            self._thumbnail(painter, QPointF(left, rect.top() + PAD), card.image.file)
            left += THUMB.width() + PAD
        self._texts(painter, QRectF(left, rect.top() + PAD, self._text_width(lines, rect.width()),
                                    rect.height() - 2 * PAD), lines)
        for name, button in button_rects(rect).items():
            icon(name).paint(painter, button.adjusted(3, 3, -3, -3).toRect())
        painter.restore()

    def _frame(self, painter: QPainter, rect: QRectF, *, active: bool) -> None:
        accent = style.accent_colour(self.host.accent())
        painter.setPen(QPen(accent if active else style.mix(accent, style.base_colour(), 0.75),
                            1.6 if active else 1.0))
        painter.setBrush(style.card_tint(self.host.accent()))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        painter.fillRect(QRectF(rect.left() + 1, rect.top() + 6, 4, rect.height() - 12), accent)

    def _thumbnail(self, painter: QPainter, at: QPointF, key: str) -> None:
        box = QRectF(at, THUMB)
        image = self.host.card_thumbnail(key)
        if image is None or image.isNull():
            painter.fillRect(box, style.mix(style.base_colour(), style.text_colour(), 0.1))
            icon("photo").paint(painter, box.adjusted(44, 22, -44, -22).toRect())
            return
        scaled = QSizeF(image.size()).scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(at, scaled)
        target.moveCenter(box.center())
        painter.drawImage(target, image)

    def _texts(self, painter: QPainter, area: QRectF, lines: Lines) -> None:
        label_font, title_font, note_font = _fonts()
        boxes = text_boxes(lines, area)
        painter.setFont(label_font)
        painter.setPen(style.accent_colour(self.host.accent()))
        painter.drawText(boxes.label, lines.label)
        if boxes.title is not None:
            painter.setFont(title_font)
            painter.setPen(style.text_colour())
            painter.drawText(boxes.title, _WRAP, lines.title)
        painter.setFont(note_font)
        metrics = QFontMetricsF(note_font)
        for box, (text, tone) in zip(boxes.notes, lines.notes, strict=True):
            colour = style.warning_colour() if tone == "warning" else style.muted_colour()
            painter.setPen(colour)
            painter.drawText(box, metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                     box.width()))


_WRAP = int(Qt.TextFlag.TextWordWrap)


def text_boxes(lines: Lines, area: QRectF) -> TextBoxes:
    """The label on top; the title wrapped below it with room above and under; the notes,
    the last one centred on the row of buttons."""
    label_font, title_font, note_font = _fonts()
    label = QRectF(area.left(), area.top(), area.width(), QFontMetricsF(label_font).height())
    y = label.bottom() + LABEL_GAP
    title = None
    if lines.title:
        used = QFontMetricsF(title_font).boundingRect(
            QRectF(area.left(), y, area.width(), 10_000), _WRAP, lines.title)
        title = QRectF(area.left(), y, area.width(), used.height())
        y = title.bottom() + TITLE_GAP
    metrics = QFontMetricsF(note_font)
    room = area.width() - BUTTONS_WIDTH
    notes = []
    for index in range(len(lines.notes)):
        if index == len(lines.notes) - 1:
            y += max(0.0, (BUTTON - metrics.height()) / 2)  # centred on the button row
        notes.append(QRectF(area.left(), y, room, metrics.height()))
        y += metrics.height() + 2
    return TextBoxes(label, title, notes)


def button_rects(rect: QRectF) -> dict[str, QRectF]:
    """Where the edit/up/down/delete buttons of a card painted at ``rect`` are."""
    top = rect.bottom() - PAD - BUTTON
    right = rect.right() - PAD + 4
    rects = {}
    for index, name in enumerate(reversed(BUTTONS)):
        x = right - (index + 1) * BUTTON - index * BUTTON_GAP
        rects[name] = QRectF(x, top, BUTTON, BUTTON)
    return rects
