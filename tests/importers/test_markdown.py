from __future__ import annotations

from pathlib import Path

import pytest

from editor.errors import ImportError_
from editor.importers.markdown import import_markdown
from editor.model import BacaJuga, Embed, Heading, ImageBlock, ListBlock, Paragraph, Quote, Span
from editor.storage.draft import open_draft, save_draft
from tests.export.helpers import export
from tests.factories import write_jpeg
from tests.support import SAMPLE_MARKDOWN

ARTICLE = """---
headline: Harga Ikan Bandeng Naik Jelang Lebaran
section: Ekonomi
tags: [pasar, bandeng]
authors: [Sari Dewi]
signoff: (sd/ad)
dateline: Pati
published: 2024-03-30 08:15
image: foto.jpg
image_alt: Tumpukan bandeng di meja pedagang
image_caption: Pedagang menata bandeng di Pasar Juwana.
image_credit: Istimewa
related:
  - {title: Harga Beras Stabil, url: "https://contoh.example/beras/", published: 2024-03-20T10:00:00+07:00}
---

Harga bandeng **naik** menjadi *Rp45.000* per kilogram, kata [pedagang](https://contoh.example/p).

Baca Juga: [Nelayan Juwana Panen Raya](https://contoh.example/panen/)

## Penyebab kenaikan
### Pasokan

- Cuaca buruk
- **Permintaan** naik

1. Satu
2. Dua

> Kami berharap harga turun.
> — Bu Narti, pedagang

Baris satu\\
baris dua.

![Bandeng segar di keranjang](ikan.jpg "Bandeng di keranjang. | Warta Pesisir")

https://www.youtube.com/watch?v=xyz
"""


def write_article(tmp_path: Path, text: str = ARTICLE) -> Path:
    write_jpeg(tmp_path / "foto.jpg")
    write_jpeg(tmp_path / "ikan.jpg", (800, 600))
    source = tmp_path / "bandeng.md"
    source.write_text(text, encoding="utf-8")
    return source


def test_blocks_from_markdown(tmp_path: Path) -> None:
    article = import_markdown(write_article(tmp_path)).article
    kinds = [type(b) for b in article.body]
    assert kinds == [
        Paragraph,
        BacaJuga,
        Heading,
        Heading,
        ListBlock,
        ListBlock,
        Quote,
        Paragraph,
        ImageBlock,
        Embed,
    ]
    assert article.body[0].spans[1] == Span("naik", bold=True)
    assert article.body[0].spans[-2] == Span("pedagang", href="https://contoh.example/p")
    assert article.body[1] == BacaJuga(
        url="https://contoh.example/panen/", title="Nelayan Juwana Panen Raya"
    )
    assert [article.body[2].level, article.body[3].level] == [2, 3]
    assert article.body[5].ordered and not article.body[4].ordered
    assert article.body[6].attribution == "Bu Narti, pedagang"
    assert article.body[7].plain() == "Baris satu\nbaris dua."
    image = article.body[8].image
    assert (image.alt, image.caption, image.credit) == (
        "Bandeng segar di keranjang",
        "Bandeng di keranjang.",
        "Warta Pesisir",
    )
    assert article.signoff == "sd/ad"
    assert article.published.isoformat() == "2024-03-30T08:15:00+07:00"


def test_markdown_to_draft_to_reopened_draft_gives_the_same_model(tmp_path: Path) -> None:
    draft = import_markdown(write_article(tmp_path))
    reopened = open_draft(save_draft(draft, tmp_path / "bandeng.redaksi"))
    assert reopened.article == draft.article
    assert (
        reopened.media_path(draft.article.featured_image.file).read_bytes()
        == (tmp_path / "foto.jpg").read_bytes()
    )


def test_sample_article_round_trip_and_page_order(tmp_path: Path) -> None:
    draft = import_markdown(SAMPLE_MARKDOWN)
    reopened = open_draft(save_draft(draft, tmp_path / "contoh.redaksi"))
    assert reopened.article == draft.article
    out = export(reopened, tmp_path, via_file=False)
    labels = out.page.xpath('//aside[@class="baca-juga"]/a/text()')
    assert labels == [b.title for b in draft.article.body if isinstance(b, BacaJuga)]
    before = [
        p.xpath("count(preceding-sibling::p[not(@class)])")
        for p in out.page.xpath('//aside[@class="baca-juga"]')
    ]
    assert before == [4.0, 6.0, 9.0]
    assert out.page.xpath("//aside[@class='related']//a/text()") == [
        s.title for s in draft.article.related
    ]


@pytest.mark.parametrize(
    "text,line,words",
    [
        ("headline: x\n---\n", 1, "'---'"),
        ("---\nheadline: [tidak ditutup\n---\nIsi.\n", 3, "YAML"),
        ("---\nheadline: x\nwarna: merah\n---\nIsi.\n", 3, "warna"),
        ("---\nheadline: x\n---\n\nParagraf.\n\n<div>mentah</div>\n", 7, "tidak didukung"),
        ("---\nheadline: x\n---\nTeks ![a](foto.jpg) di tengah.\n", 4, "berdiri sendiri"),
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    source = write_article(tmp_path, text)
    with pytest.raises(ImportError_) as info:
        import_markdown(source)
    message = info.value.message("id")
    assert f"{source}:{line}" in message
    assert words in message


def test_missing_image_is_named(tmp_path: Path) -> None:
    source = write_article(tmp_path, ARTICLE.replace("image: foto.jpg", "image: hilang.jpg"))
    with pytest.raises(ImportError_, match="hilang.jpg"):
        import_markdown(source)


def test_import_sets_house_typography_but_not_code_or_urls(tmp_path: Path) -> None:
    from editor.model.typography import OFF

    source = tmp_path / "kutipan.md"
    source.write_text(
        '---\nheadline: \'Warga: "Rob Datang Lagi..."\'\n---\n\n'
        'SEMARANG - Ketua RT berkata, "Air naik  lagi." Perintahnya `x = "a"  ...` saja.\n\n'
        "Baca Juga: [Tanggul 'Darurat' Jebol](https://contoh.example/tanggul)\n\n"
        "Lihat <https://contoh.example/?q='rob'>...\n", encoding="utf-8")
    article = import_markdown(source).article
    assert article.headline == "Warga: “Rob Datang Lagi…”"
    assert article.body[0].plain() == ('SEMARANG – Ketua RT berkata, “Air naik lagi.” '
                                       'Perintahnya x = "a"  ... saja.')
    assert article.body[1].title == "Tanggul ‘Darurat’ Jebol"
    assert "https://contoh.example/?q='rob'" in article.body[2].plain()
    raw = import_markdown(source, typography=OFF).article
    assert raw.body[0].plain().startswith('SEMARANG - Ketua RT berkata, "Air naik  lagi."')
