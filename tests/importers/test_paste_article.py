"""Pasting a whole Google Docs article gives what importing the document's .docx gives."""

from __future__ import annotations

from html import escape
from pathlib import Path

from docx import Document

from editor.importers.docx import import_docx
from editor.importers.paste import clean_paste
from editor.importers.paste_article import paste_article
from editor.model import Paragraph
from editor.model.inline import text
from tests.importers.docx_factory import add_hyperlink

HEADLINE = "Nelayan Tambak Lorok Beralih ke Budidaya Kerang Hijau"
BACA = ("Tanggul Laut Ditargetkan Rampung", "https://wartapesisir.example/berita/tanggul/")
# (kind, text) — one article, written once as a Google Docs clipboard and once as a .docx
ARTICLE = [
    ("title", HEADLINE),
    ("p", "SEMARANG, WartaPesisir.com – Puluhan nelayan mulai membudidayakan kerang hijau."),
    ("bold-p", ("Hasil tangkapan ikan", " terus menurun sejak awal tahun, kata mereka.")),
    ("baca", BACA),
    ("h", "Modal dari koperasi"),
    ("p", "Ketua kelompok nelayan menyebut modal awal berasal dari koperasi desa."),
    ("li", "Tali dan pelampung"),
    ("li", "Bibit kerang"),
    ("p", "Penulis: Sari Dewi"),
    ("p", "(sd/ed)"),
]

SPAN = ("font-size:11pt;font-family:Arial;color:#000000;background-color:transparent;"
        "font-weight:{w};font-style:normal;font-variant:normal;text-decoration:none;"
        "vertical-align:baseline;white-space:pre;white-space:pre-wrap;")


def _span(words: str, weight: int = 400, size: str = "11pt") -> str:
    style = SPAN.format(w=weight).replace("11pt", size)
    return f'<span style="{style}">{escape(words)}</span>'


def google_docs_clipboard() -> str:
    """The HTML Google Docs puts on the clipboard for the article (its real shape:
    the ``docs-internal-guid`` wrapper, styled spans, h2 for Heading 1...)."""
    parts, items = [], []
    for kind, value in ARTICLE:
        if kind != "li" and items:
            parts.append('<ul style="margin-top:0pt;margin-bottom:0pt;">' + "".join(items) + "</ul>")
            items = []
        para = '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">{}</p>'
        if kind == "title":
            parts.append(para.format(_span(value, 400, "26pt")))
        elif kind == "p":
            parts.append(para.format(_span(value)))
        elif kind == "bold-p":
            parts.append(para.format(_span(value[0], 700) + _span(value[1])))
        elif kind == "baca":
            link = f'<a href="{value[1]}" style="text-decoration:none;">{_span(value[0])}</a>'
            parts.append(para.format(_span("Baca Juga: ") + link))
        elif kind == "h":
            parts.append(f'<h2 dir="ltr" style="line-height:1.38;">{_span(value, 400, "16pt")}</h2>')
        elif kind == "li":
            items.append(f'<li dir="ltr" style="list-style-type:disc;">{para.format(_span(value))}</li>')
    guid = "docs-internal-guid-5e2a0b1c-7fff-4a1b-9c3d-0e1f2a3b4c5d"
    return (f'<meta charset="utf-8"><b style="font-weight:normal;" id="{guid}">'
            + "<br />".join(parts) + "</b>")


def word_document(path: Path) -> Path:
    doc = Document()
    for kind, value in ARTICLE:
        if kind == "title":
            doc.add_paragraph(value, style="Title")
        elif kind == "p":
            doc.add_paragraph(value)
        elif kind == "bold-p":
            para = doc.add_paragraph()
            para.add_run(value[0]).bold = True
            para.add_run(value[1])
        elif kind == "baca":
            add_hyperlink(doc.add_paragraph("Baca Juga: "), value[1], value[0])
        elif kind == "h":
            doc.add_paragraph(value, style="Heading 1")
        elif kind == "li":
            doc.add_paragraph(value, style="List Bullet")
    doc.save(path)
    return path


def test_whole_google_docs_paste_equals_the_docx_import(tmp_path: Path) -> None:
    imported = import_docx(word_document(tmp_path / "kerang.docx")).draft.article
    pasted = paste_article(clean_paste(google_docs_clipboard()))
    assert pasted is not None
    article = pasted.draft.article
    assert article.headline == imported.headline == HEADLINE
    assert (article.dateline, article.signoff) == (imported.dateline, imported.signoff)
    assert article.dateline == "Semarang" and article.signoff == "sd/ed"
    assert [a.name for a in article.authors] == [a.name for a in imported.authors] == ["Sari Dewi"]
    assert [b.to_dict() for b in article.body] == [b.to_dict() for b in imported.body]
    assert [b.kind for b in article.body] == [
        "paragraph", "paragraph", "baca_juga", "heading", "paragraph", "list"
    ]
    notes = [n.message("en") for n in pasted.report.notes]
    assert any("Dateline" in n for n in notes) and any("Baca Juga" in n for n in notes)


def test_a_paragraph_pasted_is_not_an_article() -> None:
    assert paste_article([Paragraph(text("Satu kalimat saja yang ditempel."))]) is None
    # a short line and paragraphs are some document's text, not a news story...
    assert paste_article(clean_paste("<p>Catatan rapat</p><p>Rapat dimulai pukul 9.</p>")) is None
    assert paste_article(clean_paste("<h2>Sub</h2><p>Satu.</p><ul><li>a</li></ul>")) is None
    assert paste_article(clean_paste("<p>Catatan rapat</p>" + "<p>Rapat mulai.</p>" * 3)) is None
    # ...until a newsroom convention shows it is one, such as a sign-off
    signed = paste_article(clean_paste("<p>Rapat RT</p><p>Mulai.</p><p>Usai.</p><p>(ab/cd)</p>"))
    assert signed is not None and signed.draft.article.signoff == "ab/cd"
