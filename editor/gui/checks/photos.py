"""The photos' problems for the checks panel: each file probed once, in a worker.

``redaksi check`` probes a draft's photos on the spot; the window cannot, because
the checks are refreshed after every pause in typing and the photo pipeline
(Pillow, ~15 ms to import) must not load on the UI thread. So each photo file is
probed once in a worker (``editor.media.checks.photo_findings``: headers only) and
its findings are kept by path — a draft's media paths are named by content, so a
path's findings never go stale. ``changed`` asks the window to refresh its checks
when a probe reports back. This is how the editor says "Lokasi GPS dihapus dari
foto" for a photo that carried a position, in an opened draft as much as for a
photo just added.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor import lazy
from editor.errors import describe_error
from editor.gui.tasks import run_task
from editor.model.draft import Draft, photo_places
from editor.model.photos import Finding, as_problems, missing, photo_label
from editor.model.validate import Problem, Severity
from editor.site import ImageSettings


def _findings(path: Path, name: str, settings: ImageSettings) -> list[Finding]:
    lazy.ensure(*lazy.PIPELINE)  # in the worker: Pillow loads here
    from editor.media.checks import photo_findings

    return photo_findings(path, name, settings)


class PhotoChecks(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # by (file, media key, the site's pixel limit): a file's findings never change
        self._known: dict[tuple[str, str, int], list[Finding]] = {}
        self._pending: set[tuple[str, str, int]] = set()
        self._waiting: list[tuple[tuple[str, str, int], Path, str, ImageSettings]] = []
        self._paused = False

    def pause(self) -> None:
        """Hold probes back (while the window is being built)."""
        self._paused = True

    def resume(self) -> None:
        self._paused = False
        waiting, self._waiting = self._waiting, []
        for job in waiting:
            self._start(*job)

    def problems(self, draft: Draft, settings: ImageSettings) -> list[Problem]:
        """What is known now; photos not probed yet are probed and reported via ``changed``."""
        problems: list[Problem] = []
        for field, block, ref in photo_places(draft.article):
            path = draft.media_path(ref.file)
            if path is None:
                problems += as_problems(missing(ref.file), field, block)
                continue
            key = (str(path), ref.file, settings.max_pixels)
            if key in self._known:
                problems += as_problems(self._known[key], field, block)
            elif key not in self._pending:
                self._pending.add(key)
                job = (key, Path(path), ref.file, settings)
                if self._paused:
                    self._waiting.append(job)
                else:
                    self._start(*job)
        return problems

    def busy(self) -> bool:
        """True while a probe has not reported back (tests wait for it)."""
        return bool(self._pending)

    def _start(self, key: tuple[str, str, int], path: Path, name: str,
               settings: ImageSettings) -> None:
        run_task(
            lambda _progress: _findings(path, name, settings),
            on_done=lambda findings: self._done(key, findings),
            on_error=lambda error: self._done(key, _unreadable(name, error)),
            owner=self,
        )

    def _done(self, key: tuple[str, str, int], findings: list[Finding]) -> None:
        self._pending.discard(key)
        self._known[key] = findings
        self.changed.emit()


def _unreadable(key: str, error: Exception) -> list[Finding]:
    """A probe that failed outside the pipeline's own errors: the reason in each language
    (``str(error)`` is the OS's or Pillow's English, even in an Indonesian sentence)."""
    name = photo_label(key)
    said_id, said_en = describe_error(error)
    return [(Severity.ERROR, f"{name}: foto tidak bisa diperiksa ({said_id}).",
             f"{name}: the photo could not be checked ({said_en}).")]
