"""One golden file per block renderer; regenerate with REDAKSI_UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.model import (
    BacaJuga,
    Embed,
    Heading,
    ImageBlock,
    ImageRef,
    ListBlock,
    Paragraph,
    Quote,
    Span,
    Table,
)
from editor.model.blocks import BLOCK_TYPES
from editor.model.inline import text
from editor.render.blocks import RENDERERS, BodyContext, render_body
from editor.render.images import ImageOutput, Rendition

GOLDEN = Path(__file__).parent / "golden"
IMAGES = {"media/halte.jpg": ImageOutput(main=Rendition("halte-1a2b3c4d.jpg", 1200, 800))}

CASES = {
    "paragraph": Paragraph(
        (
            Span("Warga "),
            Span("bertahan", bold=True),
            Span(" di "),
            Span("rumah", italic=True),
            Span(" panggung", bold=True, italic=True, href="https://contoh.example/a?b=1&c=2"),
            Span(" (", underline=True),
            Span("lama", strike=True),
            Span(".\nBaris baru “kutipan”."),
        )
    ),
    "heading": Heading(3, (Span("Pasang "), Span("maksimum", bold=True, italic=True))),
    "quote": Quote(text("Kami tetap waspada."), attribution="Dimas, prakirawan"),
    "list": ListBlock(ordered=True, items=[text("Pompa"), (Span("Tanggul", bold=True),), ()]),
    "list_nested": ListBlock(
        ordered=False,
        items=[text("Pompa"), text("Pompa A"), text("Pompa B"), (), text("Karung pasir"), text("X")],
        depths=[0, 1, 2, 0, 0, 3],
    ),
    "table": Table(
        rows=[
            [text("Pos"), text("Tinggi air")],
            [text("Kaligawe"), (Span("45 cm", bold=True), Span(" "), Span("40 cm", strike=True))],
            [text("Tambak <Lorok>")],
        ],
        caption="Tinggi rob Selasa & Rabu",
    ),
    "table_no_header": Table(rows=[[text("a"), text("b")]], header=False),
    "image": ImageBlock(
        ImageRef(
            "media/halte.jpg",
            alt="Halte beratap merah",
            caption="Halte Kaligawe.",
            credit="Istimewa",
        )
    ),
    "baca_juga": BacaJuga(
        url="https://contoh.example/berita/a/", title="Tanggul Laut Rampung Akhir Tahun"
    ),
    "embed": Embed(url="https://www.youtube.com/watch?v=abc123&t=5", caption="Video banjir rob."),
}


def test_every_block_type_has_a_renderer_and_a_case() -> None:
    assert set(RENDERERS) == set(BLOCK_TYPES.values())
    assert {name for name in CASES if name in BLOCK_TYPES} == set(BLOCK_TYPES)


@pytest.mark.parametrize("kind", sorted(CASES))
def test_block_matches_golden(kind: str) -> None:
    html = str(RENDERERS[type(CASES[kind])](CASES[kind], BodyContext(images=IMAGES))) + "\n"
    golden = GOLDEN / f"{kind}.html"
    if os.environ.get("REDAKSI_UPDATE_GOLDEN"):
        golden.write_text(html, encoding="utf-8")
    assert html == golden.read_text(encoding="utf-8")


def test_body_adds_dateline_to_first_paragraph_and_ad_slots_after_paragraph_n() -> None:
    blocks = [
        Heading(2, text("Sub")),
        Paragraph(text("Satu")),
        BacaJuga("https://c.example/", "Lain"),
        Paragraph(text("Dua")),
        Paragraph(text("Tiga")),
    ]
    html = str(render_body(blocks, BodyContext(dateline="Semarang, Situs.com – ", ad_slots=(2,))))
    assert '<p><span class="dateline">Semarang, Situs.com – </span>Satu</p>' in html
    assert html.index("Dua") < html.index('class="ad-slot"') < html.index("Tiga")
    assert html.count('class="ad-slot"') == 1


def test_image_missing_from_outputs_renders_nothing() -> None:
    block = ImageBlock(ImageRef("media/hilang.jpg", alt="x"))
    assert str(RENDERERS[ImageBlock](block, BodyContext())) == ""
