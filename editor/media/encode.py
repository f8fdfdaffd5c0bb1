"""Writing AVIF, WebP and JPEG files: settings, privacy, atomic files, two threads.

Encoding is most of the pipeline's time, and each encoder uses one core, so jobs
run on a small thread pool (Pillow's encoders release the GIL). Pillow keeps
per-save state (``encoderinfo``) on the image object, so two threads must never
save the same object: a job that shares its image with others first makes its
own copy, inside its thread. Copying there rather than at submission keeps only
the copies of the two running jobs in memory instead of one per queued job.

Nothing but pixels is written: images reach this module with an empty ``info``
and we pass no ``exif``/``xmp``/``icc_profile``; the tests read every file back.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any

from PIL import Image

from editor.media import messages
from editor.media.color import flatten
from editor.site import ImageSettings

ENCODE_THREADS = 2
PIL_FORMATS = {"avif": "AVIF", "webp": "WEBP", "jpeg": "JPEG"}
# libaom speed 6 is what libvips uses for ``effort=3`` (speed = 9 - effort).
AVIF_SPEED = 6
# Intra tools that cost ~9% of AVIF encode time for <0.5% size and no measurable
# PSNR change on photos (see benchmarks/README.md).
AVIF_AOM_OPTIONS = {"enable-smooth-intra": "0", "enable-rect-partitions": "0"}
WEBP_METHOD = 4


def save_options(fmt: str, settings: ImageSettings) -> dict[str, Any]:
    """Pillow ``save`` keyword arguments for one output format."""
    if fmt == "jpeg":
        # Optimised Huffman tables: lossless, a few % smaller, ~1 ms per image.
        return {"quality": settings.jpeg_quality, "optimize": True, "subsampling": "4:2:0"}
    if fmt == "webp":
        return {"quality": settings.webp_quality, "method": WEBP_METHOD}
    if fmt == "avif":
        return {"quality": settings.avif_quality, "speed": AVIF_SPEED, "max_threads": 1,
                "subsampling": "4:2:0", "advanced": dict(AVIF_AOM_OPTIONS)}
    raise ValueError(f"unknown output format: {fmt}")


def write_image(image: Image.Image, fmt: str, path: Path, settings: ImageSettings) -> None:
    """Encode ``image`` to ``path`` atomically: readers see the old file or the whole
    new one, never half a JPEG (publishers may be uploading the folder)."""
    if fmt == "jpeg":
        image = flatten(image)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with tmp.open("wb") as fh:
            image.save(fh, PIL_FORMATS[fmt], **save_options(fmt, settings))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise messages.cannot_write(path, exc.strerror or str(exc)) from exc


class Encoder:
    """A pool that encodes submitted images in the background.

    The caller may go on reading (resizing from) a submitted image, but must not
    modify it. ``wait`` re-raises the first failure. Use as a context manager so
    the threads stop even when a job fails.
    """

    def __init__(self, settings: ImageSettings, threads: int = ENCODE_THREADS,
                 on_done: Callable[[Path], None] | None = None) -> None:
        self.settings = settings
        self.on_done = on_done
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="redaksi-enc")
        self._jobs: list[Future[Path]] = []

    def submit(self, image: Image.Image, fmt: str, path: Path, *, shared: bool = True) -> None:
        """Queue ``image`` for ``path``; ``shared=False`` promises no other job gets it."""
        self._jobs.append(self._pool.submit(self._run, image, fmt, path, shared))

    def _run(self, image: Image.Image, fmt: str, path: Path, shared: bool) -> Path:
        write_image(image.copy() if shared else image, fmt, path, self.settings)
        if self.on_done is not None:
            self.on_done(path)
        return path

    def wait(self) -> list[Path]:
        """Block until every job is done; the paths come back in submission order."""
        return [job.result() for job in self._jobs]

    def __enter__(self) -> Encoder:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc is not None:
            for job in self._jobs:
                job.cancel()
        self._pool.shutdown(wait=True)
