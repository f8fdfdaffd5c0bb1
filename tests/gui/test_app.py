"""Start-up: ``redaksi`` opens the window; the benchmark hook; the binding guard."""

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
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **env)
    return subprocess.run([sys.executable, "-m", "editor.cli", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=90)


def bench_events(stdout: str) -> dict[str, dict]:
    """The ``REDAKSI_BENCH {json}`` lines of ``editor.gui.preview_bench``, by event name."""
    prefix = "REDAKSI_BENCH "
    lines = [json.loads(line[len(prefix):]) for line in stdout.splitlines()
             if line.startswith(prefix)]
    return {line["event"]: line for line in lines}


def test_redaksi_with_a_draft_opens_the_window_and_reports_shown() -> None:
    """``run`` installs the benchmark's hook: the real command is what gets timed."""
    before = time.monotonic()
    result = run_editor(str(SAMPLE_DRAFT), REDAKSI_BENCH_EXIT_AFTER_SHOWN="1",
                        REDAKSI_NO_WEBENGINE="1")
    assert result.returncode == 0, result.stderr
    events = bench_events(result.stdout)
    assert list(events) == ["shown", "no-preview", "done"]
    assert before < events["shown"]["t"] <= events["done"]["t"] < time.monotonic()


def test_redaksi_without_arguments_opens_a_new_article() -> None:
    result = run_editor(REDAKSI_BENCH_EXIT_AFTER_SHOWN="1", REDAKSI_NO_WEBENGINE="1")
    assert result.returncode == 0, result.stderr
    assert "shown" in bench_events(result.stdout)


def test_redaksi_reports_the_preview_painted() -> None:
    """With QtWebEngine: the window's first frame, then the preview's page on screen."""
    result = run_editor(str(SAMPLE_DRAFT), REDAKSI_BENCH_EXIT_AFTER_SHOWN="1")
    assert result.returncode == 0, result.stderr[-2000:]
    events = bench_events(result.stdout)
    assert list(events) == ["shown", "preview", "done"]
    assert events["shown"]["t"] < events["preview"]["t"]
    assert events["preview"]["web_start"] < events["preview"]["t"]


def test_singletons_survive_many_null_returns() -> None:
    """PySide6 6.12 on Python 3.11 over-releases None and True/False; the guard holds."""
    code = (
        "import os; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "import editor.gui\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "from PySide6.QtGui import QTextDocument\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "doc = QTextDocument('a'); block = doc.begin()\n"
        "class E(QObject):\n"
        "    s = Signal(bool)\n"
        "e = E(); e.s.connect(lambda v: None)\n"
        "for _ in range(20000):\n"
        "    block.textList(); e.s.emit(True); e.s.emit(False)\n"
        "print('alive')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert result.returncode == 0, result.stderr[-500:]
    assert "alive" in result.stdout
