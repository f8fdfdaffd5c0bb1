"""The binding defect ``editor.gui.compat`` works around, shown on the versions we run.

PySide6 6.12 on Python 3.11 drops a reference to ``None`` whenever a Qt function returns
a null pointer, and one to ``True``/``False`` whenever a Python ``Signal(bool)`` is
emitted. Each script below runs in a fresh interpreter; without the workaround the
interpreter aborts ("none_dealloc", "bool_dealloc") after a few thousand calls, which a
journalist reaches in minutes of typing (every key press asks ``textList()``).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support import ROOT

pytestmark = pytest.mark.gui

CALLS = 50_000
SCRIPT = f"""
import sys
{{setup}}
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCharFormat, QTextDocument, QTextFormat
from PySide6.QtWidgets import QApplication

app = QApplication([])
document = QTextDocument("teks")
block = document.firstBlock()
fmt = QTextCharFormat()

class Flag(QObject):
    changed = Signal(bool)

flag = Flag()
flag.changed.connect(lambda value: None)
for _ in range({CALLS}):
    {{call}}
print("survived")
"""
CALLS_THAT_LEAK = {
    "none": "block.textList(); QApplication.focusWidget(); fmt.property(QTextFormat.UserProperty + 5)",
    "bool": "flag.changed.emit(True); flag.changed.emit(False)",
}
needs_the_workaround = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="Python 3.12+ has immortal None/True/False"
)


def run(setup: str, call: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", SCRIPT.format(setup=setup, call=call)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


@needs_the_workaround
@pytest.mark.parametrize("kind", CALLS_THAT_LEAK)
def test_without_the_workaround_the_binding_kills_the_interpreter(kind: str) -> None:
    """If this starts to fail, PySide6 is fixed: drop ``protect_singletons`` and this file."""
    done = run("", CALLS_THAT_LEAK[kind])
    assert done.returncode != 0 and "survived" not in done.stdout
    assert f"{kind}_dealloc" in done.stderr


@pytest.mark.parametrize("kind", CALLS_THAT_LEAK)
def test_with_the_editor_package_loaded_the_same_calls_are_harmless(kind: str) -> None:
    done = run("import editor.gui", CALLS_THAT_LEAK[kind])
    assert (done.returncode, done.stdout.strip()) == (0, "survived"), done.stderr[-400:]
