"""Atomic file replacement: a reader never sees a half-written file.

Write to a temporary file in the target's folder (same file system, so the
rename is atomic), flush and fsync, keep the previous version as ``NAME.bak``,
then ``os.replace`` the temporary file over the target.

The replacement keeps the target's permission bits (a 0664 draft in a shared
folder stays 0664); a new file gets the user's umask, or 0600 when ``private``.
The ``.bak`` is a hard link to the previous file, made under a temporary name and
renamed over the old ``.bak``: it costs no disk space, so a full disk can never
leave a truncated ``.bak`` (a copy is the fallback where links are not supported).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


class ReadOnlyFile(PermissionError):
    """The target exists and is read-only: it is not replaced."""


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def current_umask() -> int:
    """The process umask, read without changing it where Linux shows it (thread-safe)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _existing(path: Path) -> os.stat_result | None:
    try:
        current = path.stat()
    except FileNotFoundError:
        return None
    if not current.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise ReadOnlyFile(errno.EACCES, os.strerror(errno.EACCES), str(path))
    return current


def _set_mode(fd: int, current: os.stat_result | None, private: bool) -> None:
    if current is None:
        os.fchmod(fd, 0o600 if private else 0o666 & ~current_umask())
        return
    os.fchmod(fd, stat.S_IMODE(current.st_mode))
    if current.st_gid != os.fstat(fd).st_gid:  # a shared folder's group, where we may
        with contextlib.suppress(OSError):
            os.fchown(fd, -1, current.st_gid)


@contextlib.contextmanager
def atomic_writer(
    path: Path, *, keep_backup: bool = True, private: bool = False
) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it replaces ``path``, on error nothing changes.
    Raises ``ReadOnlyFile`` (before writing anything) when ``path`` is read-only."""
    path = Path(path)
    current = _existing(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            _set_mode(handle.fileno(), current, private)
            os.fsync(handle.fileno())
        if keep_backup and current is not None:
            _keep_backup(path)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _keep_backup(path: Path) -> None:
    """``path`` -> ``path.bak`` without ever leaving a partial ``.bak``."""
    backup = backup_path(path)
    staged = path.with_name(f".{backup.name}.{os.urandom(4).hex()}.tmp")
    try:
        try:
            os.link(path, staged)
        except OSError:  # no hard links here (some network and FAT drives)
            shutil.copy2(path, staged)
        os.replace(staged, backup)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise


def atomic_write_bytes(
    path: Path, data: bytes, *, keep_backup: bool = False, private: bool = False
) -> None:
    with atomic_writer(path, keep_backup=keep_backup, private=private) as handle:
        handle.write(data)


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
