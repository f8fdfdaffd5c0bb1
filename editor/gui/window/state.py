"""What the window remembers between runs: geometry, splitter, drawer, preview width,
recent files. All of it is UI state (``state.ini``), never a preference."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QSplitter, QStackedWidget

    from editor.gui.preview.pane import PreviewPane
    from editor.gui.settings import Settings
    from editor.gui.window.drawer import Drawer
    from editor.gui.window.file_ops import FileController

RECENT_TITLE_MAX = 70  # characters of a headline in File → Open Recent


class WindowState:
    """Mixed into ``MainWindow`` (a ``QMainWindow``: geometry, state, ``tr``), which
    builds the widgets declared here before it calls ``restore_state``."""

    settings: Settings
    actions: dict[str, QAction]
    menus: dict[str, QMenu]
    splitter: QSplitter
    preview: PreviewPane
    preview_area: QStackedWidget
    drawer: Drawer
    files: FileController
    _clear_recent: QAction | None = None  # the recent-files menu's last entry, once built

    def restore_state(self) -> None:
        settings = self.settings
        geometry = settings.get("geometry")
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self._default_geometry()
        if settings.get("window_state"):
            self.restoreState(QByteArray(settings.get("window_state")))
        splitter = settings.get("main_splitter")
        if splitter:
            self.splitter.restoreState(QByteArray(splitter))
        else:
            width = self.width()
            self.splitter.setSizes([int(width * 0.56), int(width * 0.44)])
        self.preview.set_debounce_ms(settings.get("preview_debounce_ms"))
        device = settings.get("preview_device")
        self.restore_zoom()
        self.preview.set_device(device if device in ("phone", "desktop") else "phone")
        self.actions[f"device_{self.preview.device()}"].setChecked(True)
        visible = bool(settings.get("preview_visible"))
        self.preview_area.setVisible(visible)
        self.actions["toggle_preview"].setChecked(visible)
        self.drawer.show_section(settings.get("drawer_section"))
        self.actions[f"lang_{settings.get('language')}"].setChecked(True)

    def zoom_changed(self, device: str, zoom: float) -> None:
        """The journalist chose another zoom for a device's preview: kept for next time."""
        self.settings.set("preview_zoom", {**self.settings.get("preview_zoom"), device: zoom})

    def restore_zoom(self) -> None:
        for device, zoom in self.settings.get("preview_zoom").items():
            if device in ("phone", "desktop") and isinstance(zoom, int | float) \
                    and 0.25 <= zoom <= 2:
                self.preview.set_zoom(zoom, device)

    def _default_geometry(self) -> None:
        """1280×800 where the screen allows, else most of the screen."""
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen else None
        width, height = 1280, 800
        if area is not None and area.width() > 0:
            width, height = min(width, area.width()), min(height, area.height())
        self.resize(width, height)

    def save_state(self) -> None:
        settings = self.settings
        settings.set("geometry", bytes(self.saveGeometry().data()))
        settings.set("window_state", bytes(self.saveState().data()))
        settings.set("main_splitter", bytes(self.splitter.saveState().data()))
        settings.set("preview_device", self.preview.device())
        settings.set("preview_visible", not self.preview_area.isHidden())
        settings.set("drawer_section", self.drawer.current())
        settings.sync()

    # ----------------------------------------------------------------- recent files
    def refresh_recent(self, files: list[str]) -> None:
        menu = self.menus["recent"]
        menu.clear()
        titles = self.settings.get("recent_titles")
        for index, name in enumerate(files):
            path = Path(name)
            title = titles.get(name) or path.name
            if len(title) > RECENT_TITLE_MAX:
                title = title[:RECENT_TITLE_MAX - 1].rstrip() + "…"
            action = QAction(f"&{index + 1}  {title.replace('&', '&&')}", menu)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
            menu.addAction(action)
        menu.addSeparator()
        self._clear_recent = menu.addAction("")
        self._clear_recent.triggered.connect(self.files.clear_recent)
        self._clear_recent.setEnabled(bool(files))
        self.recent_menu_texts()

    def recent_menu_texts(self) -> None:
        if self._clear_recent is not None:
            self._clear_recent.setText(self.tr("Clear Recent Files"))

    def open_recent(self, path: Path) -> None:
        if self.files.maybe_save():
            self.files.open_path(path)
