"""Icons: the desktop's theme where it has the standard ones, else the bundled set.

The bundled icons (``resources/icons/*.svg``) are drawn with ``currentColor`` and
painted here in the palette's text colour, so they stay legible in dark themes.
A theme is used only when it has *every* standard icon we map; a half-covered
theme would mix two visual styles on one toolbar.

Each coloured icon is written once to the cache folder as its own SVG file and
handed to Qt's SVG icon engine, which paints it lazily at exactly the size and
mode (disabled, selected) asked for. Painting every icon at five sizes up front
cost ~12 ms of the window's start-up.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap

from editor.paths import RESOURCES, cache_root

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
    svg = path.read_bytes().replace(b"currentColor", colour.encode("ascii"))
    try:
        return QIcon(str(_coloured_file(name, svg)))
    except OSError:  # no writable cache folder: paint the sizes now, as before
        return _painted(svg)


def _coloured_file(name: str, svg: bytes) -> Path:
    """``svg`` as a file named by its content, so a changed icon never reuses a stale one."""
    digest = hashlib.sha1(svg, usedforsecurity=False).hexdigest()[:12]
    target = cache_root() / "icons" / f"{name}-{digest}.svg"
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{target.name}.{os.getpid()}.part")
        partial.write_bytes(svg)
        partial.replace(target)  # atomic: another Redaksi may be writing the same icon
    return target


def _painted(svg: bytes) -> QIcon:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_render(renderer, size))
    return result


def _render(renderer, size: int) -> QPixmap:
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
