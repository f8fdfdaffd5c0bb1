"""Clipboard and drops for the body: clean blocks in, blocks (and plain text) out.

Pasted HTML is handed to the core's paste cleaner (``editor.importers.paste``),
which returns model blocks; the editor only writes those blocks. Copying inside
Redaksi carries the blocks themselves as JSON, so cards survive copy and paste.
The cleaner (lxml, ~10 ms to import) is loaded on the first paste.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor, QTextDocument, QTextDocumentFragment

from editor.gui.body import formats as F
from editor.gui.body.convert import BlockWriter, document_to_blocks
from editor.model.blocks import (
    BacaJuga,
    Block,
    Embed,
    Heading,
    ImageBlock,
    ListBlock,
    Paragraph,
    block_from_dict,
)

log = logging.getLogger(__name__)

BLOCKS_MIME = "application/x-redaksi-blocks+json"
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".avif", ".gif", ".tif",
                  ".tiff"}

DOCUMENT_SUFFIXES = {".docx", ".md", ".markdown", ".txt", ".html", ".htm", ".redaksi"}

Cleaner = Callable[[str], list[Block]]


def paste_cleaner() -> tuple[Cleaner, Cleaner]:
    """``(clean_paste, clean_paste_text)`` from the core, imported on the first paste."""
    from editor.importers.paste import clean_paste, clean_paste_text

    return clean_paste, clean_paste_text


def text_blocks(text: str) -> list[Block]:
    """Plain text through the core's cleaner (paragraphs, lists, headings it recognises)."""
    return list(paste_cleaner()[1](text))


def mime_blocks(source: QMimeData) -> list[Block] | None:
    """The blocks a paste or drop means; ``None`` when it holds nothing for the text."""
    if source.hasFormat(BLOCKS_MIME):
        try:
            data = json.loads(bytes(source.data(BLOCKS_MIME).data()).decode("utf-8"))
            return [block_from_dict(item) for item in data]
        except (ValueError, TypeError, KeyError):
            log.warning("ignoring a damaged Redaksi clipboard")
    if source.hasHtml():
        return list(paste_cleaner()[0](source.html()))
    if source.hasText():
        return text_blocks(source.text())
    return None


def document_paths(source: QMimeData) -> list[Path]:
    """Local article files in a drop (.docx, .md, .txt, .html, .redaksi): they open as
    drafts in the window, never as their path typed into the text."""
    if not source.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in DOCUMENT_SUFFIXES]


def image_paths(source: QMimeData) -> list[Path]:
    """Local photo files in a drop (from a file manager)."""
    if not source.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file()]


def selection_blocks(cursor: QTextCursor) -> list[Block]:
    """The selected part of the body as model blocks (cards included)."""
    scratch = QTextDocument()
    QTextCursor(scratch).insertFragment(QTextDocumentFragment(cursor))
    return document_to_blocks(scratch)


def blocks_mime(blocks: list[Block], mime: QMimeData) -> QMimeData:
    payload = json.dumps([block.to_dict() for block in blocks], ensure_ascii=False)
    mime.setData(BLOCKS_MIME, payload.encode("utf-8"))
    return mime


def insert_blocks(cursor: QTextCursor, blocks: list[Block]) -> None:
    """Paste ``blocks`` at the cursor as one undo step.

    A first paragraph flows into the current one (an inline paste); anything after
    starts new blocks, and the text that followed the cursor stays after them.
    """
    if not blocks:
        return
    cursor.beginEditBlock()
    if cursor.hasSelection():
        cursor.removeSelectedText()
    current = cursor.block()
    if _is_card_text(current):
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)  # paste after the card
    empty = not current.text() and current.textList() is None
    rest = list(blocks)
    if not empty and isinstance(rest[0], Paragraph) and not _is_card_text(current):
        # the first paragraph flows into the one the cursor is in
        level = F.heading_level(current.blockFormat())
        for span in rest.pop(0).spans:
            cursor.insertText(span.text.replace("\n", F.LINE_SEPARATOR), F.span_format(span, level))
    writer = BlockWriter(cursor, reuse_first=empty)
    writer.write(rest)
    tail = cursor.block().length() - 1 > cursor.positionInBlock()
    if rest and tail and isinstance(rest[-1], BacaJuga | ImageBlock | Embed | Heading | ListBlock) or rest and isinstance(rest[-1], BacaJuga | ImageBlock | Embed) and cursor.atEnd():
        cursor.insertBlock(F.paragraph_format(), F.base_char_format())
    cursor.endEditBlock()


def _is_card_text(block) -> bool:
    return block.text() == F.OBJECT_CHAR
