"""Every error a user may see survives pickling whole: a batch export's worker processes
send them to the parent, which prints the same sentence in the user's language.

The errors are found, not listed: every ``RedaksiError`` subclass in the package (the GUI's
included) and every function of the core whose return annotation is one (the
``failures``/``messages`` factories).
"""

from __future__ import annotations

import importlib
import inspect
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from editor.errors import RedaksiError
from tests.structure import modules

CORE = sorted(name for name in modules() if not name.startswith("editor.gui"))


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def error_classes() -> list[type[RedaksiError]]:
    for name in modules():
        importlib.import_module(name)
    return sorted({RedaksiError, *_subclasses(RedaksiError)}, key=lambda c: c.__qualname__)


def factories() -> list[Callable[..., RedaksiError]]:
    """Functions of the core annotated to return an error (``-> HostKeyError``)."""
    found = []
    for name in CORE:
        module = importlib.import_module(name)
        for value in vars(module).values():
            if inspect.isfunction(value) and value.__module__ == name:
                returns = getattr(module, str(value.__annotations__.get("return")), None)
                if isinstance(returns, type) and issubclass(returns, RedaksiError):
                    found.append(value)
    return found


def sample(annotation: str) -> Any:
    """A plausible argument for a parameter annotated ``annotation`` (a string)."""
    from editor.net import NetError

    refused = NetError("Server menolak sambungan.", "The server refused.", reason="failed")
    for key, value in (("NetError", refused), ("Path", Path("foto/rob.jpg")),
                       ("Exception", OSError("disk penuh")), ("float", 1.5),
                       ("OSError", OSError(28, "No space left on device")),
                       ("list", ["lokal", "server"]), ("tuple", (6000, 4000)), ("int", 60)):
        if key in annotation:
            return value
    return "contoh"


def call_with_samples(function: Callable[..., Any], **preferred: Any) -> Any:
    """Call with a sample for each required parameter, ``preferred`` where it names one."""
    params = inspect.signature(function).parameters.values()
    args = {p.name: preferred.get(p.name, sample(str(p.annotation))) for p in params
            if p.default is inspect.Parameter.empty or p.name in preferred}
    return function(**args)


def assert_round_trip(error: RedaksiError) -> None:
    copy = pickle.loads(pickle.dumps(error, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(copy) is type(error)
    assert vars(copy) == vars(error)
    assert copy.args == error.args
    assert (copy.message("id"), copy.message("en")) == (error.message("id"), error.message("en"))


@pytest.mark.parametrize("cls", error_classes(), ids=lambda c: c.__qualname__)
def test_every_error_class_pickles_whole(cls: type[RedaksiError]) -> None:
    error = call_with_samples(cls, message_id="Foto rusak.", message_en="Broken photo.")
    error.path = "draf/rob.redaksi"
    assert_round_trip(error)


@pytest.mark.parametrize("factory", factories(), ids=lambda f: f"{f.__module__}.{f.__name__}")
def test_every_error_factory_pickles_whole(factory: Callable[..., RedaksiError]) -> None:
    assert_round_trip(call_with_samples(factory))


def test_the_errors_are_really_found() -> None:
    names = {cls.__name__ for cls in error_classes()}
    assert {"HostKeyError", "AuthFailed", "DraftError", "MediaError", "PasswordNotGiven"} <= names
    made = {f.__name__ for f in factories()}
    assert {"host_key_changed", "auth_failed", "too_many_pixels", "decode_failure"} <= made


def test_a_host_key_error_keeps_what_the_dialog_shows() -> None:
    from editor.publish.failures import host_key_changed

    error = host_key_changed("pesisir.example", "SHA256:baru", "SHA256:lama", "~/.ssh/known")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.host, copy.fingerprint, copy.previous, copy.changed) == (
        "pesisir.example", "SHA256:baru", "SHA256:lama", True)


def bilingual_values() -> list[Any]:
    """One value of each kind that carries a message in both languages."""
    from editor.archive.api import SyncWarning
    from editor.importers.report import NoteKind, ReportNote
    from editor.media.types import Notice
    from editor.model.problems import Problem, Severity
    from editor.spelling.dictionary import Missing

    return [
        RedaksiError("Foto rusak.", "Broken photo."),
        Problem("headline", Severity.ERROR, "Foto rusak.", "Broken photo."),
        Notice("Foto rusak.", "Broken photo."),
        Missing("Foto rusak.", "Broken photo."),
        ReportNote(NoteKind.DROPPED, "Foto rusak.", "Broken photo."),
        SyncWarning("peta.xml", "Foto rusak.", "Broken photo."),
    ]


@pytest.mark.parametrize("value", bilingual_values(), ids=lambda v: type(v).__name__)
def test_every_bilingual_message_speaks_the_users_language_by_default(value, monkeypatch) -> None:
    """One idiom and one default: ``lang`` when given, else ``ui_language()`` (REDAKSI_LANG)."""
    assert value.message("en").endswith("Broken photo.")
    assert value.message("id").endswith("Foto rusak.")
    monkeypatch.setenv("REDAKSI_LANG", "en")
    assert value.message().endswith("Broken photo.")
    monkeypatch.setenv("REDAKSI_LANG", "id")
    assert value.message().endswith("Foto rusak.")


def test_say_takes_a_language(monkeypatch) -> None:
    from editor.errors import say

    monkeypatch.setenv("REDAKSI_LANG", "id")
    assert (say("ya", "yes"), say("ya", "yes", "en"), say("ya", "yes", "id")) == ("ya", "yes", "ya")
    monkeypatch.setenv("REDAKSI_LANG", "en")
    assert (say("ya", "yes"), say("ya", "yes", "id")) == ("yes", "ya")
