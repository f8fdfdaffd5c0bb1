"""``redaksi archive sync|search|suggest|stats``: the site's archive from the command line.

``sync`` reads a publish target's site index (``--target``), folders, files and https
URLs (``--from``: site index, RSS/Atom feed, sitemap or sitemap index); without either
it syncs again every source synced before (or the profile's first target). ``--json``
prints one JSON object per line. A publish target is read through the publisher's
transports (``editor.publish.archive_sync``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import NoReturn

from editor.errors import say

LIMIT_MAX = 1000  # results a search or suggestion prints at most (the archive's own cap)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "archive", help=say("arsip berita situs: sinkron, cari, saran",
                            "the site's story archive: sync, search, suggest"))
    commands = parser.add_subparsers(dest="archive_command", metavar=say("PERINTAH", "COMMAND"))
    parser.set_defaults(func=lambda args: _usage(parser))

    sync = commands.add_parser("sync", help=say("ambil arsip dari situs, feed atau sitemap",
                                                "fetch the archive from a site, feed or sitemap"))
    _site(sync)
    source = sync.add_mutually_exclusive_group()
    source.add_argument("--target", metavar=say("NAMA", "NAME"),
                        help=say("target terbit di profil situs (indeks situsnya)",
                                 "a publish target of the site profile (its site index)"))
    source.add_argument("--from", dest="sources", nargs="+",
                        metavar=say("JALUR_ATAU_URL", "PATH_OR_URL"),
                        help=say("folder situs, berkas atau URL https:// (indeks, feed, sitemap)",
                                 "site folders, files or https:// URLs (index, feed, sitemap)"))
    sync.set_defaults(func=run_sync)

    search = commands.add_parser("search", help=say("cari berita di arsip",
                                                    "search the archive's articles"))
    search.add_argument("query", metavar=say("KATA", "WORDS"),
                        help=say("kata yang dicari", "the words to look for"))
    _site(search)
    search.add_argument("--section", metavar=say("RUBRIK", "SECTION"),
                        help=say("hanya rubrik ini", "this section only"))
    search.add_argument("--since", type=_date, metavar=say("TANGGAL", "DATE"),
                        help=say("hanya sejak tanggal ini (YYYY-MM-DD)",
                                 "only since this date (YYYY-MM-DD)"))
    search.add_argument("--limit", type=_count, default=10, metavar="N",
                        help=say("jumlah hasil (bawaan 10)", "how many results (default 10)"))
    search.add_argument("--json", action="store_true",
                        help=say("satu objek JSON per baris", "one JSON object a line"))
    search.set_defaults(func=run_search)

    suggest = commands.add_parser(
        "suggest", help=say("saran berita terkait dan Baca Juga untuk draf",
                            "related stories and Baca Juga suggested for a draft"))
    suggest.add_argument("draft", metavar=say("DRAF", "DRAFT"),
                         help=say("berkas draf .redaksi", "a .redaksi draft"))
    _site(suggest)
    suggest.add_argument("--limit", type=_count, default=5, metavar="N",
                         help=say("jumlah berita terkait (bawaan 5)",
                                  "how many related stories (default 5)"))
    suggest.add_argument("--json", action="store_true",
                         help=say("satu objek JSON per baris", "one JSON object a line"))
    suggest.set_defaults(func=run_suggest)

    stats = commands.add_parser("stats", help=say("isi arsip: berita, sumber, sinkronisasi terakhir",
                                                  "the archive: articles, sources, last sync"))
    _site(stats)
    stats.set_defaults(func=run_stats)


def _site(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", metavar=say("PROFIL", "PROFILE"),
                        help=say("profil situs (TOML); bawaan: contoh Warta Pesisir",
                                 "site profile (TOML); default: the Warta Pesisir sample"))


def _usage(parser: argparse.ArgumentParser) -> NoReturn:
    parser.error(say("perintah arsip belum diberikan (sync, search, suggest, stats)",
                     "no archive command given (sync, search, suggest, stats)"))


def _count(value: str) -> int:
    """A whole number from 1 to ``LIMIT_MAX`` (``99999999999999999999`` is a usage error,
    never an overflow deep in SQLite)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= LIMIT_MAX:
        raise argparse.ArgumentTypeError(say(
            f"harus bilangan bulat 1 sampai {LIMIT_MAX}: {value!r}",
            f"must be a whole number from 1 to {LIMIT_MAX}: {value!r}"))
    return number


def _date(value: str) -> datetime | date:
    """``2024-06-01`` (midnight in the newsroom's zone, applied later) or a full ISO time."""
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise argparse.ArgumentTypeError(say(
            f"tanggal tidak sah: {value!r} (contoh: 2024-06-01)",
            f"invalid date: {value!r} (for example 2024-06-01)"))
    return moment


# --- sync -----------------------------------------------------------------------------


def run_sync(args: argparse.Namespace) -> int:
    from editor.archive import ArchiveError, open_archive
    from editor.site import load_profile

    site = load_profile(args.site)
    with open_archive(site) as archive:
        plan = _plan(site, archive, args)
        archive.warm_stems()
        failed = 0
        for source, location, site_root in plan:
            try:
                report = _sync_one(site, archive, source, location, site_root)
            except ArchiveError as exc:
                print(f"redaksi: {exc.message()}", file=sys.stderr)
                failed += 1
                continue
            for warning in report.warnings:
                print(f"redaksi: {warning.message()}", file=sys.stderr)
            print(say(*report.summary()))
    return 1 if failed else 0


