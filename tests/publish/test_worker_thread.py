"""The core's promise to any caller that publishes from a worker thread: progress is reported
from that thread only, the calling thread is not held up (the publisher waits on the network
without the interpreter lock), and cancel stops it within a second with the site unchanged.

The editor window's own publishing (its worker, dialog and event loop on a slow server) is
tested in tests/gui/test_publish_dialog.py; this test needs no Qt."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx

from editor.publish import PublishCancelled, publish
from tests.publish.pubkit import make_profile


def test_slow_server_does_not_block_the_caller_and_cancel_is_prompt(
        wsgidav_server, make_item, tmp_path: Path) -> None:
    server = wsgidav_server(tmp_path / "dav", delay=0.04)  # 40 ms per request
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

    worker = threading.Thread(target=work)
    worker.start()
    longest_gap, last = 0.0, time.monotonic()
    while worker.is_alive() and not any(d > t / 3 for _, d, t in reports):  # the caller goes on
        time.sleep(0.01)
        now = time.monotonic()
        longest_gap, last = max(longest_gap, now - last), now
    assert not outcome, f"publish ended before cancel: {outcome}"
    cancel.set()
    pressed = time.monotonic()
    worker.join(5)
    assert time.monotonic() - pressed < 1.0
    assert longest_gap < 0.2
    assert {ident for ident, _, _ in reports} == {worker.ident}
    assert isinstance(outcome[0], PublishCancelled)
    assert httpx.get(url + "index.html").content == (first.local_dir / "index.html").read_bytes()
