"""Start-up and memory measuring points for ``gui_bench.py``, driving the editor's public API.

The benchmark times real processes, so the window itself has to say when it is on
screen and when its preview has painted. ``run_command(argv)`` runs the ``redaksi``
command (``editor.cli.main``) as a user starts it, with ``install_bench_hook`` added to
the window ``editor.gui.app.start`` builds; the hook prints one line per event to stdout
and then quits:

    REDAKSI_BENCH {"event": "shown", "t": <time.monotonic()>}
    REDAKSI_BENCH {"event": "preview", "t": ...}   # page loaded, photo decoded, pixels on screen
    REDAKSI_BENCH {"event": "done", "t": ...}

``time.monotonic()`` is CLOCK_MONOTONIC, shared by all processes on Linux, so the
parent can subtract its own spawn time. ``REDAKSI_BENCH_HOLD_MS`` keeps the
window open that long after the preview painted (the parent samples memory).

"Shown" is the first paint of the window, taken after the event loop has flushed
that frame; "painted" polls the web view until its top strip is not blank. The
same functions time the bare baselines, so both sides are measured alike. Nothing
here is part of the product: the editor has no benchmark switch.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QTimer
from PySide6.QtWidgets import QWidget

HOLD_ENV = "REDAKSI_BENCH_HOLD_MS"
POLL_MS = 10
PHOTO_READY_JS = (
    "(() => { const i = document.querySelector('figure img');"
    " return !i || (i.complete && i.naturalWidth > 0) ? 1 : 0; })()"
)


def report(event: str, **extra: object) -> None:
    line = json.dumps({"event": event, "t": time.monotonic(), **extra})
    sys.stdout.write(f"REDAKSI_BENCH {line}\n")
    sys.stdout.flush()


class _FirstPaint(QObject):
    """Calls back once, after the window's first paint has been flushed to the screen."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def watch_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaint(window, callback)


def has_pixels(view: QWidget) -> bool:
    """True once the top strip of ``view`` shows more than one colour (the page header)."""
    height = min(view.height(), 120)
    image = view.grab(QRect(0, 0, view.width(), height)).toImage()
    if image.isNull():
        return False
    first = image.pixel(0, 0)
    return any(
        image.pixel(x, y) != first
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 7)
    )


def wait_painted(
    view: Callable[[], QWidget | None],
    ready: Callable[[], bool],
    evaluate: Callable[[str, Callable[[object], None]], None],
    done: Callable[[], None],
) -> None:
    """Poll: ``ready()`` (loaded), then the photo decoded (JavaScript), then pixels shown.

    ``view()`` may return ``None`` for a while: the preview creates its web view late.
    """
    state = {"photo": False, "asked": False}

    def answer(value: object) -> None:
        state["asked"] = False
        state["photo"] = bool(value)

    def poll() -> None:
        if ready() and not state["photo"] and not state["asked"]:
            state["asked"] = True
            evaluate(PHOTO_READY_JS, answer)
        widget = view()
        if state["photo"] and widget is not None and has_pixels(widget):
            done()
            return
        QTimer.singleShot(POLL_MS, poll)

    poll()


def finish_after_hold() -> None:
    """Keep running for ``REDAKSI_BENCH_HOLD_MS`` (memory is sampled meanwhile), then exit."""
    hold = int(os.environ.get(HOLD_ENV, "0") or 0)

    def leave() -> None:
        report("done")
        QCoreApplication.exit(0)

    QTimer.singleShot(hold, leave)


def install_bench_hook(window: QWidget) -> None:
    """Call before the event loop runs (the window's first paint comes from it)."""
    watch_first_paint(window, lambda: _shown(window))


def run_command(argv: list[str]) -> int:
    """``redaksi ARGV`` as ``editor.cli.main`` runs it, with the hook on its window."""
    from editor import cli
    from editor.gui import app

    start = app.start

    def measured_start(*args, **kwargs):
        window = start(*args, **kwargs)
        install_bench_hook(window)
        return window

    app.start = measured_start
    return cli.main(argv)


def _shown(window: QWidget) -> None:
    report("shown")
    from editor.gui.preview.pane import PreviewPane

    pane = window.findChild(PreviewPane)
    if pane is None or not pane.web_available():
        report("no-preview")
        finish_after_hold()
        return

    def view() -> QWidget | None:
        from editor.gui.preview.web import PreviewView  # loaded by then if the view exists

        return pane.findChild(PreviewView)

    def painted() -> None:
        report("preview", device=pane.device(), web_start=pane.web_started)
        finish_after_hold()

    wait_painted(view, pane.is_settled, pane.evaluate, painted)
