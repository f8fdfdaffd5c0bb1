"""Icons: the desktop's theme where it has the standard ones, else the bundled set.

The bundled icons (``resources/icons/*.svg``) are drawn with ``currentColor`` and
painted here in the palette's text colour, so they stay legible in dark themes.
A theme is used only when it has *every* standard icon we map; a half-covered
theme would mix two visual styles on one toolbar.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from editor.site import RESOURCES

ICON_DIR = RESOURCES / "icons"
THEME_NAMES = {
    "new": "document-new",
    "open": "document-open",
    "save": "document-save",
    "save-as": "document-save-as",
    "revert": "document-revert",
    "undo": "edit-undo",
    "redo": "edit-redo",
    "bold": "format-text-bold",
    "italic": "format-text-italic",
    "quit": "application-exit",
    "about": "help-about",
    "preferences": "preferences-system",
}
SIZES = (16, 20, 24, 32, 48)


@cache
def _theme_complete() -> bool:
    return bool(QIcon.themeName()) and all(QIcon.hasThemeIcon(n) for n in THEME_NAMES.values())


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon called ``name`` (a file stem in ``resources/icons``)."""
    if colour is None and name in THEME_NAMES and _theme_complete():
        return QIcon.fromTheme(THEME_NAMES[name])
    return _bundled(name, (colour or _text_colour()).name())


def _text_colour() -> QColor:
    app = QGuiApplication.instance()
    if app is None:
        return QColor("#333333")
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText)


@cache
def _bundled(name: str, colour: str) -> QIcon:
    path = ICON_DIR / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_render(renderer, size))
    return result


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def clear_cache() -> None:
    """Forget painted icons, e.g. after the palette switched between light and dark."""
    _bundled.cache_clear()
    _theme_complete.cache_clear()
