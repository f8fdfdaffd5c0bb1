"""The one bounded HTTP GET (``editor.net``), against a server that misbehaves on purpose
(review finding 7): a wall-clock deadline however the server trickles, a size limit that
holds for gzip too, conditional requests, and failures said in the user's language."""

from __future__ import annotations

import threading
import time

import pytest

from editor import net
from tests.netserver import BOMB, ETAG, FEED, MisbehavingServer

SMALL = net.Limits(max_bytes=1024 * 1024, timeout=5.0, deadline=1.0)


def outcome(call, within: float = 15.0):
    """``call()``'s result or exception, run on a thread: a GET that hangs fails the test
    (instead of hanging it) once ``within`` seconds have passed."""
    box: list = []

    def run() -> None:
        try:
            box.append(call())
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            box.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(within)
    assert not thread.is_alive(), f"still downloading after {within} s"
    return box[0], time.monotonic() - started


@pytest.mark.parametrize("path", ["menetes.xml", "kepala-menetes.xml"])
def test_a_trickling_server_meets_the_deadline(path: str, monkeypatch) -> None:
    monkeypatch.setenv("REDAKSI_LANG", "en")
    with MisbehavingServer() as server:
        error, _ = outcome(lambda: net.get(server.url + path, SMALL))
    assert isinstance(error, net.NetError), error
    assert error.message() == ("Could not fetch from the server: the server did not answer in "
                               "time (over 1 seconds); try again later.")


@pytest.mark.parametrize("path", ["bom.xml.gz", "bom-encoding.xml", "tanpa-ukuran.xml"])
def test_the_size_limit_holds_for_what_is_inflated_too(path: str, monkeypatch) -> None:
    monkeypatch.setenv("REDAKSI_LANG", "en")
    with MisbehavingServer() as server:
        error, _ = outcome(lambda: net.get(server.url + path, SMALL, gunzip=True))
    assert isinstance(error, net.NetError), error
    assert "larger than the 1 MB limit" in error.message()
    assert SMALL.max_bytes < BOMB


def test_a_gz_document_arrives_inflated_and_unchanged_ones_are_not_sent_again() -> None:
    with MisbehavingServer() as server, net.Session() as session:
        packed = session.get(server.url + "feed.xml.gz", SMALL, gunzip=True)
        first = session.get(server.url + "feed.xml", SMALL)
        again = session.get(server.url + "feed.xml", SMALL, etag=first.etag,
                            last_modified=first.last_modified)
        gone = session.get(server.url + "tidak-ada.xml", SMALL, missing_ok=True)
    assert packed.content == FEED and first.content == FEED and first.etag == ETAG
    assert again.unchanged and again.content == b""
    assert server.requests[2][1].get("If-None-Match") == ETAG
    assert gone.missing


def test_failures_are_one_sentence_in_the_users_language(monkeypatch) -> None:
    with MisbehavingServer() as server:
        url = server.url
    monkeypatch.setenv("REDAKSI_LANG", "id")
    with pytest.raises(net.NetError) as refused:
        net.get(url + "feed.xml", SMALL)
    assert refused.value.message() == (
        "Tidak dapat mengambil dari server: server menolak sambungan (tidak ada layanan di "
        "alamat itu).")
    with MisbehavingServer() as server, pytest.raises(net.NetError) as missing:
        net.get(server.url + "tidak-ada.xml", SMALL)
    assert missing.value.message("en") == "The server answered HTTP 404; not fetched."
