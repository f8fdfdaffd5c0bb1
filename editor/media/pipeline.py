"""``process_image``: one source photo in, every published file out.

The order of work is chosen for speed and memory on a two-core laptop: decode
once at the smallest scale that serves every output, make the widest variant and
the crops from it, then let go of the big bitmap and derive each smaller width
from the previous one while the encoder threads are already busy with the
larger ones.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from PIL import Image

from editor.media import cache
from editor.media.decode import OpenPhoto, open_photo
from editor.media.geometry import (
    Crop,
    Size,
    clamp_focal,
    crop_plan,
    decode_size,
    scale_box,
    scaled_height,
    variant_widths,
)
from editor.media.probe import notices_for
from editor.media.resize import shrink
from editor.media.scheduler import ENCODE_THREADS, Encoder
from editor.media.types import EXTENSIONS, OUTPUT_FORMATS, ProcessedImage, Variant
from editor.memory import prepare_for_images, release_freed_memory
from editor.site import ImageSettings

SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,150}")
FileProgress = Callable[[int, int], None]  # (files written, files to write)


def process_image(
    path: Path | str,
    *,
    slug: str,
    out_dir: Path,
    settings: ImageSettings,
    focal: tuple[float, float] = (0.5, 0.5),
    cache_dir: Path | None = None,
    crops: bool = True,
    threads: int = ENCODE_THREADS,
    progress: FileProgress | None = None,
) -> ProcessedImage:
    """Write responsive variants (and crops) of ``path`` into ``out_dir``.

    Raises ``MediaError`` naming the file for anything that is not a usable photo;
    nothing is written in that case. With ``cache_dir`` an unchanged photo is
    linked from the cache instead of being decoded and encoded again. ``threads=1``
    suits callers that already run one photo per core (a process pool).
    ``progress(done, total)`` is called as files are written (from encoder threads),
    and once with ``done == total`` for a photo served from the cache.
    """
    if not SLUG.fullmatch(slug):
        raise ValueError(f"slug must be letters, digits, '-' or '_': {slug!r}")
    path, out_dir, focal = Path(path), Path(out_dir), clamp_focal(focal)
    prepare_for_images()  # the allocator setting the program asked for, if any
    with open_photo(path, max_pixels=settings.max_pixels) as photo:
        key = cache.content_key(path, focal, settings)
        prefix = f"{slug}-{key[:8]}"
        if cache_dir is not None:
            hit = cache.restore(Path(cache_dir), key, out_dir, prefix, crops)
            if hit is not None:
                if progress is not None:
                    progress(len(hit.files), len(hit.files))
                return hit
        encoder = Encoder(settings, threads, on_written=_counter(progress, photo.size, settings,
                                                                 focal if crops else None))
        result = _process(photo, out_dir / prefix, key, focal, crops, encoder)
    if cache_dir is not None:
        cache.store(Path(cache_dir), key, result, prefix)
    return result


def _counter(progress: FileProgress | None, size: Size, settings: ImageSettings,
             focal: tuple[float, float] | None) -> Callable[[Path], None] | None:
    """A thread-safe ``on_written`` that reports (written, total) to ``progress``."""
    if progress is None:
        return None
    total = len(variant_widths(size[0], settings.widths)) * len(OUTPUT_FORMATS)
    total += len(crop_plan(size, focal)) if focal is not None else 0
    lock, done = threading.Lock(), [0]

    def written(_path: Path) -> None:
        with lock:
            done[0] += 1
            progress(done[0], total)

    return written


def _process(photo: OpenPhoto, stem: Path, key: str, focal: tuple[float, float],
             crops: bool, encoder: Encoder) -> ProcessedImage:
    size = photo.size
    widths = variant_widths(size[0], encoder.settings.widths)
    plan = crop_plan(size, focal) if crops else []
    # Handed straight on, never kept in a local here: `_render` drops the full
    # decode after the first resize, and a reference here would keep it alive.
    variants, crop_files = _render(photo.pixels(decode_size(size, widths, plan)), size,
                                   widths, plan, stem, encoder)
    return ProcessedImage(
        variants=variants,
        fallback=max((v for v in variants if v.format == "jpeg"), key=lambda v: v.width),
        crops=crop_files,
        width=size[0],
        height=size[1],
        had_gps=photo.meta.has_gps,
        notices=notices_for(photo),
        key=key,
    )


def _render(image: Image.Image, size: Size, widths: list[int], plan: list[Crop],
            stem: Path, encoder: Encoder) -> tuple[list[Variant], dict[str, Variant]]:
    """Resize and submit every output; ``image`` is consumed (dropped as soon as possible)."""
    stem.parent.mkdir(parents=True, exist_ok=True)  # only now: a bad photo leaves no folder
    with encoder:
        first = (widths[0], scaled_height(widths[0], size))
        current = shrink(image, first, split=encoder.threads > 1)
        # Crops are cut from the full decode by both lanes while we make the chain of
        # smaller widths; the decode is then freed before the widest AVIF (the most
        # memory-hungry job) starts.
        crops, cutting = _submit_crops(encoder, image, size, plan, stem)
        chain = [current]
        for width in widths[1:]:
            chain.append(shrink(chain[-1], (width, scaled_height(width, size))))
        encoder.wait(cutting)
        del image, current
        release_freed_memory()
        variants = [v for img in chain for v in _submit_width(encoder, img, stem)]
        del chain  # each width now lives only as long as its jobs
        encoder.wait()
    variants.sort(key=lambda v: (OUTPUT_FORMATS.index(v.format), v.width))
    return variants, crops


def _submit_width(encoder: Encoder, image: Image.Image, stem: Path) -> list[Variant]:
    """Queue one width in every format. The AVIF job (first, slowest) saves ``image``
    itself; the WebP and JPEG jobs each save a copy of it."""
    out = []
    for fmt in OUTPUT_FORMATS:
        path = stem.with_name(f"{stem.name}-{image.width}.{EXTENSIONS[fmt]}")
        encoder.submit(image, fmt, path, copy=fmt != "avif")
        out.append(Variant(image.width, image.height, fmt, path))
    return out


def _submit_crops(encoder: Encoder, image: Image.Image, size: Size, plan: list[Crop],
                  stem: Path) -> tuple[dict[str, Variant], list[Future[Path]]]:
    """Queue every crop, alternating lanes so both cores cut and encode."""
    crops, jobs = {}, []
    for index, crop in enumerate(plan):
        path = stem.with_name(f"{stem.name}-{crop.name}.jpg")
        box = scale_box(crop.box, size, image.size)
        lane = "other" if index % 2 == 0 else "avif"
        jobs.append(encoder.submit_crop(image, box, crop.size, path, lane=lane))
        crops[crop.name] = Variant(crop.size[0], crop.size[1], "jpeg", path)
    return crops, jobs
