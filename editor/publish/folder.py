"""Publishing into a local folder, e.g. one a web server on this machine serves.

Writes go through a temp file, fsync and ``os.replace``; versions are switched
with a symlink swap. Where symlinks are unavailable (Windows without developer
mode, or ``symlinks = false``) a version is copied next to the live folder and
renamed into place, with a brief moment where the old folder is moved aside.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from editor.publish import failures
from editor.publish.localfiles import CHUNK
from editor.publish.transport import AlreadyExists, OnChunk, Transport, Versioned

if TYPE_CHECKING:
    from editor.publish.targets import Target


class FolderTransport(Transport):
    def __init__(self, root: Path, *, symlinks: bool = True) -> None:
        self.root = root.expanduser()
        self.label = str(self.root)
        self.use_symlinks = symlinks
        # no mkdir here: every write makes its own parents, so a command that only reads
        # (an unpublish that is refused) leaves no site folder behind

    def _p(self, path: str) -> Path:
        return self.root / path if path else self.root

    def close(self) -> None:
        pass

    def size(self, path: str) -> int | None:
        target = self._p(path)
        return target.stat().st_size if target.is_file() else None

    def digest(self, path: str) -> str | None:
        from editor.publish.localfiles import file_sha256

        target = self._p(path)
        return file_sha256(target) if target.is_file() else None

    def exists(self, path: str) -> bool:
        return os.path.lexists(self._p(path))

    def makedirs(self, path: str) -> None:
        self._guard("makedirs", lambda: self._p(path).mkdir(parents=True, exist_ok=True))

    def upload(self, local: Path, path: str, on_chunk: OnChunk) -> None:
        target = self._p(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        with local.open("rb") as src, target.open("wb") as dst:
            while chunk := src.read(CHUNK):
                dst.write(chunk)
                on_chunk(len(chunk))
            dst.flush()
            os.fsync(dst.fileno())

    def read(self, path: str) -> Versioned | None:
        try:
            return Versioned(self._p(path).read_bytes())
        except FileNotFoundError:
            return None

    def write(self, path: str, data: bytes, *, if_match: str | None = None,
              if_absent: bool = False) -> None:
        """Temp file, fsync, ``os.replace``: readers see the old or the new file, never half."""
        target = self._p(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            with temp.open("wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, target)
        finally:
            temp.unlink(missing_ok=True)

    def rename(self, src: str, dst: str) -> None:
        if self.exists(dst):
            raise AlreadyExists(dst)
        try:
            os.rename(self._p(src), self._p(dst))
        except OSError as exc:
            if exc.errno in (errno.EEXIST, errno.ENOTEMPTY):
                raise AlreadyExists(dst) from exc
            raise _refused(self.label, f"rename {src}", exc) from exc

    def remove(self, path: str) -> None:
        target = self._p(path)
        if target.is_dir() and not target.is_symlink():
            return self.remove_tree(path)
        target.unlink(missing_ok=True)

    def remove_tree(self, path: str) -> None:
        target = self._p(path)
        if target.is_symlink():
            target.unlink()
        elif target.exists():
            shutil.rmtree(target)

    def list_dir(self, path: str) -> list[str] | None:
        target = self._p(path)
        return sorted(os.listdir(target)) if target.is_dir() else []

    def make_dir_exclusive(self, path: str) -> bool:
        target = self._p(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            target.mkdir()
        except FileExistsError:
            return False
        return True

    # --- versions --------------------------------------------------------------

    def is_real_dir(self, path: str) -> bool:
        target = self._p(path)
        return target.is_dir() and not target.is_symlink()

    def symlink(self, target: str, path: str) -> None:
        os.symlink(target, self._p(path), target_is_directory=True)

    def replace(self, src: str, dst: str) -> None:
        os.replace(self._p(src), self._p(dst))

    def activate(self, release: str, live: str, trash: str) -> None:
        if self.use_symlinks:
            try:
                return super().activate(release, live, trash)
            except (NotImplementedError, OSError) as exc:
                if not _symlinks_unsupported(exc):
                    raise _refused(self.label, f"activate {live}", exc) from exc
                self.use_symlinks = False
        self._activate_copy(release, live, trash)

    def _activate_copy(self, release: str, live: str, trash: str) -> None:
        """No symlinks: copy beside ``live``, move the old folder aside, rename the copy in."""
        target = self._p(live)
        target.parent.mkdir(parents=True, exist_ok=True)
        fresh = target.with_name(f".{target.name}.redaksi-{secrets.token_hex(4)}")
        shutil.copytree(self._p(release), fresh)
        if os.path.lexists(target):
            self.move_to_trash(live, trash)
        os.rename(fresh, target)

    def _guard(self, what: str, action) -> None:
        try:
            action()
        except OSError as exc:
            raise _refused(self.label, what, exc) from exc


def _symlinks_unsupported(exc: BaseException) -> bool:
    if isinstance(exc, NotImplementedError):
        return True
    return getattr(exc, "winerror", None) == 1314 or getattr(exc, "errno", None) in (
        errno.EPERM,
        errno.ENOSYS,
        errno.EOPNOTSUPP,
    )


def _refused(label: str, what: str, exc: OSError) -> Exception:
    return failures.refused(label, what, exc)


def open_folder(target: Target) -> FolderTransport:
    """Fields: ``path`` (the folder the web server serves), ``symlinks`` (default true)."""
    symlinks = bool(target.options.get("symlinks", True))
    return FolderTransport(Path(target.text("path")), symlinks=symlinks)
