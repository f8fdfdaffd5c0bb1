"""Run the real ``redaksi`` command under a memory and time bound, as hostile-input tests need.

A defect in bounding hostile input shows as a MemoryError traceback, a kill by the
address-space limit, or a timeout: each fails the test instead of taking the machine down.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

MEMORY_LIMIT = 512 * 1024 * 1024  # address space; a good import or export needs under 200 MiB
TIME_LIMIT = 30.0


@dataclass
class Outcome:
    returncode: int | None  # None: killed at the time limit
    stdout: str
    stderr: str
    seconds: float

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def _limit_memory(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_redaksi_bounded(
    *args: str,
    memory: int = MEMORY_LIMIT,
    timeout: float = TIME_LIMIT,
    lang: str = "id",
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> Outcome:
    """``python -m editor.cli ARGS`` with RLIMIT_AS and a wall-clock timeout."""
    env = {**os.environ, **(env or {}), "REDAKSI_LANG": lang}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "editor.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=cwd,
        preexec_fn=lambda: _limit_memory(memory),
    )
    try:
        out, err = process.communicate(timeout=timeout)
        code: int | None = process.returncode
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        code = None
    seconds = time.perf_counter() - started
    return Outcome(code, out, err, seconds)
