"""Giving freed image memory back to the operating system (glibc only).

Encoders allocate tens of megabytes per image in worker threads. By default
glibc raises its thresholds after the first large free and then keeps freed
blocks, notably the free top of each thread's arena, for reuse: a process that
encoded one large AVIF keeps looking that large, and an export with crops
peaked ~10 MB higher than needed. A fixed trim threshold (which also stops the
dynamic adjustment) lets arenas shrink when their free top passes 1 MiB, and
``release_freed_memory`` returns free pages after each job. Both are no-ops
outside glibc (musl, macOS, Windows).

The threshold changes the whole process, so it is the program's decision, never
the pipeline's: the ``redaksi`` command (``editor.cli.main``) and the editor
(``editor.gui.app.run``) call ``tune_allocator`` at start; a batch job that only
imports ``editor.media`` keeps its allocator as it is. The setting is applied when
the pipeline is about to work on a photo (``prepare_for_images``), so a command
that never touches one does not load ctypes for it (~3 ms of CPU at start).
"""

from __future__ import annotations

import sys
import threading
from typing import Any

M_TRIM_THRESHOLD = -1  # from glibc's <malloc.h>
TRIM_THRESHOLD = 1 << 20

_lock = threading.Lock()
_libc: Any = None
_looked = False
_wanted: int | None = None  # the trim threshold the program asked for
_tuned = False


def _glibc() -> Any:
    """The C library if it is glibc (has ``malloc_trim`` and ``mallopt``), else ``None``."""
    global _libc, _looked
    with _lock:
        if not _looked:
            _looked = True
            if sys.platform.startswith("linux"):
                import ctypes  # only processes that work on photos pay for it

                libc = ctypes.CDLL(None)  # the C library the interpreter already uses
                if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt"):
                    _libc = libc
    return _libc


def tune_allocator(trim_threshold: int = TRIM_THRESHOLD) -> None:
    """For programs, at start: glibc should return freed arena memory above
    ``trim_threshold`` promptly. Takes effect before the first photo is processed."""
    global _wanted
    _wanted = trim_threshold


def prepare_for_images() -> None:
    """Called by the pipeline before it works on a photo: applies what the program
    asked for with ``tune_allocator``, once; nothing if it asked for nothing."""
    global _tuned
    if _wanted is None or _tuned:
        return
    libc = _glibc()
    if libc is not None:
        import ctypes

        libc.mallopt(ctypes.c_int(M_TRIM_THRESHOLD), ctypes.c_int(_wanted))
        _tuned = True


def release_freed_memory() -> None:
    """Return free heap pages of every malloc arena to the system (a few ms at most)."""
    libc = _glibc()
    if libc is not None:
        import ctypes

        libc.malloc_trim(ctypes.c_size_t(0))
