"""``clean_paste`` / ``clean_paste_text`` on small, hand-written pastes.

The fixture suite (``test_paste_fixtures.py``) shows real Word and Google Docs
clipboards survive; these pin down each rule on its own: hostile input, Word's
fake lists, the Google Docs bold wrapper, ``&nbsp;`` runs, empty paragraphs.
"""

from __future__ import annotations

import re

import pytest

from editor.importers.paste import clean_paste, clean_paste_text
from editor.importers.paste_markers import marker_is_ordered
from editor.model.blocks import Block, Heading, ListBlock, Paragraph, Quote, Table
from editor.model.inline import Span, text
from editor.render.blocks import BodyContext, render_body


def render(blocks: list[Block]) -> str:
    return str(render_body(blocks, BodyContext()))


def texts(blocks: list[Block]) -> list[str]:
    return [block.plain() for block in blocks]


# -- hostile pastes ---------------------------------------------------------
HOSTILE = {
    "script": '<p>a<script>alert("x")</script>b</p>',
    "img onerror": '<p>a<img src=x onerror="alert(1)">b</p>',
    "javascript link": '<p><a href="javascript:alert(1)">ab</a></p>',
    "javascript link, mixed case and spaces": '<p><a href="  JaVaScRiPt:alert(1)">ab</a></p>',
    "javascript link, entity tab": '<p><a href="java&#x09;script:alert(1)">ab</a></p>',
    "javascript link, entity letters": '<p><a href="&#106;avascript:alert(1)">ab</a></p>',
    "data link": '<p><a href="data:text/html;base64,PHNjcmlwdD4=">ab</a></p>',
    "vbscript link": '<p><a href="vbscript:msgbox(1)">ab</a></p>',
    "iframe": '<p>a<iframe src="https://evil.example/"></iframe>b</p>',
    "iframe srcdoc": '<p>a<iframe srcdoc="<script>alert(1)</script>">x</iframe>b</p>',
    "svg onload": '<p>a<svg onload="alert(1)"><script>alert(2)</script></svg>b</p>',
    "event handler": '<p onclick="alert(1)" onmouseover="alert(2)">a<span onfocus=x>b</span></p>',
    "style block": "<style>p{background:url(javascript:alert(1))}</style><p>ab</p>",
    "object and embed": '<p>a<object data="x.swf"></object><embed src="x.swf">b</p>',
    "source and track": '<p>a<source src="x.mp4"><track src="x.vtt">b</p>',
    "noscript": '<p>a<noscript><img src=x onerror="alert(1)"></noscript>b</p>',
    "form controls": "<p>a<button onclick=x>Klik</button><input value=x>b</p>",
    "math": '<p>a<math><mtext><img src=x onerror="alert(1)"></mtext></math>b</p>',
    "base and meta": (
        '<base href="javascript:alert(1)//"><meta http-equiv="refresh" content="0"><p>ab</p>'
    ),
}
EXECUTABLE_RE = re.compile(
    r"<script|<iframe|<svg|<object|<embed|<img|<math|javascript:|vbscript:|data:|\son\w+=",
    re.IGNORECASE,
)


