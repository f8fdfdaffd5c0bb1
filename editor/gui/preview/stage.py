"""The stage the preview stands on: phone or desktop width, at a zoom the journalist picks.

Journalists should see the real layouts, not a page reflowed to whatever width the
splitter leaves, and not a 1280 px page shrunk until its text is unreadable. So the
web view always lays the page out at the device's CSS width (390 px phone, 1280 px
desktop) at the chosen zoom (100 % unless changed in the zoom box), and a page wider
than the pane scrolls sideways; it starts scrolled to its middle, where the article's
column is. A phone page in a wide pane stands centred on a neutral background, like
a phone on a desk.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor.gui.i18n import Retranslates

DEVICE_WIDTHS = {"phone": 390, "desktop": 1280}
DEFAULT_DEVICE = "phone"
ZOOMS = (0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25)
DEFAULT_ZOOM = 1.0


def view_width(device_width: int, zoom: float) -> int:
    """The view's width in widget pixels for ``device_width`` CSS px at ``zoom``; rounded
    up so ``window.innerWidth`` is never below the device width."""
    return math.ceil(device_width * zoom - 1e-9)


class DeviceStage(Retranslates, QWidget):
    """A zoom box above a sideways-scrolling desk holding one child (the web view)."""

    zoom_changed = Signal(str, float)  # device, zoom

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: QWidget | None = None
        self._device = DEFAULT_DEVICE
        self._zooms = dict.fromkeys(DEVICE_WIDTHS, DEFAULT_ZOOM)
        self._zoom_setter: Callable[[float], None] | None = None
        self._left_css: float | None = None  # the article column's left edge, when known
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        self.zoom_label = QLabel(self)
        self.zoom_box = QComboBox(self, objectName="previewZoom")
        for zoom in ZOOMS:
            self.zoom_box.addItem(f"{round(zoom * 100)} %", zoom)
        self.zoom_box.activated.connect(lambda i: self.set_zoom(self.zoom_box.itemData(i)))
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addStretch(1)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_box)
        self.desk = QWidget()
        self.desk.setAutoFillBackground(True)
        self.desk.setBackgroundRole(QPalette.ColorRole.Mid)
        self.scroll = QScrollArea(self, objectName="previewScroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.desk)
        self.scroll.setBackgroundRole(QPalette.ColorRole.Mid)
        self.scroll.viewport().installEventFilter(self)  # a new viewport size: lay out again
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

    def set_view(self, view: QWidget, zoom_setter: Callable[[float], None], *,
                 show: bool = True) -> None:
        """``zoom_setter(zoom)`` applies the zoom (the page may need it again after a load).

        A child added after the stage was shown stays hidden until shown; ``show=False``
        leaves that to the caller (the web view starts its engine with its first show).
        """
        self._view = view
        self._zoom_setter = zoom_setter
        view.setParent(self.desk)
        self.relayout(centre=True)
        if show:
            view.show()

    def device(self) -> str:
        return self._device

    def set_device(self, device: str) -> None:
        self._device = device
        self._left_css = None  # another layout: the page says again where its column is
        self.zoom_box.setCurrentIndex(self._zoom_index(self.zoom()))
        self.relayout(centre=True)

    def zoom(self) -> float:
        return self._zooms[self._device]

    def set_zoom(self, zoom: float, device: str | None = None) -> None:
        """``zoom`` for ``device`` (the current one if not given), e.g. from the settings."""
        device = device or self._device
        self._zooms[device] = float(zoom)
        if device == self._device:
            self.zoom_box.setCurrentIndex(self._zoom_index(float(zoom)))
            self.relayout(centre=True)
        self.zoom_changed.emit(device, float(zoom))

    @staticmethod
    def _zoom_index(zoom: float) -> int:
        return min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - zoom))

    def relayout(self, *, centre: bool = False) -> None:
        viewport = self.scroll.viewport().size()
        width = view_width(DEVICE_WIDTHS[self._device], self.zoom())
        self.desk.resize(max(viewport.width(), width), viewport.height())
        if self._view is not None:
            left = max(0, (viewport.width() - width) // 2)
            self._view.setGeometry(left, 0, width, viewport.height())
            if self._zoom_setter is not None:
                self._zoom_setter(self.zoom())
        if centre and self._left_css is not None:
            self.show_x(self._left_css)
        elif centre:  # until the page says where its column is: the middle
            bar = self.scroll.horizontalScrollBar()
            bar.setValue((bar.maximum() + bar.minimum()) // 2)

    def show_x(self, left_css: float) -> None:
        """Scroll sideways so the page's ``left_css`` (CSS px) is near the pane's left edge."""
        self._left_css = left_css
        bar = self.scroll.horizontalScrollBar()
        bar.setValue(max(0, round((left_css - 16) * self.zoom())))

    def eventFilter(self, watched, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self.scroll.viewport():
            self.relayout(centre=True)
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.relayout(centre=True)

    def retranslate_ui(self) -> None:
        self.zoom_label.setText(self.tr("Zoom"))
        self.zoom_box.setToolTip(self.tr("The page is laid out at the device's real width; "
                                         "a smaller zoom shows more of it"))

