"""A plain-HTTP server on 127.0.0.1 that misbehaves on purpose, for the bounded GET
(``editor.net``) and its users: a body or headers trickled a byte at a time, gzip bombs
(as a ``.gz`` document and as ``Content-Encoding``), a body without a length, ETags."""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TRICKLE_GAP = 0.05  # seconds between two bytes: never a read timeout, never the end
TRICKLE_FOR = 20.0  # a trickle ends by itself at last (a test that hangs still finishes)
BOMB = 10 * 1024 * 1024  # bytes a bomb inflates to
FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Warta</title><item>'
        b"<title>Banjir Rob di Tambaklorok</title><link>https://warta.example/berita/rob/</link>"
        b"<pubDate>Tue, 18 Jun 2024 08:00:00 +0700</pubDate></item></channel></rss>")
ETAG = '"feed-1"'


class _Quiet(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address) -> None:
        pass  # a client that hung up (a limit, a deadline) is what the tests want


class MisbehavingServer:
    def __init__(self) -> None:
        self.stopping = threading.Event()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.httpd = _Quiet(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __enter__(self) -> MisbehavingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                server.requests.append((self.path, dict(self.headers)))
                route = getattr(self, "_" + self.path.strip("/").replace("-", "_")
                                .replace(".", "_"), None)
                if route is None:
                    self.send_error(404)
                else:
                    route()

            def _send(self, data: bytes, **headers: str) -> None:
                self.send_response(200)
                for name, value in {"Content-Length": str(len(data)), **headers}.items():
                    self.send_header(name.replace("_", "-"), value)
                self.end_headers()
                self.wfile.write(data)

            def _trickle(self, data: bytes) -> None:
                ends = time.monotonic() + TRICKLE_FOR
                for byte in data:
                    if server.stopping.is_set() or time.monotonic() > ends:
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(TRICKLE_GAP)

            def _feed_xml(self) -> None:
                if self.headers.get("If-None-Match") == ETAG:
                    self.send_response(304)
                    self.send_header("ETag", ETAG)
                    self.end_headers()
                    return
                self._send(FEED, ETag=ETAG, Last_Modified="Tue, 18 Jun 2024 01:00:00 GMT")

            def _menetes_xml(self) -> None:  # headers at once, then a byte at a time
                self.send_response(200)
                self.send_header("Content-Length", str(len(FEED) * 50))
                self.end_headers()
                self._trickle(FEED * 50)

            def _kepala_menetes_xml(self) -> None:  # even the headers a byte at a time
                self._trickle(b"HTTP/1.1 200 OK\r\nX-Lambat: " + b"z" * 2000 + b"\r\n\r\n")

            def _bom_xml_gz(self) -> None:
                self._send(gzip.compress(b"\0" * BOMB), Content_Type="application/gzip")

            def _bom_encoding_xml(self) -> None:
                self._send(gzip.compress(b"<" * BOMB), Content_Encoding="gzip")

            def _feed_xml_gz(self) -> None:
                self._send(gzip.compress(FEED), Content_Type="application/gzip")

            def _tanpa_ukuran_xml(self) -> None:  # no length: read until the server closes
                self.send_response(200)
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(b"<" * (3 * 1024 * 1024))
                self.close_connection = True

        return Handler
