"""Reading a source's documents from a folder or over https, only when they changed.

A ``Fetcher`` returns a document's bytes, or says it is unchanged (an HTTP 304 for the
ETag/Last-Modified seen last time; for a file, the same modification time and size)
or missing. Every read is bounded in size, time and (for ``.gz``) decompressed size, so
a hostile or broken server cannot fill the memory or hang the sync. Publish targets
(SFTP, WebDAV) get their own fetcher in ``editor.commands.archive``.
"""

from __future__ import annotations

import gzip
import io
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import urljoin, urlsplit

from editor.archive.api import ArchiveError, DocumentState
from editor.model.web_address import is_url

MAX_BYTES = 512 * 1024 * 1024  # a legacy index.json of 100,000 articles is ~100 MB
TIMEOUT = 30.0
USER_AGENT = "Redaksi-archive/1 (+https://redaksi.example)"


@dataclass(frozen=True, slots=True)
class Fetched:
    location: str
    data: bytes | None = None  # None: unchanged since ``known`` (or missing)
    etag: str | None = None
    last_modified: str | None = None
    missing: bool = False


class Fetcher(Protocol):
    def fetch(self, location: str, known: DocumentState | None = None) -> Fetched: ...

    def join(self, root: str, path: str) -> str:
        """A file below a site root (``index/manifest.json``)."""

    def resolve(self, base: str, ref: str) -> str:
        """``ref`` (relative, or an absolute URL from inside a document) from ``base``."""

    def close(self) -> None: ...


def gunzip(data: bytes, where: str, limit: int | None = None) -> bytes:
    """Decompress a ``.gz`` document, refusing one that would grow past ``limit``."""
    if data[:2] != b"\x1f\x8b":
        return data
    limit = limit or MAX_BYTES
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(1 << 20):
                out.write(chunk)
                if out.tell() > limit:
                    raise too_large(where, limit)
    except (OSError, EOFError) as exc:
        raise ArchiveError(f"Berkas gzip rusak: {exc}", f"Damaged gzip file: {exc}",
                           path=where) from exc
    return out.getvalue()


def too_large(where: str, limit: int) -> ArchiveError:
    size = f"{limit // 2**20} MB" if limit >= 2**20 else f"{max(1, limit // 1024)} KB"
    return ArchiveError(f"Dokumen lebih dari {size}; tidak dibaca.",
                        f"The document is larger than {size}; not read.", path=where)


class FileFetcher:
    """Documents in local files; absolute URLs inside them map to files beside them."""

    def fetch(self, location: str, known: DocumentState | None = None) -> Fetched:
        path = Path(location)
        try:
            info = path.stat()
        except FileNotFoundError:
            return Fetched(location, missing=True)
        except OSError as exc:
            raise _os_error(location, exc) from exc
        if path.is_dir():
            raise ArchiveError("Ini folder, bukan berkas.", "This is a folder, not a file.",
                               path=location)
        tag = f"{info.st_mtime_ns}-{info.st_size}"
        if known is not None and known.etag == tag and known.sha256:
            return Fetched(location, etag=tag)
        if info.st_size > MAX_BYTES:
            raise too_large(location, MAX_BYTES)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise _os_error(location, exc) from exc
        return Fetched(location, gunzip(data, location), etag=tag)

    def join(self, root: str, path: str) -> str:
        return str(Path(root) / path)

    def resolve(self, base: str, ref: str) -> str:
        folder = Path(base).parent
        if is_url(ref):  # a sitemap index saved to disk names its sitemaps by URL
            url_path = urlsplit(ref).path.strip("/")
            beside = folder / posixpath.basename(url_path)
            mirrored = folder / url_path
            return str(beside if beside.exists() or not mirrored.exists() else mirrored)
        return str(folder / ref)

    def close(self) -> None:
        pass


class HttpFetcher:
    """https:// (and http://) documents with conditional requests and hard limits.

    Certificates are checked; a private CA is trusted through ``SSL_CERT_FILE``, as
    for every httpx client.
    """

    def __init__(self, *, timeout: float = TIMEOUT, limit: int | None = None) -> None:
        import httpx

        self.limit = limit or MAX_BYTES
        self.client = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
                                   follow_redirects=True, max_redirects=5,
                                   headers={"User-Agent": USER_AGENT})

    def fetch(self, location: str, known: DocumentState | None = None) -> Fetched:
        import httpx

        headers = {}
        if known is not None and known.sha256:
            if known.etag:
                headers["If-None-Match"] = known.etag
            if known.last_modified:
                headers["If-Modified-Since"] = known.last_modified
        try:
            with self.client.stream("GET", location, headers=headers) as response:
                return self._read(location, response)
        except httpx.HTTPError as exc:
            raise ArchiveError(f"Tidak dapat mengambil dokumen: {_reason(exc)}",
                               f"Could not fetch the document: {_reason(exc)}",
                               path=location) from exc

    def _read(self, location: str, response) -> Fetched:
        etag = response.headers.get("ETag")
        modified = response.headers.get("Last-Modified")
        if response.status_code == 304:
            return Fetched(location, etag=etag, last_modified=modified)
        if response.status_code in (404, 410):
            return Fetched(location, missing=True)
        if response.status_code >= 400:
            raise ArchiveError(f"Server menjawab HTTP {response.status_code}.",
                               f"The server answered HTTP {response.status_code}.",
                               path=location)
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.limit:
            raise too_large(location, self.limit)
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.limit:
                raise too_large(location, self.limit)
        return Fetched(location, gunzip(bytes(body), location, self.limit), etag=etag,
                       last_modified=modified)

    def join(self, root: str, path: str) -> str:
        return urljoin(root if root.endswith("/") else root + "/", path)

    def resolve(self, base: str, ref: str) -> str:
        return urljoin(base, ref)

    def close(self) -> None:
        self.client.close()


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]


def _os_error(location: str, exc: BaseException) -> ArchiveError:
    reason = getattr(exc, "strerror", None) or str(exc)
    return ArchiveError(f"Berkas tidak dapat dibaca: {reason}", f"Cannot read the file: {reason}",
                        path=location)
