"""The spelling part of a text field's context menu: suggestions for the word under the
mouse, "Add to Dictionary" (the journalist's list) and "Add to Site Dictionary" (the
list kept beside the site profile, for the whole desk)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QTextEdit

from editor import interaction
from editor.errors import RedaksiError
from editor.gui.i18n import current_language
from editor.gui.spelling.service import current
from editor.spelling.tokens import words

Replace = Callable[[int, int, str], None]


translate = QCoreApplication.translate


def word_at(text: str, offset: int) -> tuple[int, int, str] | None:
    for start, end, word in words(text):
        if start <= offset <= end:
            return start, end, word
    return None


def offer(menu: QMenu, text: str, offset: int, replace: Replace) -> bool:
    """Put the spelling entries for the word at ``offset`` of ``text`` at the top of
    ``menu``; False when that word is not an unknown one."""
    service = current()
    hit = word_at(text, offset)
    if service is None or not service.active or hit is None:
        return False
    start, end, word = hit
    if service.verdicts.get(word) is not False:
        return False
    entries: list[QAction] = []
    for suggestion in service.suggestions(word):
        action = QAction(suggestion, menu)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(lambda _c=False, s=suggestion: replace(start, end, s))
        entries.append(action)
    if not entries:
        empty = QAction(translate("Spelling", "No suggestions"), menu)
        empty.setEnabled(False)
        entries.append(empty)
    own = QAction(translate("Spelling", "Add to Dictionary"), menu)
    own.setObjectName("spellAdd")
    own.triggered.connect(lambda: _add(word, site_wide=False))
    site = QAction(translate("Spelling", "Add to Site Dictionary"), menu)
    site.setObjectName("spellAddSite")
    site.setEnabled(service.can_add_to_site())
    site.triggered.connect(lambda: _add(word, site_wide=True))
    first = menu.actions()[0] if menu.actions() else None
    menu.insertActions(first, [*entries, own, site])
    if first is not None:
        menu.insertSeparator(first)
    return True


def _add(word: str, *, site_wide: bool) -> None:
    service = current()
    if service is None:
        return
    try:
        service.add(word, site_wide=site_wide)
    except RedaksiError as error:
        interaction.current().error(translate("Spelling", "Spelling"), error.message(current_language()))


def offer_in_text(menu: QMenu, edit: QTextEdit | QPlainTextEdit, cursor: QTextCursor) -> bool:
    """For the body and the head fields: the word under ``cursor``; replacing it is one edit."""
    block = cursor.block()

    def replace(start: int, end: int, new: str) -> None:
        work = QTextCursor(block)
        work.beginEditBlock()
        work.setPosition(block.position() + start)
        fmt = QTextCursor(work)
        fmt.movePosition(QTextCursor.MoveOperation.NextCharacter)
        work.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        work.insertText(new, fmt.charFormat())
        work.endEditBlock()
        edit.setTextCursor(work)

    return offer(menu, block.text(), cursor.positionInBlock(), replace)


def offer_in_line(menu: QMenu, line: QLineEdit, offset: int) -> bool:
    """For a dialog's one-line field (a caption, a related story's title)."""
    def replace(start: int, end: int, new: str) -> None:
        line.setSelection(start, end - start)
        line.insert(new)

    return offer(menu, line.text(), offset, replace)
