"""Where Redaksi keeps the user's files: one answer, in ``editor.paths`` (review finding 11)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.structure import modules

FOLDER_CALLS = {"user_data_dir", "user_config_dir", "user_cache_dir"}
OVERRIDES = {"REDAKSI_DATA_DIR", "REDAKSI_CONFIG_DIR", "REDAKSI_CACHE_DIR"}


def _asks_for_a_folder(path: Path) -> list[str]:
    """platformdirs calls and override variables a module reads itself."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in FOLDER_CALLS:
            found.append(f"{node.lineno}: platformdirs.{node.attr}")
        if isinstance(node, ast.Constant) and node.value in OVERRIDES:
            found.append(f"{node.lineno}: {node.value}")
    return found


def test_only_editor_paths_decides_where_the_users_folders_are() -> None:
    wrong = {name: found for name, path in modules().items()
             if name not in ("editor.paths", "editor.gui.screenshots")  # screenshots: sets one
             and (found := _asks_for_a_folder(path))}
    assert wrong == {}, f"ask editor.paths instead: {wrong}"


def test_the_config_folder_follows_its_override(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings and the SFTP servers' trusted keys move together with REDAKSI_CONFIG_DIR."""
    from editor.publish.layout import Layout
    from editor.publish.sftp import _known_hosts
    from editor.publish.targets import Target

    monkeypatch.setenv("REDAKSI_CONFIG_DIR", str(tmp_path / "conf"))
    target = Target("produksi", "sftp", "https://warta.example", Layout())
    assert _known_hosts(target) == tmp_path / "conf" / "known_hosts"


def test_the_data_folder_follows_its_override(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from editor.archive import archive_path
    from editor.storage.pending import pending_root
    from editor.storage.recovery import recovery_root

    monkeypatch.setenv("REDAKSI_DATA_DIR", str(tmp_path))
    assert pending_root() == tmp_path / "publish-state"
    assert recovery_root() == tmp_path / "recovery"
    assert archive_path("https://warta.example").parent == tmp_path / "archive"
