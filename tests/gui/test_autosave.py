"""Recovery copies only while there are unsaved changes, at the preferred interval."""

from __future__ import annotations

import json

import pytest

from editor.gui.settings import Settings
from tests.gui.helpers import wait_tasks

pytestmark = pytest.mark.gui


def test_copy_only_when_dirty_and_gone_after_save(qtbot, window, answers, tmp_path) -> None:
    saver = window.autosaver
    saver.tick()
    wait_tasks(qtbot)
    assert not saver.journal.path.exists()  # nothing unsaved, nothing written
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Belum disimpan.")
    with qtbot.waitSignal(saver.written, timeout=5000):
        saver.tick()
    data = json.loads(saver.journal.path.read_text(encoding="utf-8"))
    assert data["article"]["body"][0]["spans"][0]["text"] == "Belum disimpan."
    assert "salinan pemulihan" in window.status_info.text()
    answers.answers["save_as"] = tmp_path / "a.redaksi"
    window.actions["save"].trigger()
    assert not saver.journal.path.exists()


def test_interval_follows_the_preference(window) -> None:
    assert window.autosaver.timer.interval() == 30_000
    window.settings.set("autosave_seconds", 7)
    assert window.autosaver.timer.interval() == 7_000
    assert Settings().get("autosave_seconds") == 7


def test_clean_close_leaves_no_copy(qtbot, window, answers) -> None:
    window.body.setFocus()
    qtbot.keyClicks(window.body, "x")
    window.autosaver.write_sync()
    assert window.autosaver.journal.path.exists()
    answers.answers["save_changes"] = "discard"
    window.close()
    assert not window.autosaver.journal.path.exists()
