"""Plain-text wire copy, the conventions on their own, and the ``redaksi import`` command."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.cli import main
from editor.errors import ImportError_
from editor.importers.conventions import apply_conventions
from editor.importers.conventions_text import dateline_prefix, foto_line
from editor.importers.report import ImportReport, NoteKind
from editor.importers.sources import import_source
from editor.importers.text import import_text
from editor.model import Article, BacaJuga, ImageBlock, ImageRef, Paragraph, Span
from editor.model.inline import text
from editor.storage.draft import open_draft
from tests.support import SAMPLE_MARKDOWN

WIRE = """Nelayan Tambak Lorok Beralih ke Budidaya Kerang Hijau

Semarang (ANTARA) - Puluhan nelayan di Tambak Lorok mulai membudidayakan kerang hijau
setelah hasil tangkapan ikan terus menurun sejak awal tahun.

    Ketua kelompok nelayan, Suparno, mengatakan modal awal berasal dari koperasi.
Baca Juga: Tanggul Laut Ditargetkan Rampung Akhir Tahun

Panen pertama diperkirakan tiba pada bulan Agustus. (ant/bs)
"""


def test_wire_copy_utf8(tmp_path: Path) -> None:
    source = tmp_path / "kawat.txt"
    source.write_text(WIRE, encoding="utf-8")
    result = import_text(source)
    article = result.draft.article
    assert article.headline == "Nelayan Tambak Lorok Beralih ke Budidaya Kerang Hijau"
    assert article.dateline == "Semarang" and article.signoff == "ant/bs"
    body = article.body
    assert [type(b).__name__ for b in body] == ["Paragraph", "Paragraph", "BacaJuga", "Paragraph"]
    assert body[0].plain().startswith("Puluhan nelayan di Tambak Lorok mulai membudidayakan")
    assert "kerang hijau setelah" in body[0].plain()  # wrapped lines joined with a space
    assert body[1].plain().startswith("Ketua kelompok nelayan")  # indentation starts it
    assert body[3].plain() == "Panen pertama diperkirakan tiba pada bulan Agustus."
    assert body[2].url == "" and result.report.has_dropped  # no link and no archive: said so


def test_wire_copy_windows_1252_and_one_paragraph_per_line(tmp_path: Path) -> None:
    source = tmp_path / "kawat.txt"
    source.write_bytes(
        "Harga Cabai Naik Jelang Lebaran\r\nJAKARTA – Harga cabai rawit “naik” tajam.\r\n"
        "Pedagang menyebut pasokan dari Jawa Timur berkurang.\r\n".encode("cp1252")
    )
    result = import_text(source)
    article = result.draft.article
    assert article.dateline == "Jakarta"
    assert [b.plain() for b in article.body] == [
        "Harga cabai rawit “naik” tajam.",
        "Pedagang menyebut pasokan dari Jawa Timur berkurang.",
    ]
    assert any("Windows-1252" in n.message("en") for n in result.report.notes)


def test_empty_and_unknown_files_say_so(tmp_path: Path) -> None:
    (tmp_path / "kosong.txt").write_text("\n\n")
    with pytest.raises(ImportError_, match="kosong"):
        import_text(tmp_path / "kosong.txt")
    (tmp_path / "lama.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportError_, match=r"\.docx"):
        import_source(tmp_path / "lama.doc")


@pytest.mark.parametrize(
    "line,city,rest",
    [
        ("JAKARTA, Situs.com – Isi berita.", "Jakarta", "Isi berita."),
        ("Semarang (ANTARA) - Isi berita.", "Semarang", "Isi berita."),
        ("BANDA ACEH, KOMPAS.com -- Isi berita.", "Banda Aceh", "Isi berita."),
        ("WartaPesisir.com – Isi berita.", "", "Isi berita."),
    ],
)
def test_dateline_prefixes(line: str, city: str, rest: str) -> None:
    found = dateline_prefix(line)
    assert found is not None and found[0] == city and line[found[1]:] == rest


@pytest.mark.parametrize("line", ["Ahmad, warga setempat – kata dia.", "Rabu – hujan turun."])
def test_ordinary_sentences_are_not_datelines(line: str) -> None:
    assert dateline_prefix(line) is None


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Foto: ANTARA/Budi", ("", "ANTARA/Budi")),
        ("(Foto: Istimewa)", ("", "Istimewa")),
        ("Warga antre air bersih. (Foto: Warta Pesisir/Rina)", ("Warga antre air bersih.", "Warta Pesisir/Rina")),
        ("Foto: Warga antre air bersih di Kemijen. (Istimewa)", ("Warga antre air bersih di Kemijen.", "Istimewa")),
        ("Fotografer itu datang pagi.", None),
    ],
)
def test_foto_lines(line: str, expected) -> None:
    assert foto_line(line) == expected


def test_conventions_keep_marks_and_report_each_finding() -> None:
    article = Article(
        body=[
            Paragraph((Span("KUDUS, Situs.com – "), Span("Ribuan", bold=True), Span(" warga hadir."))),
            ImageBlock(ImageRef("media/a.jpg", alt="Alun-alun penuh warga")),
            Paragraph(text("Foto: Warga memadati alun-alun. (Situs/Andi)")),
            Paragraph((Span("Baca Juga: "), Span("Dandangan Digelar", href="https://s.example/d/"))),
            Paragraph(text("Acara berlangsung hingga malam. (and/ed)")),
        ]
    )
    report = ImportReport()
    apply_conventions(article, report, headline_from_first_line=False)
    assert article.dateline == "Kudus" and article.signoff == "and/ed"
    assert article.body[0].spans == (Span("Ribuan", bold=True), Span(" warga hadir."))
    assert article.body[1].image.caption == "Warga memadati alun-alun."
    assert article.body[1].image.credit == "Situs/Andi"
    assert article.body[2] == BacaJuga("https://s.example/d/", "Dandangan Digelar")
    assert article.body[3].plain() == "Acara berlangsung hingga malam."
    assert len(report.of_kind(NoteKind.RECOGNISED)) == 4
    assert report.lines("id")[0] == "Dikenali:"


def test_markdown_import_runs_the_conventions_too(tmp_path: Path) -> None:
    source = tmp_path / "berita.md"
    source.write_text(
        "---\nheadline: Harga Beras Turun di Pasar Johar\n---\n\n"
        "SEMARANG, WartaPesisir.com – Harga beras medium turun Rp500 per kilogram.\n\n"
        "Baca Juga: Stok Beras Bulog Aman\n\nPenulis: Sari Dewi\n\n(sd/ed)\n",
        encoding="utf-8",
    )
    lookup = {"Stok Beras Bulog Aman": ("https://wartapesisir.example/bulog/", "a9")}
    result = import_source(source, lookup=lookup.get)
    article = result.draft.article
    assert (article.dateline, article.signoff) == ("Semarang", "sd/ed")
    assert [a.name for a in article.authors] == ["Sari Dewi"]
    assert article.body[1] == BacaJuga("https://wartapesisir.example/bulog/", "Stok Beras Bulog Aman", "a9")


def test_sample_markdown_gains_nothing_unexpected() -> None:
    """The sample's front matter already says everything: the conventions find nothing."""
    result = import_source(SAMPLE_MARKDOWN)
    assert result.report.notes == []


