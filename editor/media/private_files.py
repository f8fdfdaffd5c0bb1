"""Rewriting a JPEG, PNG, WebP or GIF file without its private metadata, pixels untouched.

Each walker copies the file piece by piece (JPEG segments, PNG/WebP chunks, GIF
blocks) and lets through only what shapes the picture: image data, tables,
colour profiles, transparency, animation. EXIF, XMP and IPTC are replaced by the
rebuilt blocks of ``private_exif``/``private_text``; comments, thumbnails,
trailing images (a phone's depth map or HDR gain map, each with its own EXIF)
and anything unknown are dropped. No pixel is decoded or re-encoded.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field

from editor.media.private_exif import EXIF_HEADER, clean_exif
from editor.media.private_text import (
    IPTC_RESOURCE,
    build_iptc,
    build_xmp,
    read_iptc,
    read_resources,
    read_xmp,
    xmp_removed,
)

XMP_JPEG = b"http://ns.adobe.com/xap/1.0/\x00"
ICC_JPEG = b"ICC_PROFILE\x00"
PHOTOSHOP = b"Photoshop 3.0\x00"


@dataclass
class Cleaning:
    """What a walker found and removed, and the caption/credit fields it read."""

    removed: set[str] = field(default_factory=set)
    fields: dict[str, str] = field(default_factory=dict)

    def exif(self, block: bytes) -> bytes:
        result = clean_exif(block)
        self.removed |= result.removed
        return result.tiff

    def xmp(self, packet: bytes) -> bytes:
        kept = read_xmp(packet)
        self.removed |= xmp_removed(packet, kept)
        self.fields = {**(kept or {}), **self.fields}
        return build_xmp(kept or {})

    def iptc(self, block: bytes) -> bytes:
        kept: dict[str, str] = {}
        for ident, data in read_resources(block):
            if ident == IPTC_RESOURCE:
                kept, removed = read_iptc(data)
                self.removed |= removed
            else:
                self.removed.add("other")
        self.fields = {**self.fields, **{k: v for k, v in kept.items() if k not in self.fields}}
        return build_iptc(kept) if kept else b""


# -- JPEG --------------------------------------------------------------------
def clean_jpeg(data: bytes, cleaning: Cleaning) -> bytes:
    out, pos = [b"\xff\xd8"], 2
    while pos + 2 <= len(data):
        if data[pos] != 0xFF:
            break  # not a marker where one must be: the rest is not part of the image
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker == 0xD9 or pos + 4 > len(data):
            break  # end of the first image: a trailing image or leftovers are dropped
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out.append(data[pos:pos + 2])
            pos += 2
            continue
        end = pos + 2 + struct.unpack(">H", data[pos + 2:pos + 4])[0]
        out.append(_jpeg_segment(marker, data[pos + 4:end], cleaning))
        pos = end
        if marker == 0xDA:
            scan_end = _scan_end(data, pos)
            out.append(data[pos:scan_end])
            pos = scan_end
    out.append(b"\xff\xd9")
    return b"".join(out)


def _jpeg_segment(marker: int, body: bytes, cleaning: Cleaning) -> bytes:
    """The segment as it goes out (empty when dropped)."""
    if marker == 0xE1 and body.startswith(EXIF_HEADER):
        return _segment(0xE1, EXIF_HEADER + tiff) if (tiff := cleaning.exif(body)) else b""
    if marker == 0xE1 and body.startswith(XMP_JPEG):
        packet = cleaning.xmp(body[len(XMP_JPEG):])
        return _segment(0xE1, XMP_JPEG + packet) if packet else b""
    if marker == 0xED and body.startswith(PHOTOSHOP):
        block = cleaning.iptc(body[len(PHOTOSHOP):])
        return _segment(0xED, PHOTOSHOP + block) if block else b""
    keep = (marker == 0xE0 and body.startswith(b"JFIF\x00")) \
        or (marker == 0xE2 and body.startswith(ICC_JPEG)) \
        or (marker == 0xEE and body.startswith(b"Adobe")) \
        or not (0xE0 <= marker <= 0xEF or marker == 0xFE)
    if not keep:
        cleaning.removed.add("other")
    return _segment(marker, body) if keep else b""


def _segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def _scan_end(data: bytes, pos: int) -> int:
    """Where entropy-coded data ends: the first marker that is not a restart or a stuffed 0."""
    while (pos := data.find(b"\xff", pos)) != -1 and pos + 1 < len(data):
        following = data[pos + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            pos += 1
            continue
        return pos
    return len(data)


# -- PNG ---------------------------------------------------------------------
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_KEEP = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT",
            b"sRGB", b"bKGD", b"pHYs", b"acTL", b"fcTL", b"fdAT", b"cICP", b"mDCv", b"cLLi"}
PNG_XMP_KEY = b"XML:com.adobe.xmp"


def clean_png(data: bytes, cleaning: Cleaning) -> bytes:
    out, pos = [PNG_SIGNATURE], len(PNG_SIGNATURE)
    while pos + 12 <= len(data):
        size = struct.unpack(">I", data[pos:pos + 4])[0]
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + size]
        if len(body) < size:
            break  # a cut-off chunk: the file ends here
        pos += 12 + size
        if kind in PNG_KEEP or not kind[:1].islower():  # critical chunks always stay
            out.append(_chunk(kind, body))
        elif kind == b"eXIf":
            tiff = cleaning.exif(body)
            out.append(_chunk(kind, tiff) if tiff else b"")
        elif kind == b"iTXt" and body.startswith(PNG_XMP_KEY + b"\x00"):
            packet = cleaning.xmp(_itxt_text(body))
            out.append(_chunk(kind, PNG_XMP_KEY + b"\x00\x00\x00\x00\x00" + packet)
                       if packet else b"")
        else:
            cleaning.removed.add("other")
        if kind == b"IEND":
            break
    return b"".join(out)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _itxt_text(body: bytes) -> bytes:
    """The text of an iTXt chunk: keyword, flags, language and translated keyword skipped."""
    keyword_end = body.index(b"\x00")
    compressed = body[keyword_end + 1]
    rest = body[keyword_end + 3:]
    rest = rest[rest.index(b"\x00") + 1:]  # language tag
    rest = rest[rest.index(b"\x00") + 1:]  # translated keyword
    if not compressed:
        return rest
    try:
        return zlib.decompressobj().decompress(rest, 4 << 20)
    except zlib.error:
        return b""


# -- WebP --------------------------------------------------------------------
WEBP_KEEP = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"}
VP8X_EXIF, VP8X_XMP = 0x08, 0x04


def clean_webp(data: bytes, cleaning: Cleaning) -> bytes:
    chunks, pos = [], 12
    while pos + 8 <= len(data):
        kind = data[pos:pos + 4]
        size = struct.unpack("<I", data[pos + 4:pos + 8])[0]
        body = data[pos + 8:pos + 8 + size]
        pos += 8 + size + (size & 1)
        if kind in WEBP_KEEP:
            chunks.append([kind, body])
        elif kind == b"EXIF" and (tiff := cleaning.exif(body)):
            chunks.append([kind, tiff])
        elif kind == b"XMP " and (packet := cleaning.xmp(body)):
            chunks.append([kind, packet])
        elif kind not in (b"EXIF", b"XMP "):
            cleaning.removed.add("other")
    kinds = {kind for kind, _body in chunks}
    for chunk in chunks:
        if chunk[0] == b"VP8X" and chunk[1]:
            flags = chunk[1][0] & ~((VP8X_EXIF if b"EXIF" not in kinds else 0)
                                    | (VP8X_XMP if b"XMP " not in kinds else 0))
            chunk[1] = bytes([flags]) + chunk[1][1:]
    payload = b"WEBP" + b"".join(
        kind + struct.pack("<I", len(body)) + body + b"\x00" * (len(body) & 1)
        for kind, body in chunks)
    return b"RIFF" + struct.pack("<I", len(payload)) + payload


# -- GIF ---------------------------------------------------------------------
GIF_KEEP_APPS = (b"NETSCAPE2.0", b"ANIMEXTS1.0")


def clean_gif(data: bytes, cleaning: Cleaning) -> bytes:
    """Comments and application blocks (XMP lives in one) go; loops and frames stay."""
    pos = 13 + _table_size(data[10])
    out = [data[:pos]]
    while pos < len(data):
        kind = data[pos]
        if kind == 0x3B:
            break
        if kind == 0x2C:  # image: descriptor, local colour table, LZW size, sub-blocks
            start, pos = pos, pos + 10 + _table_size(data[pos + 9]) + 1
            pos = _after_sub_blocks(data, pos)
            out.append(data[start:pos])
        elif kind == 0x21 and pos + 1 < len(data):
            start, label = pos, data[pos + 1]
            pos = _after_sub_blocks(data, pos + 2)
            app = data[start + 3:start + 14] if label == 0xFF else b""
            if label in (0xF9, 0x01) or app in GIF_KEEP_APPS:
                out.append(data[start:pos])
            else:
                cleaning.removed.add("other")
        else:
            break
    out.append(b"\x3b")
    return b"".join(out)


def _table_size(flags: int) -> int:
    return 3 * (2 << (flags & 0x07)) if flags & 0x80 else 0


def _after_sub_blocks(data: bytes, pos: int) -> int:
    while pos < len(data) and data[pos]:
        pos += 1 + data[pos]
    return pos + 1
