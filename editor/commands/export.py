"""``redaksi export DRAFT... [--site SITE.toml] -o OUTDIR``."""

from __future__ import annotations

import argparse
import sys

from editor.commands.folders import output_folder
from editor.errors import ExportError, say


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help=say("ekspor draf menjadi halaman HTML + metadata",
                 "export drafts as HTML pages + metadata"),
        description=say(
            "Mengekspor draf menjadi folder berita: index.html, fragment.html, "
            "article.json (ninjs) dan foto olahan.",
            "Exports drafts as article folders: index.html, fragment.html, "
            "article.json (ninjs) and processed photos.",
        ),
    )
    parser.add_argument("drafts", nargs="+", metavar=say("DRAF", "DRAFT"),
                        help=say("berkas .redaksi atau folder berisi draf",
                                 ".redaksi files or folders of drafts"))
    parser.add_argument("--site", metavar=say("PROFIL", "PROFILE"),
                        help=say("profil situs (TOML); bawaan: contoh Warta Pesisir",
                                 "site profile (TOML); default: the Warta Pesisir sample"))
    parser.add_argument("-o", "--output", required=True, metavar="FOLDER",
                        help=say("folder hasil ekspor", "output folder"))
    parser.add_argument("-q", "--quiet", action="store_true",
                        help=say("hanya cetak galat", "print errors only"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:  # heavy imports here keep `redaksi --help` fast
    from editor.export import export_drafts
    from editor.site import load_profile

    site = load_profile(args.site)
    outdir = output_folder(args.output, ExportError)
    result = export_drafts(args.drafts, site, outdir)  # and records them in the archive
    for item in result.exported:
        if not args.quiet:
            print(item.path / "index.html")
    for _path, error in result.failed:
        print(f"redaksi: {error.message()}", file=sys.stderr)
    if result.archive_warning is not None:
        print(f"redaksi: {result.archive_warning.message()}", file=sys.stderr)
    if not args.quiet:
        done, failed = len(result.exported), len(result.failed)
        print(say(f"{done} diekspor, {failed} gagal -> {outdir}",
                  f"{done} exported, {failed} failed -> {outdir}"), file=sys.stderr)
    return 1 if result.failed else 0
