"""The interaction seam: how code asks the person at the keyboard a question.

Code that needs a decision ("save changes?", "restore the recovery copy?", "which
file?") calls ``current()`` instead of building a dialog, so the same code runs with
dialogs in the window, with a prompt on a terminal, or with scripted answers in
tests and benchmarks (git-cola's ``cola/interaction.py``). The GUI installs its
dialog implementation at start-up (``editor.gui.dialogs.qt_interaction``).

Every question carries a ``key`` naming it (``"save_changes"``, ``"recover"``…),
which is what scripted answers are keyed by. This module imports no Qt; the
Protocol and console fallback could move to the core if the core ever needs to ask.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

Options = Sequence[tuple[str, str]]  # (answer id, button label)
ANSWERS_ENV = "REDAKSI_ANSWERS"


class Interaction(Protocol):
    def choose(self, key: str, title: str, text: str, options: Options, default: str) -> str:
        """One of the option ids; ``default`` when the question is dismissed."""

    def confirm(self, key: str, title: str, text: str, ok: str) -> bool: ...

    def error(self, title: str, text: str) -> None: ...

    def info(self, title: str, text: str) -> None: ...

    def ask_open_file(self, key: str, title: str, folder: str, filters: str) -> Path | None: ...

    def ask_save_file(self, key: str, title: str, path: str, filters: str) -> Path | None: ...

    def ask_folder(self, key: str, title: str, folder: str) -> Path | None: ...

    def open_location(self, path: Path) -> bool:
        """Show ``path`` in the system's browser or file manager; False when none started."""
        ...


class ConsoleInteraction:
    """Questions on the terminal; without one, every question takes its default."""

    def _ask(self, text: str) -> str | None:
        if not sys.stdin or not sys.stdin.isatty():
            return None
        try:
            return input(text).strip()
        except EOFError:
            return None

    def choose(self, key: str, title: str, text: str, options: Options, default: str) -> str:
        labels = ", ".join(f"{answer}={label}" for answer, label in options)
        reply = self._ask(f"{title}: {text} [{labels}] ")
        return reply if reply in {answer for answer, _ in options} else default

    def confirm(self, key: str, title: str, text: str, ok: str) -> bool:
        return (self._ask(f"{title}: {text} [y/N] ") or "").lower().startswith("y")

    def error(self, title: str, text: str) -> None:
        print(f"redaksi: {title}: {text}", file=sys.stderr)

    def info(self, title: str, text: str) -> None:
        print(f"redaksi: {title}: {text}", file=sys.stderr)

    def ask_open_file(self, key: str, title: str, folder: str, filters: str) -> Path | None:
        reply = self._ask(f"{title}: ")
        return Path(reply) if reply else None

    def ask_save_file(self, key: str, title: str, path: str, filters: str) -> Path | None:
        reply = self._ask(f"{title} [{path}]: ")
        return Path(reply or path) if (reply or path) else None

    def ask_folder(self, key: str, title: str, folder: str) -> Path | None:
        return self.ask_open_file(key, title, folder, "")

    def open_location(self, path: Path) -> bool:
        print(path)
        return True


@dataclass
class ScriptedInteraction:
    """Answers from a table, for tests and unattended runs; records every question.

    ``answers[key]`` is a value or a callable taking the question's keyword
    arguments. An unanswered question takes its default (``None`` for files).
    """

    answers: dict[str, Any] = field(default_factory=dict)
    asked: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    opened: list[Path] = field(default_factory=list)

    def _answer(self, key: str, default: Any, **question: Any) -> Any:
        self.asked.append((key, question))
        answer = self.answers.get(key, default)
        return answer(**question) if callable(answer) else answer

    def choose(self, key: str, title: str, text: str, options: Options, default: str) -> str:
        return self._answer(key, default, title=title, text=text, options=list(options))

    def confirm(self, key: str, title: str, text: str, ok: str) -> bool:
        return bool(self._answer(key, False, title=title, text=text))

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def info(self, title: str, text: str) -> None:
        self.asked.append(("info", {"title": title, "text": text}))

    def ask_open_file(self, key: str, title: str, folder: str, filters: str) -> Path | None:
        return _path(self._answer(key, None, title=title, folder=folder))

    def ask_save_file(self, key: str, title: str, path: str, filters: str) -> Path | None:
        return _path(self._answer(key, None, title=title, path=path))

    def ask_folder(self, key: str, title: str, folder: str) -> Path | None:
        return _path(self._answer(key, None, title=title, folder=folder))

    def open_location(self, path: Path) -> bool:
        """Recorded; ``answers["open_location"] = False`` plays a system without a browser."""
        self.opened.append(Path(path))
        return bool(self.answers.get("open_location", True))

    def asked_keys(self) -> list[str]:
        return [key for key, _question in self.asked]


def _path(value: Any) -> Path | None:
    return Path(value) if value else None


_current: Interaction = ConsoleInteraction()


def install(interaction: Interaction) -> Interaction:
    """Make ``interaction`` the one every caller gets; returns the previous one."""
    global _current
    previous, _current = _current, interaction
    return previous


def current() -> Interaction:
    return _current


def scripted_from_env() -> ScriptedInteraction | None:
    """``REDAKSI_ANSWERS='{"recover": "restore"}'`` answers questions without dialogs.

    For unattended runs (benchmarks, a subprocess in a test); unset in normal use.
    """
    raw = os.environ.get(ANSWERS_ENV)
    if not raw:
        return None
    answers = json.loads(raw)
    if not isinstance(answers, dict):
        raise ValueError(f"{ANSWERS_ENV} must be a JSON object")
    return ScriptedInteraction(answers=answers)

