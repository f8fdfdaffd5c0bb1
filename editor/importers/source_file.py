"""Reading a source file within a size limit, with one clear message for each failure;
telling a real picture from a file that only has a picture's name.

Every importer reads its whole file (a story is small); a file far larger than any
story is refused before it is read, so a wrong pick in the file dialog (a video, a
disk image) costs nothing.
"""

from __future__ import annotations

from pathlib import Path

from editor.errors import ImportError_, describe_os_error


def read_source(path: Path, max_bytes: int) -> bytes:
    """The whole file, never more than ``max_bytes`` of it (checked before reading, and
    while reading: a file that grows, or a device, cannot slip past)."""
    if path.is_dir():
        raise ImportError_("Ini folder, bukan berkas.", "This is a folder, not a file.", path=str(path))
    try:
        if path.stat().st_size > max_bytes:
            raise _too_large(path, max_bytes)
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        said_id, said_en = describe_os_error(exc, named=path)
        raise ImportError_(f"Berkas tidak bisa dibaca: {said_id}.",
                           f"Cannot read the file: {said_en}.", path=str(path)) from exc
    if len(data) > max_bytes:
        raise _too_large(path, max_bytes)
    return data


def _too_large(path: Path, max_bytes: int) -> ImportError_:
    size = f"{max_bytes / (1024 * 1024):g}"
    return ImportError_(
        f"Berkas ini terlalu besar untuk satu berita (lebih dari {size.replace('.', ',')} MB).",
        f"This file is too large for one story (over {size} MB).",
        path=str(path),
    )


PICTURE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")


def is_picture(path: Path) -> bool:
    """By its first bytes, not its name: a page may call anything ``foto.jpg``."""
    with open(path, "rb") as handle:
        head = handle.read(16)
    if head.startswith(PICTURE_MAGIC):
        return True
    return head[:4] == b"RIFF" and head[8:12] == b"WEBP" or head[4:8] == b"ftyp"
