"""The action table: one place for every command's text, keys, icon and handler."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from editor.gui.window.actions import ACTIONS, MENUS, SPECS, SUBMENUS, TOOLBAR
from editor.gui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

STANDARD = {"new": "New", "open": "Open", "save": "Save", "save_as": "SaveAs", "quit": "Quit",
            "undo": "Undo", "redo": "Redo", "cut": "Cut", "copy": "Copy", "paste": "Paste",
            "select_all": "SelectAll", "bold": "Bold", "italic": "Italic"}


def test_ids_unique_and_handlers_exist() -> None:
    assert len(SPECS) == len(ACTIONS)
    for spec in ACTIONS:
        assert callable(getattr(MainWindow, spec.handler, None)), spec.handler


def test_standard_commands_use_standard_keys() -> None:
    for action_id, key in STANDARD.items():
        assert SPECS[action_id].shortcut == getattr(QKeySequence.StandardKey, key)


def test_issue_shortcuts() -> None:
    assert SPECS["link"].shortcut == "Ctrl+K"
    assert SPECS["baca_juga"].shortcut == "Ctrl+Shift+B"
    assert SPECS["paste_plain"].shortcut == "Ctrl+Shift+V"


def test_menus_and_toolbar_use_declared_actions_once() -> None:
    used = [item for _id, _title, items in MENUS for item in items if item and item[0] != "@"]
    used += [item for _title, items in SUBMENUS.values() for item in items]
    assert len(used) == len(set(used))
    assert set(used) == set(SPECS)
    assert {item for item in TOOLBAR if item} <= set(SPECS)


def test_no_two_actions_share_a_key(window) -> None:
    seen: dict[str, str] = {}
    for action_id, action in window.actions.items():
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, (text, seen.get(text), action_id)
            seen[text] = action_id
        assert action.toolTip(), action_id
        if SPECS[action_id].icon:
            assert not action.icon().isNull(), action_id
