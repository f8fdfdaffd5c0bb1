"""``redaksi check`` says an article is ready only when the site's rules are met (issue 9,
items 13 and 16): a real subprocess over real draft files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from editor.model import Article, Paragraph
from editor.model.article import Author, RelatedStory
from editor.model.image import ImageRef
from editor.model.inline import text
from editor.storage.draft import Draft, save_draft
from tests.factories import ready_article, write_jpeg


def check(*args: str, lang: str = "id") -> subprocess.CompletedProcess[str]:
    """Without the spelling notes (tests/spelling has those): only the site's rules."""
    return subprocess.run([sys.executable, "-m", "editor.cli", "check", "--no-spelling", *args],
                          capture_output=True, text=True,
                          env={**os.environ, "REDAKSI_LANG": lang})


def unfinished_draft(tmp_path: Path) -> Path:
    article = Article(headline="Banjir Rob Semarang", body=[Paragraph(text("Air naik."))])
    return save_draft(Draft(article=article), tmp_path / "belum.redaksi")


def test_an_unfinished_article_is_not_called_ready(tmp_path: Path) -> None:
    path = unfinished_draft(tmp_path)
    result = check(str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines == [
        f"{path}: PERINGATAN: judul: Panjang judul 19 karakter; situs ini meminta 60–110 karakter.",
        f"{path}: GALAT: penulis: Nama penulis (byline) belum diisi.",
        f"{path}: GALAT: rubrik: Rubrik belum dipilih.",
        f"{path}: GALAT: waktu terbit: Waktu terbit belum diisi.",
        f"{path}: GALAT: isi: Isi berita hanya 2 kata; situs ini meminta paling sedikit 80 kata.",
    ]
    english = check(str(path), lang="en").stdout
    assert f"{path}: ERROR: section: No section is chosen." in english
    assert "OK" not in english and "tidak ada masalah" not in result.stdout


def test_the_profile_decides_what_is_required(tmp_path: Path) -> None:
    profile = tmp_path / "situs.toml"
    profile.write_text('name = "Kabar Teluk"\nheadline_range = [10, 80]\n[checks]\n'
                       'byline = "off"\nsection = "off"\npublished = "warning"\n'
                       "min_body_words = 2\n", encoding="utf-8")
    path = unfinished_draft(tmp_path)
    result = check(str(path), "--site", str(profile))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        f"{path}: PERINGATAN: waktu terbit: Waktu terbit belum diisi."]


def test_word_residue_already_in_a_draft_is_flagged(tmp_path: Path) -> None:
    article = ready_article()
    article.body[1] = Paragraph(text("<![if !supportLists]><![endif]>Tarifnya Rp3.500."))
    path = save_draft(Draft(article=article), tmp_path / "tempelan.redaksi")
    result = check(str(path))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{path}: GALAT: isi, blok 2: Sisa kode Word/HTML di teks: <![if — hapus sebelum terbit."]


def test_a_ready_article_is_ready(tmp_path: Path) -> None:
    path = save_draft(Draft(article=ready_article()), tmp_path / "siap.redaksi")
    result = check(str(path))
    assert (result.returncode, result.stdout) == (0, f"{path}: tidak ada masalah\n")


def places(output: str, word: str) -> set[str]:
    """The place each line of ``check`` names, between the severity word and the message."""
    return {line.split(f": {word}: ", 1)[1].split(": ", 1)[0]
            for line in output.splitlines() if f": {word}: " in line}


def test_check_names_places_as_the_newsroom_does(tmp_path: Path) -> None:
    """Not the model's names (featured_image, body[5], related[1], seo_title): the words
    the editor's own labels use, in each language."""
    article = ready_article()
    draft = Draft(article=article)
    article.featured_image = ImageRef(draft.add_media(write_jpeg(tmp_path / "utama.jpg")),
                                      alt="Bus di halte")
    article.seo_title = "Bus listrik <o:p></o:p>"
    article.authors.append(Author("Rina", "javascript:alert(1)"))
    article.related.append(RelatedStory("Tautan", "ftp://contoh.example/x"))
    article.body.insert(1, Paragraph(text("Tarif <![if !supportLists]>Rp3.500.")))
    path = save_draft(draft, tmp_path / "banyak.redaksi")
    indonesian, english = check(str(path)), check(str(path), lang="en")
    assert indonesian.returncode == english.returncode == 1
    assert places(indonesian.stdout, "GALAT") | places(indonesian.stdout, "PERINGATAN") == {
        "keterangan foto utama", "kredit foto utama", "judul SEO", "penulis #2",
        f"berita terkait #{len(article.related)}", "isi, blok 2"}, indonesian.stdout
    assert places(english.stdout, "ERROR") | places(english.stdout, "WARNING") == {
        "featured photo caption", "featured photo credit", "search title",
        "author #2", f"related story #{len(article.related)}", "body, block 2"}, english.stdout
