"""Word .docx import: the mammoth fixtures, Word documents from the paste fixtures, and a
newsroom document written with python-docx that holds every element and convention."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from editor.errors import ImportError_
from editor.importers.docx import import_docx
from editor.importers.report import NoteKind
from editor.model import BacaJuga, Heading, ImageBlock, ListBlock, Paragraph, Quote, Table
from editor.model.validate import Severity, validate
from editor.storage.draft import open_draft, save_draft
from tests.export.helpers import export
from tests.importers.docx_factory import BACA_URL, BMKG_URL, HEADLINE, newsroom_docx

KERANG_URL = "https://wartapesisir.example/berita/2024/05/20/kerang-hijau/"


def mammoth_fixture(testdata: Path, name: str) -> Path:
    return testdata / "docx" / "python-mammoth" / name


def kinds(blocks) -> list[str]:
    return [block.kind for block in blocks]


# What each mammoth fixture must give: (block kinds, a check on the result) or an error text.
EXPECTED = {
    "comments.docx": (["paragraph"], lambda r: len(r.report.of_kind(NoteKind.DROPPED)) == 2),
    "embedded-style-map.docx": ([], lambda r: r.draft.article.headline == "Walking on imported air"),
    "endnotes.docx": (["paragraph", "heading", "list"], lambda r: len(r.draft.article.body[2].items) == 2),
    "footnotes.docx": (["paragraph", "heading", "list"], lambda r: r.draft.article.body[0].plain() == "Ouch[1].[2]"),
    "footnote-hyperlink.docx": (["paragraph", "heading", "list"], lambda r: r.draft.article.body[2].items[0][0].href == "http://www.example.com"),
    "simple-list.docx": (["list"], lambda r: r.draft.article.body[0].plain() == "Apple\nBanana"),
    "single-paragraph.docx": (["paragraph"], lambda r: r.draft.article.body[0].plain() == "Walking on imported air"),
    "strict-format.docx": (["paragraph"], lambda r: r.draft.article.body[0].plain() == "Test"),
    "strikethrough.docx": (["paragraph"], lambda r: r.draft.article.body[0].spans[0].strike),
    "tables.docx": (["table", "paragraph"], lambda r: r.draft.article.body[0].rows[1][1][0].text == "Bottom right"),
    "text-box.docx": (["paragraph"], lambda r: r.draft.article.body[0].plain() == "Datum plane"),
    "tiny-picture.docx": ([], lambda r: r.draft.article.featured_image is not None),
    "tiny-picture-target-base-relative.docx": ([], lambda r: r.draft.article.featured_image is not None),
    "underline.docx": (["paragraph"], lambda r: [s.text for s in r.draft.article.body[0].spans if s.underline] == ["Sunset"]),
    "utf8-bom.docx": (["paragraph"], lambda r: "byte order mark" in r.draft.article.body[0].plain()),
    "empty.docx": "tidak berisi teks",
    "external-picture.docx": "hanya ditautkan",
}


def test_every_mammoth_fixture_is_covered(testdata: Path) -> None:
    names = {p.name for p in (testdata / "docx" / "python-mammoth").glob("*.docx")}
    assert names == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_mammoth_fixture(testdata: Path, tmp_path: Path, name: str) -> None:
    expected = EXPECTED[name]
    if isinstance(expected, str):
        with pytest.raises(ImportError_) as caught:
            import_docx(mammoth_fixture(testdata, name))
        assert expected in caught.value.message("id")
        assert name in caught.value.message("en") and "\n" not in caught.value.message("en")
        return
    result = import_docx(mammoth_fixture(testdata, name))
    block_kinds, check = expected
    assert kinds(result.draft.article.body) == block_kinds
    assert check(result)
    # every imported draft saves, opens back equal and exports
    reopened = open_draft(save_draft(result.draft, tmp_path / "draf.redaksi"))
    assert reopened.article == result.draft.article
    export(reopened, tmp_path, via_file=False)


def test_word_documents_of_the_paste_fixtures_all_import(testdata: Path) -> None:
    """88 real Word documents (lists, tables, fonts, alignment...): none crashes."""
    files = sorted((testdata / "paste-fixtures").rglob("*.docx"))
    assert len(files) > 50
    for path in files:
        try:
            result = import_docx(path)
        except ImportError_ as exc:  # only "empty" is an acceptable refusal
            assert "no text" in exc.message("en"), path
            continue
        article = result.draft.article
        assert article.body or article.headline or article.featured_image, path
        assert not (article.featured_image and article.featured_image.alt.endswith(".jpg"))


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("docx")
    lookup = {"Nelayan Tambak Lorok Beralih ke Budidaya Kerang Hijau": (KERANG_URL, "arsip-17")}
    return import_docx(newsroom_docx(folder / "rob.docx"), lookup=lookup.get)


def test_headline_featured_photo_dateline_credits_and_signoff(newsroom) -> None:
    article = newsroom.draft.article
    assert article.headline == HEADLINE
    assert article.featured_image.alt == "Genangan air setinggi lutut di depan deretan rumah"
    assert article.featured_image.caption == "Warga melintasi genangan di Tanjung Mas."
    assert article.featured_image.credit == "Warta Pesisir/Rina"
    assert article.dateline == "Semarang"
    assert [a.name for a in article.authors] == ["Rina Wulandari"]
    assert [e.name for e in article.editors] == ["Dimas Prasetyo"]
    assert article.signoff == "rw/dp"
    first = article.body[0]
    assert isinstance(first, Paragraph) and first.plain().startswith("Air laut pasang merendam")
    assert not any("Penulis:" in b.plain() or "(rw/dp)" in b.plain() for b in article.body)


def test_inline_marks_links_headings_lists_quote(newsroom) -> None:
    body = newsroom.draft.article.body
    first, second = body[0], body[1]
    assert [s.text for s in first.spans if s.bold] == ["sejak Selasa sore"]
    assert [s.text for s in first.spans if s.italic] == ["ratusan warga"]
    assert [(s.text, s.href) for s in second.spans if s.href] == [("prakiraan BMKG", BMKG_URL)]
    assert [s.text for s in second.spans if s.underline] == ["maksimum"]
    assert [s.text for s in second.spans if s.strike] == ["pukul 16.00"]
    headings = [(b.level, b.plain()) for b in body if isinstance(b, Heading)]
    assert headings == [(2, "Pompa belum cukup"), (3, "Langkah darurat")]
    bullets, numbers = [b for b in body if isinstance(b, ListBlock)]
    assert not bullets.ordered and bullets.depths == [0, 1, 0, 0]
    assert bullets.items[1][0].text == "RW 03 dan RW 04"
    assert numbers.ordered and len(numbers.items) == 2
    assert [b.plain() for b in body if isinstance(b, Quote)] == [
        "Kami sudah tiga hari tidak bisa berjualan."
    ]


def test_table_with_header_row_and_caption(newsroom) -> None:
    (table,) = [b for b in newsroom.draft.article.body if isinstance(b, Table)]
    assert table.header and table.caption == "Tinggi genangan per kelurahan"
    assert [[c[0].text for c in row] for row in table.rows][0] == ["Kelurahan", "Tinggi air", "Pengungsi"]
    assert not any(span.bold for cell in table.rows[0] for span in cell)
    assert table.rows[2][1][0].text == "45 cm"


def test_body_photo_with_caption_and_credit(newsroom) -> None:
    (photo,) = [b for b in newsroom.draft.article.body if isinstance(b, ImageBlock)]
    assert photo.image.alt == "Pompa portabel berwarna kuning di tepi jalan"
    assert (photo.image.caption, photo.image.credit) == (
        "Pompa portabel dikerahkan di Bandarharjo.",
        "Istimewa",
    )
    assert newsroom.draft.media_path(photo.image.file).read_bytes()[:2] == b"\xff\xd8"


def test_baca_juga_from_link_and_from_the_archive(newsroom) -> None:
    boxes = [b for b in newsroom.draft.article.body if isinstance(b, BacaJuga)]
    assert [(b.url, b.title, b.archive_id) for b in boxes] == [
        (BACA_URL, "Tanggul Laut Semarang–Demak Ditargetkan Rampung Akhir Tahun", None),
        (KERANG_URL, "Nelayan Tambak Lorok Beralih ke Budidaya Kerang Hijau", "arsip-17"),
    ]


def test_tracked_changes_and_comments_are_reported_not_hidden(newsroom) -> None:
    body_text = " ".join(b.plain() for b in newsroom.draft.article.body)
    assert "pada Rabu pagi" in body_text and "Selasa malam" not in body_text
    lines = "\n".join(newsroom.report.lines("en"))
    assert "Tracked change accepted (insertion, Redaktur Dina): “pada Rabu pagi”" in lines
    assert "Tracked change accepted (deletion, Redaktur Dina): “pada Selasa malam”" in lines
    assert "Comment, Redaktur Dina left out of the story: “Cek lagi nama RW-nya”" in lines
    dropped = [n.message("id") for n in newsroom.report.of_kind(NoteKind.DROPPED)]
    assert any("Komentar" in line for line in dropped)


def test_newsroom_draft_validates_and_exports(newsroom, tmp_path: Path) -> None:
    reopened = open_draft(save_draft(newsroom.draft, tmp_path / "rob.redaksi"))
    assert reopened.article == newsroom.draft.article
    # what a Word document does not say (the section, when it goes out), the desk fills in
    fields = {p.field for p in validate(reopened.article) if p.severity is Severity.ERROR}
    assert fields <= {"section", "published"}
    reopened.article.section = "Daerah"
    reopened.article.published = datetime.fromisoformat("2024-06-18T20:42:00+07:00")
    errors = [p for p in validate(reopened.article) if p.severity is Severity.ERROR]
    assert errors == []
    out = export(reopened, tmp_path, via_file=False)
    assert out.page.xpath("//h1/text()") == [HEADLINE]
    assert out.page.xpath("//table/caption/text()") == ["Tinggi genangan per kelurahan"]
    assert len(out.page.xpath("//aside[@class='baca-juga']")) == 2


def test_not_a_word_document_and_a_zip_bomb_get_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "berita.docx"
    fake.write_text("ini teks biasa, bukan dokumen Word")
    with pytest.raises(ImportError_, match="rusak|bukan"):
        import_docx(fake)
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<x/>")
        archive.writestr("isi.bin", b"\0" * (3 * 1024 * 1024))  # 3 MB of zeros packs to 3 kB
    monkeypatch.setattr("editor.importers.docx.MAX_UNPACKED", 2 * 1024 * 1024)
    with pytest.raises(ImportError_) as caught:
        import_docx(bomb)
    assert "over 2 MB" in caught.value.message("en")
    without = tmp_path / "kosong.docx"
    with zipfile.ZipFile(without, "w") as archive:
        archive.writestr("lain.xml", "<x/>")
    with pytest.raises(ImportError_, match="word/document.xml"):
        import_docx(without)


def test_a_picture_format_word_can_hold_but_the_web_cannot_is_named() -> None:
    """Word drawings (EMF/WMF) reach the reader as unsupported pictures: the report names
    the format and what to do, the text around them stays."""
    from editor.importers.html_blocks import HtmlReader
    from editor.importers.report import ImportReport

    report = ImportReport()
    read = HtmlReader(lambda src, alt: None, report).read(
        '<p>Sebelum.</p><p><img src="unsupported:image/x-emf"></p><p>Sesudah.</p>'
    )
    assert [b.plain() for b in read.blocks] == ["Sebelum.", "Sesudah."]
    assert report.notes[0].message("en") == (
        "A picture in image/x-emf format is not supported; save it as JPEG or PNG."
    )
