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

from editor.errors import RedaksiError
from editor.memory import tune_allocator

COMMAND_MODULES = (
    "editor.commands.export",
    "editor.commands.import_",
    "editor.commands.check",
    "editor.commands.publish",
    "editor.commands.archive",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="redaksi",
        description="Redaksi: tulis, tata letak, ekspor dan terbitkan berita.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
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
        parser.print_help()
        return 2
    tune_allocator()
    try:
        return int(args.func(args) or 0)
    except RedaksiError as exc:
        print(f"redaksi: {exc.message()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _open_editor(args: list[str]) -> int:
    from editor.gui.app import run  # Qt is imported only here

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
