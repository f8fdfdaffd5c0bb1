"""HEIC/HEIF and AVIF without private metadata: the EXIF and XMP items rewritten in place.

An ISO-BMFF photo keeps its metadata as *items* (type ``Exif``, or ``mime`` with
an XMP content type) whose bytes the ``iloc`` box locates, mostly inside
``mdat``. Removing an item would mean rewriting every offset in the file;
instead each item's bytes are overwritten with the rebuilt block, padded to the
same length (zeros after a TIFF block, spaces after an XML packet are ignored by
readers). No box moves and no pixel is re-encoded; the rotation a phone stores
as an ``irot`` box stays as it is.
"""

from __future__ import annotations

import struct

from editor.media.private_files import Cleaning

XMP_TYPES = (b"application/rdf+xml", b"application/xmp+xml")
# What an item holds when nothing of it is kept: still a valid block for every reader.
EMPTY_TIFF = b"MM\x00*\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00"
EMPTY_XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"/>'


class BoxError(ValueError):
    """The file's boxes do not add up; it cannot be cleaned in place."""


def clean_heif(data: bytes, cleaning: Cleaning) -> bytes:
    out = bytearray(data)
    meta = _child(data, 0, len(data), b"meta")
    if meta is None:
        return bytes(out)
    start, end = meta[0] + 4, meta[1]  # a full box: version and flags first
    kinds = _item_kinds(data, _child(data, start, end, b"iinf"))
    places = _item_places(data, _child(data, start, end, b"iloc"), _child(data, start, end, b"idat"))
    for item, kind in kinds.items():
        extents = places.get(item, [])
        if kind == "exif" and extents:
            new = _exif_item(_read(data, extents), cleaning)
            _write(out, extents, new, struct.pack(">I", 0) + EMPTY_TIFF, b"\x00")
        elif kind == "xmp" and extents:
            new = cleaning.xmp(_read(data, extents)) or EMPTY_XMP
            _write(out, extents, new, EMPTY_XMP, b" ")
    return bytes(out)


def _boxes(data: bytes, start: int, end: int):
    """``(type, body start, box end)`` of each box in ``data[start:end]``."""
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack(">I4s", data[pos:pos + 8])
        header = 8
        if size == 1:
            size, header = struct.unpack(">Q", data[pos + 8:pos + 16])[0], 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise BoxError(f"box {kind!r} at {pos} runs past its parent")
        yield kind, pos + header, pos + size
        pos += size


def _child(data: bytes, start: int, end: int, kind: bytes) -> tuple[int, int] | None:
    for found, body, box_end in _boxes(data, start, end):
        if found == kind:
            return body, box_end
    return None


def _item_kinds(data: bytes, iinf: tuple[int, int] | None) -> dict[int, str]:
    """Item id → ``exif``/``xmp`` for the metadata items (``infe`` version 2 and 3)."""
    if iinf is None:
        return {}
    version = data[iinf[0]]
    first = iinf[0] + 4 + (2 if version == 0 else 4)
    kinds = {}
    for kind, body, end in _boxes(data, first, iinf[1]):
        if kind != b"infe" or data[body] < 2:
            continue
        id_size = 2 if data[body] == 2 else 4
        pos = body + 4
        item = int.from_bytes(data[pos:pos + id_size], "big")
        item_type = data[pos + id_size + 2:pos + id_size + 6]
        if item_type == b"Exif":
            kinds[item] = "exif"
        elif item_type == b"mime":
            name_end = data.index(b"\x00", pos + id_size + 6, end)
            content = data[name_end + 1:end].split(b"\x00")[0]
            if content in XMP_TYPES:
                kinds[item] = "xmp"
    return kinds


def _item_places(data: bytes, iloc: tuple[int, int] | None,
                 idat: tuple[int, int] | None) -> dict[int, list[tuple[int, int]]]:
    """Item id → its extents as ``(file offset, length)``."""
    if iloc is None:
        return {}
    pos = iloc[0]
    version = data[pos]
    sizes = data[pos + 4], data[pos + 5]
    offset_size, length_size = sizes[0] >> 4, sizes[0] & 15
    base_size, index_size = sizes[1] >> 4, (sizes[1] & 15) if version in (1, 2) else 0
    count_size = 4 if version == 2 else 2
    pos += 6
    count, pos = _int(data, pos, count_size), pos + count_size
    places: dict[int, list[tuple[int, int]]] = {}
    for _ in range(count):
        item, pos = _int(data, pos, count_size), pos + count_size
        method = 0
        if version in (1, 2):
            method, pos = _int(data, pos, 2) & 15, pos + 2
        pos += 2  # data reference index
        base, pos = _int(data, pos, base_size), pos + base_size
        extents, pos = _int(data, pos, 2), pos + 2
        origin = base + (idat[0] if method == 1 and idat else 0)
        for _ in range(extents):
            pos += index_size
            offset, pos = _int(data, pos, offset_size), pos + offset_size
            length, pos = _int(data, pos, length_size), pos + length_size
            if method in (0, 1):
                places.setdefault(item, []).append((origin + offset, length))
    return places


def _int(data: bytes, pos: int, size: int) -> int:
    return int.from_bytes(data[pos:pos + size], "big") if size else 0


def _read(data: bytes, extents: list[tuple[int, int]]) -> bytes:
    for offset, length in extents:
        if offset + length > len(data) or length == 0:
            raise BoxError("an item lies outside the file")
    return b"".join(data[offset:offset + length] for offset, length in extents)


def _exif_item(payload: bytes, cleaning: Cleaning) -> bytes:
    """HEIF's Exif item: a 4-byte offset to the TIFF header, then the block."""
    skip = 4 + int.from_bytes(payload[:4], "big") if len(payload) >= 4 else len(payload)
    tiff = cleaning.exif(payload[min(skip, len(payload)):])
    return struct.pack(">I", 0) + (tiff or EMPTY_TIFF)


def _write(out: bytearray, extents: list[tuple[int, int]], new: bytes, empty: bytes,
           pad: bytes) -> None:
    """Overwrite the item's bytes with ``new`` (``empty`` if it does not fit), padded."""
    total = sum(length for _offset, length in extents)
    if len(new) > total:  # a tiny original: the rebuilt block's wrapper is larger
        new = empty if len(empty) <= total else b""
    new = new.ljust(total, pad)
    done = 0
    for offset, length in extents:
        out[offset:offset + length] = new[done:done + length]
        done += length
