"""The live preview: the exporter's real page in QtWebEngine, updated as the journalist types.

API (what the main window uses)::

    pane = PreviewPane(parent)
    pane.rendered            # Signal(float): ms from the latest schedule/show call to DOM updated
    pane.set_site(site)      # SiteProfile; the bundled profile is used until this is called
    pane.show_draft(draft)   # a fresh page (file URL), scrolled to the top: on open/new
    pane.schedule_update(draft)  # after a pause sized by the update's cost (25-200 ms), coalesced
    pane.set_device("phone" | "desktop");  pane.device()
    pane.set_zoom(zoom, device=None); pane.zoom(); pane.zoom_changed  # Signal(str, float)
    pane.positions           # each body block's index among the page body's elements
    pane.update_pending()    # a change is waiting for (or on its way to) the page
    pane.retranslate_ui()    # English source strings through self.tr(); Indonesian from the .ts
    pane.web_available()     # False when QtWebEngine is missing or switched off
    pane.set_debounce_ms(ms) # the preference: the longest pause; non-stop typing updates
                             # at least every 3x the pause
    pane.is_settled()        # page shows the latest draft with real photos (tests, benchmarks)
    pane.evaluate(js, cb)    # run JavaScript in the page's isolated world (tests, benchmarks)
    pane.last_timing         # PreviewTiming of the latest update: debounce, render, apply
    pane.before_render       # called before each render: the window brings the draft's
                             # body up to date there (once per pause in typing)

Why it is built this way:

- Exactly the export: ``editor.render.preview.render_preview`` calls the exporter's
  ``render_article``; only the photos are downscaled copies (same width/height attributes).
- No flicker, scroll kept: the first page is loaded from a file URL (``setHtml`` fails
  above ~2 MB); later updates merge the new page into the live DOM from JavaScript
  (``preview.js``), so one typed letter touches one text node.
- The window paints first: QtWebEngine, the renderer and the photo workers start only
  after the window's first frame (``startup.FirstFrame``). Importing this module loads
  none of them.
- Then the three run side by side: Chromium's start-up (~0.1 s) is triggered from a
  queued C++ slot so it runs without the Python lock (``PreviewView.start_engine``),
  while one worker scales the photos and another renders the first page from a
  snapshot of the draft (Jinja's first use costs ~30 ms). The page is loaded as soon
  as both are there.
- Jinja rendering stays on the UI thread: ~4 ms for 20,000 words (benchmarks/README.md),
  cheaper than copying the article for a worker; the article is only safe to read on
  the thread that edits it.
- Safe: the page's own JavaScript is off (our script runs in an isolated world), links
  open in the system browser instead of navigating the preview away (``preview.web``).
- Without QtWebEngine (not installed, or ``REDAKSI_NO_WEBENGINE=1``) the pane says why.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import html
import importlib
import importlib.util
import logging
import os
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from editor.gui.i18n import Retranslates
from editor.gui.preview.js import COLUMN_SCRIPT, apply_script, parse_result
from editor.gui.preview.photos import PreviewPhotos, first_page_images, run_in_worker
from editor.gui.preview.stage import DEFAULT_DEVICE, DEVICE_WIDTHS, DeviceStage
from editor.gui.startup import FirstFrame
from editor.render.preview import PreviewFolder

if TYPE_CHECKING:
    from editor.model.draft import Draft
    from editor.site import SiteProfile

log = logging.getLogger(__name__)

DEFAULT_DEBOUNCE_MS = 200  # the longest pause before an update (the preference)
MAX_WAIT_FACTOR = 3
# The pause actually waited adapts to what an update costs the UI thread (turning the
# body into blocks + Jinja): twice that, so non-stop typing keeps two thirds of the
# thread, but at least MIN_WAIT_MS (coalesces a burst of keys) and at most the
# preference. A 2,000-word article updates ~25 ms after a key, a 20,000-word one ~70 ms.
MIN_WAIT_MS = 25
COST_FACTOR = 2
NO_WEBENGINE_ENV = "REDAKSI_NO_WEBENGINE"
# The first page waits this long for its photos, then shows grey boxes until they come.
FIRST_PAGE_PHOTO_WAIT_S = 0.15


def _prepare_environment() -> None:
    """Chromium refuses to run as root with its sandbox on (containers, CI); QtWebEngine
    wants shared OpenGL contexts declared before the QApplication exists."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    if QCoreApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def _webengine_problem() -> str:
    """Empty when QtWebEngine looks installed (checked without importing it); else why not."""
    if os.environ.get(NO_WEBENGINE_ENV):
        return "disabled"
    if importlib.util.find_spec("PySide6.QtWebEngineWidgets") is None:
        return "PySide6.QtWebEngineWidgets is not installed"
    return ""


