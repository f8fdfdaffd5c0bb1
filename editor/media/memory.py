"""Giving freed image memory back to the operating system (glibc only).

Encoders allocate tens of megabytes per image in worker threads. glibc keeps
freed blocks in per-thread arenas for reuse, so a process that encoded one
large AVIF keeps looking that large; in a long-running editor window, and in
the peak-memory budget of an export, that matters. ``malloc_trim`` returns the
free pages; elsewhere (musl, macOS, Windows) this module does nothing.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

_trim: Callable[[int], int] | None = None
_looked = False


def _load() -> Callable[[int], int] | None:
    global _trim, _looked
    if not _looked:
        _looked = True
        if sys.platform.startswith("linux"):
            try:
                _trim = ctypes.CDLL(None).malloc_trim  # the C library already loaded
            except (OSError, AttributeError):
                _trim = None
    return _trim


def release_freed_memory() -> None:
    """Return free heap pages of every malloc arena to the system (a few ms at most)."""
    trim = _load()
    if trim is not None:
        trim(0)
