"""Word documents written with python-docx, as a journalist's would be (invented story).

``newsroom_docx`` covers every element the importer reads and every newsroom
convention; ``long_docx`` makes the 20-page, 10-photo document of the benchmark.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches
from PIL import Image

BACA_URL = "https://wartapesisir.example/berita/2024/06/01/tanggul-laut/"
BMKG_URL = "https://bmkg.example/rob"
HEADLINE = "Banjir Rob Rendam Tiga Kelurahan di Semarang Utara, Warga Mengungsi ke Masjid"


def picture(
    colour: tuple[int, int, int], size: tuple[int, int] = (1200, 800), *, camera: bool = False
) -> io.BytesIO:
    """A JPEG; ``camera`` makes it as heavy as a phone photo (grain does not compress)."""
    data = io.BytesIO()
    image = Image.new("RGB", size, colour)
    if camera:
        grain = Image.effect_noise(size, 60).convert("RGB")
        image = Image.blend(image, grain, 0.5)
    image.save(data, "JPEG", quality=90)
    data.seek(0)
    return data


def add_hyperlink(paragraph, url: str, text: str, *, bold: bool = False) -> None:
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    if bold:
        props = OxmlElement("w:rPr")
        props.append(OxmlElement("w:b"))
        run.append(props)
    node = OxmlElement("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    link.append(run)
    paragraph._p.append(link)


def add_tracked(paragraph, kind: str, text: str, author: str = "Redaktur Dina") -> None:
    """A tracked insertion (``w:ins``) or deletion (``w:del``) at the paragraph's end."""
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), str(len(paragraph._p) + (7 if kind == "ins" else 70)))
    change.set(qn("w:author"), author)
    change.set(qn("w:date"), "2024-06-18T10:00:00Z")
    run = OxmlElement("w:r")
    node = OxmlElement("w:t" if kind == "ins" else "w:delText")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    change.append(run)
    paragraph._p.append(change)


def multilevel_bullets(document) -> str:
    """A bullet list definition with three levels, as Word and Google Docs write one
    (python-docx's template only has single-level lists); returns its ``numId``."""
    numbering = document.part.numbering_part.element
    abstract_id = str(900 + len(numbering.xpath("./w:abstractNum")))
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), abstract_id)
    for level in range(3):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        for tag, value in (("w:start", "1"), ("w:numFmt", "bullet"), ("w:lvlText", "•")):
            node = OxmlElement(tag)
            node.set(qn("w:val"), value)
            lvl.append(node)
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num_id = str(900 + len(numbering.xpath("./w:num")))
    num.set(qn("w:numId"), num_id)
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), abstract_id)
    num.append(ref)
    numbering.append(num)
    return num_id


def list_item(document, text: str, num_id: str, level: int):
    paragraph = document.add_paragraph(text, style="List Paragraph")
    num_pr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", str(level)), ("w:numId", num_id)):
        node = OxmlElement(tag)
        node.set(qn("w:val"), value)
        num_pr.append(node)
    paragraph._p.get_or_add_pPr().append(num_pr)
    return paragraph


def set_alt(document, text: str) -> None:
    """Alt text of the last picture added (Word's "Alt Text" pane writes ``docPr/@descr``)."""
    doc_pr = document.inline_shapes[-1]._inline.docPr
    doc_pr.set("descr", text)


