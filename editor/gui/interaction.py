"""The interaction seam lives in the core (``editor.interaction``); this name is kept for the GUI."""

from __future__ import annotations

from editor.interaction import (  # noqa: F401
    ConsoleInteraction,
    Interaction,
    Options,
    ScriptedInteraction,
    current,
    install,
    scripted_from_env,
)