_prepare_environment()
WEBENGINE_PROBLEM = _webengine_problem()


@dataclass(slots=True)
class PreviewTiming:
    """Where the time of one update went, in ms (perf_counter based)."""

    since_schedule: float = 0.0  # latest schedule_update/show_draft call -> DOM updated
    since_first_schedule: float = 0.0  # oldest change waiting in this update -> DOM updated
    debounce: float = 0.0  # latest schedule call -> timer fired
    work: float = 0.0  # timer fired -> DOM updated (render + apply + layout)
    render: float = 0.0  # Jinja on the UI thread
    apply: float = 0.0  # load or runJavaScript round trip (parse + merge + layout)
    js: list[float] = field(default_factory=list)  # [parse, merge, layout, changed nodes]
    full_load: bool = False


@dataclass(slots=True)
class _Job:
    scheduled: float
    first_scheduled: float
    fired: float
    rendered: float = 0.0
    full_load: bool = False


def _snapshot(draft: Draft) -> Draft:
    """A copy the first page can be rendered from in a worker while the UI thread goes on.

    The editor replaces blocks, images and related stories rather than changing them in
    place, so copying the article and its containers (not their items) is enough."""
    article = copy.copy(draft.article)
    for item in dataclasses.fields(article):
        value = getattr(article, item.name)
        if isinstance(value, list | dict):
            setattr(article, item.name, copy.copy(value))
    return dataclasses.replace(draft, article=article, media=dict(draft.media))


