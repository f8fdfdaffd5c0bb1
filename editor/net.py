"""One bounded HTTP GET for everything Redaksi downloads: an article page and its photos
to import, a site index, feed or sitemap for the archive.

A server can be slow, huge, hostile or broken, and nothing it does may hang Redaksi or
fill the memory. Every GET here is bounded four ways:

- ``timeout``: connecting, and each read (a server that says nothing);
- ``deadline``: the whole download, wall clock, headers included. A server trickling
  a byte a second never trips a read timeout; a watchdog shuts the connection at the
  deadline, whatever stage the download is in;
- ``max_bytes``: the body *as kept*, checked against ``Content-Length`` first and again
  as bytes arrive; a gzip body (``Content-Encoding``, or a ``.gz`` document with
  ``gunzip``) is inflated on the way in, so a gzip bomb stops at the limit;
- one buffer: chunks go straight into the body (inflated first if need be), which is
  handed over without a copy.

Conditional requests (``If-None-Match``, ``If-Modified-Since``) make an unchanged
document a cheap 304. Failures are ``NetError``: one sentence in both languages, for
the caller to raise as its own error type. Foundation: httpx is imported on first use, so
an import that only names its limits (``FetchLimits``) never loads it (47–70 ms).
"""

from __future__ import annotations

import contextlib
import io
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from editor.errors import NETWORK_ERRORS, RedaksiError, describe_network_error

USER_AGENT = "Redaksi/0.1 (+https://redaksi.example)"
PIECE = 1 << 20  # bytes inflated at a time: a bomb costs at most this past the limit
GZIP_MAGIC = b"\x1f\x8b"


class NetError(RedaksiError):
    """A download failed; ``reason``: ``too_large``, ``too_slow``, ``status`` or ``failed``."""

    def __init__(self, message_id: str, message_en: str, *, reason: str,
                 path: str | None = None) -> None:
        super().__init__(message_id, message_en, path=path)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """What an import may download: a page and its photos (``editor.importers.fetch``)."""

    timeout: float = 15.0  # seconds for connecting and for each read, and for the whole body
    max_bytes: int = 8 * 1024 * 1024
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int  # the body as kept (inflated)
    timeout: float = 15.0  # seconds for connecting and for each read
    deadline: float = 60.0  # seconds for the whole download
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class Got:
    url: str  # after redirects
    status: int
    content: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def unchanged(self) -> bool:
        """304: as it was when ``etag``/``last_modified`` were seen (no body)."""
        return self.status == 304

    @property
    def missing(self) -> bool:
        return self.status in (404, 410)


# --- the messages (one place, both languages) -------------------------------------------


