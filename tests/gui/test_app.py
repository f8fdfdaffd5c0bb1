"""Start-up: ``redaksi`` opens the window, measured the way the start-up benchmark does it
(``benchmarks/gui_hooks.py`` wraps the real command; the editor has no benchmark switch)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from tests.support import ROOT, SAMPLE_DRAFT

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]


def run_editor(*args: str, **env: str) -> subprocess.CompletedProcess:
    """``redaksi ARGS`` in a fresh process; the window reports its first frame and quits."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **env)
    code = ("import sys; from benchmarks.gui_hooks import run_command; "
            "sys.exit(run_command(sys.argv[1:]))")
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=90)


def bench_events(stdout: str) -> dict[str, dict]:
    """The ``REDAKSI_BENCH {json}`` lines of ``benchmarks/gui_hooks.py``, by event name."""
    prefix = "REDAKSI_BENCH "
    lines = [json.loads(line[len(prefix):]) for line in stdout.splitlines()
             if line.startswith(prefix)]
    return {line["event"]: line for line in lines}


def test_redaksi_with_a_draft_opens_the_window_and_reports_shown() -> None:
    before = time.monotonic()
    result = run_editor(str(SAMPLE_DRAFT), REDAKSI_NO_WEBENGINE="1")
    assert result.returncode == 0, result.stderr
    events = bench_events(result.stdout)
    assert list(events) == ["shown", "no-preview", "done"]
    assert before < events["shown"]["t"] <= events["done"]["t"] < time.monotonic()


def test_redaksi_without_arguments_opens_a_new_article() -> None:
    result = run_editor(REDAKSI_NO_WEBENGINE="1")
    assert result.returncode == 0, result.stderr
    assert "shown" in bench_events(result.stdout)


def test_redaksi_reports_the_preview_painted() -> None:
    """With QtWebEngine: the window's first frame, then the preview's page on screen."""
    result = run_editor(str(SAMPLE_DRAFT))
    assert result.returncode == 0, result.stderr[-2000:]
    events = bench_events(result.stdout)
    assert list(events) == ["shown", "preview", "done"]
    assert events["shown"]["t"] < events["preview"]["t"]
    assert events["preview"]["web_start"] < events["preview"]["t"]

