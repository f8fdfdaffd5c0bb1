"""The hard line: nothing outside editor/gui may load Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import editor

PACKAGE = Path(editor.__file__).parent


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        if "gui" in rel.parts:
            continue
        names.append(".".join(rel.parts).removesuffix(".__init__"))
    return names


def test_core_modules_load_no_pyside6() -> None:
    modules = core_modules()
    assert "editor.model.article" in modules and "editor.export.article" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"Qt loaded by the core: {result.stdout}"


def test_the_check_itself_sees_qt() -> None:
    """Guard against a check that cannot fail: importing the GUI package does load PySide6."""
    code = "import sys, PySide6.QtCore; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"
