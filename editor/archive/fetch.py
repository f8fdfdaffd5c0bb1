"""Reading a source's documents from a folder or over https, only when they changed.

A ``Fetcher`` returns a document's bytes, or says it is unchanged (an HTTP 304 for the
ETag/Last-Modified seen last time; for a file, the same modification time and size)
or missing. Every read is bounded by the kind of document (``LIMITS``: its size, also
decompressed for ``.gz``, and a wall-clock deadline for a download), through the one
bounded GET of ``editor.net``, so a hostile or broken server can neither fill the memory
nor hang the sync. Publish targets (SFTP, WebDAV) get their own fetcher in
``editor.publish.archive_sync``.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol
from urllib.parse import urljoin, urlsplit

from editor import net
from editor.archive.api import ArchiveError, DocumentState
from editor.errors import describe_os_error
from editor.model.web_address import is_url

MB = 2**20
TIMEOUT = 30.0  # seconds for connecting and for each read
# The largest document of each kind that is read (decompressed), and how long its download
# may take. "document": the first read of a source given by hand (a feed, a sitemap or an
# index under another name).
LIMITS = {
    "manifest": net.Limits(16 * MB, TIMEOUT, deadline=120),
    "shard": net.Limits(256 * MB, TIMEOUT, deadline=600),  # one month of a site index
    "index": net.Limits(512 * MB, TIMEOUT, deadline=900),  # legacy: 100,000 articles ~100 MB
    "sitemap": net.Limits(50 * MB, TIMEOUT, deadline=300),  # sitemaps.org's cap
    "document": net.Limits(512 * MB, TIMEOUT, deadline=900),
}
USER_AGENT = "Redaksi-archive/1 (+https://redaksi.example)"
FILE_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Fetched:
    location: str
    data: bytes | None = None  # None: unchanged since ``known`` (or missing)
    etag: str | None = None
    last_modified: str | None = None
    missing: bool = False


class Fetcher(Protocol):
    def fetch(self, location: str, known: DocumentState | None = None,
              kind: str = "document") -> Fetched:
        """``kind``: a key of ``LIMITS``."""

    def join(self, root: str, path: str) -> str:
        """A file below a site root (``index/manifest.json``)."""

    def resolve(self, base: str, ref: str) -> str:
        """``ref`` (relative, or an absolute URL from inside a document) from ``base``."""

    def close(self) -> None: ...


def archive_error(exc: net.NetError, where: str) -> ArchiveError:
    return ArchiveError(exc.message_id, exc.message_en, path=where)


def file_too_large(where: str, limit: int) -> ArchiveError:
    size = net.size_text(limit)
    return ArchiveError(f"Berkas lebih besar dari batas {size}; tidak dibaca.",
                        f"The file is larger than the {size} limit; not read.", path=where)


class FileFetcher:
    """Documents in local files; absolute URLs inside them map to files beside them."""

    def fetch(self, location: str, known: DocumentState | None = None,
              kind: str = "document") -> Fetched:
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
        limit = LIMITS.get(kind, LIMITS["document"]).max_bytes
        if info.st_size > limit:
            raise file_too_large(location, limit)
        return Fetched(location, _read_file(path, limit), etag=tag)

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
    """https:// (and http://) documents with conditional requests, within ``LIMITS``.

    Certificates are checked; a private CA is trusted through ``SSL_CERT_FILE``, as
    for every httpx client. ``deadline`` and ``limit`` tighten every kind's own.
    """

    def __init__(self, *, timeout: float = TIMEOUT, deadline: float | None = None,
                 limit: int | None = None) -> None:
        self.timeout, self.deadline, self.limit = timeout, deadline, limit
        self.session = net.Session(user_agent=USER_AGENT, timeout=timeout)

    def limits(self, kind: str) -> net.Limits:
        limits = replace(LIMITS.get(kind, LIMITS["document"]), timeout=self.timeout)
        if self.deadline is not None:
            limits = replace(limits, deadline=min(limits.deadline, self.deadline))
        if self.limit is not None:
            limits = replace(limits, max_bytes=min(limits.max_bytes, self.limit))
        return limits

    def fetch(self, location: str, known: DocumentState | None = None,
              kind: str = "document") -> Fetched:
        conditional = known is not None and bool(known.sha256)
        try:
            got = self.session.get(
                location, self.limits(kind), gunzip=True, missing_ok=True,
                etag=known.etag if conditional else None,
                last_modified=known.last_modified if conditional else None)
        except net.NetError as exc:
            raise archive_error(exc, location) from exc
        if got.missing:
            return Fetched(location, missing=True)
        return Fetched(location, None if got.unchanged else got.content, etag=got.etag,
                       last_modified=got.last_modified)

    def join(self, root: str, path: str) -> str:
        return urljoin(root if root.endswith("/") else root + "/", path)

    def resolve(self, base: str, ref: str) -> str:
        return urljoin(base, ref)

    def close(self) -> None:
        self.session.close()


def _read_file(path: Path, limit: int) -> bytes:
    """A file in chunks, a ``.gz`` one inflated on the way in (bounded like a download)."""
    body = net.Body(limit, gunzip=True)
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(FILE_CHUNK):
                body.feed(chunk)
        return body.content()
    except net.NetError as exc:
        if exc.reason == "too_large":
            raise file_too_large(str(path), limit) from exc
        raise archive_error(exc, str(path)) from exc
    except OSError as exc:
        raise _os_error(str(path), exc) from exc


def _os_error(location: str, exc: OSError) -> ArchiveError:
    said_id, said_en = describe_os_error(exc, named=location)
    return ArchiveError(f"Berkas tidak dapat dibaca: {said_id}.",
                        f"Cannot read the file: {said_en}.", path=location)