@pytest.mark.parametrize("html", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_paste_leaves_text_and_nothing_executable(html: str) -> None:
    blocks = clean_paste(html)
    assert texts(blocks) == ["ab"]
    assert all(span.href is None for block in blocks for span in block.spans)
    assert not EXECUTABLE_RE.search(render(blocks))


def test_hostile_markup_in_a_table_and_a_nested_list_stays_harmless() -> None:
    cell = '<td onclick="x()">a<script>alert(1)</script><a href="javascript:alert(2)">b</a></td>'
    html = (
        f"<table><caption><img src=x onerror=alert(3)>t</caption><tr>{cell}</tr></table>"
        '<ul><li>a<ul><li><a href="data:text/html,x" onmouseover=y>b</a><iframe></iframe>'
        "</li></ul></li></ul>"
    )
    blocks = clean_paste(html)
    assert blocks == [
        Table(rows=[[text("ab")]], header=False, caption="t"),
        ListBlock(items=[text("a"), text("b")], depths=[0, 1]),
    ]
    assert not EXECUTABLE_RE.search(render(blocks))


def test_markup_written_as_text_stays_text() -> None:
    blocks = clean_paste("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
    assert texts(blocks) == ["<script>alert(1)</script>"]
    assert "<script" not in render(blocks) and "&lt;script&gt;" in render(blocks)


def test_unsafe_link_keeps_its_text_and_marks() -> None:
    blocks = clean_paste('<p>Lihat <a href="javascript:x()"><b>di sini</b></a>.</p>')
    assert blocks == [Paragraph(spans=(Span("Lihat "), Span("di sini", bold=True), Span(".")))]


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("https://contoh.example/berita/1", "https://contoh.example/berita/1"),
        ("  http://contoh.example/a\n  ", "http://contoh.example/a"),
        ("https://contoh.example/\npanjang", "https://contoh.example/panjang"),
        ("mailto:redaksi@contoh.example", "mailto:redaksi@contoh.example"),
        ("/berita/lokal", "/berita/lokal"),
        ("#_Toc123", None),  # Word's table-of-contents anchor: leads nowhere in the article
        ("file:///C:/Users/rina/draf.docx", None),
        ("", None),
    ],
)
def test_link_targets(href: str, kept: str | None) -> None:
    (block,) = clean_paste(f'<p><a href="{href}">tautan</a></p>')
    assert block.spans == (Span("tautan", href=kept),)


# -- Word -------------------------------------------------------------------
def word_item(list_id: int, level: int, marker: str, text: str) -> str:
    """One of Word's fake list paragraphs, as Word 2013+ pastes it."""
    return (
        f"<p class=MsoListParagraphCxSpMiddle style='text-indent:-.25in;"
        f"mso-list:l{list_id} level{level} lfo{list_id + 1}'>"
        "<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>"
        f"{marker}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span>"
        f"</span></span><![endif]><span lang=IN>{text}<o:p></o:p></span></p>"
    )


def test_word_fake_list_becomes_real_list_without_markers() -> None:
    html = "".join(word_item(0, 1, f"{n}.", t) for n, t in enumerate(["Satu", "Dua", "Tiga"], 1))
    blocks = clean_paste(html)
    assert blocks == [
        ListBlock(ordered=True, items=[(Span("Satu"),), (Span("Dua"),), (Span("Tiga"),)])
    ]
    assert "mso" not in render(blocks) and "1." not in render(blocks)


def test_word_nested_levels_nest_under_the_outer_list() -> None:
    html = (
        word_item(0, 1, "1.", "Satu")
        + word_item(0, 2, "a.", "Satu A")
        + word_item(0, 3, "i.", "Satu A i")
        + word_item(0, 1, "2.", "Dua")
    )
    (block,) = clean_paste(html)
    assert isinstance(block, ListBlock) and block.ordered
    assert [item[0].text for item in block.items] == ["Satu", "Satu A", "Satu A i", "Dua"]
    assert block.depths == [0, 1, 2, 0]


@pytest.mark.parametrize("marker", ["·", "o", "§", "•", "Ø", "\uf0b7", ""])
def test_word_bullet_markers_make_unordered_lists(marker: str) -> None:
    (block,) = clean_paste(word_item(0, 1, marker, "Butir"))
    assert block == ListBlock(ordered=False, items=[(Span("Butir"),)])


def test_word_lists_separated_by_a_paragraph_stay_two_lists() -> None:
    html = (
        word_item(0, 1, "1.", "Satu")
        + "<p class=MsoNormal>Selingan</p>"
        + word_item(1, 1, "·", "Butir")
    )
    blocks = clean_paste(html)
    assert [type(b).__name__ for b in blocks] == ["ListBlock", "Paragraph", "ListBlock"]
    assert [blocks[0].ordered, blocks[2].ordered] == [True, False]


