"""Giving freed image memory back to the operating system (glibc only).

Encoders allocate tens of megabytes per image in worker threads. By default
glibc raises its thresholds after the first large free and then keeps freed
blocks, notably the free top of each thread's arena, for reuse: a process that
encoded one large AVIF keeps looking that large, and an export with crops
peaked ~10 MB higher than needed. ``tune_allocator`` fixes the trim threshold
(which also stops the dynamic adjustment) so arenas shrink when their free top
passes 1 MiB, and ``release_freed_memory`` returns free pages after each job.
Both are no-ops outside glibc (musl, macOS, Windows).

``tune_allocator`` changes the whole process, so only programs call it — the
``redaksi`` command (``editor.cli.main``) and the editor (``editor.gui.app.run``) —
never the pipeline itself: a batch job that imports ``editor.media`` keeps its own
allocator settings.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from typing import Any

M_TRIM_THRESHOLD = -1  # from glibc's <malloc.h>
TRIM_THRESHOLD = 1 << 20

_lock = threading.Lock()
_libc: Any = None
_looked = False
_tuned = False


def _glibc() -> Any:
    """The C library if it is glibc (has ``malloc_trim`` and ``mallopt``), else ``None``."""
    global _libc, _looked
    with _lock:
        if not _looked:
            _looked = True
            if sys.platform.startswith("linux"):
                libc = ctypes.CDLL(None)  # the C library the interpreter already uses
                if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt"):
                    _libc = libc
    return _libc


def tune_allocator() -> None:
    """Once per process, at a program's start: let glibc return freed arena memory promptly."""
    global _tuned
    libc = _glibc()
    if libc is not None and not _tuned:
        _tuned = True
        libc.mallopt(ctypes.c_int(M_TRIM_THRESHOLD), ctypes.c_int(TRIM_THRESHOLD))


def release_freed_memory() -> None:
    """Return free heap pages of every malloc arena to the system (a few ms at most)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(ctypes.c_size_t(0))
