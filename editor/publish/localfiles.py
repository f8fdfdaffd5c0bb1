"""The exported article folder on this computer: its files, sizes and hashes.

The content id (a hash over every file's path, size and SHA-256, plus the
article's location) names the staging and release folders on the server, so a
second attempt at the same publish resumes where the first one stopped.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from editor.publish import failures

CHUNK = 256 * 1024


@dataclass(frozen=True, slots=True)
class LocalFile:
    rel: str
    path: Path
    size: int
    sha256: str


def scan(local_dir: Path) -> list[LocalFile]:
    """Every regular file under ``local_dir`` (sorted); refuses a missing or empty folder."""
    if not local_dir.is_dir():
        raise failures.local_missing(str(local_dir))
    files = [
        LocalFile(
            rel=path.relative_to(local_dir).as_posix(),
            path=path,
            size=path.stat().st_size,
            sha256=file_sha256(path),
        )
        for path in sorted(local_dir.rglob("*"))
        if path.is_file()
    ]
    if not files:
        raise failures.local_missing(str(local_dir))
    return files


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def content_id(rel_dir: str, files: list[LocalFile]) -> str:
    """A short stable name for exactly this content at exactly this location."""
    digest = hashlib.sha256(rel_dir.encode())
    for item in files:
        digest.update(f"\0{item.rel}\0{item.size}\0{item.sha256}".encode())
    return digest.hexdigest()[:20]


def total_size(files: list[LocalFile]) -> int:
    return sum(item.size for item in files)
