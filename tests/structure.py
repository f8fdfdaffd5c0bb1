"""The modules of ``editor`` and the imports between them, read from the source (``ast``).

Shared by the tests that hold the package's shape: every module imports
(``test_imports.py``), layers point one way and nothing imports in a circle
(``test_layers.py``), the core never loads Qt (``test_headless_core.py``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import editor

PACKAGE = Path(editor.__file__).resolve().parent


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    return ".".join(rel.parts).removesuffix(".__init__")


@cache
def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (packages by their ``__init__``)."""
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    line: int
    deferred: bool  # inside a function: runs on first use, not at import
    typing_only: bool  # under ``if TYPE_CHECKING``: never runs

    def __str__(self) -> str:
        how = " (type hints only)" if self.typing_only else " (on first use)" if self.deferred else ""
        return f"{self.source}:{self.line} imports {self.target}{how}"


def _resolve(name: str) -> str | None:
    """The module ``name`` lives in: itself, or the nearest package above it."""
    known = modules()
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def _is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def _targets(node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    if isinstance(node, ast.Import):
        for alias in node.names:
            yield alias.name
    elif node.level == 0 and node.module:
        for alias in node.names:  # ``from editor.gui import style`` names a module
            full = f"{node.module}.{alias.name}"
            yield full if full in modules() else node.module


def _walk(source: str, node: ast.AST, deferred: bool, typing: bool) -> Iterator[Edge]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            for name in _targets(child):
                target = _resolve(name) if name.startswith("editor") else None
                if target is not None and target != source:
                    yield Edge(source, target, child.lineno, deferred, typing)
            continue
        in_function = deferred or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
        in_typing = typing or (isinstance(child, ast.If) and _is_type_checking(child))
        yield from _walk(source, child, in_function, in_typing)


@cache
def edges() -> tuple[Edge, ...]:
    """Every import of one of our modules by another, wherever it is written."""
    found: list[Edge] = []
    for name, path in modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        found.extend(_walk(name, tree, False, False))
    return tuple(found)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph.get(child, ())))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found
