"""The stage the preview stands on: phone or desktop width, scaled to fit the pane.

Journalists should see the real layouts, not a page reflowed to whatever width
the splitter leaves. So the web view always lays the page out at the device's
CSS width (390 px phone, 1280 px desktop) and, when the pane is narrower, is
zoomed out (``setZoomFactor``) rather than squeezed. A phone page in a wide pane
stands centred on a neutral background, like a phone on a desk.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QWidget

DEVICE_WIDTHS = {"phone": 390, "desktop": 1280}
DEFAULT_DEVICE = "phone"
# Chromium refuses zoom factors below 0.25; a pane narrower than that scrolls sideways.
MIN_ZOOM = 0.25


def fit(device_width: int, available: int) -> tuple[int, float]:
    """The view's width in widget pixels and its zoom, for ``device_width`` CSS px.

    The width is rounded up so ``window.innerWidth`` is never below the device width.
    """
    if available >= device_width:
        return device_width, 1.0
    zoom = max(MIN_ZOOM, available / device_width)
    return math.ceil(device_width * zoom), zoom


class DeviceStage(QWidget):
    """Holds one child (the web view) and keeps it at the device width, centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: QWidget | None = None
        self._device = DEFAULT_DEVICE
        self._zoom_setter = None
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Mid)

    def set_view(self, view: QWidget, zoom_setter, *, show: bool = True) -> None:
        """``zoom_setter(zoom)`` applies the zoom (the page may need it again after a load).

        A child added after the stage was shown stays hidden until shown; ``show=False``
        leaves that to the caller (the web view starts its engine with its first show).
        """
        self._view = view
        self._zoom_setter = zoom_setter
        view.setParent(self)
        self.relayout()
        if show:
            view.show()

    def set_device(self, device: str) -> None:
        self._device = device
        self.relayout()

    def zoom(self) -> float:
        return fit(DEVICE_WIDTHS[self._device], max(1, self.width()))[1]

    def relayout(self) -> None:
        if self._view is None:
            return
        width, zoom = fit(DEVICE_WIDTHS[self._device], max(1, self.width()))
        left = max(0, (self.width() - width) // 2)
        self._view.setGeometry(left, 0, width, self.height())
        if self._zoom_setter is not None:
            self._zoom_setter(zoom)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.relayout()
