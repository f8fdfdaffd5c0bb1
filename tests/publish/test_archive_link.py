"""Publishing and the local archive (issue 10): a published article is in the archive at
once, and ``redaksi archive sync`` reads the site index the publisher writes (migrated
from version 1 included) whole, through the real commands."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from editor.archive import archive_path, open_archive
from editor.site import load_profile
from editor.storage.draft import open_draft, save_draft
from tests.commands.test_publish_safety import BASE, listed, published_url, redaksi
from tests.publish.archive_gen import write_v1_site
from tests.publish.pubkit import WIB
from tests.publish.sitecheck import check_site_files
from tests.support import SAMPLE_DRAFT


def site_profile(tmp_path: Path) -> Path:
    site = tmp_path / "situs.toml"
    site.write_text(f'name = "Warta Pesisir"\nbase_url = "{BASE}"\ntimezone = "Asia/Jakarta"\n'
                    f'[targets.lokal]\nkind = "folder"\npath = "{tmp_path / "www"}"\n')
    return site


def test_a_published_article_is_in_the_local_archive_at_once(tmp_path: Path) -> None:
    site = site_profile(tmp_path)
    draft = Path(shutil.copy(SAMPLE_DRAFT, tmp_path / "artikel.redaksi"))
    url = published_url(redaksi("publish", draft, "--site", site))
    found = redaksi("archive", "search", "banjir rob semarang", "--site", site, "--json")
    assert found.returncode == 0, found.stderr
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    assert [hit["url"] for hit in hits] == [url]  # the public address, not the export's


def test_archive_sync_reads_every_article_of_a_migrated_site(tmp_path: Path) -> None:
    site = site_profile(tmp_path)
    old = write_v1_site(tmp_path / "www", 1_200, end=datetime(2024, 5, 20, tzinfo=WIB),
                        months=14, base_url=BASE)
    draft = Path(shutil.copy(SAMPLE_DRAFT, tmp_path / "artikel.redaksi"))
    url = published_url(redaksi("publish", draft, "--site", site))  # migrates, then lists
    assert set(check_site_files(tmp_path / "www")["index"]) == {*old, url}
    synced = redaksi("archive", "sync", "--site", site, "--target", "lokal")
    assert synced.returncode == 0 and "Traceback" not in synced.stderr, synced.stderr
    with open_archive(load_profile(site)) as archive:
        assert archive.stats().articles == len(old) + 1


# --- review finding 1: the archive offers only what is live -----------------------------


def run(data: Path, *args: str | Path, lang: str = "id") -> subprocess.CompletedProcess[str]:
    """``redaksi`` on the machine whose data folder (and so archive) is ``data``: a
    colleague is another data folder publishing to the same target."""
    done = subprocess.run([sys.executable, "-m", "editor.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=180,
                          env={**os.environ, "REDAKSI_LANG": lang, "REDAKSI_DATA_DIR": str(data)})
    assert "Traceback" not in done.stderr, done.stderr
    return done


def found(data: Path, site: Path, words: str) -> list[str]:
    done = run(data, "archive", "search", words, "--site", site, "--json")
    assert done.returncode == 0, done.stderr
    return [json.loads(line)["url"] for line in done.stdout.splitlines()]


def second_draft(tmp_path: Path) -> Path:
    """Another story, with words of its own, published beside the sample."""
    draft = open_draft(SAMPLE_DRAFT)
    draft.article.set_headline("Nelayan Tambaklorok Gelar Syukuran Laut Meski Rob Belum Surut")
    draft.article.slug, draft.article.slug_locked, draft.article.id = "", False, ""
    draft.article.publications = []
    return save_draft(draft, tmp_path / "syukuran.redaksi")


def test_an_unpublished_article_leaves_the_archive_at_once(tmp_path: Path) -> None:
    site, me = site_profile(tmp_path), tmp_path / "saya"
    draft = Path(shutil.copy(SAMPLE_DRAFT, tmp_path / "artikel.redaksi"))
    url = published_url(run(me, "publish", draft, "--site", site))
    assert found(me, site, "banjir rob semarang") == [url]
    slug = url.rstrip("/").rsplit("/", 1)[-1]
    assert run(me, "unpublish", slug, "--site", site).returncode == 0
    assert found(me, site, "banjir rob semarang") == []



def test_a_broken_archive_does_not_fail_an_unpublish(tmp_path: Path) -> None:
    """The page is already gone from the server when the archive is written: a damaged
    archive is one warning line, in the user's language, and the take-down succeeds."""
    site, me = site_profile(tmp_path), tmp_path / "saya"
    draft = Path(shutil.copy(SAMPLE_DRAFT, tmp_path / "artikel.redaksi"))
    url = published_url(run(me, "publish", draft, "--site", site))
    (archive,) = (me / "archive").glob("*.sqlite")
    for path in archive.parent.iterdir():
        path.unlink()
    archive.write_bytes(b"bukan basis data SQLite " * 100)
    slug = url.rstrip("/").rsplit("/", 1)[-1]
    done = run(me, "unpublish", slug, "--site", site)
    assert done.returncode == 0 and done.stdout.startswith("Diturunkan: "), done.stderr
    assert listed(tmp_path / "www") == []
    (line,) = done.stderr.splitlines()
    assert line.startswith("redaksi: berita sudah diturunkan, tetapi arsip lokal mungkin ")
    assert str(archive) in line


