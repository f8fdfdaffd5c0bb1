"""Layers point one way, and no module imports itself in a circle.

    model ← {storage, importers, render, media, archive} ← export ← publish ← {commands, gui}

A module may import its own package, anything on a lower level and the foundation
(errors, the interaction seam, lazy imports, site profiles and their readiness rules,
file places, bundled resources, the bounded HTTP GET and its limits), which imports nothing
but the foundation. Sideways imports on one level are allowed only where ``SIDEWAYS`` says
why. Every import counts, also one inside a function or under ``TYPE_CHECKING``: it is a
dependency all the same. Cycles are looked for among the imports that run (at import or
on first use).
"""

from __future__ import annotations

from tests.structure import Edge, cycles, edges, modules

FOUNDATION = {
    "editor",
    "editor.errors",
    "editor.interaction",
    "editor.lazy",
    "editor.memory",
    "editor.net",
    "editor.paths",
    "editor.ready_rules",
    "editor.resources",
    "editor.site",
    "editor.site_keys",
}
LEVELS = {
    "model": 1,
    "storage": 2,
    "importers": 2,
    "render": 2,
    "media": 2,
    "archive": 2,
    "spelling": 2,
    "export": 3,
    "publish": 4,
    "commands": 5,
    "cli": 5,
    "gui": 5,
}
SIDEWAYS = {
    ("render", "media"): "a page shows the photos the pipeline made (ProcessedImage)",
    ("storage", "media"): "a draft stores its photos cleaned of GPS and serials (media.privacy)",
    ("cli", "gui"): "`redaksi DRAFT` opens the editor window (editor.gui.app)",
    ("cli", "commands"): "the program gathers the commands under their parser (commands.parser)",
    ("importers", "storage"): "a Redaksi page's article.json carries a draft document, read "
    "with the draft format's own migrations and schema (editor.importers.ninjs_import)",
}


def place(module: str) -> str:
    """``foundation`` or the layer's name (``editor.gui.preview.pane`` -> ``gui``)."""
    if module in FOUNDATION:
        return "foundation"
    part = module.split(".")[1]
    assert part in LEVELS, f"{module} has no place in the layers: add it to tests/test_layers.py"
    return part


def breaks_the_rule(edge: Edge) -> bool:
    source, target = place(edge.source), place(edge.target)
    if target == "foundation" or source == target:
        return False
    if source == "foundation":
        return True
    return LEVELS[target] >= LEVELS[source] and (source, target) not in SIDEWAYS


def test_every_module_has_a_place() -> None:
    assert {place(name) for name in modules()} >= {"foundation", "model", "gui", "export"}


def test_layers_point_one_way() -> None:
    wrong = [str(edge) for edge in edges() if breaks_the_rule(edge)]
    assert wrong == [], "imports against the layers:\n" + "\n".join(wrong)


def test_no_import_cycles() -> None:
    graph: dict[str, set[str]] = {name: set() for name in modules()}
    for edge in edges():
        if not edge.typing_only:
            graph[edge.source].add(edge.target)
    assert cycles(graph) == []


def test_the_checks_see_a_wrong_import_and_a_cycle() -> None:
    """The rule and the cycle search above can fail: fed what they forbid, they say so."""
    assert breaks_the_rule(Edge("editor.render.preview", "editor.storage.draft", 1, True, True))
    assert breaks_the_rule(Edge("editor.render.preview", "editor.export.images", 1, True, False))
    assert breaks_the_rule(Edge("editor.site", "editor.storage.draft", 1, False, False))
    assert breaks_the_rule(Edge("editor.archive", "editor.render.page", 1, False, False))
    assert breaks_the_rule(Edge("editor.gui.app", "editor.commands.export", 1, False, False))
    assert not breaks_the_rule(Edge("editor.export.article", "editor.render.page", 1, False, False))
    found = cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}})
    assert found == [["a", "b", "c"]]
    assert any(edge.target == "editor.model.draft" for edge in edges())
