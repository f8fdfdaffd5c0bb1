"""Word markup left as text in a draft is an error that names its field and block."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from editor.model import BacaJuga, Heading, ImageRef, ListBlock, Paragraph, Quote
from editor.model.inline import text
from editor.model.validate import Severity, validate
from tests.factories import ready_article

NOW = datetime(2024, 6, 19, tzinfo=UTC)
RESIDUE = [
    "<![if !supportLists]><![endif]>This",
    "Satu<![endif]>",
    "[if !supportLists]Dua",
    "<!--[if gte mso 9]>",
    "Teks style mso-list: l0 level1 lfo1",
    "Kalimat<o:p></o:p>",
    "class=MsoNormal Air pasang",
    "<w:WordDocument>",
]
CLEAN = [
    "Warga berkata: o, pantai itu",
    "Harga Rp3.500 (naik 10%) [sumber: BPS]",
    "Jadwal if/endif dalam kode program",
    "Tim MSO-2 dan kelas Msoeharto",
    "1 < 2 dan 3 > 2",
]


def problems_in(article) -> list[tuple[str, int | None]]:
    return [(p.field, p.block) for p in validate(article, now=NOW)
            if p.severity is Severity.ERROR and "Word" in p.message("en")]


@pytest.mark.parametrize("residue", RESIDUE)
def test_word_residue_in_a_paragraph_is_an_error(residue: str) -> None:
    article = ready_article()
    article.body[1] = Paragraph(text(residue))
    assert problems_in(article) == [("body", 1)]


@pytest.mark.parametrize("clean", CLEAN)
def test_ordinary_text_is_not_residue(clean: str) -> None:
    article = ready_article()
    article.body[1] = Paragraph(text(clean))
    assert problems_in(article) == []


def test_every_field_a_reader_sees_is_read() -> None:
    article = ready_article()
    article.deck = "Ringkasan<o:p></o:p>"
    article.featured_image = ImageRef("media/a.jpg", alt="Perahu", caption="Perahu<o:p></o:p>",
                                      credit="Istimewa")
    article.body[0] = Heading(2, text("<![if !supportLists]>Subjudul"))
    article.body[1] = ListBlock(items=[text("satu"), text("<![endif]>dua")])
    article.body[2] = Quote(text("Kutipan"), attribution="Wali Kota<o:p></o:p>")
    article.body.insert(3, BacaJuga("https://wartapesisir.example/a/", "Judul <![endif]>"))
    assert problems_in(article) == [("deck", None), ("featured_image.caption", None),
                                    ("body", 0), ("body", 1), ("body", 2), ("body", 3)]
    (first,) = [p for p in validate(article, now=NOW) if p.field == "deck"]
    assert first.message("id") == "Sisa kode Word/HTML di teks: <o:p> — hapus sebelum terbit."
