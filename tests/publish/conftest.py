"""Fixtures for the publish tests: an in-memory keyring, real servers on 127.0.0.1 and
exported-article folders built from real files (config/data dirs: the root conftest)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import keyring
import pytest

from editor.model.entry import IndexEntry, PublishItem
from tests.publish.pubkit import WIB, MemoryKeyring, need, write_article
from tests.publish.pubservers import (
    Server,
    Site,
    Sshd,
    SshUser,
    WsgiDav,
    drop_sshd,
    drop_user,
    make_sshd,
    make_user,
    start_nginx,
)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def make_item(tmp_path: Path) -> Callable[..., PublishItem]:
    """Build an exported article folder (real files) and its PublishItem."""

    def build(slug: str = "banjir-rob-semarang", version: int = 1, *, images: int = 2,
              image_size: int = 20_000, published: datetime | None = None) -> PublishItem:
        folder = tmp_path / "export" / f"{slug}-v{version}"
        write_article(folder, slug, version, images, image_size)
        entry = IndexEntry(
            slug=slug, url="", headline=f"Banjir rob {slug} versi {version} & <sekitarnya>",
            section="Daerah", tags=["banjir rob", "Semarang"],
            published=published or datetime.now(WIB) - timedelta(hours=1),
            image="foto-00.jpg" if images else None, summary=f"Ringkasan {slug}.")
        return PublishItem(f"berita/2024/06/18/{slug}", folder, entry)

    return build


# --- servers ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def ssh_user() -> Iterator[SshUser]:
    user = make_user()
    yield user
    drop_user(user)


@pytest.fixture
def sshd(ssh_user: SshUser) -> Iterator[Sshd]:
    server = need(lambda: make_sshd(ssh_user).start())
    yield server
    drop_sshd(server)


@pytest.fixture
def nginx(tmp_path: Path) -> Iterator[Callable[[list[Site]], Server]]:
    """Start nginx with the given sites; stopped by its PID after the test."""
    started: list[Server] = []

    def start(sites: list[Site]) -> Server:
        server = need(lambda: start_nginx(sites, tmp_path / f"nginx{len(started)}"))
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def wsgidav_server(tmp_path: Path) -> Iterator[Callable[..., WsgiDav]]:
    started: list[WsgiDav] = []

    def start(root: Path, user: str | None = None, password: str | None = None,
              delay: float = 0.0) -> WsgiDav:
        root.mkdir(parents=True, exist_ok=True)
        server = WsgiDav(root, user, password, delay).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


