"""The body editor: a QTextEdit whose document stands for the article's blocks.

It grows with its text (the writing column scrolls as one page), keeps cards whole
(typing next to a card opens a paragraph beside it; Backspace first selects a card,
then deletes it), pastes through the core's cleaner, and paints suggested
Baca Juga spots and problem marks. Conversions live in ``convert``, card edits in
``card_ops``, formatting in ``formatting``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QToolTip, QWidget

from editor.gui import style, writing
from editor.gui.body import card_ops, clipboard, typing
from editor.gui.body import formats as F
from editor.gui.body.cards import CardPainter, button_rects, short_url
from editor.gui.body.convert import card_in_block, document_blocks, load_document
from editor.gui.body.decorations import MARGIN, Decorations
from editor.gui.compat import wrap_viewport
from editor.gui.thumbnails import ThumbnailCache
from editor.model.blocks import BacaJuga, Block, Embed, ImageBlock, Table
from editor.model.typography import typeset_blocks
from editor.render.labels import page_labels

MIN_HEIGHT = 220


class BodyEdit(QTextEdit):
    card_button = Signal(int, str)  # card position, "edit" | "up" | "down" | "remove"
    images_dropped = Signal(list)  # photo files dropped into the text
    spot_clicked = Signal(int)  # block number after which a Baca Juga is suggested
    proposal_clicked = Signal(int)  # ... and the archive proposes a story for it
    cursor_rect_changed = Signal(QRect)
    format_state_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        wrap_viewport(self)  # before any viewport() call: saves ~8 ms of start-up
        self.setObjectName("body")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setMouseTracking(True)
        doc = self.document()
        doc.setDefaultFont(F.body_font())
        doc.setDocumentMargin(4)
        self.cards = CardPainter(self, self)
        doc.documentLayout().registerHandler(F.CARD_OBJECT, self.cards)
        doc.documentLayout().documentSizeChanged.connect(lambda _size: self._fit_height())
        self.decorations = Decorations()
        self.thumbnails: ThumbnailCache | None = None
        self.media_path: Callable[[str], Path | None] = lambda _key: None
        self.language = "id"
        self.context_actions: list[QAction | None] = []
        # pasted blocks -> the blocks to insert (the window fills a whole pasted article in)
        self.article_paste: Callable[[list[Block]], list[Block]] | None = None
        self.undo_actions: tuple[QAction, QAction] | None = None
        self.labels: dict[str, str] = {}
        self.hint = ""  # shown in an empty body, where the text will start
        self.cursorPositionChanged.connect(self._cursor_moved)
        self.currentCharFormatChanged.connect(lambda _fmt: self.format_state_changed.emit())
        self.load_blocks([])

    # ----------------------------------------------------------------- model
    def load_blocks(self, blocks: list[Block]) -> None:
        load_document(self.document(), blocks, left_margin=MARGIN)
        self.cards.painted.clear()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._fit_height()

    def model_blocks(self) -> tuple[list[Block], list[int]]:
        return document_blocks(self.document())

    def goto_block(self, number: int) -> None:
        block = self.document().findBlockByNumber(number)
        if block.isValid():
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            self.setTextCursor(cursor)
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_cursor(self, change: Callable[[QTextCursor], None]) -> None:
        """Run a formatting command on the text cursor and keep what it did to it."""
        cursor = self.textCursor()
        change(cursor)
        self.setTextCursor(cursor)
        self.format_state_changed.emit()

    # ----------------------------------------------------------------- cards
    def card_position(self) -> int | None:
        block = self.textCursor().block()
        return block.position() if card_ops.is_card_block(block) else None

    def card_at_position(self, position: int) -> Block | None:
        return card_in_block(self.document().findBlock(position))

    def insert_card(self, card: Block) -> int:
        position = card_ops.insert_card(self.textCursor(), card)
        self._select_card(position)
        return position

    def insert_card_after(self, number: int, card: Block) -> int:
        """Put ``card`` right after text block ``number`` (a proposed place): one step."""
        cursor = QTextCursor(self.document().findBlockByNumber(number))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        position = card_ops.insert_card(cursor, card)
        self._select_card(position)
        return position

    def replace_card(self, position: int, card: Block) -> None:
        card_ops.replace_card(self.document(), position, card)
        self.viewport().update()

    def move_card(self, step: int, position: int | None = None) -> None:
        position = self.card_position() if position is None else position
        if position is not None:
            moved = card_ops.move_card(self.document(), position, step)
            if moved is not None:
                self._select_card(moved)

    def delete_card(self, position: int | None = None) -> None:
        position = self.card_position() if position is None else position
        if position is not None:
            after = card_ops.delete_card(self.document(), position)
            cursor = self.textCursor()
            cursor.setPosition(min(after, self.document().characterCount() - 1))
            self.setTextCursor(cursor)

    def _select_card(self, position: int) -> None:
        """Put the cursor just after the card: highlighted, and Backspace deletes it."""
        cursor = self.textCursor()
        cursor.setPosition(position + 1)
        self.setTextCursor(cursor)
        self.viewport().update()

    # ----------------------------------------------------------------- CardHost
    def card_label(self, card: Block) -> str:
        if isinstance(card, BacaJuga):
            return page_labels(self.language)["baca_juga"].rstrip(":").upper()
        if isinstance(card, ImageBlock):
            return self.labels.get("photo", "PHOTO")
        if isinstance(card, Embed):
            return f"{self.labels.get('embed', 'EMBED')} · {card.provider}".rstrip(" ·")
        if isinstance(card, Table):
            return self.labels.get("table", "TABLE")
        return ""

    def card_notes(self, card: Block) -> list[tuple[str, str]]:
        if isinstance(card, BacaJuga | Embed):
            return [(short_url(card.url), "muted") if card.url.strip()
                    else (self.labels.get("no_link", "No link"), "warning")]
        if isinstance(card, ImageBlock):
            image = card.image
            notes = [(self.labels.get("credit", "Credit: %1").replace("%1", image.credit), "muted")]
            if image.alt.strip():
                notes.append((self.labels.get("alt", "Alt: %1").replace("%1", image.alt), "muted"))
            else:
                notes.append((self.labels.get("no_alt", "No alt text"), "warning"))
            return notes if image.credit else notes[1:]
        if isinstance(card, Table):
            size = self.labels.get("table_size", "%1 rows × %2 columns")
            return [(size.replace("%1", str(len(card.rows))).replace("%2", str(card.columns)),
                     "muted")]
        return []

    def card_thumbnail(self, media_key: str) -> QImage | None:
        if self.thumbnails is None:
            return None
        return self.thumbnails.get(self.media_path(media_key))

    def active_card_position(self) -> int:
        position = self.card_position()
        return -1 if position is None else position

    def accent(self) -> str:
        return self.decorations.accent

    # ----------------------------------------------------------------- size
    def _fit_height(self) -> None:
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 8
        self.setFixedHeight(max(MIN_HEIGHT, height))

    def _cursor_moved(self) -> None:
        self.viewport().update()
        self.cursor_rect_changed.emit(self.cursorRect())
        self.format_state_changed.emit()

    # ----------------------------------------------------------------- keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._card_key(event) or self._enter_key(event):
            return
        wanted = writing.options()
        if typing.swallow_space(self, event, wanted.rules):
            return
        self._end_link_before_typing(event)
        super().keyPressEvent(event)
        if typing.is_typing(event) and not (wanted.markdown and typing.markdown_shortcut(self)):
            first = self.textCursor().block().blockNumber() == 0
            typing.correct(self, wanted.rules, dateline=first)

    def _card_key(self, event: QKeyEvent) -> bool:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        block, key = cursor.block(), event.key()
        at_start = cursor.positionInBlock() == 0
        if card_ops.is_card_block(block):
            return self._key_on_card(event, block, at_start)
        if key == Qt.Key.Key_Backspace and at_start and card_ops.is_card_block(block.previous()):
            self._select_card(block.previous().position())
            return True
        at_end = cursor.atBlockEnd()
        if key == Qt.Key.Key_Delete and at_end and card_ops.is_card_block(block.next()):
            cursor.setPosition(block.next().position())
            self.setTextCursor(cursor)
            return True
        return False

    def _key_on_card(self, event: QKeyEvent, block, at_start: bool) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Backspace and at_start or key == Qt.Key.Key_Delete and not at_start:
            step = block.previous() if key == Qt.Key.Key_Backspace else block.next()
            if step.isValid():
                cursor = QTextCursor(step)
                if key == Qt.Key.Key_Backspace:
                    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                self.setTextCursor(cursor)
            return True
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.delete_card(block.position())
            return True
        text = event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or (text and text.isprintable()):
            typed = text if text and text.isprintable() else ""
            self._paragraph_beside(block, before=at_start, text=typed)
            return True
        return False

    def _paragraph_beside(self, block, *, before: bool, text: str) -> None:
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        if before:
            if block.previous().isValid():
                cursor.setPosition(block.previous().position() + block.previous().length() - 1)
                cursor.insertBlock(F.paragraph_format(), F.base_char_format())
            else:
                cursor.setPosition(0)
                cursor.insertBlock(F.paragraph_format(), F.base_char_format())
                cursor.setPosition(0)
                cursor.setBlockFormat(F.paragraph_format())
                cursor.setBlockCharFormat(F.base_char_format())
        else:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(F.paragraph_format(), F.base_char_format())
        if text:
            cursor.insertText(text, F.base_char_format())
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def _enter_key(self, event: QKeyEvent) -> bool:
        """Enter after a heading or quote starts a plain paragraph; on an empty item ends a list."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or \
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            return False
        cursor = self.textCursor()
        block = cursor.block()
        fmt = block.blockFormat()
        if block.textList() is not None and not block.text():
            cursor.beginEditBlock()
            block.textList().remove(block)
            cursor.setBlockFormat(F.paragraph_format())
            cursor.endEditBlock()
            return True
        if (F.heading_level(fmt) or F.is_quote(fmt)) and cursor.atBlockEnd():
            cursor.insertBlock(F.paragraph_format(), F.base_char_format())
            self.setTextCursor(cursor)
            return True
        return False

    def _end_link_before_typing(self, event: QKeyEvent) -> None:
        """Letters typed right after a link are not part of it (as in every word processor)."""
        text = event.text()
        cursor = self.textCursor()
        if not text or not text.isprintable() or cursor.hasSelection():
            return
        fmt = cursor.charFormat()
        if not fmt.isAnchor():
            return
        after = QTextCursor(cursor)
        after.movePosition(QTextCursor.MoveOperation.NextCharacter)
        if cursor.atBlockEnd() or after.charFormat().anchorHref() != fmt.anchorHref():
            plain = QTextCharFormat(fmt)
            F.remove_link(plain)
            self.setCurrentCharFormat(plain)

    # ----------------------------------------------------------------- mouse
    def _doc_point(self, point: QPointF) -> QPointF:
        return point + QPointF(self.horizontalScrollBar().value(),
                               self.verticalScrollBar().value())

    def _card_hit(self, point: QPointF) -> tuple[int, str | None] | None:
        """The card (and button) under ``point``; painted rectangles are checked against the
        current layout, so a card that moved since its last paint is never hit by mistake."""
        doc_point = self._doc_point(point)
        layout = self.document().documentLayout()
        for position, rect in list(self.cards.painted.items()):
            if not rect.contains(doc_point):
                continue
            block = self.document().findBlock(position)
            if card_in_block(block) is None or block.position() != position or \
                    not layout.blockBoundingRect(block).contains(rect.center()):
                del self.cards.painted[position]  # stale: the text changed since that paint
                continue
            for name, button in button_rects(rect).items():
                if button.contains(doc_point):
                    return position, name
            return position, None
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        spot = self.decorations.spot_at(event.position())
        if spot is not None and event.button() == Qt.MouseButton.LeftButton:
            if self.decorations.proposal_at(spot) is not None:
                self.proposal_clicked.emit(spot)
                return
            self.goto_block(spot)
            self.spot_clicked.emit(spot)
            return
        hit = self._card_hit(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self._select_card(hit[0])
            if hit[1] is not None:
                self.card_button.emit(hit[0], hit[1])
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._card_hit(event.position())
        if hit is not None:
            self.card_button.emit(hit[0], "edit")
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._card_hit(event.position())
        over_button = hit is not None and hit[1] is not None
        over_spot = self.decorations.spot_at(event.position()) is not None
        shape = Qt.CursorShape.PointingHandCursor if over_button or over_spot else \
            Qt.CursorShape.ArrowCursor if hit else Qt.CursorShape.IBeamCursor
        self.viewport().setCursor(shape)
        super().mouseMoveEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        """Tooltips for what is painted, not typed: card buttons and suggested spots."""
        if event.type() == QEvent.Type.ToolTip:
            point = QPointF(event.pos())
            hit = self._card_hit(point)
            spot = self.decorations.spot_at(point)
            story = self.decorations.proposal_at(spot) if spot is not None else None
            key = "proposal" if story is not None else "spot" if spot is not None else \
                (hit[1] if hit is not None and hit[1] else "")
            if key:
                tip = self.labels.get(key, key).replace("%1", getattr(story, "headline", ""))
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        from editor.gui.fields import standard_menu
        from editor.gui.spelling.menu import offer_in_text

        hit = self._card_hit(QPointF(event.pos()))
        if hit is not None:
            self._select_card(hit[0])
        menu = standard_menu(self, event.pos())
        offer_in_text(menu, self, self.cursorForPosition(event.pos()))
        if self.card_position() is not None and self.context_actions:
            menu.addSeparator()
            for action in self.context_actions:
                menu.addSeparator() if action is None else menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # ----------------------------------------------------------------- paint
    def shows_hint(self) -> bool:
        return bool(self.hint) and self.document().isEmpty()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        offset = -self._doc_point(QPointF(0, 0))
        self.decorations.paint(painter, self.document(), offset)
        if self.shows_hint():
            self._paint_hint(painter, offset)
        painter.end()

    def _paint_hint(self, painter: QPainter, offset: QPointF) -> None:
        """The hint where the first letter will go, in the body's own font (Qt's own
        placeholder sits at the viewport's edge, outside the text's margin)."""
        block = self.document().begin()
        rect = self.document().documentLayout().blockBoundingRect(block).translated(offset)
        line = block.layout().lineAt(0) if block.layout().lineCount() else None
        top = rect.top() + (line.y() if line is not None else 0)
        painter.setFont(self.document().defaultFont())
        painter.setPen(style.muted_colour())
        height = line.height() if line is not None else rect.height()
        box = QRectF(rect.left() + block.blockFormat().leftMargin(), top, rect.width(), height)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter), self.hint)

    # ----------------------------------------------------------------- clipboard
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        if clipboard.document_paths(source):
            return False  # the drop goes on to the window, which opens the document
        return bool(clipboard.image_paths(source)) or super().canInsertFromMimeData(source) \
            or source.hasFormat(clipboard.BLOCKS_MIME)

    def insertFromMimeData(self, source: QMimeData) -> None:
        photos = clipboard.image_paths(source)
        if photos:
            self.images_dropped.emit(photos)
            return
        blocks = clipboard.mime_blocks(source)
        if blocks and self.article_paste is not None and not source.hasFormat(clipboard.BLOCKS_MIME):
            blocks = self.article_paste(blocks)
        if blocks:
            if not source.hasFormat(clipboard.BLOCKS_MIME):  # Redaksi's own text is set already
                blocks = self._typeset(blocks)
            cursor = self.textCursor()
            clipboard.insert_blocks(cursor, blocks)
            self.setTextCursor(cursor)

    def createMimeDataFromSelection(self) -> QMimeData:
        mime = super().createMimeDataFromSelection()
        blocks = clipboard.selection_blocks(self.textCursor())
        return clipboard.blocks_mime(blocks, mime) if blocks else mime

    def paste_plain(self) -> None:
        """Ctrl+Shift+V: the clipboard's text only, as paragraphs."""
        text = QGuiApplication.clipboard().text()
        if text:
            cursor = self.textCursor()
            clipboard.insert_blocks(cursor, self._typeset(clipboard.text_blocks(text)))
            self.setTextCursor(cursor)

    def _typeset(self, blocks: list[Block]) -> list[Block]:
        """Pasted blocks set by the house rules; at the body's very start the first
        paragraph is the dateline's."""
        cursor = self.textCursor()
        opens = cursor.selectionStart() == 0
        return typeset_blocks(blocks, writing.options().rules, opens_body=opens)

    def set_accent(self, accent: str) -> None:
        self.decorations.accent = accent or style.DEFAULT_ACCENT
        self.viewport().update()
