"""Reading published files back the way an attacker would: containers, not just Pillow.

Pillow's ``getexif()`` only shows what Pillow understands; these helpers list the
raw JPEG segments, WebP chunks and AVIF items so a test can assert that nothing
but pixels was written.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from PIL import Image, ImageStat

from tests.media.samples import MAKE, MODEL, SERIAL

# Byte strings that must never appear in a published file.
FORBIDDEN = (b"Exif\x00\x00", SERIAL.encode(), MAKE.encode(), MODEL.encode(),
             b"GPSLatitude", b"GPSLongitude", b"xmpmeta", b"ns.adobe.com", b"maker note",
             b"Photoshop 3.0", b"8BIM", b"Semarang")
METADATA_INFO_KEYS = {"exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment",
                      "photoshop", "iptc", "adobe"}


def jpeg_markers(data: bytes) -> list[int]:
    """Marker bytes of every segment before the first scan (``0xE1`` is APP1/EXIF)."""
    markers, pos = [], 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        markers.append(marker)
        if marker == 0xDA:
            break
        pos += 2 + int.from_bytes(data[pos + 2:pos + 4], "big")
    return markers


def webp_chunks(data: bytes) -> list[bytes]:
    chunks, pos = [], 12
    while pos + 8 <= len(data):
        size = int.from_bytes(data[pos + 4:pos + 8], "little")
        chunks.append(data[pos:pos + 4])
        pos += 8 + size + (size & 1)
    return chunks


def avif_item_types(data: bytes) -> list[bytes]:
    """Item types declared in the AVIF ``iinf`` box (``av01`` only when clean)."""
    types, pos = [], 0
    while (pos := data.find(b"infe", pos + 1)) != -1:
        version = data[pos + 4]
        if version >= 2:
            id_size = 4 if version == 3 else 2
            start = pos + 8 + id_size + 2
            types.append(data[start:start + 4])
    return types


def metadata_leaks(path: Path) -> list[str]:
    """Every trace of source metadata found in ``path``; an empty list means clean."""
    data = path.read_bytes()
    leaks = [f"bytes {needle!r}" for needle in FORBIDDEN if needle in data]
    with Image.open(BytesIO(data)) as image:
        if len(image.getexif()):
            leaks.append(f"getexif() {dict(image.getexif())}")
        leaks += [f"info[{key!r}]" for key in METADATA_INFO_KEYS & set(image.info)]
        fmt = image.format
    leaks += _container_leaks(fmt, data)
    return leaks


def _container_leaks(fmt: str | None, data: bytes) -> list[str]:
    if fmt == "JPEG":
        allowed = {0xE0, 0xDB, 0xC0, 0xC2, 0xC4, 0xDD, 0xDA}
        return [f"JPEG segment FF{m:02X}" for m in jpeg_markers(data) if m not in allowed]
    if fmt == "WEBP":
        allowed_chunks = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH"}
        return [f"WebP chunk {c!r}" for c in webp_chunks(data) if c not in allowed_chunks]
    if fmt == "AVIF":
        return [f"AVIF item {t!r}" for t in avif_item_types(data) if t != b"av01"]
    return [f"unexpected output format {fmt}"]


def edge_colours(image: Image.Image) -> dict[str, tuple[float, ...]]:
    """Mean RGB of a thin strip along each edge."""
    image = image.convert("RGB")
    w, h = image.size
    sx, sy = max(1, w // 20), max(1, h // 20)
    boxes = {"top": (0, 0, w, sy), "bottom": (0, h - sy, w, h),
             "left": (0, 0, sx, h), "right": (w - sx, 0, w, h)}
    return {side: tuple(ImageStat.Stat(image.crop(box)).mean) for side, box in boxes.items()}


def red_edges(image: Image.Image) -> set[str]:
    """The edges that are mostly red (the stripe ``samples.striped`` paints on top)."""
    return {side for side, (r, g, b) in edge_colours(image).items() if r > 150 and b < 100}


def close(a: tuple[float, ...], b: tuple[float, ...], tolerance: float = 24) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=False))
