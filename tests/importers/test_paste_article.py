"""Pasting a whole Google Docs article gives what importing the document's .docx gives."""

from __future__ import annotations

from html import escape
from pathlib import Path

from docx import Document

from editor.importers.docx import import_docx
from editor.importers.paste import clean_paste
from editor.importers.paste_article import paste_article
from editor.model import ListBlock, Paragraph, Table
from editor.model.inline import text
from tests.importers.docx_factory import add_hyperlink, list_item, multilevel_bullets

HEADLINE = "Nelayan Tambak Lorok Beralih ke Budidaya Kerang Hijau"
BACA = ("Tanggul Laut Ditargetkan Rampung", "https://wartapesisir.example/berita/tanggul/")
HARVEST = [("Bulan", "Panen"), ("Mei", "2 ton"), ("Juni", "3,5 ton")]
# (kind, text) — one article, written once as a Google Docs clipboard and once as a .docx;
# "li" is a list item, "li2" one nested under it, "table" a table whose first row is bold
ARTICLE = [
    ("title", HEADLINE),
    ("p", "SEMARANG, WartaPesisir.com – Puluhan nelayan mulai membudidayakan kerang hijau."),
    ("bold-p", ("Hasil tangkapan ikan", " terus menurun sejak awal tahun, kata mereka.")),
    ("baca", BACA),
    ("h", "Modal dari koperasi"),
    ("p", "Ketua kelompok nelayan menyebut modal awal berasal dari koperasi desa."),
    ("li", "Tali dan pelampung"),
    ("li2", "Tali nilon"),
    ("li2", "Pelampung bekas jeriken"),
    ("li", "Bibit kerang"),
    ("p", "Hasil panen pertama tahun ini:"),
    ("table", HARVEST),
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
    the ``docs-internal-guid`` wrapper, styled spans, h2 for Heading 1, a nested list as a
    ``<ul>`` beside its parent ``<li>``, a table in a ``<div>`` with bold spans in its cells...)."""
    parts, items = [], []
    for kind, value in ARTICLE:
        if not kind.startswith("li") and items:
            parts.append(_gdocs_list(items))
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
        elif kind.startswith("li"):
            items.append((kind, para.format(_span(value))))
        elif kind == "table":
            parts.append(_gdocs_table(value))
    guid = "docs-internal-guid-5e2a0b1c-7fff-4a1b-9c3d-0e1f2a3b4c5d"
    return (f'<meta charset="utf-8"><b style="font-weight:normal;" id="{guid}">'
            + "<br />".join(parts) + "</b>")


LIST = '<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">{}</ul>'
ITEM = '<li dir="ltr" style="list-style-type:{};" aria-level="{}">{}</li>'


def _gdocs_list(items: list[tuple[str, str]]) -> str:
    """Google Docs writes a nested list as a ``<ul>`` *beside* its parent item, in the list."""
    html, nested = "", []
    for kind, para in [*items, ("li", "")]:
        if kind == "li2":
            nested.append(ITEM.format("circle", 2, para))
            continue
        if nested:
            html += LIST.format("".join(nested))
            nested = []
        if para:
            html += ITEM.format("disc", 1, para)
    return LIST.format(html)


def _gdocs_table(rows: list[tuple[str, str]]) -> str:
    cell = ('<td style="border-left:solid #000000 1pt;padding:5pt 5pt 5pt 5pt;overflow:hidden;">'
            '<p dir="ltr" style="line-height:1.2;margin-top:0pt;margin-bottom:0pt;">{}</p></td>')
    trs = "".join(
        '<tr style="height:0pt">'
        + "".join(cell.format(_span(value, 700 if n == 0 else 400)) for value in row)
        + "</tr>"
        for n, row in enumerate(rows)
    )
    return ('<div dir="ltr" style="margin-left:0pt;" align="left"><table style="border:none;'
            'border-collapse:collapse;"><colgroup><col width="301" /><col width="301" />'
            f"</colgroup><tbody>{trs}</tbody></table></div>")


def word_document(path: Path) -> Path:
    doc = Document()
    bullets = multilevel_bullets(doc)
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
        elif kind.startswith("li"):
            list_item(doc, value, bullets, 1 if kind == "li2" else 0)
        elif kind == "table":
            table = doc.add_table(rows=len(value), cols=len(value[0]))
            for r, row in enumerate(value):
                for c, cell in enumerate(row):
                    table.cell(r, c).paragraphs[0].add_run(cell).bold = r == 0
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
        "paragraph", "paragraph", "baca_juga", "heading", "paragraph", "list", "paragraph", "table"
    ]
    assert article.body[5] == ListBlock(
        items=[text("Tali dan pelampung"), text("Tali nilon"), text("Pelampung bekas jeriken"),
               text("Bibit kerang")],
        depths=[0, 1, 1, 0],
    )
    assert article.body[7] == Table(rows=[[text(c) for c in row] for row in HARVEST], header=True)
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
