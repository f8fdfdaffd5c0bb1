"""Where a draft's media are unpacked so the exporter and editor can read them as files.

The folder is keyed by the draft file's content hash, so reopening an unchanged
draft reuses it and a changed draft never sees stale images.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path, PurePosixPath

from editor.errors import DraftError
from editor.paths import cache_root
from editor.storage import zip_bounds


def unpack(archive: zipfile.ZipFile, content_hash: str, keys: list[str]) -> dict[str, Path]:
    """Extract the media named by ``keys``; refuses keys that would escape the folder."""
    if not keys:
        return {}
    folder = cache_root() / "drafts" / content_hash[:24]
    names = set(archive.namelist())
    media: dict[str, Path] = {}
    for key in keys:
        pure = PurePosixPath(key)
        if pure.is_absolute() or ".." in pure.parts or pure.parts[:1] != ("media",):
            raise DraftError(f"Nama media tidak sah: {key}", f"Invalid media name: {key}")
        if key not in names:
            raise DraftError(
                f"Foto {key} tidak ada di dalam draf.", f"Image {key} is missing from the draft."
            )
        target = folder / pure
        zip_bounds.check_member(archive.getinfo(key), zip_bounds.MAX_MEDIA_BYTES)
        if not target.exists() or target.stat().st_size != archive.getinfo(key).file_size:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".part")
            try:
                with open(tmp, "wb") as dst:
                    zip_bounds.copy_member(archive, key, dst, zip_bounds.MAX_MEDIA_BYTES)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            os.replace(tmp, target)
        media[key] = target
    return media
