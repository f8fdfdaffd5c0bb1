"""Publishing over SFTP (paramiko): key, agent or password, host key always checked.

Target fields: ``host``, ``port`` (22), ``user``, ``root`` (the served folder,
absolute or relative to the login folder; default the login folder), ``auth``
("key", "agent" or "password"; default "key" when ``key_file`` is set, else
"password"), ``key_file``, ``known_hosts`` (Redaksi's own file; default in its
config folder) and ``system_known_hosts`` (also trust ``~/.ssh/known_hosts``;
default true). The password or key passphrase comes from the system keyring.
"""

from __future__ import annotations

import contextlib
import posixpath
import secrets
import socket
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import paramiko

from editor.paths import config_root
from editor.publish import failures, hostkeys
from editor.publish import secrets as keyring_secrets
from editor.publish.localfiles import CHUNK
from editor.publish.transport import AlreadyExists, OnChunk, Transport, Versioned

if TYPE_CHECKING:
    from editor.publish.targets import Target

T = TypeVar("T")
# Not socket.error: that is OSError itself, and "no such file" must stay distinguishable.
NETWORK_ERRORS = (EOFError, paramiko.SSHException, ConnectionError, TimeoutError)


class SftpTransport(Transport):
    def __init__(self, client: paramiko.SSHClient, root: str, label: str) -> None:
        self.client = client
        self.label = label
        self.sftp = self._guard("open sftp", client.open_sftp)
        self.root = self._guard("normalize", lambda: self.sftp.normalize(root))
        self._dirs: set[str] = set()
        self._posix_rename = True
        self._check_file = True

    def _p(self, path: str) -> str:
        return posixpath.normpath(posixpath.join(self.root, path)) if path else self.root

    def _guard(self, what: str, action: Callable[[], T]) -> T:
        """Run one SFTP call; turn a dead connection or a refusal into a PublishError."""
        try:
            return action()
        except FileNotFoundError:
            raise
        except PermissionError as exc:
            raise failures.refused(self.label, what, exc) from exc
        except NETWORK_ERRORS as exc:
            raise failures.connection_lost(self.label, _detail(exc)) from exc
        except OSError as exc:
            if not self._alive():
                raise failures.connection_lost(self.label, _detail(exc)) from exc
            raise

    def _alive(self) -> bool:
        transport = self.client.get_transport()
        return bool(transport and transport.is_active())

    def close(self) -> None:
        """Best effort: after a dropped link, closing must not hide the real error."""
        with contextlib.suppress(Exception):
            self.sftp.close()
        with contextlib.suppress(Exception):
            self.client.close()

    def _lstat(self, path: str) -> paramiko.SFTPAttributes | None:
        try:
            return self._guard(f"stat {path}", lambda: self.sftp.lstat(self._p(path)))
        except FileNotFoundError:
            return None

    def size(self, path: str) -> int | None:
        attrs = self._lstat(path)
        if attrs is None or not stat.S_ISREG(attrs.st_mode or 0):
            return None
        return attrs.st_size

    def digest(self, path: str) -> str | None:
        """SHA-256 via the ``check-file`` extension where offered (OpenSSH does not)."""
        if not self._check_file:
            return None
        try:
            with self.sftp.open(self._p(path), "rb") as handle:
                return handle.check("sha256").hex()
        except NETWORK_ERRORS as exc:
            raise failures.connection_lost(self.label, _detail(exc)) from exc
        except OSError:
            self._check_file = False
            return None

    def exists(self, path: str) -> bool:
        return self._lstat(path) is not None

    def makedirs(self, path: str) -> None:
        path = posixpath.normpath(path)
        if path in self._dirs or path in ("", "."):
            return
        parent = posixpath.dirname(path)
        if parent:
            self.makedirs(parent)
        attrs = self._lstat(path)
        if attrs is None:
            try:
                self._guard(f"mkdir {path}", lambda: self.sftp.mkdir(self._p(path)))
            except OSError:
                if self._lstat(path) is None:  # not just a concurrent mkdir
                    raise
        self._dirs.add(path)

    def upload(self, local: Path, path: str, on_chunk: OnChunk) -> None:
        self.makedirs(posixpath.dirname(path))
        self._guard(f"upload {path}", lambda: self._upload(local, self._p(path), on_chunk))

    def _upload(self, local: Path, remote: str, on_chunk: OnChunk) -> None:
        with local.open("rb") as src, self.sftp.open(remote, "wb") as dst:
            dst.set_pipelined(True)
            while chunk := src.read(CHUNK):
                dst.write(chunk)
                on_chunk(len(chunk))

    def read(self, path: str) -> Versioned | None:
        def fetch() -> bytes:
            with self.sftp.open(self._p(path), "rb") as handle:
                handle.prefetch()
                return handle.read()

        try:
            return Versioned(self._guard(f"read {path}", fetch))
        except FileNotFoundError:
            return None

    def write(self, path: str, data: bytes, *, if_match: str | None = None,
              if_absent: bool = False) -> None:
        """Write a temp file beside the target, then rename it over in one step."""
        self.makedirs(posixpath.dirname(path))
        head, name = posixpath.split(path)
        temp = posixpath.join(head, f".{name}.{secrets.token_hex(4)}.tmp")

        def put() -> None:
            with self.sftp.open(self._p(temp), "wb") as handle:
                handle.set_pipelined(True)
                handle.write(data)

        self._guard(f"write {path}", put)
        self.replace(temp, path)

    def replace(self, src: str, dst: str) -> None:
        """``posix-rename@openssh.com`` replaces atomically; plain SFTP rename cannot."""
        if self._posix_rename:
            try:
                self._guard(f"rename {dst}", lambda: self.sftp.posix_rename(self._p(src),
                                                                             self._p(dst)))
                return
            except OSError as exc:
                if "unsupported" not in str(exc).lower():
                    raise
                self._posix_rename = False
        self.remove(dst)
        self._guard(f"rename {dst}", lambda: self.sftp.rename(self._p(src), self._p(dst)))

    def rename(self, src: str, dst: str) -> None:
        self.makedirs(posixpath.dirname(dst))
        try:
            self._guard(f"rename {src}", lambda: self.sftp.rename(self._p(src), self._p(dst)))
        except OSError as exc:
            if self.exists(dst):
                raise AlreadyExists(dst) from exc
            raise failures.refused(self.label, f"rename {src}", _detail(exc)) from exc

    def remove(self, path: str) -> None:
        attrs = self._lstat(path)
        if attrs is None:
            return
        if stat.S_ISDIR(attrs.st_mode or 0):
            return self.remove_tree(path)
        self._unlink(path)

    def _unlink(self, path: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._guard(f"remove {path}", lambda: self.sftp.remove(self._p(path)))

    def remove_tree(self, path: str) -> None:
        attrs = self._lstat(path)
        if attrs is None:
            return
        if not stat.S_ISDIR(attrs.st_mode or 0):
            return self._unlink(path)
        entries = self._guard(f"list {path}", lambda: self.sftp.listdir_attr(self._p(path)))
        for entry in entries:
            child = posixpath.join(path, entry.filename)
            if stat.S_ISDIR(entry.st_mode or 0):
                self.remove_tree(child)
            else:
                self._unlink(child)
        self._guard(f"rmdir {path}", lambda: self.sftp.rmdir(self._p(path)))
        self._dirs = {known for known in self._dirs if not _inside(known, path)}

    def list_dir(self, path: str) -> list[str] | None:
        try:
            return sorted(self._guard(f"list {path}", lambda: self.sftp.listdir(self._p(path))))
        except FileNotFoundError:
            return []

    def make_dir_exclusive(self, path: str) -> bool:
        """SFTP says only "Failure" when the folder exists; it is looked at afterwards, and
        if it is gone again (its holder released the lock in between), tried once more."""
        self.makedirs(posixpath.dirname(path))
        for attempt in range(2):
            try:
                self._guard(f"mkdir {path}", lambda: self.sftp.mkdir(self._p(path)))
            except OSError:
                if self.exists(path):
                    return False
                if attempt:
                    raise
                continue
            return True
        return False

    def is_real_dir(self, path: str) -> bool:
        attrs = self._lstat(path)
        return attrs is not None and stat.S_ISDIR(attrs.st_mode or 0)

    def symlink(self, target: str, path: str) -> None:
        self._guard(f"symlink {path}", lambda: self.sftp.symlink(target, self._p(path)))


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _detail(exc: BaseException) -> failures.Detail:
    """An OS error is described in both languages; paramiko's own words (English only)
    are quoted after a label the user can read."""
    if isinstance(exc, OSError):
        return exc
    said = str(exc) or type(exc).__name__
    return f"galat SSH: {said}", f"SSH error: {said}"


def open_sftp(target: Target, confirm_host_key: hostkeys.ConfirmHostKey | None) -> SftpTransport:
    """Connect, check the host key, log in; nothing is written before login succeeds."""
    host, port, user = target.text("host"), target.number("port", 22), target.text("user")
    label = f"{user}@{host}:{port}"
    known_hosts = _known_hosts(target)
    client = paramiko.SSHClient()
    hostkeys.load_into(client, known_hosts, system=bool(target.options.get("system_known_hosts",
                                                                             True)))
    client.set_missing_host_key_policy(hostkeys.ConfirmUnknownKey(known_hosts, confirm_host_key))
    try:
        client.connect(host, port, **_credentials(target, host, port, user),
                       sock=_socket(host, port, target.timeout),
                       timeout=target.timeout, banner_timeout=target.timeout,
                       auth_timeout=target.timeout, channel_timeout=target.timeout)
        return _opened(client, target, label, target.timeout)
    except BaseException as exc:
        client.close()
        raise _connect_error(exc, label, hostkeys.host_id(host, port), known_hosts) from exc


def _opened(client: paramiko.SSHClient, target: Target, label: str,
            timeout: float) -> SftpTransport:
    transport = SftpTransport(client, str(target.options.get("root") or "."), label)
    transport.sftp.get_channel().settimeout(timeout)
    return transport


def _socket(host: str, port: int, timeout: float) -> socket.socket:
    """A TCP connection with Nagle off: otherwise each file's short last packet waits for a
    delayed ACK (~40 ms a file, half a second for an article with 12 photos on loopback)."""
    sock = socket.create_connection((host, port), timeout=timeout)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def _known_hosts(target: Target) -> Path:
    configured = target.options.get("known_hosts")
    if configured:
        return Path(str(configured)).expanduser()
    return config_root() / "known_hosts"


def _credentials(target: Target, host: str, port: int, user: str) -> dict[str, Any]:
    """paramiko's login arguments; the secret is read from the keyring, never from a file."""
    key_file = target.options.get("key_file")
    auth = str(target.options.get("auth") or ("key" if key_file else "password")).lower()
    base: dict[str, Any] = {"username": user, "allow_agent": False, "look_for_keys": False}
    if auth == "agent":
        return {**base, "allow_agent": True}
    if auth == "key":
        if not key_file:
            raise failures.bad_target(target.name, "auth = \"key\" perlu key_file.",
                                      "auth = \"key\" needs key_file.")
        return {**base, "pkey": _load_key(target, Path(str(key_file)).expanduser())}
    password = keyring_secrets.get_secret(keyring_secrets.account("sftp", user, host, port))
    if password is None:
        raise failures.no_password(f"{user}@{host}:{port}")
    return {**base, "password": password}


def _load_key(target: Target, path: Path) -> paramiko.PKey:
    """The private key; its passphrase is fetched from the keyring only if it has one."""
    try:
        return paramiko.PKey.from_path(path)
    except (paramiko.PasswordRequiredException, TypeError):  # TypeError: paramiko 5 + OpenSSH
        pass
    except (OSError, paramiko.SSHException, ValueError) as exc:
        raise failures.bad_target(target.name, f"kunci {path} tidak terbaca ({exc}).",
                                  f"cannot read the key {path} ({exc}).") from exc
    passphrase = keyring_secrets.get_secret(keyring_secrets.key_account(str(path)))
    if passphrase is None:
        raise failures.no_password(f"{path} (passphrase)")
    try:
        return paramiko.PKey.from_path(path, password=passphrase.encode())
    except (paramiko.SSHException, ValueError, TypeError) as exc:
        raise failures.auth_failed(f"{path} (passphrase)") from exc


def _connect_error(exc: BaseException, label: str, host: str, known_hosts: Path) -> BaseException:
    if isinstance(exc, failures.PublishError | KeyboardInterrupt):
        return exc
    if isinstance(exc, paramiko.BadHostKeyException):
        return hostkeys.changed_key_error(exc, host, known_hosts)
    if isinstance(exc, paramiko.AuthenticationException):
        return failures.auth_failed(label)
    if isinstance(exc, TimeoutError):
        return failures.cannot_connect(label, "timeout")
    if isinstance(exc, (*NETWORK_ERRORS, OSError)):  # refused, unreachable, unknown host
        return failures.cannot_connect(label, _detail(exc))
    return exc
