"""The command line in both languages: ``--help`` of every command, summaries and results.

Indonesian by default, English with ``REDAKSI_LANG=en``: ``redaksi export`` once printed
"diekspor/gagal" and every ``--help`` in Indonesian whatever the setting.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import build_parser
from editor.commands.parser import USAGE_ERRORS_ID, usage_error_text
from tests.commands.test_bad_input import EN_WORDS, ID_WORDS, words
from tests.support import SAMPLE_DRAFT


def redaksi(*args: str, lang: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "REDAKSI_LANG"}
    if lang:
        env["REDAKSI_LANG"] = lang
    return subprocess.run([sys.executable, "-m", "editor.cli", *args], capture_output=True,
                          text=True, env=env)


def _words(text: str) -> set[str]:
    return words(re.sub(r"\S*[/=]\S*", " ", text))


def command_paths(parser: argparse.ArgumentParser | None = None, head: str = "") -> list[str]:
    """Every command and subcommand as typed: "", "export", ..., "archive sync", ..."""
    parser = parser or build_parser()
    paths = [head]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                paths += command_paths(sub, f"{head} {name}".strip())
    return paths


@pytest.mark.parametrize(
    "command",
    command_paths(),
)
def test_help_is_in_the_users_language(command: str) -> None:
    args = [*command.split(), "--help"]
    indonesian, english = redaksi(*args, lang=None), redaksi(*args, lang="en")
    assert indonesian.returncode == english.returncode == 0
    assert indonesian.stdout.startswith("Pemakaian: redaksi") and "pilihan:" in indonesian.stdout
    assert english.stdout.startswith("Usage: redaksi") and "options:" in english.stdout
    assert not _words(indonesian.stdout) & EN_WORDS, indonesian.stdout
    assert not _words(english.stdout) & ID_WORDS, english.stdout
    assert indonesian.stdout != english.stdout


def test_export_summary_and_check_result_in_english(tmp_path: Path) -> None:
    result = redaksi("export", str(SAMPLE_DRAFT), "-o", str(tmp_path / "situs"), lang="en")
    assert result.returncode == 0
    assert result.stderr.strip().startswith("1 exported, 0 failed -> ")
    result = redaksi("export", str(SAMPLE_DRAFT), "-o", str(tmp_path / "situs"), lang=None)
    assert result.stderr.strip().startswith("1 diekspor, 0 gagal -> ")
    checked = redaksi("check", str(SAMPLE_DRAFT), lang="en").stdout
    assert ": WARNING: featured_image: " in checked and "GPS location removed" in checked


class _Caught(Exception):
    pass


class _Catching(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        raise _Caught(message)


def argparse_messages() -> list[str]:
    """The usage errors this Python's argparse really says, one of each form."""
    parser = _Catching(prog="x")
    parser.add_argument("need")
    parser.add_argument("--one")
    parser.add_argument("--choice", choices=["a", "b"])
    parser.add_argument("--num", type=int)
    parser.add_argument("--two", nargs=2)
    parser.add_argument("--many", nargs="+")
    parser.add_argument("--flag", action="store_true")
    parser.add_argument("--alpha")
    parser.add_argument("--alps")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--left", action="store_true")
    group.add_argument("--right", action="store_true")
    either = _Catching(prog="y")
    either.add_mutually_exclusive_group(required=True).add_argument("--this", action="store_true")
    tries = [(parser, []), (parser, ["n", "--one"]), (parser, ["n", "--choice", "c"]),
             (parser, ["n", "--num", "x"]), (parser, ["n", "--two", "a"]),
             (parser, ["n", "--many"]), (parser, ["n", "--left", "--right"]),
             (parser, ["n", "--flag=1"]), (parser, ["n", "--al", "v"]),
             (parser, ["n", "extra"]), (either, [])]
    messages = []
    for target, argv in tries:
        with pytest.raises(_Caught) as caught:
            target.parse_args(argv)
        messages.append(str(caught.value))
    return messages


@pytest.mark.parametrize("message", argparse_messages())
def test_every_usage_error_of_argparse_is_translated(message: str) -> None:
    assert usage_error_text(message, "en") == message
    translated = usage_error_text(message, "id")
    assert translated != message and not _words(translated) & EN_WORDS, translated


def test_every_translation_pattern_is_used() -> None:
    used = {p for p, _ in USAGE_ERRORS_ID for m in argparse_messages() if re.fullmatch(p, m)}
    unused = {p for p, _ in USAGE_ERRORS_ID} - used
    assert unused <= {r"argument (.+?): expected at most one argument"}  # needs nargs="?" quirks


@pytest.mark.parametrize("lang", [None, "en"])
def test_our_own_value_checks_are_one_line_in_the_users_language(lang: str | None) -> None:
    """argparse puts ``argument --since:`` before the check's own words: both translated."""
    result = redaksi("archive", "search", "banjir", "--since", "2024-13-45", lang=lang)
    assert result.returncode == 2 and result.stdout == ""
    expected = {None: "redaksi archive search: galat: argumen --since: tanggal tidak sah: "
                      "'2024-13-45' (contoh: 2024-06-01)",
                "en": "redaksi archive search: error: argument --since: invalid date: "
                      "'2024-13-45' (for example 2024-06-01)"}[lang]
    assert result.stderr.startswith(expected) and len(result.stderr.splitlines()) == 1
