"""Publishing never destroys what it does not own (issue 9, items 1-3), shown with the real
``redaksi`` command (``python -m editor.cli`` in a subprocess) against a real folder target."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import uuid
from pathlib import Path

from editor.storage.draft import open_draft, save_draft
from tests.support import ROOT, SAMPLE_DRAFT

BASE = "https://situs.example"


def redaksi(*args: str | Path, lang: str = "id",
            file_size_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    """The command as a journalist runs it; ``file_size_limit`` makes every write beyond that
    many bytes fail (EFBIG, as a full disk fails a write), without signals."""

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(
        [sys.executable, "-m", "editor.cli", *map(str, args)], capture_output=True, text=True,
        cwd=ROOT, timeout=180, env={**os.environ, "REDAKSI_LANG": lang},
        preexec_fn=limit if file_size_limit else None)


def folder_site(tmp_path: Path) -> tuple[Path, Path]:
    www = tmp_path / "www"
    site = tmp_path / "situs.toml"
    site.write_text(f'name = "Warta Pesisir"\nbase_url = "{BASE}"\n'
                    f'[targets.lokal]\nkind = "folder"\npath = "{www}"\nretries = 0\n')
    return site, www


def sample(tmp_path: Path, name: str = "artikel.redaksi") -> Path:
    return Path(shutil.copy(SAMPLE_DRAFT, tmp_path / name))


def colleagues_article(tmp_path: Path, name: str) -> Path:
    """Another journalist's story with the same headline on the same day: another article
    (another id) that maps to the very same address."""
    draft = open_draft(sample(tmp_path, name))
    draft.article.id = str(uuid.uuid4())
    draft.article.deck = f"Versi {name}: warga Tambak Lorok mengungsi ke balai kelurahan."
    path = draft.path
    draft.path = None
    save_draft(draft, path)
    return path


def tree(root: Path) -> dict[str, object]:
    """Every file's bytes and every symlink's target under ``root`` (symlinks not followed)."""
    found: dict[str, object] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            key = str(path.relative_to(root))
            if path.is_symlink():
                found[key] = ("->", os.readlink(path))
            elif path.is_file():
                found[key] = path.read_bytes()
    return found


def listed(www: Path) -> list[str]:
    """The article URLs the site index lists, whatever its layout."""
    if (www / "index" / "manifest.json").is_file():
        manifest = json.loads((www / "index" / "manifest.json").read_text())
        return sorted(row["url"] for shard in manifest["shards"]
                      for row in json.loads((www / shard["file"]).read_text())["articles"])
    return sorted(row["url"] for row in json.loads((www / "index.json").read_text())["articles"])


def pending_root() -> Path:
    """The local publish state: where a record waits that a draft could not take."""
    return Path(os.environ["XDG_DATA_HOME"]) / "redaksi" / "publish-state"


def published_url(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout.strip().splitlines()[-1]


# --- 1. unpublish takes down only what the index lists ------------------------------


def test_unpublish_refuses_anything_the_site_index_does_not_list(tmp_path: Path) -> None:
    site, www = folder_site(tmp_path)
    url = published_url(redaksi("publish", sample(tmp_path), "--site", site))
    rel_dir = url.removeprefix(BASE + "/").strip("/")
    (www / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    before = tree(www)
    for wrong in ("berita", "berita/2024/06", "berita/2024/06/18/", "robots.txt", "sitemap.xml",
                  "index.json", "feed.xml", ".redaksi", "banjir-rob", rel_dir + "/foto"):
        result = redaksi("unpublish", wrong, "--site", site)
        assert result.returncode == 1, (wrong, result.stdout)
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, wrong
        assert "tidak ada yang diubah" in result.stderr, (wrong, result.stderr)
        assert tree(www) == before, f"'unpublish {wrong}' changed the site"
    result = redaksi("unpublish", "berita", "--site", site, lang="en")
    assert result.returncode == 1 and "nothing was changed" in result.stderr

    result = redaksi("unpublish", f"/{rel_dir}/", "--site", site)  # its exact folder
    assert result.returncode == 0, result.stderr
    assert not os.path.lexists(www / rel_dir) and listed(www) == []
    assert (www / "robots.txt").read_text() == "User-agent: *\nAllow: /\n"


def test_unpublish_or_rollback_on_a_site_never_published_to_creates_nothing(
        tmp_path: Path) -> None:
    """A mistyped target or a first day: the refusal says nothing was changed, and indeed
    no site folder and no lock or state folder appear."""
    site, www = folder_site(tmp_path)
    for command in ("unpublish", "rollback"):
        result = redaksi(command, "banjir-rob-semarang", "--site", site)
        assert result.returncode == 1 and "tidak ada yang diubah" in result.stderr, result.stderr
        assert not www.exists(), f"'{command}' made {sorted(www.rglob('*'))}"


def test_unpublish_by_slug_takes_down_exactly_that_article(tmp_path: Path) -> None:
    site, www = folder_site(tmp_path)
    first = published_url(redaksi("publish", sample(tmp_path), "--site", site))
    other = colleagues_article(tmp_path, "lain.redaksi")
    second = published_url(redaksi("publish", other, "--site", site, "--slug", "rob-semarang-2"))
    slug = open_draft(tmp_path / "artikel.redaksi").article.effective_slug()
    assert redaksi("unpublish", slug, "--site", site).returncode == 0
    assert listed(www) == [second]
    assert not os.path.lexists(www / first.removeprefix(BASE + "/").strip("/"))
    assert (www / second.removeprefix(BASE + "/") / "index.html").is_file()


# --- 2. one article, one identity -----------------------------------------------------


def test_every_draft_gets_a_stable_unique_id(tmp_path: Path) -> None:
    markdown = ROOT / "resources" / "samples" / "banjir-rob-semarang.md"
    made = []
    for name in ("satu", "dua"):
        result = redaksi("import", markdown, "-o", tmp_path / f"{name}.redaksi")
        assert result.returncode == 0, result.stderr
        made.append(open_draft(tmp_path / f"{name}.redaksi").article.id)
    assert all(made) and made[0] != made[1]

    site, _www = folder_site(tmp_path)
    legacy = sample(tmp_path)  # saved before drafts had ids
    assert open_draft(legacy).article.id == ""
    published_url(redaksi("publish", legacy, "--site", site))
    given = open_draft(legacy).article.id
    assert given and list(pending_root().glob("*.json")) == []  # saved: nothing waits
    published_url(redaksi("publish", legacy, "--site", site))  # the same article again
    assert open_draft(legacy).article.id == given


def test_a_colleagues_article_at_the_same_address_is_not_replaced(tmp_path: Path) -> None:
    site, www = folder_site(tmp_path)
    mine = sample(tmp_path)
    url = published_url(redaksi("publish", mine, "--site", site))
    page = www / url.removeprefix(BASE + "/") / "index.html"
    live = page.read_bytes()
    headline = open_draft(mine).article.headline
    theirs = colleagues_article(tmp_path, "rekan.redaksi")
    draft_before = theirs.read_bytes()

    result = redaksi("publish", theirs, "--site", site)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert headline in result.stderr and url in result.stderr
    assert "--replace" in result.stderr and "--slug" in result.stderr
    assert page.read_bytes() == live and listed(www) == [url]
    assert theirs.read_bytes() == draft_before  # nothing recorded: nothing was published
    english = redaksi("publish", theirs, "--site", site, lang="en")
    assert english.returncode == 1 and "already live for another article" in english.stderr

    own_again = published_url(redaksi("publish", mine, "--site", site))  # its own address
    assert own_again == url
    live = page.read_bytes()  # (its first save cleaned its photo: a new version of the page)

    moved = published_url(redaksi("publish", theirs, "--site", site, "--slug",
                                  "banjir-rob-semarang-tambak-lorok"))
    assert moved != url and listed(www) == sorted([url, moved])
    assert page.read_bytes() == live

    third = colleagues_article(tmp_path, "ketiga.redaksi")
    assert published_url(redaksi("publish", third, "--site", site, "--replace")) == url
    assert b"Versi ketiga.redaksi" in page.read_bytes()


def test_export_of_two_drafts_for_one_folder_reports_both(tmp_path: Path) -> None:
    first = sample(tmp_path)
    second = colleagues_article(tmp_path, "rekan.redaksi")
    out = tmp_path / "keluar"
    result = redaksi("export", first, second, "-o", out)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("redaksi: ")]
    assert len(errors) == 2
    assert str(first) in errors[0] and str(second) in errors[0]
    assert str(first) in errors[1] and str(second) in errors[1]
    assert list(out.rglob("index.html")) == []  # neither one silently won


# --- 3. a publish that cannot record itself still says it is live --------------------


def test_a_publish_whose_record_cannot_be_saved_says_it_is_live_and_keeps_it(
        tmp_path: Path) -> None:
    site, www = folder_site(tmp_path)
    draft = sample(tmp_path)
    open_draft(draft)  # its photo unpacked into the cache, as after any earlier use
    before = draft.read_bytes()
    limit = len(before) * 2 // 3  # the draft cannot be rewritten; every exported file fits

    result = redaksi("publish", draft, "--site", site, file_size_limit=limit)
    url = published_url(result)
    assert (www / url.removeprefix(BASE + "/") / "index.html").is_file()
    assert "sudah tayang" in result.stderr and url in result.stderr
    assert str(pending_root()) in result.stderr
    assert draft.read_bytes() == before
    assert len(list(pending_root().glob("*.json"))) == 1

    opened = open_draft(draft)  # the record is there at once
    assert [(r.target, r.url) for r in opened.article.publications] == [("lokal", url)]
    assert opened.article.id and opened.article.published is not None
    save_draft(opened)  # and the next save puts it into the file
    assert list(pending_root().glob("*.json")) == []
    assert [r.url for r in open_draft(draft).article.publications] == [url]

    again = published_url(redaksi("publish", draft, "--site", site))  # the same article
    assert again == url and len(open_draft(draft).article.publications) == 2


def test_the_live_message_speaks_english_too(tmp_path: Path) -> None:
    site, _www = folder_site(tmp_path)
    draft = sample(tmp_path)
    open_draft(draft)
    result = redaksi("publish", draft, "--site", site, lang="en",
                     file_size_limit=len(draft.read_bytes()) * 2 // 3)
    url = published_url(result)
    assert f"The article is live at {url}" in result.stderr
