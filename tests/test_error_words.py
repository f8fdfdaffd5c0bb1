"""What went wrong with a file or a server is said in the user's language, never in the
operating system's English (``[Errno 111] Connection refused`` inside an Indonesian line).

Each network failure is a real one on 127.0.0.1 (a closed port, a server that never
answers, one that hangs up mid-answer, an untrusted certificate) or a name under
``.invalid``, which no resolver knows; both fetchers (import and archive) say it.
"""

from __future__ import annotations

import errno
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from editor.archive.fetch import HttpFetcher
from editor.errors import RedaksiError, describe_error, describe_os_error
from editor.importers.fetch import fetch
from editor.net import FetchLimits
from tests.archive.server import FileServer
from tests.commands.test_bad_input import EN_WORDS, words


def english_in(text: str) -> set[str]:
    return words(text) & (EN_WORDS | {"connection", "refused", "name", "service", "known",
                                      "timed", "out", "peer", "closed", "certificate",
                                      "verify", "failed", "errno", "read"})


@contextmanager
def raw_server(answer: Callable[[socket.socket], None]) -> Iterator[str]:
    """A TCP server on 127.0.0.1 that gives each connection to ``answer``."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []

    def serve() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            held.append(connection)
            answer(connection)

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/index.html"
    finally:
        listener.close()
        for connection in held:
            connection.close()


def closed_port() -> str:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/index.html"


def never_answers(connection: socket.socket) -> None:
    pass  # holds the connection open, says nothing


def hangs_up_midway(connection: socket.socket) -> None:
    connection.recv(65536)
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n<html><p>Rob")
    connection.close()


@contextmanager
def place(kind: str, tmp_path: Path) -> Iterator[str]:
    if kind == "refused":
        yield closed_port()
    elif kind == "dns":
        yield "http://kantor-redaksi.invalid/berita/"
    elif kind == "timeout":
        with raw_server(never_answers) as url:
            yield url
    elif kind == "dropped":
        with raw_server(hangs_up_midway) as url:
            yield url
    else:  # an https:// server whose certificate no one has trusted
        server = FileServer(tmp_path / "www", tmp_path / "tls").start()
        try:
            yield server.url + "index.html"
        finally:
            server.stop()


SAID = {
    "refused": ("server menolak sambungan", "the server refused the connection"),
    "dns": ("nama server tidak ditemukan", "the server's name was not found"),
    "timeout": ("server tidak menjawab", "the server did not answer"),
    "dropped": ("sambungan terputus", "the connection dropped"),
    "tls": ("sertifikat keamanan server tidak dipercaya",
            "the server's security certificate is not trusted"),
}


def import_fetch(url: str) -> None:
    fetch(url, FetchLimits(timeout=0.5))


def archive_fetch(url: str) -> None:
    fetcher = HttpFetcher(timeout=0.5)
    try:
        fetcher.fetch(url)
    finally:
        fetcher.close()


@pytest.mark.parametrize("fetcher", [import_fetch, archive_fetch], ids=["import", "archive"])
@pytest.mark.parametrize("kind", sorted(SAID))
def test_a_server_that_fails_is_described_in_each_language(
        tmp_path: Path, kind: str, fetcher: Callable[[str], None]) -> None:
    (tmp_path / "www").mkdir()
    with place(kind, tmp_path) as url, pytest.raises(RedaksiError) as info:
        fetcher(url)
    indonesian, english = info.value.message("id"), info.value.message("en")
    assert SAID[kind][0] in indonesian and SAID[kind][1] in english
    assert english_in(indonesian.replace(url, "")) == set(), indonesian


def test_an_os_error_no_table_knows_is_named_not_quoted() -> None:
    said_id, said_en = describe_os_error(OSError(errno.ENOLCK, "No locks available"))
    assert said_id == "galat sistem ENOLCK" and said_en == "No locks available"


def test_any_error_is_described_in_both_languages() -> None:
    assert describe_error(OSError(errno.ENOSPC, "No space left on device")) == (
        "disk penuh", "the disk is full")
    mine = RedaksiError("Draf rusak.", "The draft is damaged.")
    assert describe_error(mine) == ("Draf rusak.", "The draft is damaged.")
    said_id, said_en = describe_error(ValueError("bad thing happened"))
    assert said_id == "galat tak terduga (ValueError)"
    assert said_en == "unexpected error (ValueError: bad thing happened)"


def test_a_database_error_is_described_not_quoted(tmp_path: Path) -> None:
    import sqlite3

    garbage = tmp_path / "arsip.sqlite"
    garbage.write_bytes(b"bukan basis data " * 300)
    with pytest.raises(sqlite3.DatabaseError) as info:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master")
    assert describe_error(info.value) == ("berkasnya bukan basis data",
                                          "the file is not a database")


def _read_photo(path: Path) -> None:
    from editor.media.privacy import clean_copy

    clean_copy(path)


def _read_source(path: Path) -> None:
    from editor.importers.source_file import read_source

    read_source(path, 1 << 20)


def _read_archive_file(path: Path) -> None:
    from editor.archive.fetch import FileFetcher

    FileFetcher().fetch(str(path))


@pytest.mark.parametrize("read", [_read_photo, _read_source, _read_archive_file],
                         ids=["photo", "import", "archive"])
def test_a_file_that_cannot_be_read_is_described_in_each_language(tmp_path: Path, read) -> None:
    (tmp_path / "catatan.txt").write_text("bukan folder")
    inside_a_file = tmp_path / "catatan.txt" / "foto.jpg"  # ENOTDIR
    with pytest.raises(RedaksiError) as info:
        read(inside_a_file)
    assert "bagian jalurnya bukan folder" in info.value.message("id")
    assert "part of the path is not a folder" in info.value.message("en")
    assert english_in(info.value.message("id").replace(str(inside_a_file), "")) == set()
