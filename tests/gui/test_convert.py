"""Blocks -> QTextDocument -> blocks is lossless, for every block type and mark."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from editor.gui.body import formatting as fmt
from editor.gui.body.clipboard import insert_blocks, selection_blocks
from editor.gui.body.convert import document_blocks, document_to_blocks, load_document
from editor.model.blocks import (
    BacaJuga,
    Embed,
    Heading,
    ImageBlock,
    ListBlock,
    Paragraph,
    Quote,
)
from editor.model.image import ImageRef
from editor.model.inline import Span, text
from editor.storage.draft import open_draft
from tests.factories import full_article
from tests.support import SAMPLE_DRAFT

pytestmark = pytest.mark.gui

MARKED = (
    Span("Biasa, "),
    Span("tebal", bold=True),
    Span(" dan "),
    Span("miring", italic=True),
    Span(" dan "),
    Span("keduanya", bold=True, italic=True),
    Span(", "),
    Span("tautan", href="https://contoh.example/a?b=1&c=2"),
    Span(" "),
    Span("tautan tebal", bold=True, href="https://contoh.example/b/"),
    Span(" lalu baris baru\nbaris kedua “kutipan”."),
)

EVERY_KIND = [
    Paragraph(MARKED),
    Heading(2, text("Subjudul dua")),
    Heading(3, (Span("Subjudul "), Span("tiga", bold=True), Span(" miring", italic=True))),
    Quote(text("Kami bertahan.\nSampai tanggul jadi."), attribution="Suparmi, warga"),
    Quote((Span("Tanpa "), Span("sumber", italic=True))),
    ListBlock(ordered=False, items=[text("satu"), (Span("dua "), Span("tebal", bold=True))]),
    ListBlock(ordered=True, items=[text("pertama"), text("kedua\nlanjutan")]),
    ListBlock(ordered=False, items=[text("daftar lain tepat sesudahnya")]),
    BacaJuga(url="https://wartapesisir.example/x/", title="Judul Lain", archive_id="a-1"),
    ImageBlock(ImageRef("media/foto.jpg", "alt", "keterangan", "Istimewa", 0.25, 0.75)),
    Embed(url="https://www.youtube.com/watch?v=abc", caption="Video"),
    Paragraph(text("Penutup.")),
]


def round_trip(blocks):
    doc = QTextDocument()
    load_document(doc, blocks)
    return document_to_blocks(doc)


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("blocks", [
    EVERY_KIND,
    full_article().body,
    open_draft(SAMPLE_DRAFT).article.body,
    [BacaJuga(url="https://a.example/", title="Kartu pertama"), Paragraph(text("lalu teks"))],
    [Paragraph(text("teks")), Embed(url="https://x.com/a/status/1")],
    [ImageBlock(ImageRef("media/a.jpg", "alt")), ImageBlock(ImageRef("media/b.jpg", "alt"))],
    [],
], ids=["every-kind", "factory-article", "sample-draft", "card-first", "card-last",
        "two-cards", "empty"])
def test_round_trip_is_lossless(blocks) -> None:
    assert round_trip(blocks) == blocks


@pytest.mark.usefixtures("qapp")
def test_block_starts_point_at_each_model_block() -> None:
    doc = QTextDocument()
    load_document(doc, EVERY_KIND)
    blocks, starts = document_blocks(doc)
    assert len(starts) == len(blocks)
    # list items take one document block each
    assert starts[5] + 2 == starts[6] and starts[6] + 2 == starts[7]
    assert doc.findBlockByNumber(starts[-1]).text() == "Penutup."


@pytest.mark.usefixtures("qapp")
def test_empty_blocks_are_not_part_of_the_model() -> None:
    doc = QTextDocument()
    doc.setPlainText("satu\n\n   \ndua")
    assert document_to_blocks(doc) == [Paragraph(text("satu")), Paragraph(text("dua"))]


@pytest.mark.usefixtures("qapp")
def test_formatting_commands_write_what_convert_reads() -> None:
    doc = QTextDocument()
    load_document(doc, [Paragraph(text("judul kecil")), Paragraph(text("isi dengan kata"))])
    cursor = QTextCursor(doc.findBlockByNumber(0))
    fmt.set_block_kind(cursor, "h2")
    cursor = QTextCursor(doc.findBlockByNumber(1))
    cursor.setPosition(cursor.position() + 4)
    cursor.setPosition(cursor.position() + 6, QTextCursor.MoveMode.KeepAnchor)  # "dengan"
    fmt.set_bold(cursor, True)
    fmt.set_italic(cursor, True)
    fmt.set_link(cursor, "https://contoh.example/")
    assert document_to_blocks(doc) == [
        Heading(2, text("judul kecil")),
        Paragraph((Span("isi "),
                   Span("dengan", bold=True, italic=True, href="https://contoh.example/"),
                   Span(" kata"))),
    ]
    fmt.set_link(cursor, "")  # leaves the cursor after the (former) link
    cursor.setPosition(cursor.position() - 6, QTextCursor.MoveMode.KeepAnchor)
    fmt.set_bold(cursor, False)
    fmt.toggle_list(QTextCursor(doc.findBlockByNumber(1)), ordered=True)
    fmt.set_block_kind(QTextCursor(doc.findBlockByNumber(0)), "quote")
    assert document_to_blocks(doc) == [
        Quote(text("judul kecil")),
        ListBlock(ordered=True, items=[(Span("isi "), Span("dengan", italic=True), Span(" kata"))]),
    ]
    fmt.clear_formatting(QTextCursor(doc.findBlockByNumber(1)))
    assert document_to_blocks(doc)[1] == Paragraph(text("isi dengan kata"))


@pytest.mark.usefixtures("qapp")
def test_bold_inside_a_heading_survives() -> None:
    doc = QTextDocument()
    load_document(doc, [Paragraph(text("Pasang maksimum"))])
    fmt.set_block_kind(QTextCursor(doc.begin()), "h3")
    cursor = QTextCursor(doc.begin())
    cursor.setPosition(6, QTextCursor.MoveMode.KeepAnchor)
    fmt.set_bold(cursor, True)
    assert document_to_blocks(doc) == [Heading(3, (Span("Pasang", bold=True), Span(" maksimum")))]
    fmt.set_block_kind(QTextCursor(doc.begin()), "h3")  # toggles back to a paragraph
    assert document_to_blocks(doc) == [Paragraph((Span("Pasang", bold=True), Span(" maksimum")))]


@pytest.mark.usefixtures("qapp")
def test_copying_a_selection_keeps_cards_and_pasting_inserts_blocks() -> None:
    doc = QTextDocument()
    load_document(doc, EVERY_KIND[7:10])
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    copied = selection_blocks(cursor)
    assert copied == EVERY_KIND[7:10]
    target = QTextDocument()
    load_document(target, [Paragraph(text("awal akhir"))])
    paste_at = QTextCursor(target)
    paste_at.setPosition(5)
    insert_blocks(paste_at, [Paragraph(text("TENGAH ")), *copied])
    assert document_to_blocks(target) == [
        Paragraph(text("awal TENGAH ")), *copied, Paragraph(text("akhir"))]
