"""Writing one AVIF, WebP or JPEG file: encoder settings, privacy, atomic replace.

Nothing but pixels is written: images reach this module with an empty ``info``
and we pass no ``exif``/``xmp``/``icc_profile``; the tests read every file back.
Which files are written when, and on how many threads, is ``scheduler``'s job.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from PIL import Image

from editor.media import messages
from editor.media.color import flatten
from editor.site import ImageSettings

PIL_FORMATS = {"avif": "AVIF", "webp": "WEBP", "jpeg": "JPEG"}
# libaom speed 6 is what libvips uses for ``effort=3`` (speed = 9 - effort).
AVIF_SPEED = 6
# Searches libaom does at speed 6 that cost a third of the AVIF time and buy under
# 1 % in size on photos (PSNR -0.02 dB): non-DCT intra transforms, smooth intra
# prediction and rectangular partitions. Speed 7 would save as much time but cost
# ~6 % in size. Measurements: benchmarks/README.md.
AVIF_AOM_OPTIONS = {"use-intra-dct-only": "1", "enable-smooth-intra": "0",
                    "enable-rect-partitions": "0"}
WEBP_METHOD = 4


def save_options(fmt: str, settings: ImageSettings, threads: int = 1) -> dict[str, Any]:
    """Pillow ``save`` keyword arguments for one output format (``threads``: AVIF only)."""
    if fmt == "jpeg":
        # Optimised Huffman tables: lossless, a few % smaller, ~1 ms per image.
        return {"quality": settings.jpeg_quality, "optimize": True, "subsampling": "4:2:0"}
    if fmt == "webp":
        return {"quality": settings.webp_quality, "method": WEBP_METHOD}
    if fmt == "avif":
        return {"quality": settings.avif_quality, "speed": AVIF_SPEED, "max_threads": threads,
                "subsampling": "4:2:0", "advanced": dict(AVIF_AOM_OPTIONS)}
    raise ValueError(f"unknown output format: {fmt}")


def write_image(image: Image.Image, fmt: str, path: Path, settings: ImageSettings,
                threads: int = 1) -> None:
    """Encode ``image`` to ``path`` atomically: readers see the old file or the whole
    new one, never half a JPEG (publishers may be uploading the folder)."""
    if fmt == "jpeg":
        image = flatten(image)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with tmp.open("wb") as fh:
            image.save(fh, PIL_FORMATS[fmt], **save_options(fmt, settings, threads))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise messages.cannot_write(path, exc) from exc