def newsroom_docx(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph(HEADLINE, style="Title")
    doc.add_picture(picture((40, 90, 140)), width=Inches(5))
    set_alt(doc, "Genangan air setinggi lutut di depan deretan rumah")
    doc.add_paragraph("Foto: Warga melintasi genangan di Tanjung Mas. (Warta Pesisir/Rina)")
    first = doc.add_paragraph("SEMARANG, WartaPesisir.com – Air laut pasang merendam permukiman ")
    first.add_run("sejak Selasa sore").bold = True
    first.add_run(", dan ")
    first.add_run("ratusan warga").italic = True
    first.add_run(" mengungsi ke masjid terdekat.")
    second = doc.add_paragraph("Menurut ")
    add_hyperlink(second, BMKG_URL, "prakiraan BMKG")
    second.add_run(", pasang ")
    second.add_run("maksimum").underline = True
    second.add_run(" terjadi menjelang magrib; jadwal ")
    second.add_run("pukul 16.00").font.strike = True
    second.add_run(" pukul 17.00 berlaku.")
    baca = doc.add_paragraph("Baca Juga: ")
    add_hyperlink(baca, BACA_URL, "Tanggul Laut Semarang–Demak Ditargetkan Rampung Akhir Tahun")
    doc.add_paragraph("Pompa belum cukup", style="Heading 1")
    doc.add_paragraph("Dinas pekerjaan umum mengerahkan pompa ke titik terparah:")
    bullets = multilevel_bullets(doc)
    list_item(doc, "Kelurahan Tanjung Mas", bullets, 0)
    list_item(doc, "RW 03 dan RW 04", bullets, 1)
    list_item(doc, "Kelurahan Bandarharjo", bullets, 0)
    list_item(doc, "Kelurahan Kemijen", bullets, 0)
    doc.add_paragraph("Langkah darurat", style="Heading 2")
    doc.add_paragraph("Tutup saluran yang jebol", style="List Number")
    doc.add_paragraph("Nyalakan pompa portabel", style="List Number")
    quote = doc.add_paragraph("Kami sudah tiga hari tidak bisa berjualan.", style="Quote")
    quote.runs[0].font.highlight_color = WD_COLOR_INDEX.YELLOW
    doc.add_paragraph("Tinggi genangan per kelurahan", style="Caption")
    table = doc.add_table(rows=3, cols=3)
    for row, cells in enumerate(
        [("Kelurahan", "Tinggi air", "Pengungsi"), ("Tanjung Mas", "60 cm", "120"),
         ("Bandarharjo", "45 cm", "80")]
    ):
        for col, value in enumerate(cells):
            run = table.cell(row, col).paragraphs[0].add_run(value)
            run.bold = row == 0
    doc.add_picture(picture((150, 60, 40), (900, 600)), width=Inches(4))
    set_alt(doc, "Pompa portabel berwarna kuning di tepi jalan")
    doc.add_paragraph("Pompa portabel dikerahkan di Bandarharjo. (Foto: Istimewa)")
    edited = doc.add_paragraph("Wali kota meninjau lokasi")
    add_tracked(edited, "ins", " pada Rabu pagi")
    add_tracked(edited, "del", " pada Selasa malam")
    edited.add_run(".")
    commented = doc.add_paragraph("Warga berharap tanggul segera selesai.")
    doc.add_comment(commented.runs, text="Cek lagi nama RW-nya", author="Redaktur Dina")
    doc.add_paragraph("Baca Juga: Nelayan Tambak Lorok Beralih ke Budidaya Kerang Hijau")
    doc.add_paragraph("Penulis: Rina Wulandari | Editor: Dimas Prasetyo")
    doc.add_paragraph("(rw/dp)")
    doc.save(path)
    return path


def long_docx(path: Path, pages: int = 20, photos: int = 10) -> Path:
    """About ``pages`` pages of text (~500 words each) with ``photos`` camera-sized pictures
    (1600×1067, ~1 MB each) spread through."""
    doc = Document()
    doc.add_paragraph("Laporan Khusus: Pesisir Utara Jawa Tenggelam Perlahan", style="Title")
    sentence = (
        "Warga pesisir menunggu air surut sebelum magrib sambil memindahkan barang ke tempat "
        "yang lebih tinggi, sementara petugas memeriksa pompa di setiap kelurahan. "
    )
    paragraphs = pages * 6
    every = max(paragraphs // photos, 1)
    for n in range(paragraphs):
        if n and n % 12 == 0:
            doc.add_paragraph(f"Bagian {n // 12}", style="Heading 1")
        para = doc.add_paragraph(sentence * 4)
        para.add_run(" Catatan penting.").bold = True
        if n % every == every - 1 and n // every < photos:
            doc.add_picture(
                picture((20 * (n % 12), 80, 120), (1600, 1067), camera=True), width=Inches(5)
            )
            doc.add_paragraph(f"Suasana kelurahan ke-{n // every + 1}. (Foto: Warta Pesisir)")
    doc.save(path)
    return path
