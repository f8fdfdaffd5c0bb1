"""Photo thumbnails and facts, decoded in a worker thread and cached by path.

A 24-megapixel JPEG takes long enough to decode that doing it on the UI thread
would freeze typing; so the first ``get`` starts a job and returns ``None``, and
``loaded(path)`` says when to repaint. The photo pipeline (``editor.media``)
supplies ``make_thumbnail`` and ``probe``; until it is installed the fallback
is ``QImageReader`` with a scaled decode, which is thread-safe for ``QImage``.

The pipeline (Pillow and friends, ~15 ms to import) is loaded on the first photo,
in the worker that decodes it, never while the window is being built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from editor import lazy
from editor.errors import MediaError
from editor.gui.tasks import run_task

THUMB_SIDE = 320


def _pipeline() -> tuple[Any, Any]:
    """``(make_thumbnail, probe)`` from the photo pipeline, imported on the first photo."""
    lazy.ensure(*lazy.PIPELINE)
    from editor.media import make_thumbnail, probe

    return make_thumbnail, probe


@dataclass(slots=True)
class PhotoFacts:
    """What the window learns about a photo being added: size, notices (private data
    removed, too narrow), the copy the draft keeps and the caption and credit in it."""

    width: int = 0
    height: int = 0
    notices: list[Any] = field(default_factory=list)
    has_gps: bool = False
    stored: Path | None = None  # the copy without GPS, serials and maker notes
    caption: str = ""
    credit: str = ""


def load_thumbnail(path: Path, side: int = THUMB_SIDE) -> QImage:
    """Decode a small upright copy; raises ``MediaError`` with a message for people."""
    image = _pipeline()[0](path, side)
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA")
    fmt = QImage.Format.Format_RGBA8888 if image.mode == "RGBA" else QImage.Format.Format_RGB888
    stride = image.width * len(image.mode)
    return QImage(image.tobytes(), image.width, image.height, stride, fmt).copy()


def photo_facts(path: Path) -> PhotoFacts:
    """Probe a photo before it joins the draft and make the copy the draft keeps
    (``editor.media.privacy``); raises ``MediaError`` for unusable files.

    The probe's "GPS removed" notice is replaced by one that names everything the
    copy left out, so the card says it once."""
    info = _pipeline()[1](path)
    lazy.ensure("editor.media.privacy")
    from editor.media.privacy import clean_copy
    from editor.media.types import Notice

    stored, cleaned = clean_copy(path)
    notices = [notice for notice in info.warnings if notice.code != "gps"]
    removed = cleaned.notice()
    if removed is not None:
        notices.insert(0, Notice(*removed, "private"))
    return PhotoFacts(info.width, info.height, notices, info.has_gps, stored,
                      cleaned.text.caption, cleaned.text.credit)


class ThumbnailCache(QObject):
    """Thumbnails by path; ``failed`` carries the reason a photo could not be shown.

    ``pause()`` holds decoding back (while the window is being built: a worker would
    compete with it for the interpreter lock); ``resume()`` starts what was asked.
    """

    loaded = Signal(str)
    failed = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._images: dict[str, QImage] = {}
        self._errors: dict[str, MediaError] = {}
        self._pending: set[str] = set()
        self._paused = False
        self._waiting: list[str] = []

    def pause(self) -> None:
        self._paused = True

    def resume(self) -> None:
        self._paused = False
        waiting, self._waiting = self._waiting, []
        for key in waiting:
            self._start(key)

    def get(self, path: Path | str | None) -> QImage | None:
        if not path:
            return None
        key = str(path)
        if key in self._images:
            return self._images[key]
        if key not in self._pending and key not in self._errors:
            self._pending.add(key)
            if self._paused:
                self._waiting.append(key)
            else:
                self._start(key)
        return None

    def _start(self, key: str) -> None:
        run_task(
            lambda _progress: load_thumbnail(Path(key)),
            on_done=lambda image: self._done(key, image),
            on_error=lambda error: self._failed(key, error),
            owner=self,
        )

    def error(self, path: Path | str) -> MediaError | None:
        return self._errors.get(str(path))

    def _done(self, key: str, image: QImage) -> None:
        self._pending.discard(key)
        self._images[key] = image
        self.loaded.emit(key)

    def _failed(self, key: str, error: Exception) -> None:
        self._pending.discard(key)
        if not isinstance(error, MediaError):
            error = MediaError(str(error), str(error), path=key)
        self._errors[key] = error
        self.failed.emit(key, error)

