"""The publisher is headless: importing all of it must not load Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import editor.publish
from tests.support import ROOT

MODULES = sorted(info.name for info in pkgutil.iter_modules(editor.publish.__path__))


def test_publish_package_never_imports_qt() -> None:
    assert {"api", "drafts", "sitefiles"} <= set(MODULES)
    code = "\n".join([f"import editor.publish.{name}" for name in MODULES] + [
        "import sys",
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'PyQt', 'shiboken')))",
        "print(loaded)",
        "sys.exit(1 if loaded else 0)",
    ])
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
