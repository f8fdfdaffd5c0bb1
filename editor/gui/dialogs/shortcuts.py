"""Help → Keyboard Shortcuts: every command that has keys, menu by menu, read from the
action table (``actions.ACTIONS``/``MENUS``) so the sheet is never out of date, and the
typing shortcuts of the body, read from the rules that apply them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.gui.body.typing import MARKDOWN
from editor.gui.i18n import Retranslates
from editor.gui.window.actions import MENUS, SUBMENUS

NATIVE = QKeySequence.SequenceFormat.NativeText
translate = QCoreApplication.translate
TYPING_NAMES = {
    "h2": lambda: translate("Shortcuts", "Subheading (H2)"),
    "h3": lambda: translate("Shortcuts", "Minor subheading (H3)"),
    "bullets": lambda: translate("Shortcuts", "Bulleted list"),
    "numbers": lambda: translate("Shortcuts", "Numbered list"),
    "quote": lambda: translate("Shortcuts", "Quote"),
}


K = Qt.Key
EDITING_KEYS = {K.Key_Up, K.Key_Down, K.Key_Left, K.Key_Right, K.Key_Backspace, K.Key_Delete,
                K.Key_Insert, K.Key_Return, K.Key_Enter, K.Key_Escape, K.Key_Tab, K.Key_Home,
                K.Key_End, K.Key_PageUp, K.Key_PageDown}


def typed_keys(sequence: QKeySequence) -> bool:
    """Keys a journalist presses (Ctrl+F, F3, Shift+Del), not a keyboard's special "Find"
    or "Save" key that some standard shortcuts include."""
    key = sequence[0].key()
    return key.value < K.Key_Escape.value or key in EDITING_KEYS or \
        K.Key_F1.value <= key.value <= K.Key_F35.value


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_rows(actions: dict[str, QAction]) -> list[tuple[str, list[tuple[str, str]]]]:
    """``(menu title, [(command, keys)])`` for each menu, commands without keys left out."""
    rows = []
    for _menu_id, title, items in MENUS:
        ids = [item for item in items if item and not item.startswith("@")]
        ids += [sub for item in items if item and item.startswith("@")
                for sub in SUBMENUS[item[1:]][1]]
        entries = [(plain(actions[i].text()).rstrip("…"),
                    " / ".join(k.toString(NATIVE) for k in actions[i].shortcuts()
                               if typed_keys(k)))
                   for i in ids if i in actions and actions[i].shortcuts()]
        if entries:
            rows.append((plain(translate("Menus", title)), entries))
    return rows


def typing_rows() -> list[tuple[str, str]]:
    space = translate("Shortcuts", "Space")
    rows = [(TYPING_NAMES[kind](), f"{marker} + {space}") for marker, kind in MARKDOWN.items()]
    rows.append((translate("Shortcuts", "Line break inside a paragraph"), "Shift+Enter"))
    return rows


class ShortcutSheet(Retranslates, QDialog):
    def __init__(self, parent: QWidget, actions: dict[str, QAction]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.actions_ = actions
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setColumnCount(2)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(560, 640)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.clear()
        groups = menu_rows(self.actions_)
        groups.append((self.tr("Typing in the text"), typing_rows()))
        for title, entries in groups:
            head = QTreeWidgetItem([title, ""])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for command, keys in entries:
                self.tree.addTopLevelItem(QTreeWidgetItem([f"    {command}", keys]))