def test_cli_imports_each_kind_and_prints_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "kawat.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "in" / "catatan.pdf").write_text("bukan berita")
    code = main(["import", str(tmp_path / "in"), str(SAMPLE_MARKDOWN), "-o", str(tmp_path / "out")])
    out = capsys.readouterr().out
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "banjir-rob-semarang.redaksi", "kawat.redaksi"
    ]
    assert "Dikenali:" in out and "Tidak diambil:" in out and "(ant/bs)" in out
    assert open_draft(tmp_path / "out" / "kawat.redaksi").article.signoff == "ant/bs"


def test_cli_failure_is_one_line_in_english_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDAKSI_LANG", "en")
    (tmp_path / "rusak.docx").write_bytes(b"PK\x03\x04 bukan zip")
    code = main(["import", str(tmp_path / "rusak.docx"), "-o", str(tmp_path / "x.redaksi")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and "not a complete Word document" in err[0]


def test_a_file_too_large_for_a_story_or_a_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "besar.txt"
    big.write_text("Judul\n\n" + "kata " * 400)
    monkeypatch.setattr("editor.importers.text.MAX_BYTES", 1024)
    with pytest.raises(ImportError_, match="terlalu besar"):
        import_text(big)
    folder = tmp_path / "map.txt"
    folder.mkdir()
    with pytest.raises(ImportError_, match="folder"):
        import_text(folder)
