"""Every module of Redaksi is required: each one imports, and none treats another as optional.

A broken import must fail loudly here, not turn quietly into a missing feature (a
menu entry that never enables, a weaker paste, a placeholder instead of the preview).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys

from tests.structure import modules
from tests.support import ROOT

OWN = ("editor", "tests")
IMPORT_ERRORS = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}


def import_all(names: list[str]) -> subprocess.CompletedProcess[str]:
    """Import ``names`` in a fresh interpreter (Qt offscreen); prints ``name: error`` lines."""
    code = (
        "import importlib, traceback\n"
        f"for name in {names!r}:\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except BaseException as exc:\n"
        "        print(f'{name}: {type(exc).__name__}: {exc}')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_every_module_imports_gui_included() -> None:
    names = sorted(modules())
    assert "editor.gui.preview.pane" in names and "editor.cli" in names
    done = import_all(names)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "", "modules that do not import:\n" + done.stdout


def test_the_import_check_sees_a_missing_module() -> None:
    done = import_all(["editor.model", "editor.no_such_module"])
    assert done.stdout.startswith("editor.no_such_module: ModuleNotFoundError")


def optional_own_imports(tree: ast.AST) -> list[int]:
    """Lines that import our own code inside ``try`` with an ``except ImportError`` (or
    broader), or ask ``find_spec``/``importorskip`` whether our module is there."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(_catches_import_error(h) for h in node.handlers):
            lines += [n.lineno for stmt in node.body for n in ast.walk(stmt) if _imports_own(n)]
        if isinstance(node, ast.Call) and _asks_for_own_module(node):
            lines.append(node.lineno)
    return lines


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    if handler.type is None:
        return True
    names = [ast.unparse(t) for t in getattr(handler.type, "elts", [handler.type])]
    return any(name.rsplit(".", 1)[-1] in IMPORT_ERRORS for name in names)


def _imports_own(node: ast.AST) -> bool:
    if isinstance(node, ast.Import):
        return any(alias.name.split(".")[0] in OWN for alias in node.names)
    if isinstance(node, ast.ImportFrom):
        return node.level > 0 or (node.module or "").split(".")[0] in OWN
    if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("import_module"):
        first = node.args[0] if node.args else None
        return not isinstance(first, ast.Constant) or _own_literal(node)  # a name: maybe ours
    return False


def _asks_for_own_module(call: ast.Call) -> bool:
    name = ast.unparse(call.func).rsplit(".", 1)[-1]
    return name in ("find_spec", "importorskip") and _own_literal(call)


def _own_literal(call: ast.Call) -> bool:
    first = call.args[0] if call.args else None
    return isinstance(first, ast.Constant) and str(first.value).split(".")[0] in OWN


def test_no_module_or_test_treats_our_own_code_as_optional() -> None:
    files = sorted((ROOT / "editor").rglob("*.py")) + sorted((ROOT / "tests").rglob("*.py"))
    found = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        found += [f"{path.relative_to(ROOT)}:{line}" for line in optional_own_imports(tree)]
    assert found == []


# our package is filled in, so a search of the tests for optional imports of it does
# not stop at these examples of what the check must find
EXAMPLES = """
try:
    from {own}.gui import x
except ImportError:
    x = None
try:
    import lxml
    importlib.import_module("PySide6.QtWebEngineWidgets")
except ImportError:
    lxml = None
for name in COMMANDS:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError:
        continue
pytest.importorskip("{own}.gui.preview")
util.find_spec("{own}.gui.publish")
""".format(own="editor")


def test_the_optional_import_check_sees_each_kind() -> None:
    """Our own module in a try (by name or by a variable), importorskip and find_spec are
    found; a library in a try is not."""
    lines = EXAMPLES.splitlines()
    expected = [lines.index(line) + 1 for line in lines
                if line.strip().startswith(("from editor", "importlib.import_module(name)",
                                            "pytest.importorskip", "util.find"))]
    assert optional_own_imports(ast.parse(EXAMPLES)) == expected == [3, 13, 16, 17]
