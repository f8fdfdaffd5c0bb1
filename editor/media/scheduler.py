"""Running encode jobs on both cores without running out of memory.

AVIF is ~75 % of the encode time and libaom splits one image over two threads
almost perfectly, so AVIF jobs run one after another in their own lane with two
encoder threads, and WebP/JPEG jobs run in a second lane beside them.

Encoders need far more memory than the pixels they encode (libaom ~36 bytes per
pixel, libwebp ~17), so two big encodes side by side would double the peak. A
job therefore starts only when its estimated memory fits in ``MEMORY_BUDGET``
together with the jobs already running; the widest AVIF runs alone (on both
cores), and the lanes overlap for the smaller ones. A job bigger than the
budget still runs, alone.

Pillow keeps per-save state (``encoderinfo``) on the image object, so two threads
must never save the same object. Of the jobs given one image, one (the AVIF job)
saves the object itself; the others save their own copy, made inside their
thread when they start, so that only running jobs hold copies. Copying and
resizing only read the pixels, which is safe while another thread saves them.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType

from PIL import Image

from editor.media import encode
from editor.media.memory import release_freed_memory
from editor.site import ImageSettings

ENCODE_THREADS = 2
# Encoder memory allowed at once. With the interpreter (~22 MB) and the chain of
# resized images this keeps a 24-megapixel export near 110 MB.
MEMORY_BUDGET = 76 << 20
# Peak encoder memory per pixel, measured with Pillow 13 (libaom 3.14, libwebp
# 1.6, libjpeg-turbo 3.2) on 1600×1067 photos, plus 4 bytes for a job's own copy.
BYTES_PER_PIXEL = {"avif": 40 + 4, "webp": 17 + 4, "jpeg": 2 + 4}


class MemoryBudget:
    """A counting gate: ``take(n)`` waits until ``n`` more bytes fit, or nothing runs."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._used = 0
        self._cond = threading.Condition()

    def take(self, amount: int) -> None:
        with self._cond:
            self._cond.wait_for(lambda: self._used == 0 or self._used + amount <= self.limit)
            self._used += amount

    def give(self, amount: int) -> None:
        with self._cond:
            self._used -= amount
            self._cond.notify_all()


class Encoder:
    """Encodes submitted images in the background: an AVIF lane and a WebP/JPEG lane.

    The caller may go on reading (resizing from) a submitted image, but must not
    modify it. ``wait`` re-raises the first failure. Use as a context manager so
    the threads stop even when a job fails. With ``threads=1`` (e.g. inside a
    process pool that already uses every core) everything runs in one lane.
    """

    def __init__(self, settings: ImageSettings, threads: int = ENCODE_THREADS,
                 budget: int = MEMORY_BUDGET) -> None:
        self.settings = settings
        self.threads = max(1, threads)
        self.budget = MemoryBudget(budget)
        avif = ThreadPoolExecutor(max_workers=1, thread_name_prefix="redaksi-avif")
        other = avif if self.threads == 1 else ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="redaksi-enc")
        self._lanes = {"avif": avif, "other": other}
        self._jobs: list[Future[Path]] = []

    def submit(self, image: Image.Image, fmt: str, path: Path, *, copy: bool = True) -> None:
        """Queue ``image`` for ``path``. ``copy=False`` (no copy) is allowed for at most
        one job per image object: that job saves the object itself."""
        lane = self._lanes["avif" if fmt == "avif" else "other"]
        self._jobs.append(lane.submit(self._run, image, fmt, path, copy))

    def _run(self, image: Image.Image, fmt: str, path: Path, copy: bool) -> Path:
        cost = image.width * image.height * BYTES_PER_PIXEL[fmt]
        self.budget.take(cost)
        try:
            threads = self.threads if fmt == "avif" else 1
            encode.write_image(image.copy() if copy else image, fmt, path, self.settings,
                               threads)
        finally:
            release_freed_memory()
            self.budget.give(cost)
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
        for lane in {id(p): p for p in self._lanes.values()}.values():
            lane.shutdown(wait=True)
