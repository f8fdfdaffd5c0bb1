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

from editor.commands.folders import output_folder
from editor.errors import ImportError_, RedaksiError, say, ui_language


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import",
        help=say("impor berita (.md, .docx, .txt, .html, https://) menjadi draf",
                 "import articles (.md, .docx, .txt, .html, https://) as drafts"),
        description=say(
            "Mengubah berkas Markdown (docs/markdown.md), Word .docx, teks kantor berita .txt, halaman "
            ".html tersimpan atau alamat https:// menjadi draf .redaksi.",
            "Turns Markdown (docs/markdown.md), Word .docx, wire copy .txt, saved .html pages "
            "or https:// addresses into .redaksi drafts.",
        ),
    )
    parser.add_argument("files", nargs="+", metavar=say("SUMBER", "SOURCE"),
                        help=say("berkas, folder, atau alamat https://",
                                 "files, folders or https:// addresses"))
    parser.add_argument(
        "-o", "--output", required=True, metavar=say("TUJUAN", "TARGET"),
        help=say("berkas .redaksi (satu masukan) atau folder",
                 "a .redaksi file (one input) or a folder"),
    )
    parser.add_argument("-q", "--quiet", action="store_true",
                        help=say("tanpa laporan impor", "no import report"))
    parser.add_argument("--site", metavar=say("PROFIL", "PROFILE"), help=say(
        "profil situs (TOML): arsipnya mencarikan tautan baris “Baca Juga: Judul” yang tanpa tautan",
        "site profile (TOML): its archive finds the link of “Baca Juga: Title” lines that have none"))
    parser.add_argument(
        "--no-typography",
        action="store_true",
        help=say("biarkan kutip lurus, titik tiga, spasi ganda dan tanda hubung apa adanya",
                 "keep straight quotes, three dots, double spaces and hyphens as they are"),
    )
    parser.set_defaults(func=run)


def collect(paths: list[str]) -> list[str]:
    from editor.importers.sources import SUFFIXES
    from editor.model.web_address import is_url

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
    from editor.model.web_address import is_url

    return (slug or "berita") if is_url(source) else Path(source).stem


def run(args: argparse.Namespace) -> int:  # heavy imports here keep `redaksi --help` fast
    from editor.importers.sources import import_source
    from editor.model.typography import HOUSE, OFF
    from editor.site import load_profile
    from editor.storage.draft import save_draft

    typography = OFF if args.no_typography else HOUSE
    sources = collect(args.files)
    if not sources:
        raise ImportError_("Tidak ada berkas untuk diimpor.", "No files to import.")
    output = Path(args.output)
    single = len(sources) == 1 and output.suffix == ".redaksi"
    if not single:
        output = output_folder(output, ImportError_)
    failed = 0
    used: set[Path] = set()
    archive = _archive(load_profile(args.site))
    lookup = None
    if archive is not None:
        from editor.archive.links import headline_lookup

        lookup = headline_lookup(archive)  # "Baca Juga: Title" lines get their URL by title
    for source in sources:
        try:
            result = import_source(source, typography=typography, lookup=lookup)
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
    if archive is not None:
        archive.close()
    return 1 if failed else 0


def _archive(site):
    """The site's archive when it exists and holds articles (it is never created here);
    an unreadable one is said once and the import goes on without it."""
    from editor.archive import ArchiveError, archive_path, open_archive

    if not archive_path(site.base_url).is_file():
        return None
    try:
        archive = open_archive(site)
        if archive.count():
            return archive
        archive.close()
    except ArchiveError as exc:
        print(f"redaksi: {exc.message()}", file=sys.stderr)
    return None

