"""Byte-compiled sources for timed runs: an installed Redaksi has ``.pyc`` files.

Our machines set ``PYTHONDONTWRITEBYTECODE=1`` and a fresh checkout has no
``__pycache__``, so without this every timed process would compile ``editor/``
from source — a cost no installed copy pays.
"""

from __future__ import annotations

import compileall
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def compile_bytecode() -> None:
    """Byte-compile ``editor/`` into its ``__pycache__`` folders (git ignores them)."""
    compileall.compile_dir(str(ROOT / "editor"), quiet=1)


def remove_bytecode() -> None:
    """``editor/``'s ``__pycache__`` folders, gone (any later run remakes them)."""
    for folder in (ROOT / "editor").rglob("__pycache__"):
        shutil.rmtree(folder, ignore_errors=True)
