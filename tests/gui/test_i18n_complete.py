"""No untranslated string can ship: every text the GUI passes to Qt's translator is in
``redaksi_id.ts`` with a finished Indonesian translation.

``test_i18n.py`` checks the messages that are *in* the ``.ts``. That missed two strings of
the revision history ("No saved versions yet.", "No change in the text."), shown in English
to Indonesian users, for two reasons this module closes: nobody re-ran ``pyside6-lupdate``
after adding a string (so it was never in the ``.ts``), and lupdate cannot see a ``tr()``
written inside an f-string at all (so re-running it would not have helped either).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from tests.support import ROOT, missing

pytestmark = pytest.mark.gui

GUI = ROOT / "editor" / "gui"
TS = ROOT / "resources" / "i18n" / "redaksi_id.ts"
CONTEXT_CALLS = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TRANSLATE_N_NOOP"}


def finished(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) -> whether its translation is finished and not empty."""
    found = {}
    for context in etree.parse(str(ts)).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            done = translation.get("type") is None and all(form.strip() for form in forms)
            found[(context.findtext("name"), message.findtext("source"))] = done
    return found


def literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class TrCalls(ast.NodeVisitor):
    """Every (context, text) a module hands to the translator as literals: ``self.tr(text)``
    in a class (the class is the context, as for lupdate), ``translate(context, text)``,
    ``QCoreApplication.translate(...)`` and the ``QT_TRANSLATE_NOOP`` markers."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.found: list[tuple[str, str, int]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast's visitor name
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast's visitor name
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        args = [literal(arg) for arg in node.args[:2]]
        if name == "tr" and self.classes and args and args[0] is not None:
            self.found.append((self.classes[-1], args[0], node.lineno))
        elif name in CONTEXT_CALLS and len(args) == 2 and None not in args:
            self.found.append((args[0], args[1], node.lineno))
        self.generic_visit(node)


def tr_calls() -> list[tuple[str, str, str]]:
    """(where, context, text) for every literal translation call under editor/gui."""
    calls = []
    for path in sorted(GUI.rglob("*.py")):
        visitor = TrCalls()
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        where = path.relative_to(ROOT)
        calls += [(f"{where}:{line}", context, text) for context, text, line in visitor.found]
    return calls


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What README's lupdate command extracts from editor/gui today, into a scratch file."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        missing("pyside6-lupdate is not beside the Python running the tests (PySide6 ships it)")
    scratch = tmp_path_factory.mktemp("lupdate") / "extracted.ts"
    sources = [str(path) for path in sorted(GUI.rglob("*.py"))]
    subprocess.run([str(tool), *sources, "-source-language", "en", "-target-language", "id",
                    "-ts", str(scratch), "-no-obsolete", "-silent"], check=True, timeout=120)
    return set(finished(scratch))


def test_the_scan_sees_what_lupdate_cannot() -> None:
    """The scanner below finds a tr() inside an f-string, the case lupdate is blind to."""
    visitor = TrCalls()
    visitor.visit(ast.parse('class Pane:\n    def f(self):\n        return f"<p>{self.tr(\'Hi.\')}</p>"\n'))
    assert visitor.found == [("Pane", "Hi.", 3)]


def test_every_string_lupdate_extracts_has_a_finished_indonesian_translation(extracted) -> None:
    translated = finished(TS)
    assert len(extracted) > 400  # the scratch file really holds the GUI's strings
    assert sorted(key for key in extracted if not translated.get(key)) == []


def test_every_translation_call_is_one_lupdate_can_see(extracted) -> None:
    """A tr() lupdate cannot read (inside an f-string, say) never reaches the .ts: write the
    text outside the f-string, or list it with QT_TRANSLATE_NOOP (editor/gui/qt_strings.py)."""
    calls = tr_calls()
    assert len(calls) > 400
    assert [call for call in calls if call[1:] not in extracted] == []
