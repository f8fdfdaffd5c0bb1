"""``redaksi import FILE... -o OUT``: Markdown with front matter -> ``.redaksi`` drafts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.commands.folders import output_folder
from editor.errors import ImportError_, RedaksiError, say

SUFFIXES = (".md", ".markdown", ".txt")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import",
        help=say("impor berita Markdown (docs/markdown.md) menjadi draf",
                 "import Markdown articles (docs/markdown.md) as drafts"),
        description=say(
            "Mengubah berkas Markdown dengan front matter YAML menjadi draf .redaksi.",
            "Turns Markdown files with YAML front matter into .redaksi drafts.",
        ),
    )
    parser.add_argument("files", nargs="+", metavar=say("BERKAS", "FILE"),
                        help=say("berkas .md atau folder", ".md files or folders"))
    parser.add_argument(
        "-o", "--output", required=True, metavar=say("TUJUAN", "TARGET"),
        help=say("berkas .redaksi (satu masukan) atau folder",
                 "a .redaksi file (one input) or a folder"),
    )
    parser.set_defaults(func=run)


def collect(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        found += (
            sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
            if path.is_dir()
            else [path]
        )
    return found


def _unique(target: Path, used: set[Path]) -> Path:
    """Two inputs named alike (``a/berita.md``, ``b/berita.md``) must not overwrite each other."""
    candidate, counter = target, 2
    while candidate in used:
        candidate = target.with_name(f"{target.stem}-{counter}{target.suffix}")
        counter += 1
    used.add(candidate)
    return candidate


def run(args: argparse.Namespace) -> int:  # heavy imports here keep `redaksi --help` fast
    from editor.importers.markdown import import_markdown
    from editor.storage.draft import save_draft

    sources = collect(args.files)
    if not sources:
        raise ImportError_("Tidak ada berkas Markdown.", "No Markdown files found.")
    output = Path(args.output)
    single = len(sources) == 1 and output.suffix == ".redaksi"
    if not single:
        output = output_folder(output, ImportError_)
    failed = 0
    used: set[Path] = set()
    for source in sources:
        target = output if single else _unique(output / (source.stem + ".redaksi"), used)
        try:
            save_draft(import_markdown(source), target)
            print(target)
        except RedaksiError as exc:
            failed += 1
            print(f"redaksi: {exc.message()}", file=sys.stderr)
    return 1 if failed else 0
