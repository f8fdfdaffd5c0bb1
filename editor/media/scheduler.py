"""Running encode jobs on both cores without running out of memory.

AVIF is most of the encode time and libaom splits one image over two threads
almost perfectly, so AVIF jobs run one after another in their own lane with two
encoder threads, and WebP/JPEG jobs run in a second lane beside them.

Encoders need far more memory than the pixels they encode (libaom ~40 bytes per
pixel, libwebp ~17), so two big encodes side by side would double the peak. A
job therefore starts only when its estimated memory fits in ``MEMORY_BUDGET``
together with the jobs already running, in submission order (first come, first
served, so a big AVIF is never starved by a stream of small jobs). The widest
AVIF thus runs alone, on both cores; the lanes overlap for the smaller ones. A
job bigger than the whole budget still runs, alone.

Pillow keeps per-save state (``encoderinfo``) on the image object, so two threads
must never save the same object. Of the jobs given one image, one (the AVIF job)
saves the object itself; the others save their own copy, made inside their
thread when they start, so that only running jobs hold copies. Copying and
resizing only read the pixels, which is safe while another thread saves them.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from types import TracebackType

from PIL import Image

from editor.media import encode
from editor.media.geometry import Box, Size
from editor.media.resize import crop_resize
from editor.memory import release_freed_memory
from editor.site import ImageSettings

ENCODE_THREADS = 2
# Encoder memory allowed at once. With the interpreter (~22 MB) and the chain of
# resized images this keeps a 24-megapixel export near 110 MB.
MEMORY_BUDGET = 80 << 20
# Peak encoder memory per pixel, measured with Pillow 13 (libaom 3.14, libwebp
# 1.6, libjpeg-turbo 3.2) on 1600×1067 photos, plus 4 bytes for a job's own copy.
BYTES_PER_PIXEL = {"avif": 40 + 4, "webp": 17 + 4, "jpeg": 2 + 4}


class MemoryBudget:
    """A first-come-first-served gate: ``take(n)`` waits for its turn and for ``n``
    bytes to fit beside the running jobs (or for nothing to be running)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0
        self._line: deque[object] = deque()
        self._cond = threading.Condition()

    def take(self, amount: int) -> None:
        ticket = object()
        with self._cond:
            self._line.append(ticket)
            self._cond.wait_for(lambda: self._line[0] is ticket and (
                self.used == 0 or self.used + amount <= self.limit))
            self._line.popleft()
            self.used += amount
            self._cond.notify_all()  # the next in line may fit as well

    def give(self, amount: int) -> None:
        with self._cond:
            self.used -= amount
            self._cond.notify_all()

    @property
    def waiting(self) -> int:
        """How many ``take`` calls are in line."""
        with self._cond:
            return len(self._line)


class Encoder:
    """Encodes submitted images in the background: an AVIF lane and a WebP/JPEG lane.

    The caller may go on reading (resizing from) a submitted image, but must not
    modify it. ``wait`` re-raises the first failure. Use as a context manager so
    the threads stop even when a job fails. With ``threads=1`` (e.g. inside a
    process pool that already uses every core) everything runs in one lane.
    """

    def __init__(self, settings: ImageSettings, threads: int = ENCODE_THREADS,
                 budget: int = MEMORY_BUDGET,
                 on_written: Callable[[Path], None] | None = None) -> None:
        self.settings = settings
        self.on_written = on_written  # called from the lane's thread after each file
        self.threads = max(1, threads)
        self.budget = MemoryBudget(budget)
        avif = ThreadPoolExecutor(max_workers=1, thread_name_prefix="redaksi-avif")
        other = avif if self.threads == 1 else ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="redaksi-enc")
        self._lanes = {"avif": avif, "other": other}
        self._jobs: list[Future[Path]] = []

    def submit(self, image: Image.Image, fmt: str, path: Path, *,
               copy: bool = True) -> Future[Path]:
        """Queue ``image`` for ``path``. ``copy=False`` (no copy) is allowed for at most
        one job per image object: that job saves the object itself."""
        cost = image.width * image.height * BYTES_PER_PIXEL[fmt]
        lane = self._lanes["avif" if fmt == "avif" else "other"]
        job = lane.submit(self._encode, image, fmt, path, copy, cost)
        self._jobs.append(job)
        return job

    def submit_crop(self, source: Image.Image, box: Box, size: Size, path: Path, *,
                    lane: str = "other") -> Future[Path]:
        """Queue a crop: cut ``box`` from ``source``, scale it to ``size``, write a JPEG.

        Cutting in the job lets both lanes work on crops while the full decode,
        which only they still need, is alive."""
        cost = size[0] * size[1] * (4 + BYTES_PER_PIXEL["jpeg"])
        job = self._lanes[lane].submit(self._crop, source, box, size, path, cost)
        self._jobs.append(job)
        return job

    def _encode(self, image: Image.Image, fmt: str, path: Path, copy: bool, cost: int) -> Path:
        with self._budgeted(cost):
            threads = self.threads if fmt == "avif" else 1
            encode.write_image(image.copy() if copy else image, fmt, path, self.settings,
                               threads)
        return self._written(path)

    def _crop(self, source: Image.Image, box: Box, size: Size, path: Path, cost: int) -> Path:
        with self._budgeted(cost):
            encode.write_image(crop_resize(source, box, size), "jpeg", path, self.settings)
        return self._written(path)

    def _written(self, path: Path) -> Path:
        if self.on_written is not None:
            self.on_written(path)
        return path

    def _budgeted(self, cost: int) -> _Budgeted:
        return _Budgeted(self.budget, cost)

    def wait(self, jobs: list[Future[Path]] | None = None) -> list[Path]:
        """Block until ``jobs`` (default: every job) are done; paths in submission order."""
        jobs = self._jobs if jobs is None else jobs
        wait(jobs)
        return [job.result() for job in jobs]

    def __enter__(self) -> Encoder:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc is not None:
            for job in self._jobs:
                job.cancel()
        for lane in {id(p): p for p in self._lanes.values()}.values():
            lane.shutdown(wait=True)


class _Budgeted:
    """``with``-block holding ``cost`` bytes of the budget; trims the heap on exit."""

    def __init__(self, budget: MemoryBudget, cost: int) -> None:
        self.budget, self.cost = budget, cost

    def __enter__(self) -> None:
        self.budget.take(self.cost)

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        release_freed_memory()
        self.budget.give(self.cost)
