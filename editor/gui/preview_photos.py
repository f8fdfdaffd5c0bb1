"""The preview's photos: downscaled copies made in worker threads, grey boxes until then.

A journalist who drops a 24-megapixel photo into the article must not feel the
window freeze while it is decoded and scaled (~0.3 s), and the preview must never
hold the full bitmap. So each photo version (path, size, mtime) is scaled once in
a worker; until it is ready the page shows a placeholder of the same size (no
layout shift), and ``photo_ready`` asks the pane to render again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from editor.render.preview import PreviewFolder, SourceId, image_sources

if TYPE_CHECKING:
    from editor.render.images import ImageOutput
    from editor.storage.draft import Draft

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
        self._running: set[SourceId] = set()
        self._delivered.connect(self._on_delivered)

    def busy(self) -> bool:
        return bool(self._running)

    def prefetch(self, draft: Draft) -> None:
        """Start scaling the draft's photos now, before the page is first rendered."""
        for ident, path in self._sources(draft):
            if ident not in self._ready:
                self._start(ident, path)

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

    def _sources(self, draft: Draft) -> list[tuple[SourceId, Path]]:
        found = []
        for path in image_sources(draft).values():
            with contextlib.suppress(OSError):
                found.append((SourceId.of(path), path))
        return found

    def _start(self, ident: SourceId, path: Path) -> None:
        if ident in self._running:
            return
        from editor.render.preview import prepare_image

        self._running.add(ident)
        future = _executor.submit(prepare_image, path, self._folder().path)
        signal = self._delivered

        def deliver(done: Future) -> None:
            output = None if done.exception() else done.result()
            # RuntimeError: the pane was closed while the photo was being scaled.
            with contextlib.suppress(RuntimeError):
                signal.emit(ident, output)

        future.add_done_callback(deliver)

    def _on_delivered(self, ident: SourceId, output: ImageOutput | None) -> None:
        self._running.discard(ident)
        self._ready[ident] = output
        self._placeholders.pop(ident, None)
        self.photo_ready.emit()
