"""Downscaling: Lanczos, each width from the previous one, the first on two threads.

The first resize (from the decoded photo to the widest variant) is the only step
of the pipeline that nothing else can overlap: the encoders are waiting for its
result. Splitting it into two horizontal bands, one per core, halves that wait.
Pillow's resampler releases the GIL and reads source rows beyond the band's box
for its filter taps, so the bands join without a seam.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from PIL import Image

from editor.media.geometry import Box, Size

RESAMPLE = Image.Resampling.LANCZOS
# Below this output size a second thread costs more than it saves.
SPLIT_MIN_PIXELS = 500_000


def shrink(image: Image.Image, size: Size, *, split: bool = False) -> Image.Image:
    """``image`` scaled to ``size`` (returned as is when it already has that size)."""
    if image.size == size:
        return image
    if not split or size[0] * size[1] < SPLIT_MIN_PIXELS:
        return image.resize(size, RESAMPLE)
    return _shrink_in_bands(image, size)


def _shrink_in_bands(image: Image.Image, size: Size) -> Image.Image:
    width, height = size
    top = height // 2
    cut = top * image.height / height  # the source row where output row `top` begins
    upper_box: Box = (0, 0, image.width, cut)
    lower_box: Box = (0, cut, image.width, image.height)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="redaksi-resize") as helper:
        upper = helper.submit(image.resize, (width, top), RESAMPLE, upper_box)
        lower = image.resize((width, height - top), RESAMPLE, lower_box)
        result = Image.new(image.mode, size)
        result.paste(upper.result(), (0, 0))
    result.paste(lower, (0, top))
    return result


def crop_resize(image: Image.Image, box: Box, size: Size) -> Image.Image:
    """Cut ``box`` out of ``image`` and scale it to ``size`` in one resampling pass."""
    return image.resize(size, RESAMPLE, box=box)
