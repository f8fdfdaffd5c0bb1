"""Small helpers for driving the window like a journalist would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.gui.tasks import running


def wait_tasks(qtbot, timeout: int = 10_000) -> None:
    """Until every background task (photo probes, exports, autosaves) has reported back."""
    qtbot.waitUntil(lambda: running() == 0, timeout=timeout)


def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)


def ctrl(widget, key, shift: bool = False) -> None:
    mods = Qt.KeyboardModifier.ControlModifier
    if shift:
        mods |= Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(widget, key, mods)


def click_end_of_block(qtbot, body, number: int) -> None:
    """Click with the mouse just after the last letter of body block ``number``."""
    block = body.document().findBlockByNumber(number)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    rect = body.cursorRect(cursor)
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.right() + 1, rect.center().y()))


def dialog_ok(qtbot, dialog, **fields: str) -> None:
    """Type into a form dialog's fields (by key) and press its OK button."""
    for key, text in fields.items():
        widget = dialog.widgets[key]
        widget.setFocus()
        qtbot.keyClicks(widget, text)
    assert dialog.ok_button.isEnabled(), dialog.problem.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    reactivate(dialog.parentWidget().window())


def reactivate(window) -> None:
    """The offscreen platform has no window manager to give the focus back after a dialog."""
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)


def body_kinds(window) -> list[str]:
    return [type(block).__name__ for block in window.session.article.body]


def page_value(qtbot, pane, expression: str, timeout: int = 5_000):
    """``expression`` evaluated in the live preview's page (through JSON: PySide drops arrays)."""
    import json

    box: list[object] = []
    pane.evaluate(f"JSON.stringify({expression})", box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    return json.loads(box[0]) if isinstance(box[0], str) else None


def preview_shows(qtbot, window, expression: str, expected, timeout: int = 30_000) -> None:
    """Wait until the live preview has settled and ``expression`` gives ``expected``."""
    def shown() -> bool:
        return window.preview.is_settled() and page_value(qtbot, window.preview,
                                                          expression) == expected

    qtbot.waitUntil(shown, timeout=timeout)
