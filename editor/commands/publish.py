"""``redaksi publish``, ``redaksi unpublish`` and ``redaksi rollback``.

``publish`` runs the core's ``publish_draft``: export into a temporary folder,
publish, print the public URL, record the publication in the draft. Unknown
SFTP host keys are refused unless ``--trust-host-key`` is given: bare, it asks
on the console; with a fingerprint, it accepts exactly that key. An address
already live for another article is not replaced without ``--replace``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from editor.errors import PublishError, describe_error, say

if TYPE_CHECKING:  # paramiko costs 100 ms to import; only publishing itself pays for it
    from editor.publish.drafts import DraftPublished, Secret
    from editor.publish.hostkeys import ConfirmHostKey
    from editor.publish.progress import ProgressCallback

ASK = "ask"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("publish", help=say("ekspor draf lalu terbitkan ke server situs",
                                                 "export a draft and publish it to the site"))
    parser.add_argument("draft", metavar=say("DRAF", "DRAFT"),
                        help=say("berkas draf .redaksi", "the .redaksi draft file"))
    _common(parser)
    parser.add_argument("--save-password", action="store_true",
                        help=say("tanyakan kata sandi lalu simpan di keyring sistem",
                                  "ask for the password and keep it in the system keyring"))
    parser.add_argument("--trust-host-key", nargs="?", const=ASK, metavar="SHA256:...",
                        help=say("percayai kunci server SFTP baru (tanpa nilai: tanya dulu)",
                                  "trust a new SFTP server key (without a value: ask first)"))
    parser.add_argument("--slug", metavar="SLUG", help=say(
        "slug baru untuk draf yang belum pernah terbit (mengubah alamatnya)",
        "a new slug for a draft not yet published (changes its address)"))
    parser.add_argument("--replace", action="store_true", help=say(
        "ganti berita lain yang tayang di alamat yang sama",
        "replace another article that is live at the same address"))
    parser.add_argument("-q", "--quiet", action="store_true",
                        help=say("hanya cetak URL", "print only the URL"))
    parser.set_defaults(func=run_publish)
    for name, func, text in (
            ("unpublish", run_unpublish, say("turunkan berita dari situs",
                                              "take an article off the site")),
            ("rollback", run_rollback, say("kembalikan berita ke versi sebelumnya",
                                            "put an article's previous version back"))):
        parser = sub.add_parser(name, help=text)
        parser.add_argument("article", metavar=say("BERITA", "ARTICLE"), help=say(
            "slug atau lokasi berita yang tercantum di indeks situs (berita/2024/06/18/slug)",
            "slug or location of an article listed in the site index (berita/2024/06/18/slug)"))
        _common(parser)
        parser.set_defaults(func=func)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--target", metavar=say("NAMA", "NAME"), help=say(
        "nama target di profil situs (bawaan: yang pertama)",
        "target name in the site profile (default: the first one)"))
    parser.add_argument("--site", metavar=say("PROFIL", "PROFILE"), help=say(
        "profil situs (TOML); bawaan: contoh Warta Pesisir",
        "site profile (TOML); default: the Warta Pesisir sample"))


def run_publish(args: argparse.Namespace) -> int:
    from editor.publish.drafts import publish_draft  # heavy imports here keep --help fast
    from editor.site import load_profile
    from editor.storage.draft import open_draft

    site = load_profile(args.site)
    secret = _typed_password(site, args.target) if args.save_password else None
    draft = open_draft(args.draft)
    if args.slug:
        _set_slug(draft.article, args.slug)
    progress = _console_progress(args.quiet)
    try:
        outcome = publish_draft(draft, site, args.target, replace=args.replace,
                                progress=progress, secret=secret,
                                confirm_host_key=_host_key_question(args.trust_host_key))
    finally:
        if progress is not None:
            print(file=sys.stderr)
    print(outcome.result.url)
    if outcome.archive_warning:
        print(f"redaksi: {outcome.archive_warning}", file=sys.stderr)
    if not outcome.saved:
        print(f"redaksi: {_not_recorded(outcome)}", file=sys.stderr)
    return 0


def _set_slug(article, slug: str) -> None:
    try:
        article.set_slug(slug)
    except ValueError as exc:
        raise PublishError(
            "Draf ini sudah pernah terbit; slug-nya (alamatnya) tidak diubah lagi.",
            "This draft was published before; its slug (its address) no longer changes.",
        ) from exc


def _not_recorded(outcome: DraftPublished) -> str:
    """The article is live; say so, and where its record waits."""
    url, error = outcome.result.url, outcome.save_error
    why_id = why_en = ""
    if error is not None:
        why_id, why_en = (f" ({text})" for text in describe_error(error))
    if outcome.kept is None:
        return say(
            f"Berita sudah tayang di {url}, tetapi catatan penerbitannya tidak tersimpan ke draf{why_id} "
            f"maupun ke status penerbitan lokal. Catat alamat itu.",
            f"The article is live at {url}, but its record could not be saved into the "
            f"draft{why_en} nor into the local publish state. Note that address.")
    return say(
        f"Berita sudah tayang di {url}, tetapi catatan penerbitannya tidak bisa disimpan ke draf{why_id}. "
        f"Catatan itu disimpan di {outcome.kept} dan ditambahkan ke draf saat draf disimpan "
        "lagi.",
        f"The article is live at {url}, but its record could not be saved into the "
        f"draft{why_en}. The record is kept in {outcome.kept} and is added to the draft the "
        "next time it is saved.")


def run_unpublish(args: argparse.Namespace) -> int:
    from editor.publish import take_down
    from editor.site import load_profile

    done = take_down(args.article, load_profile(args.site), args.target)
    print(say(f"Diturunkan: {done.rel_dir}", f"Taken down: {done.rel_dir}"))
    if done.archive_warning:
        print(f"redaksi: {done.archive_warning}", file=sys.stderr)
    return 0


def run_rollback(args: argparse.Namespace) -> int:
    from editor.publish import rollback
    from editor.site import load_profile

    print(rollback(args.article, load_profile(args.site), args.target).url)
    return 0


def _typed_password(site, target_name: str | None) -> Secret:
    """--save-password: typed now, kept in the keyring unless the server refuses it."""
    from editor.publish.drafts import Secret
    from editor.publish.secrets import target_account
    from editor.publish.targets import load_target

    name = target_account(load_target(site, target_name))
    if name is None:
        raise PublishError("Target ini tidak memakai kata sandi.",
                           "This target does not use a password.")
    secret = getpass.getpass(say(f"Kata sandi untuk {name}: ", f"Password for {name}: "))
    if not secret:
        raise PublishError("Kata sandi kosong; tidak disimpan.", "Empty password; not stored.")
    return Secret(secret, remember=True)


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
    print(say(f"Server {host} belum dikenal. Sidik jari kuncinya:\n  {fingerprint}",
               f"The server {host} is not known yet. Its key fingerprint is:\n  {fingerprint}"),
          file=sys.stderr)
    reply = input(say("Percayai server ini? [y/N] ", "Trust this server? [y/N] "))
    return reply.strip().lower() in ("y", "ya", "yes")


def _console_progress(quiet: bool) -> ProgressCallback | None:
    if quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, message: str) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{percent:3d}% {message[:60]:<60}", end="", file=sys.stderr, flush=True)

    return show


