"""The QtWebEngine half of the preview, kept apart so ``preview`` imports without it.

The page is a document we wrote ourselves, but its text comes from journalists
and from pastes, so it is treated as untrusted: the page's own JavaScript is
off, it never navigates away (links open in the system browser), files dropped
on it do not replace it, and it never takes the keyboard focus from the editor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SLOT, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

EXTERNAL_SCHEMES = {"http", "https", "mailto", "tel"}
ATTRIBUTES = {
    QWebEngineSettings.WebAttribute.JavascriptEnabled: False,
    QWebEngineSettings.WebAttribute.FocusOnNavigationEnabled: False,
    QWebEngineSettings.WebAttribute.NavigateOnDropEnabled: False,
    QWebEngineSettings.WebAttribute.AutoLoadIconsForPage: False,
    QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls: False,
    QWebEngineSettings.WebAttribute.ErrorPageEnabled: False,
}
ISOLATED_WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld


class PreviewPage(QWebEnginePage):
    """Shows only the file it was asked to load; hands links to the desktop."""

    def acceptNavigationRequest(self, url: QUrl, kind, is_main_frame: bool) -> bool:  # noqa: N802
        if not is_main_frame:
            return False
        if kind == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            if url.scheme() in EXTERNAL_SCHEMES:
                QDesktopServices.openUrl(url)
            return False
        return url.isLocalFile()

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:  # noqa: N802
        """Quiet: the page has no scripts of its own, and Chromium's notices are not ours."""


class PreviewView(QWebEngineView):
    """A web view with the preview's page and settings.

    Two steps, because Chromium's start-up (~0.1 s) happens inside whatever first
    needs the web engine, and PySide keeps the Python lock through any call made from
    Python: ``PreviewView()`` is cheap; ``start_engine()`` queues the view's first
    ``show()`` as a C++ slot call, so the engine starts without the lock and worker
    threads (the first page's render, the photos) run meanwhile; ``install_page()``,
    called after that, puts in the preview's own page and settings. Until then
    nothing may touch ``page()``: it would start the engine under the lock.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zoom = 1.0
        self._scrollbars = True
        self._installed = False
        self.loadFinished.connect(lambda _ok: self.setZoomFactor(self._zoom))

    def start_engine(self) -> None:
        """Start Chromium from the event loop, outside the Python lock (see the class doc)."""
        QTimer.singleShot(0, self, SLOT("show()"))

    def install_page(self) -> None:
        """The preview's page (it replaces the stand-in ``show()`` made); before any load."""
        self.setPage(PreviewPage(self))
        settings = self.page().settings()
        for attribute, on in ATTRIBUTES.items():
            settings.setAttribute(attribute, on)
        settings.setAttribute(QWebEngineSettings.WebAttribute.ShowScrollBars, self._scrollbars)
        self._installed = True
        self.setZoomFactor(self._zoom)

    def apply_zoom(self, zoom: float) -> None:
        """Remember the zoom: Chromium may reset it when a new document loads."""
        self._zoom = zoom
        if self._installed and abs(self.zoomFactor() - zoom) > 1e-6:
            self.setZoomFactor(zoom)

    def set_scrollbars_for(self, device: str) -> None:
        """Phones overlay their scrollbars, so the phone page gets all 390 px for itself."""
        self._scrollbars = device != "phone"
        if self._installed:
            self.page().settings().setAttribute(
                QWebEngineSettings.WebAttribute.ShowScrollBars, self._scrollbars
            )

    def run_in_isolated_world(self, script: str, callback: Callable[[object], None]) -> None:
        self.page().runJavaScript(script, int(ISOLATED_WORLD.value), callback)
