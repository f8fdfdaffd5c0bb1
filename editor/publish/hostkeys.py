"""Checking an SFTP server's host key against known_hosts files.

A key is trusted when it is in the user's ``~/.ssh/known_hosts`` (read only)
or in Redaksi's own known_hosts file. An unknown key is shown by its SHA-256
fingerprint and trusted only if ``confirm_host_key(host, fingerprint)`` says
yes; the default says no. A *changed* key is always refused, as OpenSSH does:
it may be an attack, so it takes a deliberate edit of the file to accept it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import paramiko

from editor.publish import failures

ConfirmHostKey = Callable[[str, str], bool]


def refuse(host: str, fingerprint: str) -> bool:
    """The default answer: trust nothing the user has not confirmed."""
    return False


def host_id(host: str, port: int) -> str:
    """The name known_hosts files use: ``host`` on port 22, else ``[host]:port``."""
    return host if port == 22 else f"[{host}]:{port}"


def fingerprint(key: paramiko.PKey) -> str:
    """OpenSSH's ``SHA256:...`` form, the one ``ssh-keygen -lf`` prints."""
    return key.fingerprint


class ConfirmUnknownKey(paramiko.MissingHostKeyPolicy):
    """Ask before trusting a server seen for the first time; remember a yes."""

    def __init__(self, known_hosts: Path, confirm: ConfirmHostKey | None) -> None:
        self.known_hosts = known_hosts
        self.confirm = confirm or refuse

    def missing_host_key(self, client: paramiko.SSHClient, hostname: str,
                         key: paramiko.PKey) -> None:
        shown = fingerprint(key)
        if not self.confirm(hostname, shown):
            raise failures.host_key_unknown(hostname, shown)
        remember(self.known_hosts, hostname, key)


def remember(known_hosts: Path, hostname: str, key: paramiko.PKey) -> None:
    """Append one line to Redaksi's known_hosts (public data only, no secret)."""
    known_hosts.parent.mkdir(parents=True, exist_ok=True)
    with known_hosts.open("a", encoding="ascii") as handle:
        handle.write(f"{hostname} {key.get_name()} {key.get_base64()}\n")


def load_into(client: paramiko.SSHClient, known_hosts: Path, *, system: bool) -> None:
    """Give the client the keys it may trust; Redaksi's own file last so it can be appended to."""
    if system:
        system_file = Path("~/.ssh/known_hosts").expanduser()
        if system_file.is_file():
            client.load_system_host_keys(str(system_file))
    if known_hosts.is_file():
        client.load_host_keys(str(known_hosts))


def changed_key_error(exc: paramiko.BadHostKeyException, label: str,
                      known_hosts: Path) -> failures.HostKeyError:
    return failures.host_key_changed(
        label, fingerprint(exc.key), fingerprint(exc.expected_key), str(known_hosts)
    )
