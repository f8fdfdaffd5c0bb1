"""Small previews for the editor window, made without holding the full photo.

A 24-megapixel photo is ~100 MB as a bitmap; a list of them in the GUI would
exhaust memory and stall scrolling. JPEGs are decoded at 1/2–1/8 scale and HEIC
files may use their embedded thumbnail; only formats without a reduced decode
(PNG, TIFF, WebP) pass through full size, briefly, inside this function.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image

from editor.media.decode import open_photo
from editor.site import ImageSettings


def make_thumbnail(path: Path | str, max_side: int,
                   settings: ImageSettings | None = None) -> Image.Image:
    """An upright sRGB ``RGB``/``RGBA`` image whose longer side is at most ``max_side``.

    Raises ``MediaError`` like ``probe``; the GUI shows its message in place of
    the picture.
    """
    if max_side < 1:
        raise ValueError("max_side must be positive")
    settings = settings or ImageSettings()
    with open_photo(path, max_pixels=settings.max_pixels) as photo:
        width, height = photo.size
        scale = min(1.0, max_side / max(width, height))
        wanted = (max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale)))
        image = photo.pixels(wanted)
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return image
