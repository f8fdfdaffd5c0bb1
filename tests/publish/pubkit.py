"""Helpers shared by the publish tests and the benchmark (no fixtures here)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta, timezone
from pathlib import Path
from typing import Any

import keyring.backend
from keyring.errors import PasswordDeleteError

from editor.site import SiteProfile, profile_from_dict
from tests.publish.pubservers import Sshd, ToolMissing
from tests.support import missing

WIB = timezone(timedelta(hours=7))


def need(action: Callable[[], Any]) -> Any:
    """Run a server set-up; a missing tool fails the test under CI and skips it elsewhere."""
    try:
        return action()
    except ToolMissing as exc:
        missing(str(exc))


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in memory only, so tests never write a secret anywhere."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


def make_profile(targets: dict[str, dict[str, Any]], **extra: Any) -> SiteProfile:
    return profile_from_dict({"name": "Warta Pesisir", "targets": targets, **extra})


def write_article(folder: Path, slug: str, version: int, images: int, image_size: int) -> None:
    folder.mkdir(parents=True)
    (folder / "index.html").write_text(f"<!doctype html><h1>{slug} versi {version}</h1>\n")
    (folder / "fragment.html").write_text(f"<h1>{slug} versi {version}</h1>\n")
    (folder / "article.json").write_text(f'{{"slug": "{slug}", "version": {version}}}\n')
    for number in range(images):
        (folder / f"foto-{number:02d}.jpg").write_bytes(os.urandom(image_size))


def sftp_target(server: Sshd, known_hosts: Path, **extra: Any) -> dict[str, Any]:
    target = {"kind": "sftp", "host": "127.0.0.1", "port": server.port,
              "user": server.user.name, "root": str(server.root), "known_hosts": str(known_hosts),
              "system_known_hosts": False, "retries": 1, "retry_delay": 0.05,
              "key_file": str(server.client_key)}
    target.update(extra)
    return target


def trust_all(host: str, fingerprint: str) -> bool:
    return True


def files_under(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())
