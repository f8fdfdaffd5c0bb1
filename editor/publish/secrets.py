"""Passwords and key passphrases, kept only in the operating system's keyring.

Entries live under the service ``redaksi`` with an account name that says what
they unlock (``sftp:user@host:port``, ``webdav:user@host:port``,
``sftp-key:/path/to/key``). Nothing here ever writes a secret to a file; a
keyring backend that would (``keyrings.alt``'s plain-text file) is refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from editor.publish import failures

if TYPE_CHECKING:
    from editor.publish.targets import Target

SERVICE = "redaksi"
PLAINTEXT_BACKENDS = ("PlaintextKeyring", "EncryptedKeyring")


def account(kind: str, user: str, host: str, port: int) -> str:
    return f"{kind}:{user}@{host}:{port}"


def key_account(key_file: str) -> str:
    return f"sftp-key:{key_file}"


def target_account(target: Target) -> str | None:
    """The keyring account holding this target's password or key passphrase, if it needs one."""
    options = target.options
    if target.kind == "sftp":
        key_file = options.get("key_file")
        auth = str(options.get("auth") or ("key" if key_file else "password")).lower()
        if auth == "key" and key_file:
            return key_account(str(Path(str(key_file)).expanduser()))
        if auth == "password":
            return account("sftp", str(options.get("user", "")), str(options.get("host", "")),
                           int(options.get("port", 22)))
        return None
    if target.kind == "webdav" and options.get("user"):
        parts = urlsplit(str(options.get("url", "")))
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return account("webdav", str(options["user"]), parts.hostname or "", port)
    return None


def get_secret(name: str) -> str | None:
    _check_backend()
    try:
        return keyring.get_password(SERVICE, name)
    except KeyringError as exc:
        raise failures.no_keyring(str(exc) or type(exc).__name__) from exc


def set_secret(name: str, secret: str) -> None:
    _check_backend()
    try:
        keyring.set_password(SERVICE, name, secret)
    except KeyringError as exc:
        raise failures.no_keyring(str(exc) or type(exc).__name__) from exc


def delete_secret(name: str) -> None:
    try:
        keyring.delete_password(SERVICE, name)
    except PasswordDeleteError:
        pass
    except KeyringError as exc:
        raise failures.no_keyring(str(exc) or type(exc).__name__) from exc


def _check_backend() -> None:
    """Refuse keyrings that are really files in the home folder (keyrings.alt)."""
    backend = keyring.get_keyring()
    names = {type(backend).__name__} | {
        type(child).__name__ for child in getattr(backend, "backends", ())
    }
    if names & set(PLAINTEXT_BACKENDS):
        raise failures.no_keyring(f"{type(backend).__name__} stores secrets in a file")