def test_word_adjacent_lists_with_different_ids_stay_two_lists() -> None:
    blocks = clean_paste(word_item(0, 1, "1.", "Satu") + word_item(1, 1, "1.", "Lagi"))
    assert [len(b.items) for b in blocks] == [1, 1]


def test_typed_markers_from_edge_become_a_list() -> None:
    html = "".join(
        f'<p style="margin:0 0 0 48px;text-indent:-.25in"><span>{n}.</span>'
        f"<span>&nbsp;&nbsp;&nbsp;&nbsp;</span>{text}</p>"
        for n, text in ((1, "Satu"), (2, "Dua"))
    )
    assert clean_paste(html) == [ListBlock(ordered=True, items=[(Span("Satu"),), (Span("Dua"),)])]


def test_prose_starting_with_a_number_is_not_a_list() -> None:
    blocks = clean_paste("<p>2. Juli adalah hari libur.</p><p>- kata Rina.</p>")
    assert texts(blocks) == ["2. Juli adalah hari libur.", "- kata Rina."]


@pytest.mark.parametrize(
    ("marker", "ordered"),
    [
        ("1.", True),
        ("10)", True),
        ("(3)", True),
        ("1.2.", True),
        ("2", True),
        ("a.", True),
        ("B)", True),
        ("iv.", True),
        ("XII.", True),
        ("o", False),
        ("·", False),
        ("§", False),
        ("•", False),
        ("-", False),
        ("", False),
        ("v", False),
    ],
)
def test_marker_kind(marker: str, ordered: bool) -> None:
    assert marker_is_ordered(marker) is ordered


def test_word_residue_is_dropped() -> None:
    html = (
        "<html xmlns:o='urn:schemas-microsoft-com:office:office'><head>"
        "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View>"
        "</w:WordDocument></xml><![endif]-->"
        "<style>p.MsoNormal {mso-style-parent:''; margin:0cm;}</style></head><body lang=IN>"
        "<!--StartFragment--><p class=MsoNormal style='mso-margin-top-alt:auto'>"
        "<span lang=IN style='font-size:12.0pt;mso-bidi-font-family:Calibri'>Teks"
        "<o:p></o:p></span></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<v:shape id=x style='width:10pt'><v:imagedata src='file:///x.png'/></v:shape>"
        "<!--EndFragment--></body></html>"
    )
    blocks = clean_paste(html)
    assert blocks == [Paragraph(spans=(Span("Teks"),))]
    assert render(blocks) == "<p>Teks</p>"


def test_word_bold_without_bidi_confusion() -> None:
    # mso-bidi-font-weight is Word's weight for right-to-left text, not ours.
    (block,) = clean_paste("<p><b style='mso-bidi-font-weight:normal'>Tebal</b> biasa</p>")
    assert block.spans == (Span("Tebal", bold=True), Span(" biasa"))


def test_word_hidden_text_is_dropped() -> None:
    blocks = clean_paste("<p>Ada<span style='display:none;mso-hide:all'> rahasia</span></p>")
    assert texts(blocks) == ["Ada"]


# -- Google Docs ------------------------------------------------------------
GDOCS = (
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-4b2f-7fff">'
    '<p dir="ltr" style="line-height:1.38;margin-top:0pt"><span style="font-size:11pt;'
    'font-weight:400;font-style:normal;white-space:pre-wrap;">Biasa </span>'
    '<span style="font-weight:700;white-space:pre-wrap;">tebal</span>'
    '<span style="font-weight:400;white-space:pre-wrap;"> dan </span>'
    '<span style="font-style:italic;font-weight:400;">miring</span></p><br>'
    '<p dir="ltr"><span style="font-weight:400">Kedua</span></p></b>'
)