def size_text(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{max(1, limit // 1024)} KB"


def too_large(limit: int) -> NetError:
    size = size_text(limit)
    return NetError(f"Unduhan lebih besar dari batas {size}; tidak diambil.",
                    f"The download is larger than the {size} limit; not fetched.",
                    reason="too_large")


def too_slow(seconds: float) -> NetError:
    shown = f"{seconds:g}"
    said_id, said_en = NETWORK_ERRORS["timeout"]
    return NetError(f"Tidak dapat mengambil dari server: {said_id} (lebih dari "
                    f"{shown.replace('.', ',')} detik); coba lagi nanti.",
                    f"Could not fetch from the server: {said_en} (over {shown} seconds); try "
                    "again later.", reason="too_slow")


def _failed(exc: BaseException) -> NetError:
    text_id, text_en = describe_network_error(exc)
    return NetError(f"Tidak dapat mengambil dari server: {text_id}.",
                    f"Could not fetch from the server: {text_en}.", reason="failed")


def _status(code: int) -> NetError:
    return NetError(f"Server menjawab HTTP {code}; tidak diambil.",
                    f"The server answered HTTP {code}; not fetched.", reason="status")


# --- the body: kept once, inflated on the way in ---------------------------------------


class Body:
    """Bytes as they arrive, inflated on the way in (``Content-Encoding: gzip``/``deflate``,
    then, with ``gunzip``, a document that starts with gzip's magic), kept in one buffer
    and refused the moment they pass ``limit``. Files are fed through it too."""

    def __init__(self, limit: int, *, encoding: str = "", gunzip: bool = False) -> None:
        self.limit = limit
        self.out = io.BytesIO()
        self.decoder = _Inflater.for_encoding(encoding)
        self.sniff = gunzip  # the first two decoded bytes decide
        self.head = b""
        self.inner: _Inflater | None = None

    def feed(self, chunk: bytes) -> None:
        for piece in self.decoder.pieces(chunk) if self.decoder else (chunk,):
            self._decoded(piece)

    def _decoded(self, data: bytes) -> None:
        if self.sniff:
            self.head += data
            if len(self.head) < len(GZIP_MAGIC):
                return
            data, self.head, self.sniff = self.head, b"", False
            if data.startswith(GZIP_MAGIC):
                self.inner = _Inflater(16 + zlib.MAX_WBITS)
        for piece in self.inner.pieces(data) if self.inner else (data,):
            if self.out.tell() + len(piece) > self.limit:
                raise too_large(self.limit)
            self.out.write(piece)

    def content(self) -> bytes:
        if self.head:  # a body shorter than the magic
            self.sniff = False
            head, self.head = self.head, b""
            self._decoded(head)
        return self.out.getvalue()  # shares the buffer: no copy


class _Inflater:
    """zlib, ``PIECE`` bytes out at a time, across the members of a gzip stream."""

    def __init__(self, wbits: int) -> None:
        self.wbits = wbits
        self.zlib = zlib.decompressobj(wbits)

    @classmethod
    def for_encoding(cls, encoding: str) -> _Inflater | None:
        encoding = encoding.strip().lower()
        if encoding in ("gzip", "x-gzip"):
            return cls(16 + zlib.MAX_WBITS)
        return cls(zlib.MAX_WBITS) if encoding == "deflate" else None

    def pieces(self, data: bytes) -> Iterator[bytes]:
        try:
            while data:
                yield self.zlib.decompress(data, PIECE)
                data = self.zlib.unconsumed_tail
                if not data and self.zlib.eof and self.zlib.unused_data:
                    data = self.zlib.unused_data  # the next member
                    self.zlib = zlib.decompressobj(self.wbits)
        except zlib.error as exc:
            raise NetError("Data gzip rusak.", "Damaged gzip data.", reason="failed") from exc


# --- the GET ---------------------------------------------------------------------------


class Session:
    """Connections kept open between GETs (a site index's shards, one after another).
    Not for two GETs at once: a deadline shuts every connection of its session."""

    def __init__(self, *, user_agent: str = USER_AGENT, max_redirects: int = 5,
                 timeout: float = 15.0) -> None:
        import httpx

        self.client = httpx.Client(
            follow_redirects=True, max_redirects=max_redirects,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"})
        self.sockets: list[socket.socket] = []

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, limits: Limits, *, etag: str | None = None,
            last_modified: str | None = None, gunzip: bool = False,
            missing_ok: bool = False) -> Got:
        """GET ``url`` within ``limits``. 304 comes back as ``unchanged``; 404/410 as
        ``missing`` with ``missing_ok``; every other failure raises ``NetError``."""
        import httpx

        headers = {"If-None-Match": etag} if etag else {}
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        timeout = httpx.Timeout(limits.timeout, connect=min(limits.timeout, 10.0))
        watchdog = _Watchdog(self.sockets, limits.deadline)
        try:
            with self.client.stream("GET", url, headers=headers, timeout=timeout,
                                    extensions={"trace": self._trace}) as response:
                return _read(response, limits, watchdog, gunzip, missing_ok)
        except httpx.TimeoutException as exc:
            raise too_slow(limits.deadline if watchdog.fired else limits.timeout) from exc
        except httpx.HTTPError as exc:
            raise too_slow(limits.deadline) if watchdog.fired else _failed(exc) from exc
        finally:
            watchdog.cancel()

    def _trace(self, event: str, info: dict) -> None:
        """httpcore's trace: remember each new connection's socket for the watchdog."""
        if event == "connection.connect_tcp.complete":
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if sock is not None:
                self.sockets[:] = [s for s in self.sockets if s.fileno() != -1] + [sock]


def get(url: str, limits: Limits, **options: Any) -> Got:
    """One GET on a session of its own (see ``Session.get``)."""
    with Session(max_redirects=limits.max_redirects, timeout=limits.timeout) as session:
        return session.get(url, limits, **options)


def _read(response: Any, limits: Limits, watchdog: _Watchdog, gunzip: bool,
          missing_ok: bool) -> Got:
    url, status = str(response.url), response.status_code
    etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
    kind = response.headers.get("Content-Type", "")
    if status == 304 or (missing_ok and status in (404, 410)):
        return Got(url, status, b"", kind, etag, modified)
    if status >= 400:
        raise _status(status)
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise too_large(limits.max_bytes)
    body = Body(limits.max_bytes, encoding=response.headers.get("Content-Encoding", ""),
                gunzip=gunzip)
    for chunk in response.iter_raw():
        body.feed(chunk)
        if watchdog.passed():
            raise too_slow(limits.deadline)
    if watchdog.fired:  # a body without a length ends where the watchdog cut it
        raise too_slow(limits.deadline)
    return Got(url, status, body.content(), kind, etag, modified)


class _Watchdog:
    """At the deadline, shut the session's connections: a read blocked on a trickling
    server (even in the middle of its headers) returns at once, with an error."""

    def __init__(self, sockets: list[socket.socket], seconds: float) -> None:
        self.sockets, self.fired = sockets, False
        self.ends = time.monotonic() + seconds
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True
        self.timer.start()

    def passed(self) -> bool:
        return self.fired or time.monotonic() > self.ends

    def _fire(self) -> None:
        self.fired = True
        for sock in list(self.sockets):
            with contextlib.suppress(OSError):  # closed already
                sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        self.timer.cancel()
