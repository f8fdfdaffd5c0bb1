"""Never lose work: a recovery copy while typing, offered back after a SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from editor.gui.settings import Settings
from editor.storage.recovery import pending
from tests.gui.crash_driver import BEFORE
from tests.support import ROOT

pytestmark = [pytest.mark.gui, pytest.mark.timeout(90),
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]


def run_until_autosaved() -> list[str]:
    """Start the child, wait for its first recovery copy, kill it without warning."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-m", "tests.gui.crash_driver"], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            lines.append(line.strip())
            if line.startswith("AUTOSAVED"):
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    assert any(line.startswith("AUTOSAVED") for line in lines), lines
    return lines


def test_killed_while_typing_offers_the_recovery_copy(make_window, answers) -> None:
    settings = Settings()
    settings.set("autosave_seconds", 1)  # through the preference, as a journalist would
    settings.sync()
    run_until_autosaved()
    [entry] = pending()
    assert entry.headline == "Judul sebelum mati mendadak"

    answers.answers["recover"] = "restore"
    window = make_window()
    restored = window.files.offer_recovery()  # what run() does once the window is shown
    assert restored is not None
    assert "recover" in answers.asked_keys()
    text = window.body.toPlainText()
    assert BEFORE in text
    assert window.header.headline.text() == "Judul sebelum mati mendadak"
    assert window.session.is_dirty() and window.isWindowModified()
    # the old session's copy is gone; ours replaced it, so a second crash loses nothing
    assert not entry.journal.exists()
    assert window.autosaver.journal.path.exists()


def test_later_keeps_the_copy_and_discard_removes_it(make_window, answers) -> None:
    settings = Settings()
    settings.set("autosave_seconds", 1)
    settings.sync()
    run_until_autosaved()
    window = make_window()
    answers.answers["recover"] = "later"
    assert window.files.offer_recovery() is None
    assert len(pending()) == 1
    answers.answers["recover"] = "discard"
    assert window.files.offer_recovery() is None
    assert pending() == []
    assert window.body.toPlainText() == ""
