"""The Preferences dialog's "Writing" group: spelling, Markdown-style shortcuts and each
house typography rule, switched on and off one by one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from editor.gui.i18n import Retranslates
from editor.gui.settings import Settings
from editor.gui.writing import KEYS


class WritingPrefs(Retranslates, QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writingPrefs")
        self.boxes = {key: QCheckBox(self, objectName=key) for key in
                      ("spell_check", "markdown_shortcuts", *KEYS[:4])}
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        for box in self.boxes.values():
            layout.addWidget(box)
        self.retranslate_ui()

    def load(self, settings: Settings) -> None:
        for key, box in self.boxes.items():
            box.setChecked(bool(settings.get(key)))

    def values(self) -> dict[str, Any]:
        return {key: box.isChecked() for key, box in self.boxes.items()}

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Writing"))
        texts = {
            "spell_check": self.tr("Check spelling as you type (Indonesian)"),
            "markdown_shortcuts": self.tr("Markdown shortcuts at a paragraph's start "
                                          "(##, -, 1., >)"),
            "typography_quotes": self.tr("Curly quotes: \"…\" becomes “…” and ' becomes ’"),
            "typography_ellipsis": self.tr("Three dots become an ellipsis (…)"),
            "typography_spaces": self.tr("Collapse double spaces"),
            "typography_dateline_dash": self.tr("En dash after the dateline (SEMARANG – …)"),
        }
        for key, text in texts.items():
            self.boxes[key].setText(text)
        self.boxes["markdown_shortcuts"].setToolTip(
            self.tr("## subheading, ### minor subheading, - or * list, 1. numbered list, "
                    "> quote; Ctrl+Z gives back what was typed"))
        self.boxes["typography_quotes"].setToolTip(
            self.tr("Web addresses, e-mail addresses and `code` are never changed"))
