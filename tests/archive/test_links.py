"""What the archive says about a draft's links (``redaksi check`` and the checks panel), and
"Baca Juga: Title" lines without a link given their URL by title (``redaksi import``)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from editor.archive import ArchiveEntry, archive_path, open_archive
from editor.archive.links import archive_link_problems, headline_lookup
from editor.cli import main
from editor.model import Article, BacaJuga, Paragraph
from editor.model.article import Author, RelatedStory
from editor.model.draft import Draft
from editor.model.inline import text
from editor.model.validate import validate
from editor.site import load_profile
from editor.storage.draft import open_draft, save_draft

BASE = "https://wartapesisir.example/berita/2024/06"
KNOWN = [
    ArchiveEntry(f"{BASE}/10/tanggul-laut/", "Tanggul Laut Semarang–Demak Ditargetkan Rampung",
                 section="Lingkungan", published=datetime.fromisoformat("2024-06-10T09:15:00+07:00"),
                 article_id="arsip-tanggul"),
    ArchiveEntry(f"{BASE}/12/pompa/", "Pemkot Siapkan Pompa Portabel di Tujuh Titik",
                 section="Daerah", published=datetime.fromisoformat("2024-06-12T08:45:00+07:00")),
    ArchiveEntry(f"{BASE}/01/pompa-lama/", "Pemkot Siapkan Pompa Portabel di Tujuh Titik",
                 section="Daerah", published=datetime.fromisoformat("2024-01-12T08:45:00+07:00")),
]


def article(*, baca: str, related: str) -> Article:
    return Article(
        headline="Rob Rendam Tambaklorok", section="Lingkungan", authors=[Author("Sari Dewi")],
        published=datetime.fromisoformat("2024-06-20T10:00:00+07:00"),
        body=[Paragraph(text("Air pasang merendam kampung nelayan.")),
              BacaJuga(baca, "Tanggul Laut Semarang–Demak Ditargetkan Rampung"),
              Paragraph(text("Warga meninggikan lantai rumah."))],
        related=[RelatedStory("Pemkot Siapkan Pompa Portabel di Tujuh Titik", related)])


@pytest.fixture
def filled():
    with open_archive(load_profile()) as archive:
        archive.record(KNOWN, source="publish")
        yield archive


def messages(problems, lang: str = "id") -> list[tuple[str, int | None, str]]:
    return [(p.field, p.block, p.message(lang)) for p in problems]


def test_links_not_in_the_archive_are_warned_about(filled) -> None:
    good = article(baca="http://www.wartapesisir.example/berita/2024/06/10/tanggul-laut",
                   related=f"{BASE}/12/pompa/")
    assert archive_link_problems(good, filled) == []  # any spelling of a known URL is known
    typo = article(baca=f"{BASE}/10/tangul-laut/", related=f"{BASE}/12/pompa-portabel/")
    found = messages(archive_link_problems(typo, filled))
    assert found == [
        ("body", 1, "Tautan Baca Juga tidak ada di arsip situs (salah ketik atau tautan mati?): "
                    f"{BASE}/10/tangul-laut/"),
        ("related", 0, "Berita terkait tidak ada di arsip situs (salah ketik atau tautan mati?): "
                       f"{BASE}/12/pompa-portabel/")]
    assert all(p.severity.value == "warning" for p in archive_link_problems(typo, filled))


def test_an_empty_archive_makes_no_claims(tmp_path: Path) -> None:
    with open_archive(load_profile()) as empty:
        assert archive_link_problems(article(baca=f"{BASE}/x/", related=f"{BASE}/y/"), empty) == []


def test_the_same_story_as_baca_juga_and_related_is_a_warning_without_any_archive() -> None:
    twice = article(baca=f"{BASE}/12/pompa/", related="https://wartapesisir.example/berita/2024/06/12/pompa")
    found = [p for p in validate(twice) if "Baca Juga dan Berita Terkait" in p.message("id")]
    assert [(p.field, p.block, p.severity.value) for p in found] == [("body", 1, "warning")]
    assert found[0].message("en") == ("The same story is both a Baca Juga and a related story: "
                                      "Tanggul Laut Semarang–Demak Ditargetkan Rampung")
    assert not [p for p in validate(article(baca=f"{BASE}/10/tanggul-laut/",
                                            related=f"{BASE}/12/pompa/"))
                if "Baca Juga dan Berita Terkait" in p.message("id")]


def test_redaksi_check_says_it_too(filled, tmp_path: Path, capsys) -> None:
    path = save_draft(Draft(article=article(baca=f"{BASE}/10/tangul-laut/",
                                            related=f"{BASE}/10/tanggul-laut/")),
                      tmp_path / "rob.redaksi")
    main(["check", "--no-spelling", str(path)])
    out = capsys.readouterr().out
    assert "PERINGATAN: isi, blok 2: Tautan Baca Juga tidak ada di arsip situs" in out
    assert "tangul-laut" in out and "berita terkait #1" not in out  # the related link is known


def test_headline_lookup_finds_the_newest_story_with_those_words(filled) -> None:
    lookup = headline_lookup(filled)
    assert lookup("tanggul laut semarang-demak ditargetkan rampung") == (
        f"{BASE}/10/tanggul-laut/", "arsip-tanggul")  # case and punctuation aside
    assert lookup("Pemkot Siapkan Pompa Portabel di Tujuh Titik") == (f"{BASE}/12/pompa/", None)
    assert lookup("Tanggul Laut Ditargetkan Rampung") is None  # other words: another story
    assert lookup("") is None


def test_redaksi_import_finds_the_url_by_title_in_the_archive(filled, tmp_path: Path,
                                                              capsys) -> None:
    wire = tmp_path / "kawat.txt"
    wire.write_text("Rob Rendam Tambaklorok Lagi\n\nAir pasang merendam kampung nelayan.\n\n"
                    "Baca Juga: Tanggul Laut Semarang–Demak Ditargetkan Rampung\n\n"
                    "Baca Juga: Judul yang Tidak Ada di Arsip\n\nWarga bertahan.\n",
                    encoding="utf-8")
    assert main(["import", str(wire), "-o", str(tmp_path / "rob.redaksi")]) == 0
    out = capsys.readouterr().out
    body = open_draft(tmp_path / "rob.redaksi").article.body
    boxes = [b for b in body if isinstance(b, BacaJuga)]
    assert boxes == [BacaJuga(f"{BASE}/10/tanggul-laut/",
                              "Tanggul Laut Semarang–Demak Ditargetkan Rampung", "arsip-tanggul"),
                     BacaJuga("", "Judul yang Tidak Ada di Arsip")]
    assert f"(tautan dari arsip: {BASE}/10/tanggul-laut/)" in out
    assert "“Judul yang Tidak Ada di Arsip” tanpa tautan" in out


def test_redaksi_import_without_an_archive_never_creates_one(tmp_path: Path) -> None:
    wire = tmp_path / "kawat.txt"
    wire.write_text("Judul\n\nIsi berita.\n\nBaca Juga: Tanggul Laut\n", encoding="utf-8")
    assert main(["import", str(wire), "-o", str(tmp_path / "a.redaksi")]) == 0
    assert not archive_path(load_profile().base_url).exists()
