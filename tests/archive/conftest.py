"""Shared archive fixtures: the generated 100,000-article archive is built once per
session (by a real sync from a v2 site index on disk), with a few hand-written
"needle" articles whose expected search results are known."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.archive import SqliteArchive
from editor.archive.fetch import FileFetcher
from editor.archive.sync import Sync
from tests.archive.corpus import BASE_URL, records, write_site_index

BIG = 100_000


def needle(n: int, headline: str, section: str, published: str, *, summary: str = "",
           tags: tuple[str, ...] = ()) -> dict:
    slug = f"jarum-{n}"
    path = f"berita/{published[:10].replace('-', '/')}/{slug}"
    return {"id": f"needle-{n}", "path": path, "slug": slug, "url": f"{BASE_URL}/{path}/",
            "headline": headline, "section": section, "tags": list(tags),
            "published": published, "updated": None, "image": None,
            "summary": summary, "language": "id"}


NEEDLES = [
    needle(1, "Kebanjiran, Ratusan Warga Wonokerto Mengungsi ke Balai Desa", "Lingkungan",
           "2024-06-20T08:00:00+07:00"),
    needle(2, "Banjir Bandang Terjang Wonokerto, Jembatan Putus", "Lingkungan",
           "2024-06-21T09:30:00+07:00"),
    needle(3, "Pengungsi Wonokerto Mulai Kembali ke Rumah", "Lingkungan",
           "2024-06-25T16:00:00+07:00", summary="Air banjir surut setelah tiga hari."),
    needle(4, "Serangan Hama Wereng Ancam Panen Petani Wonokerto", "Ekonomi",
           "2024-05-02T10:00:00+07:00"),
    needle(5, "Kawanan Monyet Menyerang Kebun Warga Wonokerto", "Daerah",
           "2024-04-11T07:15:00+07:00"),
    needle(6, "Festival Layang-layang Wonokerto Dibuka", "Daerah", "2023-06-01T09:00:00+07:00"),
    needle(7, "Festival Layang-layang Wonokerto Dibuka", "Daerah", "2024-06-01T09:00:00+07:00"),
    needle(8, "Kafé Terapung di Wonokerto Jadi Tujuan Wisata Baru", "Ekonomi",
           "2024-03-03T12:00:00+07:00"),
]


def needle_url(n: int) -> str:
    return NEEDLES[n - 1]["url"]


@pytest.fixture(scope="session")
def big_rows() -> list[dict]:
    return [*records(BIG - len(NEEDLES)), *NEEDLES]


@pytest.fixture(scope="session")
def big_site(tmp_path_factory: pytest.TempPathFactory, big_rows: list[dict]) -> Path:
    return write_site_index(tmp_path_factory.mktemp("big-site"), big_rows)


@pytest.fixture(scope="session")
def big_archive(tmp_path_factory: pytest.TempPathFactory, big_site: Path
                ) -> Iterator[SqliteArchive]:
    path = tmp_path_factory.mktemp("big-archive") / "arsip.sqlite"
    archive = SqliteArchive(path, ad_slots=(3,))
    report = Sync(archive, FileFetcher(), str(big_site)).run(str(big_site), site_root=True)
    assert report.warnings == [] and archive.count() == BIG
    yield archive
    archive.close()


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[SqliteArchive]:
    """An empty archive file of its own for one test."""
    store = SqliteArchive(tmp_path / "arsip.sqlite", ad_slots=(3,))
    yield store
    store.close()


@pytest.fixture
def web(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """An HTTPS server on 127.0.0.1 serving ``web.root``; its self-signed certificate is
    trusted through SSL_CERT_FILE, as a newsroom would trust a private CA."""
    from tests.archive.server import FileServer

    root = tmp_path / "www"
    root.mkdir()
    server = FileServer(root, tmp_path / "tls").start()
    monkeypatch.setenv("SSL_CERT_FILE", str(server.cert))
    yield server
    server.stop()