def test_google_docs_wrapper_is_not_bold_but_its_styles_are() -> None:
    blocks = clean_paste(GDOCS)
    assert blocks == [
        Paragraph(
            spans=(
                Span("Biasa "),
                Span("tebal", bold=True),
                Span(" dan "),
                Span("miring", italic=True),
            )
        ),
        Paragraph(spans=(Span("Kedua"),)),
    ]


def test_google_docs_wrapper_without_style_is_not_bold() -> None:
    (block,) = clean_paste('<b id="docs-internal-guid-1"><span>Teks</span></b>')
    assert block.spans == (Span("Teks"),)


def test_google_docs_nested_list_beside_its_item_keeps_its_depth() -> None:
    html = (
        '<b id="docs-internal-guid-1" style="font-weight:normal"><ol><li><p>Satu</p></li>'
        "<ul><li><p>Butir</p></li></ul><li><p>Dua</p></li></ol></b>"
    )
    assert clean_paste(html) == [
        ListBlock(ordered=True, items=[(Span("Satu"),), (Span("Butir"),), (Span("Dua"),)],
                  depths=[0, 1, 0])
    ]


# -- white space and empty paragraphs ----------------------------------------
def test_nbsp_runs_collapse_to_one_space() -> None:
    (block,) = clean_paste("<p>&nbsp;&nbsp;Kata&nbsp;&nbsp;&nbsp;demi &nbsp; kata&nbsp;</p>")
    assert block.spans == (Span("Kata demi kata"),)


def test_spaces_collapse_across_marks() -> None:
    # As in a browser, the first of two collapsing spaces is the one kept.
    (block,) = clean_paste("<p>Satu <b> dua </b> tiga</p>")
    assert block.spans == (Span("Satu "), Span("dua ", bold=True), Span("tiga"))


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<p></p>",
        "<p> </p><p>&nbsp;</p>",
        "<p><o:p>&nbsp;</o:p></p>",
        "<p><br></p><div><br><br></div>",
        "<p><span style='mso-spacerun:yes'>&nbsp;&nbsp; </span></p>",
        "<ul><li>&nbsp;</li></ul>",
        "<html><head><title>Judul</title></head><body></body></html>",
        "<!-- komentar -->",
        "<img src=x.png alt='Foto banjir'>",
    ],
)
def test_empty_pastes_give_no_blocks(html: str) -> None:
    assert clean_paste(html) == []


def test_line_breaks_and_blank_lines() -> None:
    blocks = clean_paste("<div>Baris satu<br>baris dua<br><br>Paragraf baru</div>")
    assert texts(blocks) == ["Baris satu\nbaris dua", "Paragraf baru"]


# -- structure --------------------------------------------------------------
@pytest.mark.parametrize(
    ("html", "level"),
    [
        ("<h1>J</h1>", 2),
        ("<h2>J</h2>", 2),
        ("<h3>J</h3>", 3),
        ("<h6>J</h6>", 3),
        ("<p class=MsoHeading7>J</p>", 3),
        ('<p role="heading" aria-level="2">J</p>', 2),
    ],
)
def test_headings(html: str, level: int) -> None:
    assert clean_paste(html) == [Heading(level=level, spans=(Span("J"),))]


def test_quote_lists_and_nested_lists() -> None:
    html = (
        "<blockquote><p>Kutipan</p></blockquote>"
        "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul><ol><li>1</li></ol>"
    )
    assert clean_paste(html) == [
        Quote(spans=(Span("Kutipan"),)),
        ListBlock(ordered=False, items=[(Span("a"),), (Span("b"),), (Span("c"),)],
                  depths=[0, 1, 0]),
        ListBlock(ordered=True, items=[(Span("1"),)]),
    ]


