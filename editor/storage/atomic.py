"""Atomic file replacement: a reader never sees a half-written file.

Write to a temporary file in the target's folder (same file system, so the
rename is atomic), flush and fsync, keep the previous version as ``NAME.bak``,
then ``os.replace`` the temporary file over the target.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


@contextlib.contextmanager
def atomic_writer(path: Path, *, keep_backup: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it replaces ``path``, on error nothing changes."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and path.exists():
            shutil.copy2(path, backup_path(path))
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: Path, data: bytes, *, keep_backup: bool = False) -> None:
    with atomic_writer(path, keep_backup=keep_backup) as handle:
        handle.write(data)


def atomic_write_with(path: Path, write: Callable[[BinaryIO], None], *, keep_backup: bool) -> None:
    with atomic_writer(path, keep_backup=keep_backup) as handle:
        write(handle)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
