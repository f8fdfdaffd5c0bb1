"""Qt's own dialogs speak Indonesian: Qt ships no Indonesian for them, so Redaksi's
translation carries the words its file dialogs and message boxes show (qt_strings)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
)

from editor.gui.dialogs.qt_interaction import file_dialog

pytestmark = pytest.mark.gui


def texts(dialog) -> dict[str, str]:
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    box = dialog.findChild(QDialogButtonBox)
    buttons = [button.text() for button in box.buttons()]
    tree = dialog.findChild(QTreeView)
    model = tree.model()
    headers = [model.headerData(i, tree.header().orientation()) for i in range(4)]
    return {"look": labels["lookInLabel"], "name": labels["fileNameLabel"],
            "type": labels["fileTypeLabel"], "buttons": buttons, "headers": headers}


def test_the_save_dialog_and_its_overwrite_question_in_indonesian(qtbot, make_window,
                                                                   tmp_path) -> None:
    window = make_window(language="id")
    existing = tmp_path / "banjir.redaksi"
    existing.write_bytes(b"draf")
    dialog = file_dialog(window, "Simpan draf", str(existing), "Draf Redaksi (*.redaksi)", "save")
    dialog.open()
    qtbot.waitExposed(dialog)
    shown = texts(dialog)
    assert (shown["look"], shown["name"], shown["type"]) == \
        ("&Lihat di:", "&Nama berkas:", "&Jenis berkas:")
    assert shown["buttons"] == ["&Simpan", "Batal"]
    assert shown["headers"] == ["Nama", "Ukuran", "Jenis", "Tanggal diubah"]
    assert dialog.findChild(QLineEdit, "fileNameEdit").text() == "banjir.redaksi"
    asked: list[tuple[str, list[str]]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append((box.text(), [button.text() for button in box.buttons()]))
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(100, answer)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert asked == [("banjir.redaksi sudah ada.\nGanti dengan yang baru?", ["&Ya", "&Tidak"])]
    assert dialog.isVisible()  # "No": still choosing
    dialog.reject()


def test_the_open_dialog_in_indonesian_and_english(qtbot, make_window, tmp_path) -> None:
    window = make_window(language="id")
    dialog = file_dialog(window, "Buka draf", str(tmp_path), "Draf Redaksi (*.redaksi)", "open")
    dialog.open()
    qtbot.waitExposed(dialog)
    assert texts(dialog)["buttons"] == ["&Buka", "Batal"]
    assert dialog.findChild(QLabel, "lookInLabel").text() == "&Lihat di:"
    dialog.reject()
    window.on_language("en")
    dialog = file_dialog(window, "Open draft", str(tmp_path), "Redaksi drafts (*.redaksi)",
                         "open")
    dialog.open()
    qtbot.waitExposed(dialog)
    assert texts(dialog)["look"] == "&Look in:"
    assert texts(dialog)["buttons"] == ["&Open", "Cancel"]
    dialog.reject()


def test_a_message_box_with_details_in_indonesian(qtbot, make_window) -> None:
    make_window(language="id")
    box = QMessageBox(QMessageBox.Icon.Warning, "Foto", "Foto tidak bisa dibaca.",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.setDetailedText("cannot identify image file")
    box.open()
    qtbot.waitExposed(box)
    names = sorted(button.text() for button in box.findChildren(QPushButton))
    assert names == ["Batal", "OK", "Tampilkan rincian..."]
    box.reject()