def test_paragraphs_inside_a_list_item_stay_one_item() -> None:
    (block,) = clean_paste("<ul><li><p>Baris satu</p><p>baris dua</p></li></ul>")
    assert block.items == [(Span("Baris satu\nbaris dua"),)]


def test_a_table_becomes_a_table_block_and_keeps_all_text() -> None:
    html = (
        "<p>Curah hujan:</p><table><tr><th>Kota</th><th>Curah hujan</th></tr>"
        "<tr><td><p>Semarang</p></td><td></td><td><b>120</b> mm</td></tr>"
        "<tr><td><p>Demak</p><p>(pos Sayung)</p></td><td><ul><li>80 mm</li></ul></td></tr>"
        "</table><p>Sumber: BMKG</p>"
    )
    blocks = clean_paste(html)
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1] == Table(
        rows=[
            [text("Kota"), text("Curah hujan")],
            [text("Semarang"), (), (Span("120", bold=True), Span(" mm"))],
            [text("Demak\n(pos Sayung)"), text("80 mm")],
        ],
        header=True,
    )


def test_word_table_with_a_bold_first_row_has_a_header() -> None:
    cell = "<td width=200 valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal>{}</p></td>"
    html = (
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>"
        "<tr style='mso-yfti-irow:0'>" + cell.format("<b>Pos<o:p></o:p></b>")
        + cell.format("<b>Tinggi<o:p></o:p></b>") + "</tr><tr>"
        + cell.format("Kaligawe<o:p></o:p>") + cell.format("45 cm<o:p></o:p>") + "</tr></table>"
    )
    assert clean_paste(html) == [
        Table(rows=[[text("Pos"), text("Tinggi")], [text("Kaligawe"), text("45 cm")]], header=True)
    ]


def test_page_break_ends_the_paragraph() -> None:
    html = "<p>Halaman satu<br clear=all style='page-break-before:always'>Halaman dua</p>"
    assert texts(clean_paste(html)) == ["Halaman satu", "Halaman dua"]


def test_windows_clipboard_header_is_not_text() -> None:
    html = (
        "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000199\r\n"
        "StartFragment:0000000141\r\nEndFragment:0000000163\r\n"
        "<html><body><!--StartFragment--><p>Isi</p><!--EndFragment--></body></html>"
    )
    assert texts(clean_paste(html)) == ["Isi"]


def test_deep_nesting_keeps_its_text() -> None:
    html = "<p>awal</p>" + "<div><span>" * 600 + "dalam" + "</span></div>" * 600 + "<p>akhir</p>"
    assert texts(clean_paste(html)) == ["awal", "dalam", "akhir"]


# -- plain text -------------------------------------------------------------
def test_plain_text_blank_lines_split_single_newlines_join() -> None:
    text = (
        "Baris satu\r\nbaris  dua\n\n\tParagraf\u00a0\u00a0kedua\n \n<b>bukan tebal</b>\u2029Akhir"
    )
    assert texts(clean_paste_text(text)) == [
        "Baris satu baris dua",
        "Paragraf kedua",
        "<b>bukan tebal</b>",
        "Akhir",
    ]


@pytest.mark.parametrize("text", ["", " \n\n\t", "\u00a0"])
def test_plain_text_empty(text: str) -> None:
    assert clean_paste_text(text) == []


# -- other sources ----------------------------------------------------------
LIBREOFFICE = (
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head>'
    '<meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title>'
    '<meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/><style type="text/css">'
    "@page { size: 21cm 29.7cm; margin: 2cm } p { line-height: 115%; background: transparent }"
    '</style></head><body lang="id-ID" link="#000080" dir="ltr">'
    '<h2 class="western">Subjudul</h2><p style="margin-bottom: 0cm; line-height: 100%">'
    '<font face="Liberation Serif"><b>Tebal</b> dan <i>miring</i> serta '
    '<a href="https://contoh.example/a">tautan</a></font></p>'
    '<ul><li><p style="margin-bottom: 0cm">satu</p></li><li><p>dua</p></li></ul>'
    "<p><br/></p></body></html>"
)


