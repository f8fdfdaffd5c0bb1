"""Run one job per item on every core, forking *before* the job's modules are imported.

A batch export spends its first ~60 ms importing Jinja, Babel, the schema validator
and the model — on one core, while the other waits. Forking first lets every
process import in parallel and start work at the same moment, and it needs no
process-pool machinery: work is handed out in chunks through a pipe (each chunk
number is 4 bytes, written in blocks no larger than ``PIPE_BUF`` and read 4 bytes
at a time, so each chunk goes to exactly one process), and each child streams its
pickled results back through its own pipe, read by a thread in the parent and
passed on as they arrive. The parent works too.

Failures: an exception a job raises in a child is sent back and becomes
``failed(item, traceback_text)``; a child that dies (a crash in a native decoder, a
kill) costs only its unfinished items, each reported as ``failed(item, None)``. When the
caller stops early, the remaining chunks are withdrawn so the children finish the
chunk in hand and exit.

POSIX only (``os.fork``); callers fall back to one process elsewhere. Call it from
a process with no other threads (the command line), never from the GUI.
"""

from __future__ import annotations

import os
import pickle
import queue
import struct
import sys
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

_INDEX = struct.Struct("<I")  # a chunk number in the work pipe
_LENGTH = struct.Struct("<Q")  # a result record's size in a child's pipe
_BLOCK = 512 // _INDEX.size  # chunk numbers per write: 512 bytes is PIPE_BUF's POSIX minimum
_FINISHED = object()  # a reader's last word on the queue


def available() -> bool:
    return hasattr(os, "fork")


def default_workers() -> int:
    """The cores this process may run on (affinity and CPU sets count, where known)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def run_forked(
    items: Sequence[Item],
    job: Callable[[Item], Result],
    *,
    workers: int,
    chunk: int,
    failed: Callable[[Item, str | None], Result],
) -> Iterator[tuple[int, Result]]:
    """Yield ``(index, job(items[index]))`` for every item, as results come in.

    ``failed(item, text)`` stands in for an item whose job raised in a child (``text`` is
    the traceback), or (``text`` None) whose child process died before finishing it.
    """
    count = -(-len(items) // chunk)
    work_r, work_w = os.pipe()
    inbox = _Inbox(items, failed)
    children: list[tuple[int, int]] = []
    readers: list[_Reader] = []
    try:
        for _ in range(workers - 1):
            children.append(_fork_child(items, job, chunk, work_r, work_w))
        feeder = threading.Thread(target=_feed, args=(work_w, count), name="redaksi-export-feed")
        work_w = -1  # the feeder closes it once every chunk number is written
        feeder.start()  # threads only after every fork
        while children:
            pid, fd = children.pop()
            readers.append(_Reader(pid, fd, inbox))
        for n in _claims(work_r):
            for index in range(n * chunk, min((n + 1) * chunk, len(items))):
                inbox.seen.add(index)
                yield index, job(items[index])
                yield from inbox.arrived(wait=False)
        yield from inbox.arrived(wait=True)
        for index in range(len(items)):
            if index not in inbox.seen:
                yield index, failed(items[index], None)
    finally:
        if work_w >= 0:  # setup failed before the feeder took it: no more work will come
            os.close(work_w)
        _withdraw(work_r)
        for pid, fd in children:  # forked but never read: setup failed half way
            os.close(fd)
            os.waitpid(pid, 0)
        for reader in readers:
            reader.reap()


class _Inbox:
    """The children's results, passed on by the reader threads; ``arrived`` hands them to
    the parent's loop, failures turned into ``failed(item, text)``."""

    def __init__(self, items: Sequence[Any], failed: Callable[[Any, str | None], Any]) -> None:
        self.items, self.failed = items, failed
        self.seen: set[int] = set()
        self.open = 0  # readers still running
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def put(self, row: Any) -> None:
        self._queue.put(row)

    def arrived(self, *, wait: bool) -> Iterator[tuple[int, Any]]:
        """What is there now; with ``wait``, everything until every reader has finished."""
        while True:
            try:
                row = self._queue.get(block=wait and self.open > 0)
            except queue.Empty:
                return
            if row is _FINISHED:
                self.open -= 1
                if wait and self.open == 0:
                    return
                continue
            index, result = row
            self.seen.add(index)
            if isinstance(result, _Failure):
                result = self.failed(self.items[index], result.text)
            yield index, result


