"""The forked runner: every item once, children's results come back, a dead child costs only its items."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from editor.export import forked

pytestmark = pytest.mark.skipif(not forked.available(), reason="needs os.fork (POSIX)")


def _square_with_pid(n: int) -> tuple[int, int]:
    time.sleep(0.0005)  # long enough that no process can take all the chunks alone
    return n * n, os.getpid()


def test_every_item_exactly_once_and_work_is_shared() -> None:
    items = list(range(500))
    rows = list(forked.run_forked(items, _square_with_pid, workers=3, chunk=7, lost=lambda n: None))
    assert sorted(index for index, _ in rows) == items
    assert all(value == (index * index) for index, (value, _pid) in rows)
    pids = {pid for _, (_value, pid) in rows}
    assert os.getpid() in pids and len(pids) >= 2  # the parent worked, and so did a child


PARENT = os.getpid()


def test_a_killed_child_costs_only_its_unfinished_items() -> None:
    items = list(range(64))
    results = dict(
        forked.run_forked(
            items,
            _slow_unless_child_dies,
            workers=2,
            chunk=4,
            lost=lambda n: f"lost {n}",
        )
    )
    assert sorted(results) == items
    lost = sorted(n for n, text in results.items() if text.startswith("lost"))
    assert lost, "the killed child's chunk must be reported as lost"
    assert all(results[n] == f"ok {n}" for n in items if n not in lost)
    assert len(lost) <= 4  # only the chunk the child was in the middle of


def _slow_unless_child_dies(n: int) -> str:
    """Every item is slow enough that both processes get chunks; a child dies on its first item."""
    if os.getpid() != PARENT:
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(0.002)
    return f"ok {n}"


def _children() -> set[int]:
    """This process's child pids, zombies included (Linux ``/proc``)."""
    tasks = Path(f"/proc/{os.getpid()}/task")
    return {int(pid) for task in tasks.iterdir() for pid in (task / "children").read_text().split()}


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_stopping_early_reaps_the_children() -> None:
    before = _children()
    runner = forked.run_forked(list(range(200)), _square_with_pid, workers=3, chunk=5, lost=str)
    next(runner)
    assert len(_children() - before) == 2
    runner.close()
    assert _children() - before == set()  # finished and waited for: not even zombies
