"""First frame first: what a window can do without, it does right after its first paint.

Anything that runs while the window is being built delays the moment the journalist
sees it, and work in a worker thread does too: Python threads share one
interpreter lock, so a worker importing Pillow to decode a thumbnail slows the UI
thread building widgets. So thumbnails, preview photos, QtWebEngine, the checks and
the recovery-journal scan wait for the window's first frame::

    gate = FirstFrame.of(window)
    gate.later(callback)             # queued until the first frame; at once after it
    gate.later(callback, first=True)  # ahead of what is already queued

"First frame" is the window's first paint event plus one turn of the event loop,
so the frame has been flushed to the screen. A window that never paints (hidden,
or a platform that sends no paint) releases the queue after ``FALLBACK_MS``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000


class FirstFrame(QObject):
    """The start-up queue of one top-level window; see the module docstring."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("firstFrame")
        self._window = window
        self._queue: list[Callable[[], None]] = []
        self.done = False
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._release)

    @classmethod
    def of(cls, widget: QWidget) -> FirstFrame:
        """The gate of ``widget``'s top-level window, made on first use."""
        window = widget.window()
        gate = window.findChild(FirstFrame, "firstFrame", Qt.FindChildOption.FindDirectChildrenOnly)
        return gate if gate is not None else cls(window)

    def later(self, callback: Callable[[], None], *, first: bool = False) -> None:
        if self.done:
            callback()
        elif first:
            self._queue.insert(0, callback)
        else:
            self._queue.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._release)
        return False

    def _release(self) -> None:
        if self.done:
            return
        self.done = True
        self._window.removeEventFilter(self)
        while self._queue:
            self._queue.pop(0)()
