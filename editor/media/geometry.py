"""Sizes and boxes: which widths to make, where each crop sits, how small to decode.

Pure arithmetic on ``(width, height)`` tuples, kept apart from Pillow so the rules
(never upscale, crops follow the focal point, decode no larger than needed) can
be read and tested on their own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Size = tuple[int, int]
Box = tuple[float, float, float, float]

CROP_WIDTH = 1200
# name -> aspect (width, height); "og" is Open Graph/Twitter's 1200×630 card.
CROP_ASPECTS: dict[str, tuple[int, int]] = {
    "og": (1200, 630),
    "16x9": (16, 9),
    "4x3": (4, 3),
    "1x1": (1, 1),
}


@dataclass(frozen=True, slots=True)
class Crop:
    """A crop ``box`` in source pixels and the ``size`` it is scaled to."""

    name: str
    box: Box
    size: Size


def variant_widths(source_width: int, widths: tuple[int, ...] | list[int]) -> list[int]:
    """Widths to produce, widest first; none wider than the source.

    When the site wants wider images than the photo has, the photo's own width
    joins the list, so the page still gets the sharpest image the source allows.
    """
    fitting = sorted({w for w in widths if 0 < w <= source_width}, reverse=True)
    if not fitting or max(widths, default=0) > source_width > fitting[0]:
        fitting.insert(0, source_width)
    return fitting


def scaled_height(width: int, source: Size) -> int:
    """Height that keeps the source's aspect ratio at ``width``."""
    return max(1, round(source[1] * width / source[0]))


def crop_box(source: Size, aspect: tuple[int, int], focal: tuple[float, float]) -> Box:
    """The largest box of ``aspect`` inside ``source``, centred on ``focal`` where the
    edges allow (a face near the top edge stays in the crop instead of being centred
    out of it)."""
    width, height = source
    aw, ah = aspect
    if width * ah > height * aw:
        cw, ch = height * aw / ah, float(height)
    else:
        cw, ch = float(width), width * ah / aw
    left = min(max(focal[0] * width - cw / 2, 0.0), width - cw)
    top = min(max(focal[1] * height - ch / 2, 0.0), height - ch)
    return (left, top, left + cw, top + ch)


def crop_plan(source: Size, focal: tuple[float, float]) -> list[Crop]:
    """Every crop, each ``CROP_WIDTH`` wide unless the source is too small to allow it."""
    crops = []
    for name, aspect in CROP_ASPECTS.items():
        box = crop_box(source, aspect, focal)
        width = min(CROP_WIDTH, math.floor(box[2] - box[0] + 1e-6))
        height = max(1, round(width * aspect[1] / aspect[0]))
        crops.append(Crop(name, box, (max(1, width), height)))
    return crops


def decode_size(source: Size, widths: list[int], crops: list[Crop]) -> Size:
    """The smallest decoded size from which every output can be made without upscaling.

    JPEG can be decoded at 1/2, 1/4 or 1/8 scale almost for free; asking for no more
    pixels than the outputs need is the biggest single saving in time and memory.
    """
    scale = max((w / source[0] for w in widths), default=1.0)
    for crop in crops:
        box_width = crop.box[2] - crop.box[0]
        scale = max(scale, crop.size[0] / box_width)
    scale = min(1.0, scale)
    return (math.ceil(source[0] * scale), math.ceil(source[1] * scale))


def scale_box(box: Box, source: Size, decoded: Size) -> Box:
    """``box`` in source pixels, expressed in the pixels of a reduced-scale decode."""
    fx, fy = decoded[0] / source[0], decoded[1] / source[1]
    return (box[0] * fx, box[1] * fy, box[2] * fx, box[3] * fy)


def clamp_focal(focal: tuple[float, float]) -> tuple[float, float]:
    """Focal points outside 0..1 (a bad draft file) are pulled back to the edge."""
    return (min(max(float(focal[0]), 0.0), 1.0), min(max(float(focal[1]), 0.0), 1.0))
