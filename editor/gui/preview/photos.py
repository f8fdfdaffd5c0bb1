"""The preview's photos: downscaled copies made in worker threads, grey boxes until then.

A journalist who drops a 24-megapixel photo into the article must not feel the
window freeze while it is decoded and scaled (~0.3 s), and the preview must never
hold the full bitmap. So each photo version (path, size, mtime) is scaled once in
a worker; until it is ready the page shows a placeholder of the same size (no
layout shift), and ``photo_ready`` asks the pane to render again.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from editor.render.preview import PreviewFolder, SourceId, image_sources

if TYPE_CHECKING:
    from editor.model.draft import Draft
    from editor.render.images import ImageOutput

_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="redaksi-preview")


class PreviewPhotos(QObject):
    """Downscaled copies in ``folder``, by photo version; lives on the UI thread."""

    photo_ready = Signal()
    _delivered = Signal(object, object)  # SourceId, ImageOutput | None (from a worker)

    def __init__(self, folder: Callable[[], PreviewFolder], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._ready: dict[SourceId, ImageOutput | None] = {}
        self._placeholders: dict[SourceId, ImageOutput | None] = {}
        self._running: dict[SourceId, Future] = {}
        self._delivered.connect(self._on_delivered)

    def busy(self) -> bool:
        return bool(self._running)

    def prefetch(self, draft: Draft) -> dict[str, tuple[Path, Future]]:
        """Start scaling the draft's photos now, before the page is first rendered.

        Returns media key -> (file, future of its ``ImageOutput | None``): a worker
        may wait on those futures (``first_page_images``), never on this object.
        """
        found: dict[str, tuple[Path, Future]] = {}
        for key, path in image_sources(draft).items():
            try:
                ident = SourceId.of(path)
            except OSError:
                continue
            if ident in self._ready:
                done: Future = Future()
                done.set_result(self._ready[ident])
                found[key] = (path, done)
            else:
                found[key] = (path, self._start(ident, path))
        return found

    def outputs(self, draft: Draft) -> dict[str, ImageOutput]:
        """Ready copies, else placeholders (and a worker job) for the page render."""
        from editor.render.preview import placeholder

        outputs: dict[str, ImageOutput] = {}
        for key, path in image_sources(draft).items():
            try:
                ident = SourceId.of(path)
            except OSError:
                continue
            if ident in self._ready:
                output = self._ready[ident]
            else:
                self._start(ident, path)
                if ident not in self._placeholders:
                    self._placeholders[ident] = placeholder(path)
                output = self._placeholders[ident]
            if output is not None:
                outputs[key] = output
        return outputs

    def _start(self, ident: SourceId, path: Path) -> Future:
        if ident in self._running:
            return self._running[ident]
        from editor.render.preview import prepare_image

        future = _executor.submit(prepare_image, path, self._folder().path)
        self._running[ident] = future
        signal = self._delivered

        def deliver(done: Future) -> None:
            output = None if done.exception() else done.result()
            # RuntimeError: the pane was closed while the photo was being scaled.
            with contextlib.suppress(RuntimeError):
                signal.emit(ident, output)

        future.add_done_callback(deliver)
        return future

    def _on_delivered(self, ident: SourceId, output: ImageOutput | None) -> None:
        self._running.pop(ident, None)
        self._ready[ident] = output
        self._placeholders.pop(ident, None)
        self.photo_ready.emit()


def run_in_worker(work: Callable[[], object]) -> Future:
    """Run ``work`` on the preview's worker threads (the first page's render)."""
    return _executor.submit(work)


def first_page_images(photos: dict[str, tuple[Path, Future]], wait: float) -> dict[str, ImageOutput]:
    """For a worker rendering the first page: the photos ready within ``wait`` seconds,
    grey placeholders of the right size for the others (they follow by ``photo_ready``)."""
    from editor.render.preview import placeholder

    deadline = time.monotonic() + wait
    images: dict[str, ImageOutput] = {}
    for key, (path, future) in photos.items():
        try:
            output = future.result(timeout=max(0.0, deadline - time.monotonic()))
        except TimeoutError:
            output = placeholder(path)
        except Exception:  # noqa: BLE001 - a photo that failed shows as missing, as on the UI path
            output = None
        if output is not None:
            images[key] = output
    return images
