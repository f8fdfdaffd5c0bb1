"""The forked runner: every item once, results stream back, failures cost only their items."""

from __future__ import annotations

import fcntl
import os
import signal
import time
from pathlib import Path

import pytest

from editor.export import forked

pytestmark = pytest.mark.skipif(not forked.available(), reason="needs os.fork (POSIX)")
PARENT = os.getpid()


def _failed(item: int, text: str | None) -> str:
    return f"died {item}" if text is None else f"raised {item}: {text.strip().splitlines()[-1]}"


def _square_with_pid(n: int) -> tuple[int, int]:
    time.sleep(0.0005)  # long enough that no process can take all the chunks alone
    return n * n, os.getpid()


def test_every_item_exactly_once_and_work_is_shared() -> None:
    items = list(range(500))
    rows = list(forked.run_forked(items, _square_with_pid, workers=3, chunk=7, failed=_failed))
    assert sorted(index for index, _ in rows) == items
    assert all(value == (index * index) for index, (value, _pid) in rows)
    pids = {pid for _, (_value, pid) in rows}
    assert os.getpid() in pids and len(pids) >= 2  # the parent worked, and so did a child


def test_childrens_results_arrive_while_the_parent_still_works() -> None:
    rows = list(forked.run_forked(list(range(120)), _square_with_pid, workers=2, chunk=4,
                                  failed=_failed))
    first_half = {pid for _, (_value, pid) in rows[:60]}
    assert PARENT in first_half and len(first_half) == 2  # the child's are not all at the end


def _slow_unless_child_dies(n: int) -> str:
    """Every item is slow enough that both processes get chunks; a child dies on its first item."""
    if os.getpid() != PARENT:
        os.kill(os.getpid(), signal.SIGKILL)  # as a crash in a native decoder would
    time.sleep(0.002)
    return f"ok {n}"


def test_a_killed_child_costs_only_its_unfinished_items() -> None:
    items = list(range(64))
    results = dict(forked.run_forked(items, _slow_unless_child_dies, workers=2, chunk=4,
                                     failed=_failed))
    assert sorted(results) == items
    died = sorted(n for n, text in results.items() if text.startswith("died"))
    assert died, "the killed child's chunk must be reported"
    assert len(died) <= 4  # only the chunk the child was in the middle of
    assert all(results[n] == f"ok {n}" for n in items if n not in died)


def _raise_in_child_on_odd(n: int) -> str:
    time.sleep(0.001)
    if os.getpid() != PARENT and n % 2:
        raise ValueError(f"rusak {n}")
    return f"ok {n}"


def test_an_exception_in_a_child_fails_that_item_only_and_the_child_goes_on() -> None:
    items = list(range(80))
    results = dict(forked.run_forked(items, _raise_in_child_on_odd, workers=2, chunk=4,
                                     failed=_failed))
    raised = {n: text for n, text in results.items() if text.startswith("raised")}
    assert raised and all(text == f"raised {n}: ValueError: rusak {n}" for n, text in raised.items())
    assert all(results[n] == f"ok {n}" for n in items if n not in raised)
    assert not any(text.startswith("died") for text in results.values())


def _children() -> set[int]:
    """This process's child pids, zombies included (Linux ``/proc``)."""
    tasks = Path(f"/proc/{os.getpid()}/task")
    return {int(pid) for task in tasks.iterdir() for pid in (task / "children").read_text().split()}


DONE_LOG: list[Path] = []  # set by the test; forked children inherit it


def _square_and_log(n: int) -> tuple[int, int]:
    """One byte per item done, appended by whichever process did it (O_APPEND: whole)."""
    with DONE_LOG[0].open("ab") as log:
        log.write(b".")
    return _square_with_pid(n)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_stopping_early_withdraws_the_work_and_reaps_the_children(tmp_path: Path) -> None:
    DONE_LOG[:] = [tmp_path / "done.log"]
    items = list(range(6000))
    before = _children()
    runner = forked.run_forked(items, _square_and_log, workers=3, chunk=5, failed=_failed)
    next(runner)
    assert len(_children() - before) == 2
    runner.close()
    assert _children() - before == set()  # finished and waited for: not even zombies
    # the rest of the batch was withdrawn, not worked through before close returned
    assert DONE_LOG[0].stat().st_size < len(items) // 2


@pytest.mark.skipif(not hasattr(fcntl, "F_SETPIPE_SZ"), reason="needs Linux F_SETPIPE_SZ")
def test_more_chunks_than_a_small_pipe_holds(monkeypatch) -> None:
    real_pipe = os.pipe

    def small_pipe() -> tuple[int, int]:
        read, write = real_pipe()
        fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, 4096)  # as on a user over pipe-user-pages-soft
        return read, write

    monkeypatch.setattr(forked.os, "pipe", small_pipe)
    items = list(range(5000))
    rows = forked.run_forked(items, lambda n: n + 1, workers=2, chunk=1, failed=_failed)
    assert sorted(rows) == [(n, n + 1) for n in items]