def _plan(site, archive, args: argparse.Namespace) -> list[tuple[str, str, bool]]:
    """(source name, location, is a site root) for each source to sync."""
    from editor.archive import ArchiveError
    from editor.model.web_address import is_url

    if args.target:
        return [(f"target:{args.target}", args.target, True)]
    if args.sources:
        plan = []
        for raw in args.sources:
            if is_url(raw):
                plan.append((raw, raw, raw.endswith("/")))
            elif re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", raw):
                raise ArchiveError("Hanya URL https:// atau http://.",
                                   "Only https:// or http:// URLs.", path=raw)
            else:
                path = Path(raw).expanduser().resolve()
                plan.append((str(path), str(path), path.is_dir()))
        return plan
    known = archive.known_sources()
    if known:
        return [(loc, loc.removeprefix("target:"),
                 loc.startswith("target:") or loc.endswith("/") or Path(loc).is_dir())
                for loc, _kind in known]
    if site.targets:
        name = next(iter(site.targets))
        return [(f"target:{name}", name, True)]
    raise ArchiveError(
        "Belum ada sumber arsip: beri --target NAMA atau --from JALUR_ATAU_URL.",
        "No archive source yet: give --target NAME or --from PATH_OR_URL.")


def _sync_one(site, archive, source: str, location: str, site_root: bool):
    from editor.archive.fetch import FileFetcher, HttpFetcher
    from editor.archive.sync import Sync
    from editor.model.web_address import is_url

    if source.startswith("target:"):
        from editor.publish.archive_sync import sync_target

        return sync_target(archive, site, location, progress=_progress())
    fetcher = HttpFetcher() if is_url(location) else FileFetcher()
    try:
        return Sync(archive, fetcher, source, progress=_progress()).run(
            location, site_root=site_root)
    finally:
        fetcher.close()


def _progress():
    """``45/92 index/2021-03.json`` on one line of a terminal; nothing when piped."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, what: str) -> None:
        end = "\n" if done >= total else ""
        print(f"\r{done}/{total} {what[-60:]:<60}", end=end, file=sys.stderr, flush=True)

    return show


# --- search, suggest, stats -----------------------------------------------------------


def run_search(args: argparse.Namespace) -> int:
    from editor.archive import open_archive
    from editor.site import load_profile

    site = load_profile(args.site)
    since = args.since
    if since is not None and not isinstance(since, datetime):  # a day: from its midnight
        since = datetime.combine(since, time(0), site.zone)
    with open_archive(site) as archive:
        hits = archive.search(args.query, section=args.section, since=since, limit=args.limit)
    for hit in hits:
        if args.json:
            print(json.dumps(hit.to_dict(), ensure_ascii=False))
        else:
            print(f"{_day(hit.published, site)}  {hit.section or '-'}  {hit.headline}\n"
                  f"    {hit.url}")
    if not hits and not args.json:
        print(say("Tidak ada hasil.", "No results."), file=sys.stderr)
    return 0


def run_suggest(args: argparse.Namespace) -> int:
    from editor.archive import open_archive
    from editor.render.urls import article_url
    from editor.site import load_profile
    from editor.storage.draft import open_draft

    site = load_profile(args.site)
    article = open_draft(args.draft).article
    own = [article_url(article, site)] if article.published else []
    with open_archive(site) as archive:
        found = archive.suggest(article, limit=args.limit, own_urls=own)
    if args.json:
        for item in found:
            print(json.dumps(item.to_dict(), ensure_ascii=False))
        return 0
    _print_suggestions(found, site)
    return 0


def _print_suggestions(found, site) -> None:
    if not found.related and not found.baca_juga:
        print(say("Tidak ada saran: arsip belum memuat berita yang berkaitan.",
                   "No suggestions: the archive holds no related story yet."), file=sys.stderr)
        return
    print(say("Berita terkait:", "Related stories:"))
    for item in found.related:
        print(f"  {_day(item.published, site)}  {item.headline}\n    {item.url}\n"
              f"    {say('kata yang sama', 'shared words')}: {', '.join(item.why)}")
    if found.baca_juga:
        print(say("Baca Juga:", "Read also:"))
    for item in found.baca_juga:
        where = say(f"setelah paragraf {item.after_paragraph}",
                     f"after paragraph {item.after_paragraph}")
        print(f"  [{where}] {item.headline}\n    {item.url}")


def run_stats(args: argparse.Namespace) -> int:
    from editor.archive import open_archive
    from editor.site import load_profile

    site = load_profile(args.site)
    with open_archive(site) as archive:
        stats = archive.stats()
    size = f"{stats.size_bytes / (1024 * 1024):.1f} MB"
    last = stats.last_sync.isoformat(timespec="seconds") if stats.last_sync else "-"
    print(say(f"Berita: {stats.articles}", f"Articles: {stats.articles}"))
    if stats.unpublished:
        print(say(f"Diekspor, belum terbit: {stats.unpublished} (tidak ditawarkan sampai terbit)",
                  f"Exported, not published yet: {stats.unpublished} (offered once published)"))
    print(say(f"Sinkronisasi terakhir: {last}", f"Last sync: {last}"))
    print(say(f"Basis data: {stats.location} ({size})", f"Database: {stats.location} ({size})"))
    print(say(f"Sumber: {len(stats.sources)}", f"Sources: {len(stats.sources)}"))
    for source in stats.sources:
        when = source.last_sync.isoformat(timespec="seconds") if source.last_sync else "-"
        print(f"  {source.location}  [{source.kind}]  {source.articles}  {when}")
    return 0


def _day(moment: datetime | None, site) -> str:
    return site.local(moment).strftime("%Y-%m-%d") if moment else "----------"


