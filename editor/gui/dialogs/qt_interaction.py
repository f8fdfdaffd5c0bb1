"""The interaction seam answered with dialogs: message boxes, native file dialogs,
and the desktop's handler for opening folders and pages.

Installed by ``editor.gui.app.run``; every question names its key (see
``editor.interaction``), which dialogs ignore and scripted answers use.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from editor.interaction import Options

ROLE = QMessageBox.ButtonRole


def _parent() -> QWidget | None:
    return QApplication.activeModalWidget() or QApplication.activeWindow()


class QtInteraction:
    def choose(self, key: str, title: str, text: str, options: Options, default: str) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=_parent())
        buttons = {}
        for index, (answer, label) in enumerate(options):
            role = ROLE.AcceptRole if index == 0 else (
                ROLE.RejectRole if answer == default else ROLE.DestructiveRole)
            buttons[box.addButton(label, role)] = answer
        for button, answer in buttons.items():
            if answer == default:
                box.setEscapeButton(button)
            if answer == options[0][0]:
                box.setDefaultButton(button)
        box.exec()
        return buttons.get(box.clickedButton(), default)

    def confirm(self, key: str, title: str, text: str, ok: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=_parent())
        yes = box.addButton(ok, ROLE.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(_parent(), title, text)

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(_parent(), title, text)

    def ask_open_file(self, key: str, title: str, folder: str, filters: str) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(_parent(), title, folder, filters)
        return Path(name) if name else None

    def ask_save_file(self, key: str, title: str, path: str, filters: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(_parent(), title, path, filters)
        return Path(name) if name else None

    def ask_folder(self, key: str, title: str, folder: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(_parent(), title, folder)
        return Path(name) if name else None

    def open_location(self, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
