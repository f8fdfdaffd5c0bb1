"""``redaksi check DRAFT``: print the validation problems; exit 1 when there are errors."""

from __future__ import annotations

import argparse

from editor.errors import say, ui_language

SEVERITY_WORDS = {
    "id": {"error": "GALAT", "warning": "PERINGATAN", "note": "CATATAN"},
    "en": {"error": "ERROR", "warning": "WARNING", "note": "NOTE"},
}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "check",
        help=say("periksa draf sebelum terbit", "check drafts before publishing"),
        description=say(
            "Mencetak masalah tiap draf (GALAT, PERINGATAN); status keluar 1 bila ada galat.",
            "Prints each draft's problems (ERROR, WARNING); exit status 1 when there are errors.",
        ),
    )
    parser.add_argument("drafts", nargs="+", metavar=say("DRAF", "DRAFT"),
                        help=say("berkas .redaksi", ".redaksi files"))
    parser.add_argument("--site", metavar=say("PROFIL", "PROFILE"),
                        help=say("profil situs (TOML)", "site profile (TOML)"))
    parser.add_argument("--no-spelling", action="store_true",
                        help=say("jangan periksa ejaan", "do not check spelling"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:  # heavy imports here keep `redaksi --help` fast
    from editor.archive.links import site_link_problems
    from editor.model.validate import Severity, validate
    from editor.render.urls import article_url
    from editor.site import load_profile
    from editor.spelling.checker import checker_for
    from editor.spelling.notes import spelling_notes
    from editor.storage.draft import open_draft

    site = load_profile(args.site)
    checker = None if args.no_spelling else checker_for(site)
    lang = ui_language()
    errors = 0
    for path in args.drafts:
        draft = open_draft(path)
        problems = validate(draft.article, own_url=article_url(draft.article, site),
                            rules=site.checks)
        problems += media_problems(draft)
        problems += site_link_problems(draft.article, site)  # links the archive does not know
        if checker is not None:
            problems += spelling_notes(draft.article, checker)
        for problem in problems:
            where = problem.field + (f"[{problem.block + 1}]" if problem.block is not None else "")
            word = SEVERITY_WORDS[lang][problem.severity.value]
            print(f"{path}: {word}: {where}: {problem.message(lang)}")
            errors += problem.severity is Severity.ERROR
        if all(problem.severity is Severity.NOTE for problem in problems):  # notes never block
            print(say(f"{path}: tidak ada masalah", f"{path}: OK", lang))
    return 1 if errors else 0


def media_problems(draft) -> list:
    """Problems the photo pipeline finds in the draft's images (GPS, size, broken files)."""
    from editor.media.checks import image_problems

    return image_problems(draft)
