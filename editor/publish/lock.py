"""The site-wide lock: one publisher at a time updates index.json, sitemaps and feed.

The lock is a folder, because creating a folder is atomic and exclusive on
every protocol we speak (``mkdir`` locally and over SFTP, ``MKCOL`` on
WebDAV). Inside, ``owner.json`` says who holds it and until when.

A holder that crashed leaves the lock behind, so a waiter breaks it when it is
stale: either its ``expires`` time passed long ago (beyond any plausible clock
difference between two laptops), or the waiter itself has watched the same
unchanged owner for ``ttl`` seconds on its own clock, which needs no clock
agreement at all. Holders re-check ownership before every write, so a lock
broken from under a slow holder makes it start over rather than clobber.
"""

from __future__ import annotations

import json
import os
import posixpath
import random
import secrets
import socket
import time
from dataclasses import dataclass, field

from editor.publish import failures
from editor.publish.progress import CancelFlag
from editor.publish.transport import AlreadyExists, Transport

CLOCK_SKEW = 300.0
POLL = (0.05, 0.25)


def new_owner() -> str:
    """A token naming one publish (kept across its retries, so it can reclaim its own lock)."""
    return f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(6)}"


@dataclass
class _Watch:
    """What a waiter has seen of the lock: the same owner since when (monotonic)."""

    seen: bytes | None = None
    since: float = field(default_factory=time.monotonic)

    def unchanged_for(self, current: bytes | None) -> float:
        if current != self.seen:
            self.seen, self.since = current, time.monotonic()
        return time.monotonic() - self.since


class SiteLock:
    def __init__(self, transport: Transport, path: str, trash: str, *, owner: str,
                 ttl: float = 30.0, wait: float = 120.0, cancel: CancelFlag | None = None) -> None:
        self.tx = transport
        self.path = path
        self.trash = trash
        self.owner = owner
        self.ttl = ttl
        self.wait = wait
        self.cancel = cancel
        self.held = False
        self._claimed_at = 0.0

    @property
    def owner_file(self) -> str:
        return posixpath.join(self.path, "owner.json")

    def __enter__(self) -> SiteLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def acquire(self) -> None:
        deadline = time.monotonic() + self.wait
        watch = _Watch()
        while True:
            if self.tx.make_dir_exclusive(self.path):
                return self._claim()
            current = self._read_owner()
            if _owner_of(current) == self.owner:  # left by an earlier attempt of this publish
                return self._claim()
            if self._stale(current, watch):
                self._break(current)
                continue
            if time.monotonic() > deadline:
                raise failures.site_busy(_describe(current))
            if self.cancel is not None and self.cancel.is_set():
                raise failures.cancelled()
            time.sleep(random.uniform(*POLL))

    def check(self) -> None:
        """Before each write: still ours? Then push the expiry forward, once a third of
        the lease has passed (each claim is a write of its own)."""
        if _owner_of(self._read_owner()) != self.owner:
            self.held = False
            raise failures.site_busy("lock lost")
        if time.monotonic() - self._claimed_at > self.ttl / 3:
            self._claim()

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        try:
            if _owner_of(self._read_owner()) == self.owner:
                self.tx.remove_tree(self.path)
        except failures.PublishError:
            pass  # the connection is gone; the lock expires by itself

    def _claim(self) -> None:
        record = {"owner": self.owner, "host": socket.gethostname(), "pid": os.getpid(),
                  "expires": time.time() + self.ttl}
        self.tx.write(self.owner_file, json.dumps(record).encode())
        self.held = True
        self._claimed_at = time.monotonic()

    def _read_owner(self) -> bytes | None:
        found = self.tx.read(self.owner_file)
        return found.data if found else None

    def _stale(self, current: bytes | None, watch: _Watch) -> bool:
        expires = _field(current, "expires")
        if isinstance(expires, int | float) and expires + CLOCK_SKEW < time.time():
            return True
        return watch.unchanged_for(current) > self.ttl

    def _break(self, seen: bytes | None) -> None:
        """Move the stale lock out of the way; only if it is still the one judged stale."""
        if self._read_owner() != seen:
            return
        aside = posixpath.join(self.trash, f"lock-{secrets.token_hex(6)}")
        self.tx.makedirs(self.trash)
        try:
            self.tx.rename(self.path, aside)
        except (AlreadyExists, failures.PublishError):
            return  # someone else broke or released it first
        self.tx.remove_tree(aside)


def _field(raw: bytes | None, key: str) -> object:
    try:
        data = json.loads(raw or b"")
    except ValueError:
        return None
    return data.get(key) if isinstance(data, dict) else None


def _owner_of(raw: bytes | None) -> object:
    return _field(raw, "owner")


def _describe(raw: bytes | None) -> str:
    host, pid = _field(raw, "host"), _field(raw, "pid")
    return f"{host} pid {pid}" if host else "lock"
