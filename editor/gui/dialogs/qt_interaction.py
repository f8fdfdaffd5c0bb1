"""The interaction seam answered with dialogs: message boxes, file dialogs,
and the desktop's handler for opening folders and pages.

Installed by ``editor.gui.app.run``; every question names its key (see
``editor.interaction``), which dialogs ignore and scripted answers use.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QSplitter,
    QTreeView,
    QWidget,
)

from editor.gui.i18n import current_language
from editor.interaction import Options

ROLE = QMessageBox.ButtonRole


def _parent() -> QWidget | None:
    return QApplication.activeModalWidget() or QApplication.activeWindow()


def native_dialogs_speak(language: str) -> bool:
    """The system's own file dialogs speak the desktop's language; Qt's speak ours."""
    wanted = QLocale.Language.Indonesian if language == "id" else QLocale.Language.English
    return QLocale.system().language() == wanted


def file_dialog(parent: QWidget | None, title: str, place: str, filters: str,
                mode: str) -> QFileDialog:
    """An open ("open"), save ("save", confirms overwriting) or folder ("folder") dialog.
    Qt ships no Indonesian for its dialogs, and a native one follows the desktop's
    language, not the one chosen in Redaksi: when they differ, Qt's own dialog is used,
    which our translation makes speak Indonesian (``qt_strings``)."""
    dialog = QFileDialog(parent, title, place, filters)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not native_dialogs_speak(current_language()):
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.resize(820, 500)  # Qt's default cuts the size and date columns
        for view in dialog.findChildren(QTreeView):
            header = view.header()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in (1, 2, 3):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for splitter in dialog.findChildren(QSplitter):  # places list | files
            splitter.setSizes([170, 630])
    return dialog


def _chosen(dialog: QFileDialog) -> Path | None:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()


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
        return _chosen(file_dialog(_parent(), title, folder, filters, "open"))

    def ask_save_file(self, key: str, title: str, path: str, filters: str) -> Path | None:
        return _chosen(file_dialog(_parent(), title, path, filters, "save"))

    def ask_folder(self, key: str, title: str, folder: str) -> Path | None:
        return _chosen(file_dialog(_parent(), title, folder, "", "folder"))

    def open_location(self, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
