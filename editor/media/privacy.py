"""The copy of a photo a draft keeps: no GPS, no serial numbers, no maker notes.

A ``.redaksi`` file is e-mailed between desks, so the photos inside it must not
say where the photographer stood or which camera (by serial number) took them.
``clean_photo`` rewrites a photo's bytes without that metadata, keeping what
the newsroom needs: orientation, colour profile, and the caption and credit an
agency wrote as IPTC/XMP (read into ``PhotoText`` to prefill the fields).
Pixels are never re-encoded. ``clean_copy`` writes the result into the cache
(named by content, so the same photo is cleaned once), for the editor and for
``editor.storage.draft``, which cleans every photo it writes into a draft.

The result is checked by reading it back: a photo that still shows GPS or a
serial number after cleaning is refused rather than stored.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from editor.errors import MediaError, describe_os_error
from editor.media.private_exif import EXIF_IFD, GPS_IFD, SERIAL_TAGS, exif_removed
from editor.media.private_files import Cleaning, clean_gif, clean_jpeg, clean_png, clean_webp
from editor.media.private_heif import BoxError, clean_heif
from editor.media.private_text import PhotoText, photo_text
from editor.media.source import register_heif, sniff
from editor.paths import cache_root

CLEANERS = {"JPEG": clean_jpeg, "PNG": clean_png, "WEBP": clean_webp, "GIF": clean_gif,
            "HEIF": clean_heif, "AVIF": clean_heif}  # TIFF: ``_clean_tiff``
# Words for what was removed, in the order the photo card names them.
REMOVED_WORDS = {
    "location": ("lokasi (GPS)", "location (GPS)"),
    "serial": ("nomor seri kamera", "camera serial number"),
    "maker_note": ("catatan pabrik kamera", "maker notes"),
    "other": ("data kamera lainnya", "other camera data"),
}
# Byte strings a cleaned photo may not hold (checked on the result, never assumed).
LEAKS = (b"GPSLatitude", b"GPSLongitude", b"SerialNumber")


@dataclass(frozen=True, slots=True)
class CleanPhoto:
    """``data``: the photo as the draft keeps it; ``removed``: what was taken out."""

    data: bytes
    removed: frozenset[str]
    text: PhotoText

    def notice(self) -> tuple[str, str] | None:
        """One sentence for the photo card (Indonesian, English), or ``None``."""
        return removed_notice(self.removed)


def clean_photo(data: bytes, name: str = "foto") -> CleanPhoto:
    """``data`` without private metadata; raises ``MediaError`` when it cannot be cleaned."""
    fmt = sniff(data[:64])
    cleaner = _clean_tiff if fmt == "TIFF" else CLEANERS.get(fmt or "")
    if cleaner is None:  # not a photo: a draft keeps only what it can clean
        raise _cannot_clean(name)
    cleaning = Cleaning()
    try:
        cleaned = cleaner(data, cleaning)
    except (BoxError, ValueError, IndexError, OSError, struct.error) as exc:
        raise _cannot_clean(name) from exc
    _verify(cleaned, fmt or "", name)
    return CleanPhoto(cleaned, frozenset(cleaning.removed), photo_text(cleaning.fields))


def _clean_tiff(data: bytes, cleaning: Cleaning) -> bytes:
    """TIFF is metadata all the way down (the pixels hang off the same tag directory),
    so it is written anew, losslessly: Pillow has already turned it upright on loading,
    and only the pixels and the colour profile are passed on (first page only)."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        cleaning.removed |= exif_removed(image.getexif()) | {"other"}
        plain = image.copy()
        icc = image.info.get("icc_profile")
    plain.info = {}
    out = io.BytesIO()
    plain.save(out, "TIFF", compression="tiff_adobe_deflate", icc_profile=icc)
    return out.getvalue()


def _verify(cleaned: bytes, fmt: str, name: str) -> None:
    """Read the result back: no GPS block, no serial number, whatever the walkers believed."""
    if any(leak in cleaned for leak in LEAKS):
        raise _cannot_clean(name)
    if fmt in ("HEIF", "AVIF"):
        register_heif()
    try:
        with Image.open(io.BytesIO(cleaned)) as image:
            exif = image.getexif()
            gps = exif.get_ifd(GPS_IFD) if GPS_IFD in exif else {}
            serials = SERIAL_TAGS & (set(exif) | set(exif.get_ifd(EXIF_IFD)))
    except Exception as exc:  # Pillow raises many types on files it cannot open
        raise _cannot_clean(name) from exc
    if gps or serials:
        raise _cannot_clean(name)


def _cannot_clean(name: str) -> MediaError:
    return MediaError(
        "Data pribadi (lokasi GPS, nomor seri) tidak bisa dihapus dari foto ini; "
        "simpan ulang fotonya sebagai JPEG lalu tambahkan lagi.",
        "Private data (GPS location, serial numbers) cannot be removed from this photo; "
        "save it again as a JPEG and add it once more.",
        path=name,
    )


def removed_notice(removed: frozenset[str]) -> tuple[str, str] | None:
    named = [key for key in REMOVED_WORDS if key in removed]
    if "other" in named and len(named) > 1:
        named.remove("other")  # "GPS and serial removed" says enough
    if not named:
        return None
    words_id = _join([REMOVED_WORDS[key][0] for key in named], "dan")
    words_en = _join([REMOVED_WORDS[key][1] for key in named], "and")
    return (f"{words_id[0].upper()}{words_id[1:]} dihapus dari salinan foto di draf.",
            f"{words_en[0].upper()}{words_en[1:]} removed from the draft's copy of the photo.")


def _join(words: list[str], conjunction: str) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


# (path, size, mtime) -> (cleaned file, result without its bytes): saving a draft again
# does not read and parse every photo again.
_known: dict[tuple[str, int, int], tuple[Path, CleanPhoto]] = {}


def clean_copy(path: Path) -> tuple[Path, CleanPhoto]:
    """A cleaned copy of ``path`` in the cache (the file itself when nothing was removed).

    The returned ``CleanPhoto`` has the findings and the caption/credit, not the bytes
    (they are in the file)."""
    path = Path(path)
    try:
        stat = path.stat()
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        if key in _known and _known[key][0].is_file():
            return _known[key]
        data = path.read_bytes()
    except OSError as exc:
        said_id, said_en = describe_os_error(exc, named=path)
        raise MediaError(f"Berkas foto tidak bisa dibaca: {said_id}.",
                         f"The photo file cannot be read: {said_en}.", path=str(path)) from exc
    result = clean_photo(data, str(path))
    target = path if result.data == data else _store(result.data, path.name)
    _known[key] = (target, CleanPhoto(b"", result.removed, result.text))
    if target != path:  # the copy is clean: saving the draft need not read it again
        done = target.stat()
        _known[(str(target), done.st_size, done.st_mtime_ns)] = (
            target, CleanPhoto(b"", frozenset(), result.text))
    return _known[key]


def _store(data: bytes, name: str) -> Path:
    """Into the cache under a folder named by content; the file keeps the photo's name,
    so a draft names it as the journalist knows it (``media/IMG_0042.jpg``)."""
    target = cache_root() / "clean" / hashlib.sha256(data).hexdigest()[:24] / name
    if not target.is_file() or target.stat().st_size != len(data):
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.part")
        partial.write_bytes(data)
        os.replace(partial, target)
    return target
