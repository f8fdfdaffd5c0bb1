"""Opening a photo file safely: real format, completeness, and a pixel limit first.

Journalists' files arrive renamed, half-downloaded or hostile. Before Pillow
decodes a single pixel we (1) sniff the format from the first bytes instead of
trusting the extension, (2) walk the container structure cheaply to spot a
truncated download, and (3) compare the header's pixel count with the site limit,
so a 20000×20000 "decompression bomb" is refused in milliseconds. Every failure
becomes a ``MediaError`` that names the file.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

from editor.errors import MediaError
from editor.media import messages

HEAD_BYTES = 64
SCAN_CHUNK = 1 << 20
TAIL_BYTES = 4096
HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs",
               b"mif1", b"msf1"}
AVIF_BRANDS = {b"avif", b"avis"}
# What Pillow's plugins raise on malformed data (the list is long because each
# plugin parses headers its own way).
DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError,
                 TypeError, ZeroDivisionError)

_heif_lock = threading.Lock()
_heif_ready = False


def sniff(head: bytes) -> str | None:
    """The Pillow format name for a file's first bytes, or ``None`` if it is no photo we take."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"
    if head[4:8] == b"ftyp":
        return _iso_brand(head)
    return None


def _iso_brand(head: bytes) -> str | None:
    """AVIF or HEIF from an ISO-BMFF ``ftyp`` box (major plus compatible brands)."""
    size = int.from_bytes(head[:4], "big")
    brands = {head[8:12]}
    brands.update(head[i:i + 4] for i in range(16, min(size, len(head)) - 3, 4))
    if brands & AVIF_BRANDS:
        return "AVIF"
    if brands & HEIF_BRANDS:
        return "HEIF"
    return None


def read_format(path: Path) -> str:
    """Sniff ``path``; raise for a missing, empty or non-photo file."""
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except FileNotFoundError as exc:
        raise messages.missing(path) from exc
    except OSError as exc:
        raise messages.unreadable(path, exc) from exc
    if not head:
        raise messages.empty(path)
    fmt = sniff(head)
    if fmt is None:
        raise messages.not_an_image(path)
    return fmt


def check_complete(path: Path, fmt: str) -> None:
    """Raise if the container is visibly cut short; cheap (seeks and a byte scan, no decode).

    GIF and TIFF have no cheap end marker we can trust; a cut in those shows up
    when the first frame is decoded, which ``decode`` maps to the same message.
    """
    checker = _CHECKERS.get(fmt)
    try:
        with path.open("rb") as fh:
            whole = checker(fh, path.stat().st_size) if checker else True
    except OSError as exc:
        raise messages.unreadable(path, exc) from exc
    if not whole:
        raise messages.truncated(path)


def _jpeg_whole(fh: BinaryIO, size: int) -> bool:
    """Walk segments to the first scan, then look for the end-of-image marker.

    Entropy-coded data never contains ``FF D9`` (``FF`` bytes are stuffed), and the
    EXIF thumbnail's own markers sit inside APP1, which the walk skips by length.
    The marker is nearly always in the last bytes; only files with data appended
    after it (motion-photo video) need the full scan.
    """
    scan = _first_scan(fh)
    if scan is None:
        return False
    fh.seek(max(scan, size - TAIL_BYTES))
    if b"\xff\xd9" in fh.read():
        return True
    fh.seek(scan)
    previous = b""
    while chunk := fh.read(SCAN_CHUNK):
        if b"\xff\xd9" in previous[-1:] + chunk:
            return True
        previous = chunk
    return False


def _first_scan(fh: BinaryIO) -> int | None:
    """Offset of the first start-of-scan marker, following segment lengths."""
    pos = 2
    while True:
        fh.seek(pos)
        marker = fh.read(4)
        if len(marker) < 4 or marker[0] != 0xFF or marker[1] == 0xD9:
            return None
        if marker[1] == 0xDA:
            return pos
        if marker[1] == 0xFF:  # fill byte before a marker
            pos += 1
        elif 0xD0 <= marker[1] <= 0xD8 or marker[1] == 0x01:  # markers without a length
            pos += 2
        else:
            pos += 2 + int.from_bytes(marker[2:4], "big")


def _png_whole(fh: BinaryIO, size: int) -> bool:
    """Follow chunk lengths to ``IEND``; a chunk running past the end means a cut file."""
    pos = 8
    while pos + 8 <= size:
        fh.seek(pos)
        header = fh.read(8)
        length = int.from_bytes(header[:4], "big")
        if header[4:8] == b"IEND":
            return True
        pos += 12 + length
    return False


def _webp_whole(fh: BinaryIO, size: int) -> bool:
    fh.seek(4)
    return int.from_bytes(fh.read(4), "little") + 8 <= size


def _iso_whole(fh: BinaryIO, size: int) -> bool:
    """Top-level boxes of AVIF/HEIF must each end inside the file."""
    pos = 0
    while pos < size:
        fh.seek(pos)
        header = fh.read(16)
        if len(header) < 8:
            return False
        length = int.from_bytes(header[:4], "big")
        if length == 1:
            length = int.from_bytes(header[8:16], "big")
        elif length == 0:
            return True
        if length < 8 or pos + length > size:
            return False
        pos += length
    return True


_CHECKERS = {"JPEG": _jpeg_whole, "PNG": _png_whole, "WEBP": _webp_whole,
             "AVIF": _iso_whole, "HEIF": _iso_whole}


def register_heif() -> None:
    """Teach Pillow HEIC/HEIF on first use: iPhone photos are common, but loading
    libheif costs start-up time and memory that JPEG-only exports never need."""
    global _heif_ready
    with _heif_lock:
        if not _heif_ready:
            import pillow_heif

            pillow_heif.register_heif_opener(depth_images=False, aux_images=False)
            _heif_ready = True


def open_image(path: Path, *, max_pixels: int) -> Image.Image:
    """Open (header only) a whole, supported photo within the site's pixel limit."""
    fmt = read_format(path)
    check_complete(path, fmt)
    if fmt == "HEIF":
        register_heif()
    try:
        image = Image.open(path, formats=[fmt])
    except Image.DecompressionBombError as exc:
        raise messages.too_many_pixels(path, max_pixels) from exc
    except UnidentifiedImageError as exc:
        raise messages.truncated(path) from exc
    except DECODE_ERRORS as exc:
        raise messages.truncated(path) from exc
    if image.width * image.height > max_pixels:
        image.close()
        raise messages.too_many_pixels(path, max_pixels, image.size)
    return image


def decode_failure(path: Path, exc: BaseException) -> MediaError:
    """Map an exception raised while decoding pixels to the user-facing error."""
    return exc if isinstance(exc, MediaError) else messages.truncated(path)
