"""``redaksi publish``, ``redaksi unpublish`` and ``redaksi rollback``.

``publish`` exports the draft into a temporary folder, publishes it, prints
the public URL and records the publication (target, URL, time) in the draft.
Unknown SFTP host keys are refused unless ``--trust-host-key`` is given: bare,
it asks on the console; with a fingerprint, it accepts exactly that key.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from editor.errors import PublishError, ui_language

if TYPE_CHECKING:  # paramiko costs 100 ms to import; only publishing itself pays for it
    from editor.publish.hostkeys import ConfirmHostKey
    from editor.publish.progress import ProgressCallback

ASK = "ask"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("publish", help="ekspor draf lalu terbitkan ke server situs")
    parser.add_argument("draft", help="berkas draf .redaksi")
    _common(parser)
    parser.add_argument("--save-password", action="store_true",
                        help="tanyakan kata sandi lalu simpan di keyring sistem")
    parser.add_argument("--trust-host-key", nargs="?", const=ASK, metavar="SHA256:...",
                        help="percayai kunci server SFTP baru (tanpa nilai: tanya dulu)")
    parser.add_argument("-q", "--quiet", action="store_true", help="hanya cetak URL")
    parser.set_defaults(func=run_publish)
    for name, func, text in (("unpublish", run_unpublish, "turunkan artikel dari situs"),
                             ("rollback", run_rollback, "kembalikan artikel ke versi sebelumnya")):
        parser = sub.add_parser(name, help=text)
        parser.add_argument("article", help="slug atau lokasi artikel (berita/2024/06/18/slug)")
        _common(parser)
        parser.set_defaults(func=func)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--target", help="nama target di profil situs (bawaan: yang pertama)")
    parser.add_argument("--site", help="profil situs (TOML); bawaan: contoh Warta Pesisir")


def run_publish(args: argparse.Namespace) -> int:
    from editor.export import export_article  # heavy imports here keep `redaksi --help` fast
    from editor.model import PublishRecord
    from editor.publish import publish
    from editor.publish.items import publish_item_from
    from editor.site import load_profile
    from editor.storage.draft import open_draft, save_draft

    site = load_profile(args.site)
    if args.save_password:
        _save_password(site, args.target)
    draft = open_draft(args.draft)
    if draft.article.published is None:  # the URL carries the date: fix it at first publish
        draft.article.published = datetime.now(site.zone).replace(microsecond=0)
    progress = _console_progress(args.quiet)
    with tempfile.TemporaryDirectory(prefix="redaksi-publish-") as folder:
        item = publish_item_from(export_article(draft, site, Path(folder)))
        result = publish(item, site, args.target, progress=progress,
                         confirm_host_key=_host_key_question(args.trust_host_key))
    if progress is not None:
        print(file=sys.stderr)
    print(result.url)
    draft.article.publications.append(PublishRecord(result.target, result.url, result.at))
    save_draft(draft, Path(args.draft))
    return 0


def run_unpublish(args: argparse.Namespace) -> int:
    from editor.publish import unpublish
    from editor.site import load_profile

    rel_dir = unpublish(args.article, load_profile(args.site), args.target)
    print(_say(f"Diturunkan: {rel_dir}", f"Taken down: {rel_dir}"))
    return 0


def run_rollback(args: argparse.Namespace) -> int:
    from editor.publish import rollback
    from editor.site import load_profile

    print(rollback(args.article, load_profile(args.site), args.target).url)
    return 0


def _save_password(site, target_name: str | None) -> None:
    from editor.publish.secrets import set_secret, target_account
    from editor.publish.targets import load_target

    name = target_account(load_target(site, target_name))
    if name is None:
        raise PublishError("Target ini tidak memakai kata sandi.",
                           "This target does not use a password.")
    secret = getpass.getpass(_say(f"Kata sandi untuk {name}: ", f"Password for {name}: "))
    if not secret:
        raise PublishError("Kata sandi kosong; tidak disimpan.", "Empty password; not stored.")
    set_secret(name, secret)


def _host_key_question(answer: str | None) -> ConfirmHostKey:
    """No flag: refuse. A fingerprint: accept exactly it. Bare flag: ask on the console."""
    from editor.publish.hostkeys import refuse

    if answer is None:
        return refuse
    if answer != ASK:
        return lambda host, fingerprint: fingerprint == answer
    return _ask_on_console


def _ask_on_console(host: str, fingerprint: str) -> bool:
    if not sys.stdin.isatty():
        return False
    print(_say(f"Server {host} belum dikenal. Sidik jari kuncinya:\n  {fingerprint}",
               f"The server {host} is not known yet. Its key fingerprint is:\n  {fingerprint}"),
          file=sys.stderr)
    reply = input(_say("Percayai server ini? [y/N] ", "Trust this server? [y/N] "))
    return reply.strip().lower() in ("y", "ya", "yes")


def _console_progress(quiet: bool) -> ProgressCallback | None:
    if quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, message: str) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{percent:3d}% {message[:60]:<60}", end="", file=sys.stderr, flush=True)

    return show


def _say(text_id: str, text_en: str) -> str:
    return text_en if ui_language() == "en" else text_id
