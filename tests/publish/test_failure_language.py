"""A failure read in Indonesian holds no English text of the OS or a library.

Seen when tried: ``Server lokal menolak mkdir (Not a directory)`` and ``Tidak dapat
tersambung ke 127.0.0.1 ([Errno 111] Connection refused)``. The detail is described in
the message's own language, through the real transports."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from editor.errors import MediaError, PublishError
from editor.media.source import read_format
from editor.publish import publish
from tests.publish.pubkit import make_profile

ENGLISH_OS_WORDS = ("Errno", "Connection refused", "Not a directory", "Is a directory",
                    "Permission denied", "No such file")


def english_free(text: str) -> bool:
    return not any(word in text for word in ENGLISH_OS_WORDS)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_webdav_server_that_is_not_there(make_item) -> None:
    url = f"http://127.0.0.1:{closed_port()}/"
    target = {"kind": "webdav", "url": url, "public_base_url": url, "retries": 0,
              "retry_delay": 0.01}
    with pytest.raises(PublishError) as failed:
        publish(make_item(), make_profile({"dav": target}), "dav")
    said_id, said_en = failed.value.message("id"), failed.value.message("en")
    assert "server menolak sambungan" in said_id and english_free(said_id), said_id
    assert "the server refused the connection" in said_en


def test_a_folder_target_whose_path_is_a_file(make_item, tmp_path: Path) -> None:
    blocker = tmp_path / "www"
    blocker.write_text("bukan folder", encoding="utf-8")
    target = {"kind": "folder", "path": str(blocker / "situs"),
              "public_base_url": "https://wartapesisir.example/"}
    with pytest.raises(PublishError) as failed:
        publish(make_item(), make_profile({"lokal": target}), "lokal")
    said_id = failed.value.message("id")
    assert "bagian jalurnya bukan folder" in said_id and english_free(said_id), said_id
    assert blocker.read_text(encoding="utf-8") == "bukan folder"


def test_a_photo_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "foto.jpg").mkdir()
    with pytest.raises(MediaError) as failed:
        read_format(tmp_path / "foto.jpg")
    said_id = failed.value.message("id")
    assert said_id.endswith("foto.jpg: Berkas foto tidak bisa dibaca: ini folder, bukan berkas.")
    assert failed.value.message("en").endswith(
        "foto.jpg: The photo file cannot be read: this is a folder, not a file.")
