"""What the window remembers between runs: geometry, splitter, drawer, preview width,
recent files. All of it is UI state (``state.ini``), never a preference."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QSplitter

    from editor.gui.preview.pane import PreviewPane
    from editor.gui.settings import Settings
    from editor.gui.window.drawer import Drawer
    from editor.gui.window.file_ops import FileController


class WindowState:
    """Mixed into ``MainWindow`` (a ``QMainWindow``: geometry, state, ``tr``), which
    builds the widgets declared here before it calls ``restore_state``."""

    settings: Settings
    actions: dict[str, QAction]
    menus: dict[str, QMenu]
    splitter: QSplitter
    preview: PreviewPane
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
        self.preview.set_device(device if device in ("phone", "desktop") else "phone")
        self.actions[f"device_{self.preview.device()}"].setChecked(True)
        visible = bool(settings.get("preview_visible"))
        self.preview.setVisible(visible)
        self.actions["toggle_preview"].setChecked(visible)
        self.drawer.show_section(settings.get("drawer_section"))
        self.actions[f"lang_{settings.get('language')}"].setChecked(True)

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
        settings.set("preview_visible", not self.preview.isHidden())
        settings.set("drawer_section", self.drawer.current())
        settings.sync()

    # ----------------------------------------------------------------- recent files
    def refresh_recent(self, files: list[str]) -> None:
        menu = self.menus["recent"]
        menu.clear()
        for index, name in enumerate(files):
            path = Path(name)
            action = QAction(f"&{index + 1}  {path.name}", menu)
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
