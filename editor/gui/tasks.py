"""Slow work off the UI thread: run a pure function in a worker, report back on the UI thread.

Pattern after Anki's ``CollectionOp``/``QueryOp``: the worker gets plain data
(a copy of the article, a path) and returns plain data; widgets are touched only
in the ``on_done``/``on_error`` callbacks, which run on the UI thread.

Results travel through one ``_Dispatcher`` that lives on the UI thread for the
whole run and is never deleted. Per-task QObjects would be destroyed by whichever
thread drops the last Python reference — sometimes the worker — and a QObject
deleted outside its own thread crashes Qt.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
STEPS = 1000  # progress bars' resolution: tenths of a percent (bytes can exceed a Qt int)


class _Dispatcher(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int, str)


@dataclass(eq=False)
class Task:
    """A handle on one background job."""

    ident: int
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[Exception], None] | None = None
    on_progress: Callable[[int, int, str], None] | None = None
    cancelled: bool = False

    def cancel(self) -> None:
        """Drop the result when it arrives (the work itself runs to its end)."""
        self.cancelled = True


_tasks: dict[int, Task] = {}
_ids = itertools.count(1)
_dispatcher: _Dispatcher | None = None


def _on_done(ident: int, result: Any) -> None:
    task = _tasks.pop(ident, None)
    if task is not None and not task.cancelled and task.on_done:
        task.on_done(result)


def _on_failed(ident: int, error: Any) -> None:
    task = _tasks.pop(ident, None)
    if task is not None and not task.cancelled and task.on_error:
        task.on_error(error)


def _on_progress(ident: int, done: int, total: int, label: str) -> None:
    task = _tasks.get(ident)
    if task is not None and not task.cancelled and task.on_progress:
        task.on_progress(done, total, label)


def _the_dispatcher() -> _Dispatcher:
    """Created on first use, which is on the UI thread (only the UI thread starts tasks)."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
        _dispatcher.done.connect(_on_done)
        _dispatcher.failed.connect(_on_failed)
        _dispatcher.progress.connect(_on_progress)
    return _dispatcher


class _Runnable(QRunnable):
    def __init__(self, ident: int, work: Callable[[Progress], Any], dispatcher: _Dispatcher) -> None:
        super().__init__()
        self._ident = ident
        self._work = work
        self._dispatcher = dispatcher

    def run(self) -> None:
        ident, dispatcher = self._ident, self._dispatcher
        try:
            result = self._work(lambda done, total, label="": dispatcher.progress.emit(
                ident, done, total, label))
        except Exception as exc:  # every failure reaches the UI, never a silent thread death
            log.debug("task failed:\n%s", traceback.format_exc())
            dispatcher.failed.emit(ident, exc)
        else:
            dispatcher.done.emit(ident, result)


def run_task(
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    pool: QThreadPool | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    owner: QObject | None = None,
) -> Task:
    """Run ``work(progress)`` in the thread pool; callbacks run on the UI thread.

    With ``owner``, the callbacks are dropped once it is destroyed (a window closed while
    its photo was still decoding), instead of reaching a deleted object."""
    task = Task(next(_ids), on_done, on_error, on_progress)
    _tasks[task.ident] = task
    if owner is not None:
        owner.destroyed.connect(task.cancel)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task.ident, work, _the_dispatcher()))
    return task


def running() -> int:
    """How many tasks have not reported back yet (tests wait for zero)."""
    return len(_tasks)
