"""Collapsible sections under the writing column: ▸ Berita Terkait (5) ▸ Tag & penulis ▸ …

One row of toggle buttons; clicking one opens its panel below (and closes the
others), clicking it again folds it away, so metadata that is rarely touched
stays out of the way of the text.
"""

from __future__ import annotations

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
        self.pages: dict[str, QWidget] = {}
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

    def add_section(self, name: str, page: QWidget) -> None:
        button = QToolButton(self)
        button.setObjectName(f"drawer_{name}")
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setArrowType(Qt.ArrowType.RightArrow)
        button.clicked.connect(lambda checked, name=name: self.show_section(name if checked else ""))
        self.bar.insertWidget(self.bar.count() - 1, button)
        wrapper = QWidget(self)
        inner = QVBoxLayout(wrapper)
        inner.setContentsMargins(8, 4, 8, 8)
        inner.addWidget(page)
        self.stack.addWidget(wrapper)
        self.buttons[name] = button
        self.pages[name] = wrapper

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
        for key, button in self.buttons.items():
            button.setChecked(key == name)
            button.setArrowType(Qt.ArrowType.DownArrow if key == name else Qt.ArrowType.RightArrow)
        if name in self.pages:
            self.stack.setCurrentWidget(self.pages[name])
        self.stack.setVisible(name in self.pages)
        self.section_changed.emit(name if name in self.pages else "")