def _feed(work_w: int, count: int) -> None:
    """Write every chunk number, in atomic blocks, then close: readers then see the end."""
    try:
        for start in range(0, count, _BLOCK):
            block = b"".join(_INDEX.pack(n) for n in range(start, min(start + _BLOCK, count)))
            os.write(work_w, block)  # blocking, and <= PIPE_BUF: all of it, in one piece
    except OSError:  # everyone stopped reading (the caller gave up): nothing left to hand out
        pass
    finally:
        os.close(work_w)


def _claims(work_r: int) -> Iterator[int]:
    while len(data := os.read(work_r, _INDEX.size)) == _INDEX.size:
        yield _INDEX.unpack(data)[0]


def _withdraw(work_r: int) -> None:
    """Take every chunk not handed out yet, so the children stop after the one in hand."""
    for _ in _claims(work_r):
        pass
    os.close(work_r)


def _fork_child(items: Sequence[Item], job: Callable[[Item], Result], chunk: int,
                work_r: int, work_w: int) -> tuple[int, int]:
    result_r, result_w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(result_r)
        os.close(result_w)
        raise
    if pid:
        os.close(result_w)
        return pid, result_r
    status = 1
    try:
        os.close(result_r)
        os.close(work_w)  # only the parent's feeder writes work
        with os.fdopen(result_w, "wb") as out:
            for n in _claims(work_r):
                end = min((n + 1) * chunk, len(items))
                _send(out, [_row(i, job, items[i]) for i in range(n * chunk, end)])
        status = 0
    except BaseException:  # noqa: BLE001 - a child must never return into the parent's code
        traceback.print_exc()
    finally:
        sys.stderr.flush()
        os._exit(status)  # never run the parent's atexit handlers or flush its buffers


def _row(index: int, job: Callable[[Item], Result], item: Item) -> tuple[int, Any, str | None]:
    try:
        return index, job(item), None
    except Exception:  # noqa: BLE001 - reported to the parent as this item's failure
        return index, None, traceback.format_exc()


def _send(out, record: list[tuple[int, Any, str | None]]) -> None:
    data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_LENGTH.pack(len(data)) + data)
    out.flush()


class _Reader:
    """Drains one child's pipe on a thread (so the child never blocks on a full pipe) and
    passes ``(index, result)`` rows to the inbox, then ``_FINISHED``."""

    def __init__(self, pid: int, fd: int, inbox: _Inbox) -> None:
        self._pid: int | None = pid
        self._file = os.fdopen(fd, "rb")
        self._inbox = inbox
        inbox.open += 1
        self._thread = threading.Thread(target=self._drain, name="redaksi-export-reader")
        self._thread.start()

    def _drain(self) -> None:
        try:
            with self._file:
                while len(head := self._file.read(_LENGTH.size)) == _LENGTH.size:
                    try:
                        rows = pickle.loads(self._file.read(_LENGTH.unpack(head)[0]))
                    except Exception:  # noqa: BLE001 - a record cut short by a dying child
                        return
                    for index, result, error in rows:
                        self._inbox.put((index, result if error is None else _Failure(error)))
        finally:
            self._inbox.put(_FINISHED)

    def reap(self) -> None:
        """Wait for the reader and its child to end (zombies are reaped)."""
        self._thread.join()
        if self._pid is not None:
            os.waitpid(self._pid, 0)
            self._pid = None


class _Failure:
    """A job's exception in a child, carried as its traceback text."""

    def __init__(self, text: str) -> None:
        self.text = text
