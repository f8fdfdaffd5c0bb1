"""The photo pipeline: decode, orient, strip metadata, crop, responsive variants.

Headless by design (no Qt): the exporter, ``redaksi check`` and the editor's
worker threads all call the same functions.

- ``probe(path)`` — header facts and warnings, raises ``MediaError`` for bad files.
- ``process_image(path, slug=…, out_dir=…, settings=…)`` — AVIF/WebP/JPEG widths and
  crops, stripped of EXIF/GPS/XMP, cached by content hash.
- ``make_thumbnail(path, max_side)`` — a small upright preview for the GUI.
"""

from __future__ import annotations

from editor.errors import MediaError
from editor.media.geometry import CROP_ASPECTS, CROP_WIDTH
from editor.media.pipeline import process_image
from editor.media.probe import probe
from editor.media.thumbnail import make_thumbnail
from editor.media.types import ImageInfo, Notice, ProcessedImage, Variant

__all__ = [
    "CROP_ASPECTS",
    "CROP_WIDTH",
    "ImageInfo",
    "MediaError",
    "Notice",
    "ProcessedImage",
    "Variant",
    "make_thumbnail",
    "probe",
    "process_image",
]
