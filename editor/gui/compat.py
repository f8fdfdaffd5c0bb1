"""Work-arounds for defects of the Qt binding that the editor would otherwise hit.

PySide6 6.12 on Python 3.11 drops one reference to ``None`` every time a Qt
function returns a null pointer (``QTextBlock.textList()`` outside a list,
``QApplication.focusWidget()`` with no focus, an unset ``QTextFormat.property()``),
and one reference to ``True``/``False`` every time a Python ``Signal(bool)`` is
emitted. After a few thousand such calls — minutes of typing — Python frees the
singleton and aborts with "none_dealloc"/"bool_dealloc". ``tests/gui/test_compat.py``
shows it in a fresh interpreter: without this module 50,000 such calls abort it, with
it they are harmless; the day the first test fails, the binding is fixed and this
work-around goes. (No upstream report was found to link; that test is a minimal
reproduction for one.) Python 3.12 made these singletons immortal, which is exactly
the fix; on older Pythons we give them a reference count that cannot run out.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 40
_done = False


def protect_singletons() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal; True if it acted."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BALLAST
    _done = True
    return True


def wrap_viewport(area) -> None:
    """Give a scroll area's viewport its Python wrapper the cheap way.

    With lazily loaded classes (PySide's default), the first ``viewport()`` of a
    process spends ~8 ms resolving every widget class to type its result; looked up
    by name the same widget is wrapped in ~0.1 ms, and ``viewport()`` then finds
    that wrapper. Measured at start-up: benchmarks/README.md.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    area.findChild(QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly)
