"""``redaksi export DRAFT... [--site SITE.toml] -o OUTDIR``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export", help="ekspor draf menjadi halaman HTML + metadata")
    parser.add_argument("drafts", nargs="+", help="berkas .redaksi atau folder berisi draf")
    parser.add_argument("--site", help="profil situs (TOML); bawaan: contoh Warta Pesisir")
    parser.add_argument("-o", "--output", required=True, help="folder keluaran")
    parser.add_argument("-q", "--quiet", action="store_true", help="hanya cetak kesalahan")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:  # heavy imports here keep `redaksi --help` fast
    from editor.export import export_drafts
    from editor.site import load_profile

    site = load_profile(args.site)
    outdir = Path(args.output)
    outdir.mkdir(parents=True, exist_ok=True)
    result = export_drafts(args.drafts, site, outdir)
    from editor.commands.archive import record_exports  # every export enters the archive

    record_exports(site, result.exported)
    for item in result.exported:
        if not args.quiet:
            print(item.path / "index.html")
    for _path, error in result.failed:
        print(f"redaksi: {error.message()}", file=sys.stderr)
    if not args.quiet:
        print(
            f"{len(result.exported)} diekspor, {len(result.failed)} gagal -> {outdir}",
            file=sys.stderr,
        )
    return 1 if result.failed else 0
