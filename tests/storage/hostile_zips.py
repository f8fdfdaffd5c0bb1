"""Hostile ``.redaksi`` files, assembled byte by byte so every header field can lie.

Used by the storage tests, the command-line bad-input test and the editor's test:
a zip bomb (2 GiB of photo from 2 MB), an ``article.json`` whose size field lies,
duplicate and clashing names, deep nesting, huge numbers, unknown compression
methods and encrypted entries.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from editor.model.image import ImageRef
from editor.model.serialize import article_to_dict
from editor.storage.draft import MIMETYPE
from tests.factories import full_article

STORED, DEFLATED = 0, 8
MIB = 1 << 20


@dataclass
class Entry:
    """One zip member: ``chunks`` are the bytes as stored (already compressed)."""

    name: str
    chunks: list[bytes]
    method: int
    crc: int
    size: int  # the uncompressed size the headers declare
    flags: int = 0
    extra: dict[str, int] = field(default_factory=dict)

    @property
    def compressed(self) -> int:
        return sum(len(chunk) for chunk in self.chunks)


def stored(name: str, data: bytes) -> Entry:
    return Entry(name, [data], STORED, zlib.crc32(data), len(data))


def deflated(name: str, data: bytes) -> Entry:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Entry(name, [packer.compress(data) + packer.flush()], DEFLATED, zlib.crc32(data), len(data))


@cache
def _zeros(mebibytes: int) -> tuple[tuple[bytes, ...], int]:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(b"\0" * MIB) + packer.flush(zlib.Z_FULL_FLUSH)  # the same each MiB
    crc, zero = 0, b"\0" * MIB
    for _ in range(mebibytes):
        crc = zlib.crc32(zero, crc)
    return (block,) * mebibytes + (packer.flush(zlib.Z_FINISH),), crc


def zeros_bomb(name: str, mebibytes: int) -> Entry:
    """``mebibytes`` MiB of zeros in ~1 KB per MiB: one flushed deflate block, repeated."""
    chunks, crc = _zeros(mebibytes)
    return Entry(name, list(chunks), DEFLATED, crc, mebibytes * MIB)


def write_zip(path: Path, entries: list[Entry]) -> Path:
    """Local headers, data, central directory, end record: no zip64, sizes as declared."""
    central = []
    with open(path, "wb") as out:
        for entry in entries:
            name = entry.name.encode("utf-8")
            offset = out.tell()
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, entry.flags | 0x800,
                                  entry.method, 0, 0x21, entry.crc, entry.compressed,
                                  entry.size, len(name), 0) + name)
            for chunk in entry.chunks:
                out.write(chunk)
            central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20,
                                       entry.flags | 0x800, entry.method, 0, 0x21, entry.crc,
                                       entry.compressed, entry.size, len(name), 0, 0, 0, 0, 0,
                                       offset) + name)
        start = out.tell()
        for record in central:
            out.write(record)
        size = out.tell() - start
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), size,
                              start, 0))
    return path


def article_json(photo: str | None = "media/foto.jpg") -> bytes:
    article = full_article()
    if photo:
        article.featured_image = ImageRef(photo, alt="Foto", caption="Foto.", credit="Uji")
    return json.dumps(article_to_dict(article)).encode("utf-8")


def draft_entries(photo: Entry | None = None, document: bytes | None = None) -> list[Entry]:
    entries = [stored("mimetype", MIMETYPE)]
    entries.append(deflated("article.json", document or article_json(photo.name if photo else None)))
    return entries + ([photo] if photo else [])


def _lying_size(path: Path) -> Path:
    """``article.json`` says 200 bytes; it inflates to 2000 MiB."""
    bomb = zeros_bomb("article.json", 2000)
    entries = draft_entries()
    entries[1] = Entry("article.json", bomb.chunks, DEFLATED, bomb.crc, 200)
    return write_zip(path, entries)


def _with(change: Callable[[list[Entry]], None]) -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        entries = draft_entries(stored("media/foto.jpg", b"\xff\xd8\xff\xe0 bukan foto"))
        change(entries)
        return write_zip(path, entries)

    return build


def _deep(path: Path) -> Path:
    document = b'{"schema_version": 2, "headline": "x", "body": [], "tags": ' + b"[" * 100_000
    document += b"]" * 100_000 + b"}"
    return write_zip(path, draft_entries(document=document))


def _huge_number(path: Path) -> Path:
    document = b'{"schema_version": 2' + b"0" * 5000 + b', "headline": "x", "body": []}'
    return write_zip(path, draft_entries(document=document))


def _method(entries: list[Entry]) -> None:
    entries[1].method = 93  # Zstandard: not readable by Python's zipfile


def _encrypted(entries: list[Entry]) -> None:
    entries[1].flags |= 0x1


# name -> (builder, words the English message must hold)
HOSTILE_DRAFTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "zip-bomb": (lambda p: write_zip(p, draft_entries(zeros_bomb("media/foto.jpg", 2048))), "too large"),
    "ratio-bomb": (lambda p: write_zip(p, draft_entries(zeros_bomb("media/foto.jpg", 120))), "compressed"),
    "lying-size": (_lying_size, "damaged"),
    "duplicate-name": (_with(lambda e: e.insert(2, deflated("article.json", b"{}"))), "twice"),
    "case-clash": (_with(lambda e: e.append(stored("media/FOTO.jpg", b"lain"))), "clash"),
    "folder-clash": (_with(lambda e: e.append(stored("media/foto.jpg/x", b"lain"))), "clash"),
    "deep-nesting": (_deep, "nested"),
    "huge-number": (_huge_number, "number"),
    "unknown-method": (_with(_method), "compression"),
    "encrypted": (_with(_encrypted), "encrypted"),
}
