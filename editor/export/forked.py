"""Run one job per item on every core, forking *before* the job's modules are imported.

A batch export spends its first ~60 ms importing Jinja, Babel, the schema validator
and the model — on one core, while the other waits. Forking first lets every
process import in parallel and start work at the same moment, and it needs no
process-pool machinery: work is handed out in chunks through a pipe (a read of a
few bytes from a pipe is atomic, so each chunk goes to exactly one process), and
each child streams its pickled results back through its own pipe, read by a
thread in the parent. The parent works too. A child that dies (a crash in a native
decoder, say) costs only its unfinished items, which are reported as failed.

POSIX only (``os.fork``); callers fall back to one process elsewhere. Call it from
a process with no other threads (the command line), never from the GUI.
"""

from __future__ import annotations

import os
import pickle
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

_INDEX = struct.Struct("<I")  # a chunk number in the work pipe
_LENGTH = struct.Struct("<Q")  # a result record's size in a child's pipe
MAX_CHUNKS = 4_000  # every chunk number fits in the work pipe at once (16 KiB on macOS)


def available() -> bool:
    return hasattr(os, "fork")


def run_forked(
    items: Sequence[Item],
    job: Callable[[Item], Result],
    *,
    workers: int,
    chunk: int,
    lost: Callable[[Item], Result],
) -> Iterator[tuple[int, Result]]:
    """Yield ``(index, job(items[index]))`` for every item, in no particular order.

    ``lost(item)`` stands in for the result of an item whose child process died.
    """
    chunk = max(chunk, -(-len(items) // MAX_CHUNKS))
    work_r, work_w = os.pipe()
    os.write(work_w, b"".join(_INDEX.pack(n) for n in range(-(-len(items) // chunk))))
    os.close(work_w)  # once drained, every reader sees the end
    children = [_fork_child(items, job, chunk, work_r) for _ in range(workers - 1)]
    readers = [_Reader(pid, fd) for pid, fd in children]  # threads only after every fork
    seen: set[int] = set()
    try:
        for n in _claims(work_r):
            for index in range(n * chunk, min((n + 1) * chunk, len(items))):
                seen.add(index)
                yield index, job(items[index])
        os.close(work_r)
        work_r = -1
        for reader in readers:
            for index, result in reader.results():
                seen.add(index)
                yield index, result
        for index in range(len(items)):
            if index not in seen:
                yield index, lost(items[index])
    finally:
        if work_r >= 0:
            os.close(work_r)
        for reader in readers:
            reader.results()  # reap every child, also when the caller stopped early


def _claims(work_r: int) -> Iterator[int]:
    while len(data := os.read(work_r, _INDEX.size)) == _INDEX.size:
        yield _INDEX.unpack(data)[0]


def _fork_child(
    items: Sequence[Item], job: Callable[[Item], Result], chunk: int, work_r: int
) -> tuple[int, int]:
    result_r, result_w = os.pipe()
    pid = os.fork()
    if pid:
        os.close(result_w)
        return pid, result_r
    status = 1
    try:
        os.close(result_r)
        with os.fdopen(result_w, "wb") as out:
            for n in _claims(work_r):
                end = min((n + 1) * chunk, len(items))
                _send(out, [(i, job(items[i])) for i in range(n * chunk, end)])
        status = 0
    finally:
        os._exit(status)  # never run the parent's atexit handlers or flush its buffers


def _send(out, record: list[tuple[int, Any]]) -> None:
    data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_LENGTH.pack(len(data)) + data)
    out.flush()


class _Reader:
    """Drains one child's pipe on a thread, so the child never blocks on a full pipe."""

    def __init__(self, pid: int, fd: int) -> None:
        self._pid: int | None = pid
        self._rows: list[tuple[int, Any]] = []
        self._file = os.fdopen(fd, "rb")
        self._thread = threading.Thread(target=self._drain, name="redaksi-export-reader")
        self._thread.start()

    def _drain(self) -> None:
        with self._file:
            while len(head := self._file.read(_LENGTH.size)) == _LENGTH.size:
                try:
                    self._rows += pickle.loads(self._file.read(_LENGTH.unpack(head)[0]))
                except Exception:  # a record cut short by a dying child
                    return

    def results(self) -> list[tuple[int, Any]]:
        """Everything the child finished; waits for it to exit."""
        self._thread.join()
        if self._pid is not None:
            os.waitpid(self._pid, 0)
            self._pid = None
        rows, self._rows = self._rows, []
        return rows
