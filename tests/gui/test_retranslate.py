"""One retranslation helper: widgets say ``Retranslates`` and keep their texts in
``retranslate_ui``; only ``editor.gui.i18n`` reacts to Qt's LanguageChange itself."""

from __future__ import annotations

import ast

from tests.structure import PACKAGE

GUI = PACKAGE / "gui"


def classes() -> list[tuple[str, ast.ClassDef]]:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [(path.name, node) for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    return found


def test_language_changes_are_handled_in_one_place() -> None:
    mentions = [path.relative_to(PACKAGE).as_posix() for path in sorted(GUI.rglob("*.py"))
                if "LanguageChange" in path.read_text(encoding="utf-8")]
    assert mentions == ["gui/i18n.py"]


def test_every_widget_with_texts_to_retranslate_uses_the_helper() -> None:
    widgets = [(name, node) for name, node in classes() if node.name != "Retranslates"
               and any(f.name == "retranslate_ui" for f in node.body
                       if isinstance(f, ast.FunctionDef))]
    assert len(widgets) >= 12
    without = [f"{name}:{node.name}" for name, node in widgets
               if "Retranslates" not in [ast.unparse(base) for base in node.bases]]
    assert without == []
