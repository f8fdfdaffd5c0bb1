"""``redaksi import FILE... -o OUT``: Markdown with front matter -> ``.redaksi`` drafts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.errors import ImportError_, RedaksiError

SUFFIXES = (".md", ".markdown", ".txt")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("import", help="impor berita Markdown (docs/markdown.md) menjadi draf")
    parser.add_argument("files", nargs="+", help="berkas .md atau folder")
    parser.add_argument(
        "-o", "--output", required=True, help="berkas .redaksi (satu masukan) atau folder"
    )
    parser.add_argument(
        "--no-typography",
        action="store_true",
        help="biarkan kutip lurus, titik tiga, spasi ganda dan tanda hubung apa adanya",
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
    from editor.model.typography import OFF, Rules
    from editor.storage.draft import save_draft

    typography = OFF if args.no_typography else Rules()
    sources = collect(args.files)
    if not sources:
        raise ImportError_("Tidak ada berkas Markdown.", "No Markdown files found.")
    output = Path(args.output)
    single = len(sources) == 1 and output.suffix == ".redaksi"
    if not single:
        output.mkdir(parents=True, exist_ok=True)
    failed = 0
    used: set[Path] = set()
    for source in sources:
        target = output if single else _unique(output / (source.stem + ".redaksi"), used)
        try:
            save_draft(import_markdown(source, typography=typography), target)
            print(target)
        except RedaksiError as exc:
            failed += 1
            print(f"redaksi: {exc.message()}", file=sys.stderr)
    return 1 if failed else 0
