"""The few file operations the publisher needs, whatever the protocol.

A transport works on POSIX-style paths relative to the target's root. Its
methods raise only ``PublishError``s (see ``failures``) plus the two markers
below, so the engine can stay protocol-agnostic. ``activate`` is the one
operation that makes a new version visible; the default does it with a single
atomic rename of a fresh symlink (folders, SFTP), WebDAV overrides it.
"""

from __future__ import annotations

import posixpath
import secrets
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

OnChunk = Callable[[int], None]


class AlreadyExists(Exception):
    """``rename``'s destination exists (another publish got there first)."""


class PreconditionFailed(Exception):
    """A conditional write lost the race: the file changed since it was read."""


@dataclass(frozen=True, slots=True)
class Versioned:
    """A file's bytes and, where the protocol has one, its version tag (ETag)."""

    data: bytes
    tag: str | None = None


class Transport(ABC):
    """One open connection to a target; close it when done."""

    label: str = ""

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def size(self, path: str) -> int | None:
        """The size of a file, or None if there is none."""

    def digest(self, path: str) -> str | None:
        """SHA-256 of a remote file where the protocol offers it cheaply, else None."""
        return None

    @abstractmethod
    def exists(self, path: str) -> bool: ...

    @abstractmethod
    def makedirs(self, path: str) -> None: ...

    @abstractmethod
    def upload(self, local: Path, path: str, on_chunk: OnChunk) -> None:
        """Copy a local file; ``on_chunk(n)`` after each block, and it may raise to abort."""

    @abstractmethod
    def read(self, path: str) -> Versioned | None: ...

    @abstractmethod
    def write(self, path: str, data: bytes, *, if_match: str | None = None,
              if_absent: bool = False) -> None:
        """Replace a file atomically; where the protocol can, only if its tag is still
        ``if_match`` or (``if_absent``) it does not exist yet. Else ``PreconditionFailed``."""

    @abstractmethod
    def rename(self, src: str, dst: str) -> None:
        """Move without overwriting; raises ``AlreadyExists`` if ``dst`` is there."""

    @abstractmethod
    def remove(self, path: str) -> None:
        """Delete a file or symlink; a missing one is fine."""

    @abstractmethod
    def remove_tree(self, path: str) -> None:
        """Delete a folder and everything in it; a missing one is fine."""

    def list_dir(self, path: str) -> list[str] | None:
        """Names in a folder ([] if missing), or None where the protocol cannot list."""
        return None

    @abstractmethod
    def make_dir_exclusive(self, path: str) -> bool:
        """Create a folder only if absent; False if it existed. The site lock uses it."""

    # --- making a version visible -------------------------------------------------

    def activate(self, release: str, live: str, trash: str) -> None:
        """Make ``live`` serve ``release`` in one atomic step (a symlink swap)."""
        parent, name = posixpath.split(live)
        if parent:
            self.makedirs(parent)
        if self.is_real_dir(live):
            self.move_to_trash(live, trash)
        temp = posixpath.join(parent, f".{name}.redaksi-{secrets.token_hex(4)}")
        self.symlink(posixpath.relpath(release, parent or "."), temp)
        self.replace(temp, live)

    def deactivate(self, live: str) -> None:
        """Take ``live`` offline (the releases stay until the caller removes them)."""
        if self.is_real_dir(live):
            self.remove_tree(live)
        else:
            self.remove(live)

    def move_to_trash(self, live: str, trash: str) -> None:
        """A real folder sits at ``live`` (not made by Redaksi): set it aside, then delete it.

        This is the one non-atomic moment, and it happens once per such folder.
        """
        self.makedirs(trash)
        aside = posixpath.join(trash, secrets.token_hex(8))
        self.rename(live, aside)
        self.remove_tree(aside)

    def is_real_dir(self, path: str) -> bool:
        """True for a folder that is not a symlink (overridden by symlink transports)."""
        return False

    def symlink(self, target: str, path: str) -> None:
        raise NotImplementedError

    def replace(self, src: str, dst: str) -> None:
        """Rename ``src`` over ``dst`` atomically (files and symlinks)."""
        raise NotImplementedError
