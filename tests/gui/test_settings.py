"""Settings declared once; preferences and window state in separate files in the config dir."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.gui.settings import PREFERENCES, UI_STATE, Settings

pytestmark = pytest.mark.gui


def test_every_setting_is_declared_once_with_a_default_and_a_reason() -> None:
    assert not set(PREFERENCES) & set(UI_STATE)
    for option in (*PREFERENCES.values(), *UI_STATE.values()):
        assert option.doc and option.default is not None


@pytest.mark.usefixtures("qapp")
def test_defaults_round_trip_and_separate_files() -> None:
    settings = Settings()
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "redaksi"
    assert settings.folder == config  # the test's temp folder, never the real one
    assert settings.get("autosave_seconds") == 30
    assert settings.get("language") == "id"
    settings.set("autosave_seconds", 5)
    settings.set("recent_files", ["/tmp/a.redaksi"])  # one element stays a list
    settings.set("geometry", b"\x01\x02")
    settings.sync()
    again = Settings()
    assert again.get("autosave_seconds") == 5
    assert again.get("recent_files") == ["/tmp/a.redaksi"]
    assert again.get("geometry") == b"\x01\x02"
    preferences = (config / "preferences.ini").read_text()
    state = (config / "state.ini").read_text()
    assert "autosave_seconds" in preferences and "recent_files" not in preferences
    assert "recent_files" in state and "autosave_seconds" not in state


@pytest.mark.usefixtures("qapp")
def test_hand_edited_nonsense_falls_back_to_the_default() -> None:
    settings = Settings()
    settings._preferences.setValue("autosave_seconds", '"soon"')
    settings._preferences.setValue("open_after_export", "not json")
    assert settings.get("autosave_seconds") == 30
    assert settings.get("open_after_export") is True
    with pytest.raises(KeyError):
        settings.get("undeclared")


@pytest.mark.usefixtures("qapp")
def test_recent_files_newest_first_without_duplicates(tmp_path) -> None:
    settings = Settings()
    for name in ("a", "b", "a"):
        settings.add_recent_file(tmp_path / f"{name}.redaksi")
    assert [Path(p).name for p in settings.get("recent_files")] == ["a.redaksi", "b.redaksi"]


def test_window_state_is_remembered(make_window, qtbot) -> None:
    window = make_window()
    window.resize(760, 560)  # inside the offscreen screen (800×600), which geometry respects
    window.drawer.show_section("checks")
    window.on_device("desktop")
    window.close()
    again = make_window()
    assert again.drawer.current() == "checks"
    assert again.preview.device() == "desktop"
    assert again.actions["device_desktop"].isChecked()
    assert (again.width(), again.height()) == (760, 560)
