"""The main window's mixins declare what they use of the window: every ``self.name`` they
read is one of their own methods, an attribute they annotate, or QMainWindow's."""

from __future__ import annotations

import ast

import pytest
from PySide6.QtWidgets import QMainWindow

from tests.structure import PACKAGE

MIXINS = {"window/handlers.py": "WindowActions", "window/state.py": "WindowState",
          "window/desk.py": "DeskActions", "window/archive_desk.py": "ArchiveDesk"}


def undeclared(cls: ast.ClassDef) -> set[str]:
    own = {node.name for node in cls.body if isinstance(node, ast.FunctionDef)}
    declared = {node.target.id for node in cls.body
                if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)}
    read = set()
    for node in ast.walk(cls):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id == "self"):
            read.add(node.attr)
    return {name for name in read - own - declared if not hasattr(QMainWindow, name)}


@pytest.mark.parametrize("path", MIXINS)
def test_the_mixin_declares_every_window_attribute_it_uses(path: str) -> None:
    tree = ast.parse((PACKAGE / "gui" / path).read_text(encoding="utf-8"))
    cls = next(node for node in tree.body
               if isinstance(node, ast.ClassDef) and node.name == MIXINS[path])
    assert undeclared(cls) == set()


def test_the_check_sees_an_undeclared_attribute() -> None:
    cls = ast.parse("class M:\n    known: int\n    def f(self):\n"
                    "        return self.known, self.width(), self.session\n").body[0]
    assert undeclared(cls) == {"session"}
