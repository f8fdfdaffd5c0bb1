"""Import heavy modules on first use from any thread, one thread at a time.

The editor loads the photo pipeline (Pillow, pillow-heif) and the page renderer
(Jinja, Babel) lazily, in worker threads, so that the window appears first. CPython
3.11's per-module import locks do not make that safe: when one thread is still
executing a package's ``__init__`` and another imports one of its submodules, the
second can get ``KeyError: 'editor.media'`` or a half-initialised module (seen when
the thumbnail, photo-check and preview workers started together). ``ensure`` runs
such first imports under one process-wide lock; once a module is fully loaded it
costs a dictionary lookup.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable
from typing import Any

PIPELINE = ("editor.media", "editor.media.checks")
RENDERER = ("editor.render.page", "editor.render.picture")

_lock = threading.RLock()


def _ready(name: str) -> bool:
    module = sys.modules.get(name)
    spec = getattr(module, "__spec__", None)
    return module is not None and not getattr(spec, "_initializing", False)


def ensure(*names: str) -> None:
    """Import ``names`` (in order) unless every one is fully loaded already."""
    if all(_ready(name) for name in names):
        return
    with _lock:
        for name in names:
            importlib.import_module(name)


def attributes(package: str, exports: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: each name in ``exports`` comes from its
    module on first use, so importing the package itself stays cheap."""

    def __getattr__(name: str) -> Any:
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(exports[name]), name)

    return __getattr__
