"""The hard line: nothing outside editor/gui may load Qt (publishers, exporters, CLI included).

The modules are found on disk, so a new module is checked without anyone listing it.
"""

from __future__ import annotations

import subprocess
import sys

from tests.structure import modules
from tests.support import ROOT


def core_modules() -> list[str]:
    return [name for name in modules() if not name.startswith("editor.gui")]


def qt_loaded_by(names: list[str]) -> list[str]:
    """The Qt modules in ``sys.modules`` after importing ``names`` in a fresh interpreter."""
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'PyQt', 'shiboken')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return [name for name in result.stdout.strip().split(",") if name]


def test_core_modules_load_no_qt() -> None:
    names = core_modules()
    assert {"editor.model.article", "editor.export.article", "editor.publish.sftp",
            "editor.cli"} <= set(names)
    assert qt_loaded_by(names) == []


def test_the_check_itself_sees_qt() -> None:
    """The same check, given one GUI module among the core's, reports Qt."""
    assert "PySide6.QtGui" in qt_loaded_by([*core_modules()[:3], "editor.gui.style"])
