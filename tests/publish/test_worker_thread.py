"""The core's promise to any caller that publishes from a worker thread: progress is reported
from that thread only, the calling thread is not held up (the publisher waits on the network
without the interpreter lock), and cancel stops the upload at the file in flight with the
site unchanged.

No clock decides it: the server holds an upload in the middle of the publish until the test
lets it go (``Gate``), so a loaded machine cannot fail the test. The editor window's own
publishing (its worker, dialog and event loop on a slow server) is tested in
tests/gui/test_publish_dialog.py; this test needs no Qt."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx

from editor.publish import PublishCancelled, publish
from tests.publish.pubkit import make_profile


def busy_work() -> int:
    """Pure Python: it runs only while this thread holds the interpreter lock."""
    return sum(len(str(n)) for n in range(200_000))


def test_slow_server_does_not_block_the_caller_and_cancel_stops_the_upload(
        wsgidav_server, make_item, tmp_path: Path) -> None:
    server = wsgidav_server(tmp_path / "dav")
    profile = make_profile({"dav": {"kind": "webdav", "url": server.url,
                                    "public_base_url": server.url}})
    first = make_item(images=2)
    url = publish(first, profile, "dav").url
    second = make_item(version=2, images=12, image_size=50_000)
    cancel = threading.Event()
    reports: list[tuple[int, int, int]] = []
    outcome: list[BaseException | object] = []

    def work() -> None:
        try:
            outcome.append(publish(second, profile, "dav", cancel=cancel, progress=lambda d, t,
                                   m: reports.append((threading.get_ident(), d, t))))
        except BaseException as exc:
            outcome.append(exc)

    server.gate.close_after("PUT", 1)  # one file of version two goes up, then the server holds
    worker = threading.Thread(target=work)
    worker.start()
    while server.gate.holding == 0 and worker.is_alive():
        time.sleep(0.01)
    assert server.gate.holding > 0 and not outcome, f"the upload was not held: {outcome}"
    busy_work()  # the caller goes on while the worker waits on the network
    assert server.gate.holding > 0 and not outcome, "all of it happened while the server held"

    cancel.set()
    asked_before = len(server.gate.seen)
    server.gate.open()
    worker.join(60)
    assert not worker.is_alive()
    assert isinstance(outcome[0], PublishCancelled)
    assert "PUT" not in server.gate.seen[asked_before:], "no upload started after cancel"
    assert {ident for ident, _, _ in reports} == {worker.ident}
    assert httpx.get(url + "index.html").content == (first.local_dir / "index.html").read_bytes()
