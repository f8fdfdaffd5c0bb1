"""Slow work off the UI thread: run a pure function in a worker, report back on the UI thread.

Pattern after Anki's ``CollectionOp``/``QueryOp``: the worker gets plain data
(a copy of the article, a path) and returns plain data; widgets are touched only
in the ``done``/``failed`` callbacks, which Qt delivers on the UI thread through
queued signals. The window never freezes during export or photo decoding.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


class _Relay(QObject):
    """Lives on the UI thread; its signals carry results across threads."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work(self._relay.progress.emit)
        except Exception as exc:  # every failure reaches the UI, never a silent thread death
            log.debug("task failed:\n%s", traceback.format_exc())
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Task(QObject):
    """A handle on one background job; kept alive until its callback ran."""

    finished = Signal()
    _running: set[Task] = set()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self.on_done: Callable[[Any], None] | None = None
        self.on_error: Callable[[Exception], None] | None = None
        self.progress = self._relay.progress
        self.cancelled = False

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        if not self.cancelled and self.on_done:
            self.on_done(result)
        self._finish()

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        if not self.cancelled and self.on_error:
            self.on_error(error)
        self._finish()

    def _finish(self) -> None:
        Task._running.discard(self)
        self.finished.emit()

    def cancel(self) -> None:
        """Drop the result when it arrives (the work itself runs to its end)."""
        self.cancelled = True


def run_task(
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Run ``work(progress)`` in the thread pool; callbacks run on the UI thread."""
    task = Task()
    task.on_done, task.on_error = on_done, on_error
    Task._running.add(task)
    (pool or QThreadPool.globalInstance()).start(_Runnable(work, task._relay))
    return task


def running() -> int:
    """How many tasks have not reported back yet (tests wait for zero)."""
    return len(Task._running)
