"""Fetching a published page (and its photo) over HTTP, within limits.

A URL a journalist pastes may point at a slow server, a huge page or something
that is not a page at all. Fetching is bounded three ways: a per-read timeout, a
wall-clock deadline for the whole download (a server trickling one byte a second
never trips a read timeout), and a size limit checked against ``Content-Length``
and again while reading. Nothing fetched is ever executed: pages are parsed as
data, their scripts are never run.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from editor.errors import ImportError_
from editor.model.web_address import is_url

USER_AGENT = "Redaksi/0.1 (article import)"


@dataclass(frozen=True, slots=True)
class FetchLimits:
    timeout: float = 15.0  # seconds for connecting and for each read, and for the whole body
    max_bytes: int = 8 * 1024 * 1024
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str


def fetch(url: str, limits: FetchLimits | None = None) -> Fetched:
    """GET ``url``; every way it can fail is an ``ImportError_`` with one clear sentence."""
    limits = limits or FetchLimits()
    if not is_url(url):
        raise ImportError_(
            "Hanya alamat http:// atau https:// yang bisa diambil.",
            "Only http:// or https:// addresses can be fetched.",
            path=url,
        )
    try:
        with httpx.Client(
            follow_redirects=True,
            max_redirects=limits.max_redirects,
            timeout=httpx.Timeout(limits.timeout),
            headers={"User-Agent": USER_AGENT},
        ) as client, client.stream("GET", url) as response:
            _check_status(response, url)
            _check_declared_size(response, limits, url)
            content = _read_body(response, limits, url)
            return Fetched(str(response.url), content, response.headers.get("content-type", ""))
    except httpx.TimeoutException as exc:
        raise _too_slow(url, limits.timeout) from exc
    except httpx.TooManyRedirects as exc:
        raise ImportError_(
            "Terlalu banyak pengalihan (redirect).", "Too many redirects.", path=url
        ) from exc
    except (httpx.TransportError, httpx.InvalidURL) as exc:
        raise ImportError_(
            f"Tidak bisa menghubungi server: {exc}", f"Cannot reach the server: {exc}", path=url
        ) from exc


def _check_status(response: httpx.Response, url: str) -> None:
    if response.status_code >= 400:
        raise ImportError_(
            f"Server menjawab {response.status_code}: halaman tidak bisa diambil.",
            f"The server answered {response.status_code}: the page cannot be fetched.",
            path=url,
        )


def _check_declared_size(response: httpx.Response, limits: FetchLimits, url: str) -> None:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise _too_large(url, limits.max_bytes)


def _read_body(response: httpx.Response, limits: FetchLimits, url: str) -> bytes:
    deadline = time.monotonic() + limits.timeout
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limits.max_bytes:
            raise _too_large(url, limits.max_bytes)
        if time.monotonic() > deadline:
            raise _too_slow(url, limits.timeout)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(url: str, max_bytes: int) -> ImportError_:
    megabytes = max_bytes / (1024 * 1024)
    return ImportError_(
        f"Halaman lebih besar dari batas {megabytes:g} MB; tidak diambil.",
        f"The page is larger than the {megabytes:g} MB limit; not fetched.",
        path=url,
    )


def _too_slow(url: str, seconds: float | int) -> ImportError_:
    return ImportError_(
        f"Server terlalu lambat (lebih dari {seconds:g} detik); coba lagi nanti.",
        f"The server is too slow (over {seconds:g} seconds); try again later.",
        path=url,
    )
