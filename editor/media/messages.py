"""Every sentence the photo pipeline shows a journalist, in Indonesian and English.

Keeping them in one module keeps the wording consistent between ``probe`` (used by
``redaksi check`` and the editor) and ``process_image`` (used by export), and gives
translators one place to look. Errors name the file through ``MediaError.path``.
"""

from __future__ import annotations

from pathlib import Path

from editor.errors import MediaError, describe_os_error
from editor.media.types import Notice

DISCOVER_MIN_WIDTH = 1200


def _error(path: Path | str, message_id: str, message_en: str) -> MediaError:
    return MediaError(message_id, message_en, path=str(path))


def missing(path: Path) -> MediaError:
    return _error(path, "Berkas foto tidak ditemukan.", "The photo file was not found.")


def unreadable(path: Path, exc: OSError) -> MediaError:
    reason_id, reason_en = describe_os_error(exc, path)
    return _error(path, f"Berkas foto tidak bisa dibaca: {reason_id}.",
                  f"The photo file cannot be read: {reason_en}.")


def empty(path: Path) -> MediaError:
    return _error(path, "Berkas foto kosong (0 bita).", "The photo file is empty (0 bytes).")


def not_an_image(path: Path) -> MediaError:
    return _error(
        path,
        "Berkas ini bukan foto yang didukung (JPEG, PNG, WebP, AVIF, HEIC, TIFF, GIF), "
        "meskipun namanya berakhiran seperti foto.",
        "This file is not a supported photo (JPEG, PNG, WebP, AVIF, HEIC, TIFF, GIF), "
        "even if its name ends like one.",
    )


def truncated(path: Path) -> MediaError:
    return _error(
        path,
        "Berkas foto terpotong atau rusak; minta kiriman ulang dari sumbernya.",
        "The photo file is truncated or corrupt; ask the source to send it again.",
    )


def too_many_pixels(path: Path, limit: int, size: tuple[int, int] | None = None) -> MediaError:
    dims = f" ({size[0]}×{size[1]})" if size else ""
    mega = f"{limit / 1_000_000:g}"
    return _error(
        path,
        f"Foto terlalu besar{dims}: batas situs {mega} megapiksel. "
        "Perkecil foto sebelum dimasukkan.",
        f"The photo is too large{dims}: the site limit is {mega} megapixels. "
        "Scale it down before adding it.",
    )


def cannot_write(path: Path, exc: OSError) -> MediaError:
    reason_id, reason_en = describe_os_error(exc)
    return _error(path, f"Foto hasil olahan tidak bisa ditulis: {reason_id}",
                  f"The processed photo could not be written: {reason_en}")


def gps_removed() -> Notice:
    return Notice("Lokasi GPS dihapus dari foto.", "GPS location removed from the photo.", "gps")


def too_narrow(width: int) -> Notice:
    return Notice(
        f"Foto hanya {width} piksel lebarnya; Google Discover butuh minimal "
        f"{DISCOVER_MIN_WIDTH} piksel.",
        f"The photo is only {width} pixels wide; Google Discover needs at least "
        f"{DISCOVER_MIN_WIDTH} pixels.",
        "narrow",
    )


def first_frame_only() -> Notice:
    return Notice(
        "Foto bergerak: hanya bingkai pertama yang dipakai.",
        "Animated image: only the first frame is used.",
        "animated",
    )
