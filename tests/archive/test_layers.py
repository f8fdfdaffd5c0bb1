"""The archive is storage-level: it may use the model, the foundation (errors, paths, the site
profile, lazy imports, ...) and third-party libraries, never export, publish, commands or the GUI."""

from __future__ import annotations

import ast
from pathlib import Path

import editor.archive
from tests.test_layers import FOUNDATION

ALLOWED = ("editor.archive", "editor.model")


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_archive_imports_only_what_its_layer_may():
    folder = Path(editor.archive.__file__).parent
    files = sorted(folder.glob("*.py"))
    assert len(files) > 10
    for path in files:
        ours = {name for name in imported(path) if name.split(".")[0] == "editor"}
        wrong = {name for name in ours if not name.startswith(ALLOWED) and name not in FOUNDATION}
        assert not wrong, f"{path.name} imports {wrong}"
        assert not any(name.startswith("PySide6") for name in imported(path))