def test_libreoffice_paste() -> None:
    assert clean_paste(LIBREOFFICE) == [
        Heading(level=2, spans=(Span("Subjudul"),)),
        Paragraph(
            spans=(
                Span("Tebal", bold=True),
                Span(" dan "),
                Span("miring", italic=True),
                Span(" serta "),
                Span("tautan", href="https://contoh.example/a"),
            )
        ),
        ListBlock(ordered=False, items=[(Span("satu"),), (Span("dua"),)]),
    ]


WEB_PAGE = (
    '<nav class="crumbs"><a href="/">Beranda</a></nav><article data-id="9">'
    '<h3 id="s1">Banjir rob</h3><p class="lead" data-track="p1">Air <a href="https://contoh.example/'
    'rob?utm_source=x" onclick="track()" ping="https://t.example/" rel="nofollow">naik</a>'
    ' lagi.</p><figure><img src="rob.jpg" alt="Rob"><figcaption>Warga mengungsi.</figcaption>'
    '</figure><blockquote class="twitter-tweet"><p lang="in">Cuitan warga</p></blockquote>'
    '<script async src="https://platform.twitter.com/widgets.js"></script>'
    '<div class="share"><button>Bagikan</button></div></article>'
)


def test_web_page_paste_keeps_text_and_drops_attributes() -> None:
    blocks = clean_paste(WEB_PAGE)
    assert texts(blocks) == [
        "Beranda",
        "Banjir rob",
        "Air naik lagi.",
        "Warga mengungsi.",
        "Cuitan warga",
    ]
    assert isinstance(blocks[1], Heading) and blocks[1].level == 3
    assert isinstance(blocks[4], Quote)
    assert render(blocks[2:3]) == (
        '<p>Air <a href="https://contoh.example/rob?utm_source=x">naik</a> lagi.</p>'
    )


WORD_REVIEWED = (
    "<p class=MsoNormal>Harga <a style='mso-comment-reference:JD_1;mso-comment-date:20240301T0900'>"
    "cabai</a><span class=MsoCommentReference><span style='font-size:8.0pt'><a class=msocomanchor "
    'id="_anchor_1" onmouseover="msoCommentShow(\'_anchor_1\',\'_com_1\')" href="#_msocom_1" '
    'language=JavaScript name="_msoanchor_1">[JD1]</a>&nbsp;</span></span> naik '
    '<del cite="mailto:Jane" datetime="2024-03-01T09:00">dua</del>'
    '<ins cite="mailto:Jane" datetime="2024-03-01T09:00">tiga</ins> kali.</p>'
    "<div style='mso-element:comment-list'><![if !supportAnnotations]><hr class=msocomoff "
    "align=left size=1 width=\"33%\"><![endif]><div style='mso-element:comment'>"
    '<div id="_com_1" class=msocomtxt><p class=MsoCommentText><span class=MsoCommentReference>'
    '<a href="#_msoanchor_1" class=msocomoff>[JD1]</a></span>Cek lagi angkanya.</p></div></div></div>'
)


def test_word_review_comments_and_tracked_deletions_are_dropped() -> None:
    assert texts(clean_paste(WORD_REVIEWED)) == ["Harga cabai naik tiga kali."]


def test_plain_strikethrough_from_a_web_page_stays() -> None:
    assert texts(clean_paste("<p>Rp10.000 <del>Rp12.000</del></p>")) == ["Rp10.000 Rp12.000"]


def test_text_after_body_is_kept_but_not_bytes_after_html() -> None:
    # Windows clipboard buffers often carry stale bytes past </html>.
    html = (
        "<html><head><title>a</title></head><body><p>Satu</p></body><p>Dua</p></html>\x0b;\ufffdVN"
    )
    assert texts(clean_paste(html)) == ["Satu", "Dua"]
