"""The ``redaksi`` command: headless commands over the core, or the editor window.

Each command lives in its own module exposing ``register(subparsers)``; the
command's function returns the process exit code. Errors derived from
``RedaksiError`` are printed as one clear line, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from editor.commands.parser import Parser
from editor.errors import RedaksiError, describe_os_error, say
from editor.memory import tune_allocator

COMMAND_MODULES = (
    "editor.commands.export",
    "editor.commands.import_",
    "editor.commands.check",
    "editor.commands.publish",
    "editor.commands.archive",
)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="redaksi",
        description=say(
            "Redaksi: menulis, menata, mengekspor, dan menerbitkan berita.",
            "Redaksi: write, lay out, export and publish news articles.",
        ),
        epilog=say(
            "Tanpa perintah, atau dengan berkas .redaksi, membuka jendela editor. "
            "REDAKSI_LANG=en: keluaran dalam bahasa Inggris.",
            "Without a command, or with a .redaksi file, opens the editor window. "
            "REDAKSI_LANG=id: output in Indonesian.",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar=say("PERINTAH", "COMMAND"))
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or not args_list[0].startswith("-") and args_list[0].endswith(".redaksi"):
        return _open_editor(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.error(say("perintah belum diberikan", "no command given"))
    tune_allocator()
    try:
        return int(args.func(args) or 0)
    except RedaksiError as exc:
        print(f"redaksi: {exc.message()}", file=sys.stderr)
        return 1
    except OSError as exc:  # a file problem no command foresaw: still one line, no traceback
        print(f"redaksi: {say(*describe_os_error(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _open_editor(args: list[str]) -> int:
    from editor.gui.app import run  # Qt is imported only here

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
