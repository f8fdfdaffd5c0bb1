"""Progress reports and cancellation, as plain callables so any thread or UI can use them.

``progress(done_bytes, total_bytes, message)`` is called from the publishing
thread; a GUI forwards it to its window through its own signal mechanism.
``cancel`` is anything with ``is_set()`` (a ``threading.Event``); it is
honoured until the new version starts to go live, and ignored after, so a
cancel never leaves the site half switched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from editor.errors import say
from editor.publish import failures

ProgressCallback = Callable[[int, int, str], None]


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


class Progress:
    def __init__(self, callback: ProgressCallback | None, total: int,
                 cancel: CancelFlag | None) -> None:
        self.callback = callback
        self.total = total
        self.cancel = cancel
        self.done = 0
        self.sent = 0
        self.message = ""
        self.cancellable = True

    def restart(self) -> None:
        """A retry starts counting again (resumed files are counted as they are found)."""
        self.done = 0
        self.sent = 0
        self.cancellable = True

    def step(self, message_id: str, message_en: str) -> None:
        self.message = say(message_id, message_en)
        self.check()
        self._report()

    def add(self, count: int, *, sent: bool = True) -> None:
        """``count`` more bytes are on the server (``sent`` False: they already were)."""
        self.done = min(self.total, self.done + count)
        if sent:
            self.sent += count
        self.check()
        self._report()

    def finish(self, message_id: str, message_en: str) -> None:
        self.cancellable = False
        self.done = self.total
        self.step(message_id, message_en)

    def check(self) -> None:
        if self.cancellable and self.cancel is not None and self.cancel.is_set():
            raise failures.cancelled()

    def _report(self) -> None:
        if self.callback is not None:
            self.callback(self.done, self.total, self.message)