def test_a_broken_archive_does_not_fail_a_publish_and_says_so(tmp_path: Path) -> None:
    """The article is live before the archive is written: a damaged archive is one line
    in the user's language (no longer only a log line in English), and the publish
    succeeds with its record in the draft."""
    site, me = site_profile(tmp_path), tmp_path / "saya"
    path = me / "archive" / archive_path(load_profile(site).base_url).name  # its file there
    path.parent.mkdir(parents=True)
    path.write_bytes(b"bukan basis data SQLite " * 100)
    draft = Path(shutil.copy(SAMPLE_DRAFT, tmp_path / "artikel.redaksi"))
    done = run(me, "publish", draft, "--site", site)
    assert done.returncode == 0, done.stderr
    url = published_url(done)
    (line,) = done.stderr.splitlines()
    assert line.startswith("redaksi: berita sudah tayang, tetapi arsip lokal belum "), line
    assert str(path) in line
    assert [r.url for r in open_draft(draft).article.publications] == [url]
    english = run(me, "publish", second_draft(tmp_path), "--site", site, lang="en")
    assert english.stderr.startswith("redaksi: the article is live, but the local archive")


def test_a_sync_drops_what_the_site_no_longer_lists_whoever_wrote_it(tmp_path: Path) -> None:
    """A colleague takes a story down on their machine: my next sync drops it, though my
    own publish (not a sync) put it in my archive."""
    site, me, colleague = site_profile(tmp_path), tmp_path / "saya", tmp_path / "rekan"
    sample = Path(shutil.copy(SAMPLE_DRAFT, tmp_path / "artikel.redaksi"))
    first = published_url(run(me, "publish", sample, "--site", site))
    second = published_url(run(me, "publish", second_draft(tmp_path), "--site", site))
    assert found(me, site, "syukuran laut") == [second]
    slug = second.rstrip("/").rsplit("/", 1)[-1]
    assert run(colleague, "unpublish", slug, "--site", site).returncode == 0
    synced = run(me, "archive", "sync", "--site", site, "--target", "lokal")
    assert synced.returncode == 0, synced.stderr
    assert "1 dihapus" in synced.stdout
    assert found(me, site, "syukuran laut") == []
    assert found(me, site, "banjir rob semarang") == [first]


def test_an_export_is_offered_only_once_it_is_published(tmp_path: Path) -> None:
    """``redaksi export`` to a scratch folder is not a publication: the archive keeps it
    (with its body words) as not live, out of search, suggestions, Berita Terbaru and the
    link check, until a publish or a sync of the site says it is live."""
    site, me, colleague = site_profile(tmp_path), tmp_path / "saya", tmp_path / "rekan"
    sample = Path(shutil.copy(SAMPLE_DRAFT, tmp_path / "artikel.redaksi"))
    exported = run(me, "export", sample, "--site", site, "-o", tmp_path / "coba")
    assert exported.returncode == 0, exported.stderr
    assert found(me, site, "banjir rob semarang") == []
    assert found(me, site, "bandarharjo") == []  # a word of its body only
    stats = run(me, "archive", "stats", "--site", site)
    assert "Berita: 0" in stats.stdout and "Diekspor, belum terbit: 1" in stats.stdout
    other = run(me, "export", second_draft(tmp_path), "--site", site, "-o", tmp_path / "coba")
    assert other.returncode == 0, other.stderr
    pages = {p.read_text(encoding="utf-8") for p in (tmp_path / "coba").rglob("index.html")}
    assert not any('class="latest"' in page for page in pages)  # no link to a page not live
    url = published_url(run(colleague, "publish", sample, "--site", site))  # live elsewhere
    synced = run(me, "archive", "sync", "--site", site, "--target", "lokal")
    assert synced.returncode == 0, synced.stderr
    assert found(me, site, "bandarharjo") == [url]  # the sync confirmed it; the body came along
    assert found(colleague, site, "bandarharjo") == [url]  # a publish records its body itself


def test_a_publish_target_syncs_without_the_command_line(tmp_path: Path, monkeypatch) -> None:
    """Review finding 9: reading a target's site index through its transport is core code
    (``editor.publish.archive_sync``), so the editor window can sync as the command does;
    the source it leaves is the one ``redaksi archive sync`` syncs again."""
    from editor.publish.archive_sync import sync_target

    site = site_profile(tmp_path)
    draft = Path(shutil.copy(SAMPLE_DRAFT, tmp_path / "artikel.redaksi"))
    url = published_url(run(tmp_path / "rekan", "publish", draft, "--site", site))
    monkeypatch.setenv("REDAKSI_DATA_DIR", str(tmp_path / "saya"))
    with open_archive(load_profile(site)) as archive:
        report = sync_target(archive, load_profile(site))
        assert (report.kind, report.changed) == ("site-index", 1)
        assert [hit.url for hit in archive.search("banjir rob semarang", typing=False)] == [url]
        assert archive.known_sources() == [("target:lokal", "site-index")]
    again = run(tmp_path / "saya", "archive", "sync", "--site", site)
    assert again.returncode == 0 and "target:lokal" in again.stdout, again.stderr
