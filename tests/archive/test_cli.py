"""``redaksi archive ...`` end to end, and ``redaksi export`` filling the archive."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.model.draft import Draft
from editor.storage.draft import save_draft
from tests.archive.corpus import records, rss, write_site_index
from tests.archive.relevance import draft, labelled_rows
from tests.support import ROOT, SAMPLE_DRAFT


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def site(tmp_path) -> Path:
    """The labelled stories published as a site index in a folder."""
    rows, _, _ = labelled_rows()
    return write_site_index(tmp_path / "situs", rows)


def test_sync_search_stats(capsys, site):
    code, out, err = run(capsys, "archive", "sync", "--from", str(site))
    assert code == 0, err
    assert "berita baru/berubah" in out and err == ""
    code, out, _ = run(capsys, "archive", "search", "rob tambaklorok", "--json", "--limit", "3")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(lines) == 3
    assert set(lines[0]) == {"url", "headline", "section", "published", "score"}
    assert all("tambaklorok" in hit["headline"].lower() for hit in lines)
    code, out, _ = run(capsys, "archive", "search", "demam berdarah", "--section", "Kesehatan",
                       "--since", "2024-05-01")
    assert code == 0 and "Kesehatan" in out and "2024-04" not in out
    code, out, _ = run(capsys, "archive", "stats")
    assert code == 0 and f"Berita: {len(labelled_rows()[0])}" in out and str(site) in out
    again = run(capsys, "archive", "sync")  # no source named: the known ones again
    assert again[0] == 0 and "0 berita baru/berubah" in again[1]


def test_suggest_json(capsys, site, tmp_path):
    run(capsys, "archive", "sync", "--from", str(site))
    path = save_draft(Draft(article=draft("beras")), tmp_path / "beras.redaksi")
    code, out, err = run(capsys, "archive", "suggest", str(path), "--json", "--limit", "4")
    assert code == 0, err
    items = [json.loads(line) for line in out.splitlines()]
    kinds = [item["kind"] for item in items]
    assert kinds.count("related") == 4 and set(kinds) == {"related", "baca_juga"}
    assert all(item["why"] for item in items)
    assert all(item["after_paragraph"] >= 2 for item in items if item["kind"] == "baca_juga")
    code, out, _ = run(capsys, "archive", "suggest", str(path))
    assert code == 0 and "Berita terkait:" in out and "setelah paragraf" in out


def test_sync_from_a_publish_target(capsys, tmp_path):
    folder = write_site_index(tmp_path / "situs", list(records(50, seed=4)))
    profile = tmp_path / "situs.toml"
    profile.write_text(f'name = "Uji"\nbase_url = "https://wartapesisir.example"\n'
                       f'[targets.lokal]\nkind = "folder"\npath = "{folder}"\n', encoding="utf-8")
    code, out, err = run(capsys, "archive", "sync", "--site", str(profile), "--target", "lokal")
    assert code == 0, err
    assert out.startswith("target:lokal: 50 berita")
    code, out, _ = run(capsys, "archive", "sync", "--site", str(profile))
    assert code == 0 and "0 berita baru/berubah" in out


def test_sync_prints_item_warnings_and_goes_on(capsys, tmp_path, monkeypatch):
    feed = tmp_path / "feed.xml"
    feed.write_text(rss(list(records(3, seed=8)), extra_items=(
        "<item><title>Tanpa tanggal yang benar</title><link>https://wartapesisir.example/"
        "berita/x/</link><pubDate>besok pagi</pubDate></item>")), encoding="utf-8")
    monkeypatch.setenv("REDAKSI_LANG", "en")
    code, out, err = run(capsys, "archive", "sync", "--from", str(feed), str(tmp_path / "no.xml"))
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 2
    assert "invalid date ('besok pagi'); stored without a date." in lines[0]
    assert lines[1].endswith("no.xml: Document not found.")
    assert "4 articles new/changed" in out


@pytest.mark.parametrize(("args", "code", "needle"), [
    (["archive", "search", "banjir", "--limit", "0"], 2, "whole number from 1 to 1000"),
    (["archive", "search", "banjir", "--since", "kemarin"], 2, "2024-06-01"),
    (["archive", "sync", "--from", "ftp://contoh.example/feed.xml"], 1, "https://"),
    (["archive", "sync", "--from", "/tidak/ada/feed.xml"], 1, "Document not found."),
    (["archive", "suggest", "/tidak/ada.redaksi"], 1, "not found"),
    (["archive"], 2, "sync"),
])
def test_bad_input_is_one_clear_line_never_a_traceback(tmp_path, args, code, needle):
    env = {"REDAKSI_LANG": "en", "XDG_DATA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "editor.cli", *args], capture_output=True,
                            text=True, cwd=ROOT, env=env)
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr and needle in result.stderr
    if code == 1:
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_broken_archive_file_is_one_clear_line(capsys, tmp_path, monkeypatch):
    from editor.archive import archive_path
    from editor.site import load_profile

    monkeypatch.setenv("REDAKSI_DATA_DIR", str(tmp_path / "data"))
    path = archive_path(load_profile().base_url)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"bukan basis data " * 100)
    code, out, err = run(capsys, "archive", "stats")
    assert code == 1 and err.startswith(f"redaksi: {path}: Arsip tidak dapat dibuka")
    assert path.read_bytes().startswith(b"bukan basis data")  # never overwritten


def test_an_archive_damaged_after_it_opens_is_one_clear_line(capsys, tmp_path, site):
    """Review finding 5: the command no longer catches sqlite3 itself; the archive says it."""
    from editor.archive import archive_path
    from editor.site import load_profile
    from tests.archive.test_store import damage

    assert run(capsys, "archive", "sync", "--from", str(site))[0] == 0
    path = archive_path(load_profile().base_url)
    damage(path)
    code, out, err = run(capsys, "archive", "search", "rob tambaklorok")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith(f"redaksi: {path}: Arsip rusak.")
    code, _, err = run(capsys, "export", str(SAMPLE_DRAFT), "-o", str(tmp_path / "out"))
    assert code == 0 and "Traceback" not in err  # the page is written; the archive says why not
    assert list((tmp_path / "out").rglob("index.html"))
    warned = [line for line in err.splitlines() if "arsip" in line]
    assert warned == [f"redaksi: Ekspor selesai, tetapi arsip situs tidak diperbarui: {path}: "
                      "Arsip rusak. Pindahkan atau hapus berkas ini, lalu jalankan 'redaksi "
                      "archive sync' lagi."]


def test_export_keeps_the_article_with_its_body_words_but_offers_it_nowhere(capsys, tmp_path):
    """An export is not a publication (review finding 1): the archive keeps the article
    and its body's words for when a publish or a sync shows it live, and until then no
    search finds it."""
    from editor.archive import open_archive
    from editor.site import load_profile

    code, _, err = run(capsys, "export", str(SAMPLE_DRAFT), "-o", str(tmp_path / "out"))
    assert code == 0, err
    code, out, _ = run(capsys, "archive", "search", "rumah panggung tanjung", "--json")
    assert code == 0 and out == ""
    code, out, _ = run(capsys, "archive", "stats")
    assert "Berita: 0" in out and "Diekspor, belum terbit: 1" in out
    with open_archive(load_profile()) as archive:
        (url,) = [row[0] for row in archive.conn.execute("SELECT url FROM articles")]
        kept = archive.lookup(url, unpublished=True)
        assert archive.lookup(url) is None and not kept.live
        assert "bandarharjo" in kept.body.lower()  # a word of the body only


def test_export_records_the_body_words_it_wrote_without_reading_them_back(capsys, tmp_path):
    """Review finding 9: the export hands the archive the body's words itself, so a site
    that exports no ``article.json`` (``[export] ninjs = false``) has them searchable too."""
    from editor.archive import open_archive
    from editor.site import load_profile

    profile = tmp_path / "situs.toml"
    profile.write_text('name = "Warta Pesisir"\nbase_url = "https://wartapesisir.example"\n'
                       'timezone = "Asia/Jakarta"\n[export]\nninjs = false\n', encoding="utf-8")
    code, _, err = run(capsys, "export", str(SAMPLE_DRAFT), "--site", str(profile),
                       "-o", str(tmp_path / "out"))
    assert code == 0, err
    assert not list((tmp_path / "out").rglob("article.json"))
    with open_archive(load_profile(profile)) as archive:
        (url,) = [row[0] for row in archive.conn.execute("SELECT url FROM articles")]
        assert "bandarharjo" in archive.lookup(url, unpublished=True).body.lower()
