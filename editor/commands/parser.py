"""The command line's argument parser, in the user's language (``REDAKSI_LANG``).

argparse writes its own words (``usage:``, ``options``, ``the following arguments are
required``) in English through gettext's global domain; rather than bind a catalogue
process-wide, this parser names its sections and help itself and says its usage
errors in Indonesian by default: one line, exit status 2, with a pointer to ``--help``.
"""

from __future__ import annotations

import argparse
import re
from typing import Any, NoReturn

from editor.errors import say, ui_language

# argparse's usage errors (Python 3.11-3.13), in Indonesian
USAGE_ERRORS_ID = (
    (r"the following arguments are required: (.*)", r"argumen wajib belum diberikan: \1"),
    (r"unrecognized arguments: (.*)", r"argumen tidak dikenal: \1"),
    (r"argument (.+?): invalid choice: (.*?) \(choose from (.*)\)",
     r"argumen \1: pilihan tidak dikenal \2 (pilih dari \3)"),
    (r"argument (.+?): expected one argument", r"argumen \1 perlu satu nilai"),
    (r"argument (.+?): expected at most one argument", r"argumen \1 menerima paling banyak satu nilai"),
    (r"argument (.+?): expected at least one argument", r"argumen \1 perlu paling sedikit satu nilai"),
    (r"argument (.+?): expected (\d+) arguments?", r"argumen \1 perlu \2 nilai"),
    (r"argument (.+?): invalid \S+ value: (.*)", r"argumen \1: nilai \2 tidak sah"),
    (r"argument (.+?): not allowed with argument (.*)", r"argumen \1 tidak boleh dipakai bersama \2"),
    (r"argument (.+?): ignored explicit argument (.*)", r"argumen \1 tidak menerima nilai \2"),
    (r"ambiguous option: (.*?) could match (.*)", r"pilihan \1 ambigu; bisa berarti \2"),
    (r"one of the arguments (.*) is required", r"salah satu argumen \1 wajib diberikan"),
    # last: our own type checks (ArgumentTypeError) already speak the user's language
    (r"argument (.+?): (.*)", r"argumen \1: \2"),
)


def usage_error_text(message: str, lang: str | None = None) -> str:
    """argparse's English usage error in the user's language (unchanged in English)."""
    if (lang or ui_language()) == "en":
        return message
    for pattern, replacement in USAGE_ERRORS_ID:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


class Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        prefix = say("Pemakaian: ", "Usage: ") if prefix is None else prefix
        super().add_usage(usage, actions, groups, prefix)


class Parser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` that speaks the user's language; subcommands inherit it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = say("argumen", "arguments")
        self._optionals.title = say("pilihan", "options")
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS,
            help=say("tampilkan bantuan ini lalu keluar", "show this help and exit"),
        )

    def error(self, message: str) -> NoReturn:
        """One line: what is wrong and where to read more; exit status 2 (a usage error)."""
        word = say("galat", "error")
        see = say(f"lihat: {self.prog} --help", f"see: {self.prog} --help")
        self.exit(2, f"{self.prog}: {word}: {usage_error_text(message)} ({see})\n")