class PreviewPane(Retranslates, QWidget):
    """The live preview pane; see the module docstring for the API and the reasons."""

    rendered = Signal(float)
    zoom_changed = Signal(str, float)  # device, zoom: the journalist chose another zoom
    _first_page_done = Signal(object, object)  # the draft it shows, the page (None: failed)

    def __init__(self, parent: QWidget | None = None, *, web: bool = True) -> None:
        """``web=False`` never starts QtWebEngine (as ``REDAKSI_NO_WEBENGINE=1`` does):
        windows in tests that are not about the preview save Chromium's start-up."""
        super().__init__(parent)
        self._problem = WEBENGINE_PROBLEM if web else "disabled"
        self._site: SiteProfile | None = None
        self._draft: Draft | None = None
        self._device = DEFAULT_DEVICE
        self._debounce_ms = DEFAULT_DEBOUNCE_MS
        self._cost_ms = 0.0  # UI-thread time of recent updates, smoothed
        self._folder: PreviewFolder | None = None
        self._photos = PreviewPhotos(self._ensure_folder, self)
        self._photos.photo_ready.connect(self._on_photo_ready)
        self._view = None  # created after the window's first paint
        self._web_ready = False  # the view has its page: loads and scripts may go
        self._first_page: Future | None = None  # rendering in a worker
        self._first_result: tuple[Draft, str | None] | None = None  # its page, until loaded
        self.web_started: float | None = None  # time.monotonic() then (for benchmarks)
        self._web_requested = False
        self._state = "empty"  # empty -> loading -> ready; "crashed" after the renderer died
        self._busy = False  # a load or a DOM update is on its way
        self._dirty = False  # a change arrived while busy
        self._full_load = False
        self._scheduled = self._first_scheduled = 0.0
        self._job: _Job | None = None
        self._error = ""
        self._last_page = ""
        self.positions: list[int | None] = []
        self.last_timing: PreviewTiming | None = None
        self.before_render: Callable[[], object] | None = None
        self._timer = QTimer(self, singleShot=True, timeout=self._flush)
        self._first_page_done.connect(self._on_first_page)
        self._build()
        self.retranslate_ui()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        self._stack = QStackedLayout(self)
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self._stage = DeviceStage(holder)
        self._stage.zoom_changed.connect(self.zoom_changed)
        self._stage.zoom_changed.connect(lambda _device, _zoom: self.align_column())
        self._error_label = QLabel(holder, wordWrap=True, visible=False)
        self._error_label.setMargin(6)
        column.addWidget(self._stage, 1)
        column.addWidget(self._error_label)
        self._message = QLabel(self, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self._message.setTextFormat(Qt.TextFormat.RichText)
        self._message.setMargin(24)
        self._stack.addWidget(holder)
        self._stack.addWidget(self._message)
        self._stack.setCurrentIndex(1 if self._problem else 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._problem and not self._web_requested:
            self._web_requested = True
            gate = FirstFrame.of(self.window())
            if gate.done:  # shown later, e.g. View > Preview
                QTimer.singleShot(0, self, self._create_web)
            else:  # first in line: it is the longest chain after the first frame
                gate.later(self._create_web, first=True)

    def _create_web(self) -> None:
        self.web_started = time.monotonic()
        try:  # Qt's module, not ours: a system library it needs may be missing
            importlib.import_module("PySide6.QtWebEngineWidgets")
        except ImportError as exc:
            self._problem = str(exc) or exc.__class__.__name__
            self.retranslate_ui()
            self._stack.setCurrentIndex(1)
            return
        from editor.gui.preview.web import PreviewView
        if self._draft is not None:
            self._start_first_page(self._draft)
        self._view = PreviewView(self._stage)
        self._stage.set_view(self._view, self._view.apply_zoom, show=False)
        self._stage.set_device(self._device)
        self._view.set_scrollbars_for(self._device)
        self._view.start_engine()  # ~0.1 s in C++, beside the workers
        QTimer.singleShot(0, self, self._install_page)  # right after the engine started

    def _install_page(self) -> None:
        self._view.install_page()
        self._view.loadFinished.connect(self._on_load_finished)
        self._view.page().renderProcessTerminated.connect(self._on_renderer_died)
        self._web_ready = True
        self.retranslate_ui()
        self._load_first_page()

    def _start_first_page(self, draft: Draft) -> None:
        """Scale the photos and render the page in workers while Chromium starts."""
        if self.before_render is not None:
            self.before_render()
        photos = self._photos.prefetch(draft)
        snapshot, site = _snapshot(draft), self._site or self._default_site()

        def render() -> str | None:
            from editor.render.preview import render_preview

            images = first_page_images(photos, FIRST_PAGE_PHOTO_WAIT_S)
            rendered = render_preview(snapshot, site, images)
            return rendered.page, rendered.positions

        signal = self._first_page_done
        self._first_page = run_in_worker(render)

        def deliver(done: Future) -> None:
            page = None if done.cancelled() or done.exception() else done.result()
            with contextlib.suppress(RuntimeError):  # the pane went away meanwhile
                signal.emit(draft, page)

        self._first_page.add_done_callback(deliver)

    def retranslate_ui(self) -> None:
        """Every visible text, set again when the language changes."""
        if self._view is not None:
            self._view.setAccessibleName(self.tr("Live preview"))
        self._message.setText(self._message_html())
        if self._error:
            self._show_error(self._error)

    def _message_html(self) -> str:
        if self._problem:
            reason = (
                self.tr("it was switched off with REDAKSI_NO_WEBENGINE")
                if self._problem == "disabled"
                else self._problem
            )
            text = self.tr(
                "The live preview needs Qt WebEngine, which could not be loaded ({reason}). "
                "You can keep writing; saving and export work as usual."
            ).format(reason=reason)
            title = self.tr("No live preview")
            return f"<h3>{html.escape(title)}</h3><p>{html.escape(text)}</p>"
        text = self.tr("The preview stopped unexpectedly. It will restart with your next change.")
        return f"<p>{html.escape(text)}</p>"

    # ----------------------------------------------------------------- public API

    def web_available(self) -> bool:
        return not self._problem

    def set_site(self, site: SiteProfile) -> None:
        """A different site means a different theme, logo and URL: re-render at once."""
        self._site = site
        if self._draft is not None and self._state != "empty":
            self._mark_scheduled(first=not self._timer.isActive())
            self._timer.start(0)

    def device(self) -> str:
        return self._device

    def set_device(self, device: str) -> None:
        if device not in DEVICE_WIDTHS:
            raise ValueError(f"unknown preview device: {device!r}")
        self._device = device
        self._stage.set_device(device)
        if self._view is not None:
            self._view.set_scrollbars_for(device)
        self.align_column()

    def align_column(self, tries: int = 20) -> None:
        """A page wider than the pane scrolls sideways to the article's column (its left
        edge), once the page is laid out at the device's width."""
        if not self._web_ready or self._state != "ready":
            return
        width = DEVICE_WIDTHS[self._device]

        def placed(result: object) -> None:
            values = parse_result(result)
            if values is None or len(values) != 2:
                return
            if int(values[0]) != width and tries > 0:  # not yet laid out at the new width
                QTimer.singleShot(50, self, lambda: self.align_column(tries - 1))
                return
            self._stage.show_x(values[1])

        self._view.run_in_isolated_world(COLUMN_SCRIPT, placed)

    def zoom(self) -> float:
        return self._stage.zoom()

    def set_zoom(self, zoom: float, device: str | None = None) -> None:
        self._stage.set_zoom(zoom, device)

    def update_pending(self) -> bool:
        return self._busy or self._dirty or self._timer.isActive() or self._state != "ready"

    def set_debounce_ms(self, milliseconds: int) -> None:
        self._debounce_ms = max(0, int(milliseconds))

    def show_draft(self, draft: Draft) -> None:
        """Load ``draft`` as a fresh page now (scroll to top); used when a file is opened."""
        self._draft = draft
        self._full_load = True
        self._timer.stop()
        self._mark_scheduled(first=True)
        self._prepare(draft)
        self._flush()

    def schedule_update(self, draft: Draft) -> None:
        """Show ``draft`` after a pause in typing; never later than 3x the debounce."""
        self._draft = draft
        if self._state == "empty":
            self._prepare(draft)
        now = self._mark_scheduled(first=not self._timer.isActive())
        waited = (now - self._first_scheduled) * 1000
        pause = self.pause_ms()
        self._timer.start(int(max(0.0, min(pause, pause * MAX_WAIT_FACTOR - waited))))

    def pause_ms(self) -> int:
        """How long after a change the preview updates (see ``MIN_WAIT_MS``)."""
        return int(min(self._debounce_ms, max(MIN_WAIT_MS, COST_FACTOR * self._cost_ms)))

    def evaluate(self, script: str, callback: Callable[[object], None]) -> None:
        """Run ``script`` in the page's isolated world (tests, benchmarks); no-op without web."""
        if self._web_ready:
            self._view.run_in_isolated_world(script, callback)

    def is_settled(self) -> bool:
        """True when the page shows the latest draft with its real photos."""
        return (
            self._state == "ready"
            and not self._busy
            and not self._dirty
            and not self._timer.isActive()
            and not self._photos.busy()
        )

    # ----------------------------------------------------------------- updating

    def _prepare(self, draft: Draft) -> None:
        """Before the first page: scale its photos in the background (Pillow decodes and
        resizes without holding the GIL). Not before the web view is on its way: until
        the window's first frame, workers would only compete with building it."""
        if not self._problem and self._view is not None:
            self._photos.prefetch(draft)

    def _mark_scheduled(self, *, first: bool) -> float:
        now = time.perf_counter()
        self._scheduled = now
        if first:
            self._first_scheduled = now
        return now

    def _flush(self) -> None:
        """The debounce fired (or a load/photo finished): render and send the latest draft."""
        if not self._web_ready or self._draft is None:
            return
        if self._busy or self._first_page is not None:
            self._dirty = True
            return
        full = self._full_load or self._state != "ready"
        job = _Job(self._scheduled, self._first_scheduled, time.perf_counter(), full_load=full)
        page = self._render(self._draft)
        if page is None:
            return
        self._dirty = False
        self._send(job, page)

    def _on_first_page(self, draft: Draft, rendered: tuple[str, list] | None) -> None:
        self._first_page = None
        page = None
        if rendered is not None:
            page, self.positions = rendered
        self._first_result = (draft, page)
        self._load_first_page()

    def _load_first_page(self) -> None:
        """Once the view has its page and the worker its first page: load it, unless
        another draft came in meanwhile (then render that one here).

        Changes typed since the snapshot left ``_dirty`` set (or their debounce is still
        running), so they follow by the usual DOM merge once the page has loaded."""
        if not self._web_ready or self._first_page is not None or self._draft is None:
            return
        result, self._first_result = self._first_result, None
        self._full_load = True
        if result is None or result[1] is None or result[0] is not self._draft:
            self._flush()
            return
        job = _Job(self._scheduled, self._first_scheduled, time.perf_counter(), full_load=True)
        self._send(job, result[1])

    def _send(self, job: _Job, page: str) -> None:
        full = job.full_load
        job.rendered = time.perf_counter()
        self._job, self._busy, self._full_load = job, True, False
        if not full and page == self._last_page:  # e.g. a space the page collapses anyway
            self._job = None
            self._finish(job, [0.0, 0.0, 0.0, 0.0])
            return
        self._last_page = page
        if full:
            self._state = "loading"
            self._stack.setCurrentIndex(0)
            self._view.load(QUrl.fromLocalFile(str(self._ensure_folder().write_page(page))))
        else:
            self._view.run_in_isolated_world(apply_script(page), self._on_applied)

    def _render(self, draft: Draft) -> str | None:
        from editor.render.preview import render_preview

        try:
            if self.before_render is not None:
                self.before_render()
            site = self._site or self._default_site()
            images = self._photos.outputs(draft)
            rendered = render_preview(draft, site, images)
            page, self.positions = rendered.page, rendered.positions
        except Exception as exc:  # a live preview must survive any half-typed article
            log.exception("preview render failed")
            self._show_error(str(exc))
            return None
        if self._error:
            self._show_error("")
        return page

    def _default_site(self) -> SiteProfile:
        from editor.site import load_profile

        self._site = load_profile()
        return self._site

    def _ensure_folder(self) -> PreviewFolder:
        if self._folder is None:
            self._folder = PreviewFolder()
        return self._folder

    def _finish(self, job: _Job, js: list[float] | None = None) -> None:
        now = time.perf_counter()
        self.last_timing = PreviewTiming(
            since_schedule=(now - job.scheduled) * 1000,
            since_first_schedule=(now - job.first_scheduled) * 1000,
            debounce=(job.fired - job.scheduled) * 1000,
            work=(now - job.fired) * 1000,
            render=(job.rendered - job.fired) * 1000,
            apply=(now - job.rendered) * 1000,
            js=list(js or []),
            full_load=job.full_load,
        )
        if not job.full_load:  # what the next pause is sized by
            cost = self.last_timing.render
            self._cost_ms = cost if self._cost_ms == 0 else (self._cost_ms + cost) / 2
        self._busy = False
        self.rendered.emit(self.last_timing.since_schedule)
        if self._dirty:
            self._flush()

    def _on_load_finished(self, ok: bool) -> None:
        job, self._job = self._job, None
        if job is None:  # a load we did not start (e.g. a reload from the context menu)
            return
        self._state = "ready" if ok else "empty"
        self._finish(job)
        self.align_column()

    def _on_applied(self, result: object) -> None:
        job, self._job = self._job, None
        if job is None:
            return
        timings = parse_result(result)
        if timings is None:  # the page went away under the script: load it afresh
            self._state, self._dirty = "empty", True
        self._finish(job, timings)

    def _on_photo_ready(self) -> None:
        """A downscaled photo replaces its placeholder, at once (no debounce)."""
        if self._draft is not None and not self._timer.isActive():
            self._mark_scheduled(first=True)
            self._flush()

    def _on_renderer_died(self, status: object, exit_code: int) -> None:
        log.warning("preview renderer ended: %s (%s)", status, exit_code)
        self._state, self._busy, self._job = "crashed", False, None
        self._message.setText(self._message_html())
        self._stack.setCurrentIndex(1)

    def _show_error(self, error: str) -> None:
        self._error = error
        if error:
            text = self.tr("The preview could not be updated: {error}").format(error=error)
            self._error_label.setText(text)
        self._error_label.setVisible(bool(error))
