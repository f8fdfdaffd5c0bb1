"""Every command of the real ``redaksi`` against a list of bad inputs, in both languages.

For each: no traceback, one clear line that starts with ``redaksi``, exit status 1 for
bad input and 2 for a usage error, and the words of the user's language only
(``REDAKSI_LANG`` unset means Indonesian). The commands are taken from the parser, so
a command registered later (``archive``) is run with the usage errors every command must
handle until it gets its own list here.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import socket
import subprocess
import sys
import traceback
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from editor import cli
from editor.cli import build_parser, main
from tests.importers.test_front_matter import BILLION_LAUGHS
from tests.storage.hostile_zips import HOSTILE_DRAFTS
from tests.support import SAMPLE_DRAFT, SAMPLE_MARKDOWN, read_only, small_disk

EN_WORDS = {"the", "not", "must", "error", "usage", "invalid", "required", "unknown", "cannot",
            "found", "file", "is", "see", "arguments", "expected", "draft", "article",
            "argument", "errno", "connection", "refused", "directory", "such", "permission",
            "denied", "database"}
ID_WORDS = {"tidak", "harus", "berkas", "galat", "bukan", "wajib", "gagal", "dikenal", "sah",
            "penggunaan", "lihat", "ditemukan", "draf", "argumen", "perlu", "diekspor", "atau",
            "dan", "yang", "untuk", "dari", "ke", "di", "artikel", "situs", "bawaan", "lalu",
            "hanya", "cetak", "keluaran", "periksa", "sebelum", "terbit", "menjadi", "berisi"}

PROFILES = {
    "images": "images = 5\n",
    "targets": "[targets]\nx = 5\n",
    "unknown-key": 'nmae = "Warta"\n',
    "unknown-table": "[imagse]\nwidths = [480]\n",
    "url-placeholder": 'article_url = "/berita/{year}/{slug}/"\n',
    "url-escapes": 'article_url = "/../../{slug}/"\n',
    "theme-outside": 'theme = "../outside.css"\n',
    "logo-outside": 'logo = "/etc/passwd"\n',
    "port-type": '[targets.lokal]\nkind = "folder"\npath = "/srv"\nport = "22"\n',
    "not-toml": "name = \n",
    "binary": None,
}


@dataclass(frozen=True)
class Case:
    name: str
    argv: tuple[str, ...]
    status: int = 1


@dataclass
class World:
    root: Path
    draft: Path
    site: Path  # a good profile with a folder target inside root
    bad: dict[str, Path]
    refused: str = ""  # an http:// address where nothing listens
    broken_archive: Path = Path()  # a profile whose archive file is not a database

    def cases(self, command: str) -> list[Case]:
        """The command's own list, or (a command registered since) the usage errors any
        command must handle: an unknown option, a bare ``--site``."""
        if command in COMMANDS:
            return COMMANDS[command](self)
        return [Case("unknown-option", (command, "--nonsense"), 2),
                Case("unknown-option-en", (command, "--nonsense", "--nonsense"), 2)]


def _world(root: Path) -> World:
    root.mkdir(parents=True, exist_ok=True)
    draft = root / "sample.redaksi"
    draft.write_bytes(SAMPLE_DRAFT.read_bytes())
    (root / "outside.css").write_text("body { color: red }")
    site = root / "site.toml"
    site.write_text(f'name = "Warta"\n[targets.lokal]\nkind = "folder"\npath = "{root / "www"}"\n')
    bad: dict[str, Path] = {"folder": root / "a-folder", "file": root / "plain.txt",
                            "missing": root / "missing" / "x"}
    bad["folder"].mkdir()
    bad["file"].write_text("plain text, not a zip\n")
    profiles = root / "profiles"
    profiles.mkdir()
    for name, text in PROFILES.items():
        path = profiles / f"{name}.toml"
        if text is None:
            path.write_bytes(b"\xff\xfe\x00garbage\x80")
        else:
            path.write_text('name = "Warta"\n' + text)
        bad[f"site-{name}"] = path
    for name, (build, _words) in HOSTILE_DRAFTS.items():
        bad[f"draft-{name}"] = build(root / f"{name}.redaksi")
    truncated = root / "truncated.redaksi"
    truncated.write_bytes(SAMPLE_DRAFT.read_bytes()[:700])
    bad["draft-truncated"] = truncated
    markdown = root / "md"
    markdown.mkdir()
    for name, text in {
        "laughs": BILLION_LAUGHS,
        "date": "---\nheadline: Uji\npublished: 2024-13-45\n---\nIsi.\n",
        "outside": "---\nheadline: Uji\nimage: ../../../../etc/passwd\n---\nIsi.\n",
        "fence": "---\nheadline: Uji\n---\n\n```\nkode\n```\n",
        "no-front": "Isi saja.\n",
    }.items():
        (markdown / f"{name}.md").write_text(text, encoding="utf-8")
        bad[f"md-{name}"] = markdown / f"{name}.md"
    (markdown / "latin1.md").write_bytes("---\nheadline: Caf\xe9\n---\n".encode("latin-1"))
    bad["md-latin1"] = markdown / "latin1.md"
    (markdown / "huge.md").write_text("---\nheadline: Besar\n---\n" + "kata " * 300_000)
    bad["md-huge"] = markdown / "huge.md"
    for name, data in {"broken.docx": b"PK\x03\x04 not a document", "noise.html": bytes(range(256)) * 8,
                       "scan.pdf": b"%PDF-1.4\n"}.items():
        (markdown / name).write_bytes(data)  # the other importers' sources, broken
        bad[f"md-{name}"] = markdown / name
    return World(root, draft, site, bad, _closed_port(), _broken_archive(root))


def _closed_port() -> str:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return f"http://127.0.0.1:{probe.getsockname()[1]}/"


def _broken_archive(root: Path) -> Path:
    """A site whose archive (in ``root/data``, REDAKSI_DATA_DIR of every run) is garbage."""
    from editor.archive.schema import archive_path

    site = root / "rusak.toml"
    site.write_text('name = "Warta Rusak"\nbase_url = "https://rusak.example"\n')
    archive = root / "data" / "archive" / archive_path("https://rusak.example").name
    archive.parent.mkdir(parents=True)
    archive.write_bytes(b"bukan basis data " * 300)
    return site


def _site_cases(world: World, *head: str) -> list[Case]:
    cases = [Case("site-is-folder", (*head, "--site", str(world.bad["folder"]))),
             Case("site-missing", (*head, "--site", str(world.bad["missing"])))]
    cases += [Case(key, (*head, "--site", str(path))) for key, path in world.bad.items()
              if key.startswith("site-")]
    return cases


def _draft_cases(world: World, *tail: str) -> list[Case]:
    keys = [k for k in world.bad if k.startswith("draft-")] + ["file", "missing"]
    return [Case(key, (str(world.bad[key]), *tail)) for key in keys]


def _usage_cases(command: str, *needed: str) -> list[Case]:
    return [Case("no-arguments", (command,), 2),
            Case("unknown-option", (command, *needed, "--nonsense"), 2),
            Case("site-without-value", (command, *needed, "--site"), 2)]


def _export(world: World) -> list[Case]:
    out = str(world.root / "out")
    cases = _site_cases(world, "export", str(world.draft), "-o", out)
    cases += [Case(c.name, ("export", *c.argv)) for c in _draft_cases(world, "-o", out)]
    cases += [Case("output-is-file", ("export", str(world.draft), "-o", str(world.bad["file"]))),
              Case("empty-folder", ("export", str(world.bad["folder"]), "-o", out)),
              Case("no-output", ("export", str(world.draft)), 2)]
    return cases + _usage_cases("export", str(world.draft), "-o", out)


def _import(world: World) -> list[Case]:
    target = str(world.root / "imported.redaksi")
    cases = [Case(key, ("import", str(path), "-o", target))
             for key, path in world.bad.items() if key.startswith("md-")]
    cases += [
        Case("output-in-missing-folder",
             ("import", str(SAMPLE_MARKDOWN), "-o", str(world.root / "missing" / "x.redaksi"))),
        Case("output-is-file", ("import", str(SAMPLE_MARKDOWN), str(world.bad["md-date"]), "-o",
                                str(world.bad["file"]))),
        Case("source-missing", ("import", str(world.bad["missing"]), "-o", target)),
        Case("url-refused", ("import", world.refused, "-o", target)),
        Case("url-unknown-host", ("import", "https://kantor-redaksi.invalid/berita/", "-o", target)),
        Case("source-folder-empty", ("import", str(world.bad["folder"]), "-o", target)),
    ]
    return cases + [c for c in _usage_cases("import", str(SAMPLE_MARKDOWN), "-o", target)
                    if c.name != "site-without-value"]


def _check(world: World) -> list[Case]:
    cases = _site_cases(world, "check", str(world.draft))
    cases += [Case(c.name, ("check", *c.argv)) for c in _draft_cases(world)]
    cases.append(Case("draft-is-folder", ("check", str(world.bad["folder"]))))
    return cases + _usage_cases("check", str(world.draft))


def _publish(world: World) -> list[Case]:
    site = ("--site", str(world.site))
    cases = _site_cases(world, "publish", str(world.draft))
    cases += [Case(c.name, ("publish", *c.argv)) for c in _draft_cases(world, *site)]
    cases += [Case("unknown-target", ("publish", str(world.draft), *site, "--target", "nope"))]
    return cases + _usage_cases("publish", str(world.draft))


def _takedown(command: str):
    def cases(world: World) -> list[Case]:
        site = ("--site", str(world.site))
        found = _site_cases(world, command, "some-slug")
        found += [Case("not-published", (command, "no-such-article", *site)),
                  Case("unknown-target", (command, "some-slug", *site, "--target", "nope"))]
        return found + _usage_cases(command, "some-slug")

    return cases


def _archive(world: World) -> list[Case]:
    cases = _site_cases(world, "archive", "search", "banjir")
    cases += [Case(c.name, ("archive", "suggest", *c.argv)) for c in _draft_cases(world)]
    cases += [
        Case("no-archive-command", ("archive",), 2),
        Case("search-without-words", ("archive", "search"), 2),
        Case("limit-zero", ("archive", "search", "banjir", "--limit", "0"), 2),
        # review finding 5: an overflowing or absurd number is a usage error, not a traceback
        Case("limit-huge", ("archive", "search", "banjir", "--limit", "9" * 20), 2),
        Case("limit-over-1000", ("archive", "search", "banjir", "--limit", "1001"), 2),
        Case("limit-not-a-number", ("archive", "search", "banjir", "--limit", "1e3"), 2),
        Case("suggest-limit-huge", ("archive", "suggest", str(SAMPLE_DRAFT), "--limit",
                                    "-" + "9" * 20), 2),
        Case("impossible-date", ("archive", "search", "banjir", "--since", "2024-13-45"), 2),
        Case("target-and-from", ("archive", "sync", "--target", "lokal", "--from", "x"), 2),
        Case("ftp-source", ("archive", "sync", "--site", str(world.site), "--from", "ftp://x/")),
        Case("sync-refused", ("archive", "sync", "--site", str(world.site), "--from",
                              world.refused)),
        Case("sync-not-a-folder", ("archive", "sync", "--site", str(world.site), "--from",
                                   str(world.bad["file"] / "index" / "manifest.json"))),
        Case("not-a-database", ("archive", "stats", "--site", str(world.broken_archive))),
        Case("unknown-target", ("archive", "sync", "--site", str(world.site), "--target", "nope")),
        Case("stats-site-folder", ("archive", "stats", "--site", str(world.bad["folder"]))),
    ]
    return cases + [Case(c.name, c.argv[:1] + ("search", "banjir") + c.argv[1:], c.status)
                    for c in _usage_cases("archive") if c.name != "no-arguments"]


COMMANDS = {
    "archive": _archive,
    "export": _export,
    "import": _import,
    "check": _check,
    "publish": _publish,
    "unpublish": _takedown("unpublish"),
    "rollback": _takedown("rollback"),
}


def registered_commands() -> list[str]:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    return list(sub.choices)


def test_the_commands_with_their_own_cases_are_registered() -> None:
    assert set(COMMANDS) <= set(registered_commands())


def _run(argv: tuple[str, ...], lang: str | None, cache: Path, home: Path) -> Result:
    """The real command in a subprocess."""
    env = {**os.environ, "REDAKSI_CACHE_DIR": str(cache), "HOME": str(home),
           "REDAKSI_DATA_DIR": str(home.parent / "data")}
    env.pop("REDAKSI_LANG", None)
    if lang:
        env["REDAKSI_LANG"] = lang
    done = subprocess.run([sys.executable, "-m", "editor.cli", *argv], capture_output=True,
                          text=True, env=env, timeout=60)
    return Result(done.returncode, done.stdout, done.stderr)


@dataclass
class Result:
    returncode: int | None
    stdout: str
    stderr: str


def _run_here(argv: tuple[str, ...], lang: str | None, monkeypatch) -> Result:
    """``editor.cli.main`` in this process (60 times faster than a subprocess); an exception
    that escapes it is what a user would see as a traceback."""
    if lang:
        monkeypatch.setenv("REDAKSI_LANG", lang)
    else:
        monkeypatch.delenv("REDAKSI_LANG", raising=False)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code: int | None = main(list(argv))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:  # noqa: BLE001 - shown as the traceback a user would get
            err.write(traceback.format_exc())
            code = None
    return Result(code, out.getvalue(), err.getvalue())


def words(text: str) -> set[str]:
    """The prose words of ``text``; names such as ``article_url`` or ``article.json`` are not."""
    found = re.findall(r"[a-z][a-z0-9_.]*[a-z0-9]|[a-z]", text.lower())
    return {w for w in found if not set("_.") & set(w)}


def _problems(case: Case, lang: str | None, result: Result, root: Path) -> Iterator[str]:
    output = (result.stdout + result.stderr).replace(str(root), "<root>")
    where = f"{case.name} [{lang or 'default'}] -> {output.strip()!r}"
    if "Traceback" in output or "Error:" in output:
        yield f"traceback: {where}"
    if result.returncode != case.status:
        yield f"exit {result.returncode}, expected {case.status}: {where}"
    lines = [line for line in result.stderr.splitlines() if line.startswith("redaksi")]
    if len(lines) != 1:
        yield f"{len(lines)} error lines: {where}"
    prose = re.sub(r"\S*/\S*|'[^']*'", " ", output.lower())  # paths and quoted input
    foreign = words(prose) & (ID_WORDS if lang == "en" else EN_WORDS)
    if foreign:
        yield f"words of the other language {sorted(foreign)}: {where}"


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    return _world(tmp_path_factory.mktemp("bad-input"))


@pytest.mark.parametrize("command", registered_commands())
def test_bad_input_gives_one_clear_line_in_the_users_language(
    world: World, command: str, monkeypatch
) -> None:
    monkeypatch.setenv("REDAKSI_CACHE_DIR", str(world.root / "cache"))
    monkeypatch.setenv("HOME", str(world.root / "home"))
    monkeypatch.setenv("REDAKSI_DATA_DIR", str(world.root / "data"))
    monkeypatch.setattr(cli, "tune_allocator", lambda: None)  # not the test process's malloc
    problems = [problem for case in world.cases(command) for lang in (None, "en")
                for problem in _problems(case, lang, _run_here(case.argv, lang, monkeypatch),
                                         world.root)]
    assert not problems, "\n".join(problems)
    assert not list((world.root / "www").rglob("index.html"))  # a bad command published nothing


@pytest.mark.parametrize("command", registered_commands())
def test_the_real_command_in_a_subprocess_agrees(world: World, command: str) -> None:
    """A sample of each command's cases through ``python -m editor.cli``: the same lines."""
    cases = world.cases(command)
    sample = [cases[0], cases[len(cases) // 2], cases[-1]]
    runs = [(case, lang) for case in sample for lang in (None, "en")]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(
            lambda run: _run(run[0].argv, run[1], world.root / "cache", world.root / "home"), runs))
    problems = [p for (case, lang), result in zip(runs, results, strict=True)
                for p in _problems(case, lang, result, world.root)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("command", ["export", "import"])
def test_a_read_only_output_folder_is_one_clear_line(tmp_path: Path, command: str) -> None:
    world = _world(tmp_path / "world")
    with small_disk(tmp_path / "ro", "1m") as folder:
        read_only(folder)
        source = str(world.draft) if command == "export" else str(SAMPLE_MARKDOWN)
        extra = () if command == "export" else (str(world.bad["md-date"]),)
        for lang in (None, "en"):
            case = Case("read-only", (command, source, *extra, "-o", str(folder)))
            result = _run(case.argv, lang, tmp_path / "cache", tmp_path / "home")
            problems = list(_problems(case, lang, result, world.root))
            assert not problems, "\n".join(problems)
            assert ("read-only" if lang else "hanya baca") in result.stderr
