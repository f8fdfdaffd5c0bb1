"""Processes for the GUI benchmarks: a private Xvfb, timed children, PSS of a process tree."""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import signal
import subprocess
import time
from collections.abc import Callable, Iterator

PREFIX = "REDAKSI_BENCH "


class Xvfb:
    """An X server of our own (``-displayfd`` picks a free display), stopped by its PID."""

    @staticmethod
    @contextlib.contextmanager
    def maybe(platform: str) -> Iterator[str | None]:
        if platform != "xvfb":
            yield None
            return
        read_end, write_end = os.pipe()
        server = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1920x1080x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        try:
            with os.fdopen(read_end) as pipe:
                number = pipe.readline().strip()
            if not number:
                raise RuntimeError("Xvfb did not start")
            yield f":{number}"
        finally:
            server.terminate()
            server.wait(timeout=10)


def pss_tree(pid: int) -> tuple[int, dict[str, int]]:
    """Proportional set size of ``pid`` and all its descendants, in bytes (Linux): the total
    and the share of each process kind (``python``, ``QtWebEngineProcess --type=renderer``...)."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0, {}
    shares: dict[str, int] = {}
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            pss = process.memory_full_info().pss
            kind = _kind(process.cmdline())
            shares[kind] = shares.get(kind, 0) + pss
    return sum(shares.values()), shares


def _kind(cmdline: list[str]) -> str:
    name = os.path.basename(cmdline[0]) if cmdline else "?"
    types = [arg.split("=", 1)[1] for arg in cmdline if arg.startswith("--type=")]
    return f"{name} {types[0]}" if types else name


def run_child(
    cmd: list[str],
    env: dict,
    *,
    event: str | None = None,
    timeout: float = 120.0,
    sample: Callable[[int], object] | None = None,
    sample_after: str = "preview",
) -> dict:
    """Run ``cmd``; return each bench event's time after spawn (s), or its payload.

    With ``sample``, once ``sample_after`` is reported the child holds still and
    ``sample(pid)`` is taken three times (under ``"pss"``).
    """
    start = time.monotonic()
    child = subprocess.Popen(
        cmd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    found: dict = {}
    try:
        for name, payload in _events(child, start + timeout):
            found[name] = payload if name == event else payload["t"] - start
            if payload.get("web_start"):
                found[f"{name}_since_web_start"] = payload["t"] - payload["web_start"]
            if sample is not None and name == sample_after:
                found["pss"] = _samples(sample, child.pid)
        child.wait(timeout=max(1.0, start + timeout - time.monotonic()))
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    if event and event not in found:
        raise RuntimeError(f"{cmd[-1]}: no {event!r} event (exit {child.returncode})")
    if not found:
        raise RuntimeError(f"{' '.join(cmd)}: no events (exit {child.returncode})")
    return found


def _samples(sample: Callable[[int], object], pid: int) -> list[object]:
    values = []
    for _ in range(3):
        time.sleep(0.6)
        values.append(sample(pid))
    return values


def _events(child: subprocess.Popen, deadline: float) -> Iterator[tuple[str, dict]]:
    selector = selectors.DefaultSelector()
    selector.register(child.stdout, selectors.EVENT_READ)
    while time.monotonic() < deadline:
        if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
            break
        line = child.stdout.readline()
        if not line:
            return
        if line.startswith(PREFIX):
            payload = json.loads(line[len(PREFIX) :])
            yield payload["event"], payload
            if payload["event"] == "done":
                return
    raise TimeoutError(f"child {child.args!r} timed out")
