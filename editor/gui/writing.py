"""The writing desk's switches as the editor's text widgets read them.

The preferences (``settings``) say which house typography rules apply as you type
and paste, whether Markdown-style shortcuts work in the body and whether spelling
is checked. The main window calls ``follow(settings)`` at start and whenever one of
them changes; the body editor and the head fields read ``options()`` on each key.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.gui.settings import Settings
from editor.model.typography import Rules

KEYS = ("typography_quotes", "typography_ellipsis", "typography_spaces",
        "typography_dateline_dash", "markdown_shortcuts", "spell_check")


@dataclass(frozen=True, slots=True)
class WritingOptions:
    rules: Rules = Rules()
    markdown: bool = True
    spelling: bool = True


_options = WritingOptions()


def options() -> WritingOptions:
    return _options


def follow(settings: Settings) -> WritingOptions:
    """Read the switches from ``settings``; returns them."""
    global _options
    get = settings.get
    _options = WritingOptions(
        Rules(get("typography_quotes"), get("typography_ellipsis"), get("typography_spaces"),
              get("typography_dateline_dash")),
        markdown=get("markdown_shortcuts"), spelling=get("spell_check"))
    return _options
