"""``redaksi import SOURCE... -o OUT``: stories from where journalists write -> ``.redaksi`` drafts.

A source is a Markdown file with front matter (docs/markdown.md), a Word ``.docx``
(Google Docs' download too), plain-text wire copy (``.txt``), a saved article page
(``.html``) or a page's ``https://`` address; a folder stands for the files in it.
Each draft's import report (what was recognised, what was left out) is printed
under its name.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.errors import ImportError_, RedaksiError, ui_language


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import", help="impor berita (.md, .docx, .txt, .html, https://) menjadi draf"
    )
    parser.add_argument("files", nargs="+", help="berkas, folder, atau alamat https://")
    parser.add_argument(
        "-o", "--output", required=True, help="berkas .redaksi (satu masukan) atau folder"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="tanpa laporan impor")
    parser.add_argument(
        "--no-typography",
        action="store_true",
        help="biarkan kutip lurus, titik tiga, spasi ganda dan tanda hubung apa adanya",
    )
    parser.set_defaults(func=run)


def collect(paths: list[str]) -> list[str]:
    from editor.importers.sources import SUFFIXES, is_url

    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if not is_url(raw) and path.is_dir():
            found += [
                str(p) for p in sorted(path.rglob("*")) if p.suffix.lower() in SUFFIXES and p.is_file()
            ]
        else:
            found.append(raw)
    return found


def _unique(target: Path, used: set[Path]) -> Path:
    """Two inputs named alike (``a/berita.md``, ``b/berita.md``) must not overwrite each other."""
    candidate, counter = target, 2
    while candidate in used:
        candidate = target.with_name(f"{target.stem}-{counter}{target.suffix}")
        counter += 1
    used.add(candidate)
    return candidate


def _name(source: str, slug: str) -> str:
    from editor.importers.sources import is_url

    return (slug or "berita") if is_url(source) else Path(source).stem


def run(args: argparse.Namespace) -> int:  # heavy imports here keep `redaksi --help` fast
    from editor.importers.sources import import_source
    from editor.model.typography import HOUSE, OFF
    from editor.storage.draft import save_draft

    typography = OFF if args.no_typography else HOUSE
    sources = collect(args.files)
    if not sources:
        raise ImportError_("Tidak ada berkas untuk diimpor.", "No files to import.")
    output = Path(args.output)
    single = len(sources) == 1 and output.suffix == ".redaksi"
    if not single:
        output.mkdir(parents=True, exist_ok=True)
    failed = 0
    used: set[Path] = set()
    for source in sources:
        try:
            # Baca Juga titles without a link are reported; the archive (editor.archive,
            # not built yet) will look them up here through import_source's ``lookup``
            result = import_source(source, typography=typography)
            name = _name(source, result.draft.article.effective_slug())
            target = output if single else _unique(output / f"{name}.redaksi", used)
            save_draft(result.draft, target)
            print(target)
            if not args.quiet:
                for line in result.report.lines(ui_language()):
                    print(f"  {line}")
        except RedaksiError as exc:
            failed += 1
            print(f"redaksi: {exc.message()}", file=sys.stderr)
    return 1 if failed else 0

