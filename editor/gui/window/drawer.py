"""Collapsible sections under the writing column: ▸ Berita Terkait (5) ▸ Tag & penulis ▸ …

One row of toggle buttons; clicking one opens its panel below (and closes the
others), clicking it again folds it away, so metadata that is rarely touched
stays out of the way of the text. A section's panel is built the first time it is
opened (or asked for by ``page``): the window's first frame needs only the buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

PANEL_HEIGHT = 210


class Drawer(QFrame):
    section_changed = Signal(str)  # "" when folded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.buttons: dict[str, QToolButton] = {}
        self.pages: dict[str, QWidget] = {}  # wrappers of the panels built so far
        self._panels: dict[str, QWidget] = {}
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(6, 2, 6, 2)
        self.bar.setSpacing(4)
        self.bar.addStretch(1)
        self.stack = QStackedWidget(self)
        self.stack.setFixedHeight(PANEL_HEIGHT)
        self.stack.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.bar)
        layout.addWidget(self.stack)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add_section(self, name: str, build: Callable[[], QWidget]) -> None:
        """A button now; ``build()`` makes the panel when it is first needed."""
        button = QToolButton(self)
        button.setObjectName(f"drawer_{name}")
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setArrowType(Qt.ArrowType.RightArrow)
        button.clicked.connect(lambda checked, name=name: self.show_section(name if checked else ""))
        self.bar.insertWidget(self.bar.count() - 1, button)
        self.buttons[name] = button
        self._builders[name] = build

    def built(self, name: str) -> bool:
        return name in self._panels

    def page(self, name: str) -> QWidget:
        """The panel of section ``name``, built now if it was not yet."""
        if name not in self._panels:
            panel = self._builders[name]()
            wrapper = QWidget(self)
            inner = QVBoxLayout(wrapper)
            inner.setContentsMargins(8, 4, 8, 8)
            inner.addWidget(panel)
            self.stack.addWidget(wrapper)
            self._panels[name] = panel
            self.pages[name] = wrapper
        return self._panels[name]

    def set_title(self, name: str, text: str, icon: QIcon | None = None) -> None:
        button = self.buttons[name]
        button.setText(text.replace("&", "&&"))  # a title, not a mnemonic
        if icon is not None:
            button.setIcon(icon)

    def current(self) -> str:
        for name, button in self.buttons.items():
            if button.isChecked():
                return name
        return ""

    def show_section(self, name: str) -> None:
        """Open ``name`` ("" folds the drawer)."""
        if name in self._builders:
            self.page(name)
        for key, button in self.buttons.items():
            button.setChecked(key == name)
            button.setArrowType(Qt.ArrowType.DownArrow if key == name else Qt.ArrowType.RightArrow)
        if name in self.pages:
            self.stack.setCurrentWidget(self.pages[name])
        self.stack.setVisible(name in self.pages)
        self.section_changed.emit(name if name in self.pages else "")
