"""House typography: curly quotes, ellipsis, single spaces, the dateline's en dash."""

from __future__ import annotations

import pytest

from editor.model.article import Article, RelatedStory
from editor.model.blocks import BacaJuga, Heading, ImageBlock, ListBlock, Paragraph, Quote
from editor.model.image import ImageRef
from editor.model.inline import Span, text
from editor.model.typography import (
    OFF,
    Fix,
    Rules,
    after_typing,
    dateline_dash,
    extra_space,
    smarten,
    typeset_article,
    typeset_blocks,
    typeset_spans,
)


@pytest.mark.parametrize(("raw", "expected"), [
    ('Ia berkata, "Air naik lagi."', "Ia berkata, “Air naik lagi.”"),
    ("Warga menyebutnya 'rob kiriman'.", "Warga menyebutnya ‘rob kiriman’."),
    ("Salat Jum'at ditunda.", "Salat Jum’at ditunda."),
    ("Banjir besar '98 masih diingat.", "Banjir besar ’98 masih diingat."),
    ('("Kami lelah")', "(“Kami lelah”)"),
    ('"Dia bilang \'cukup\'," kata Rini.', "“Dia bilang ‘cukup’,” kata Rini."),
    ("Tunggu...", "Tunggu…"),
    ("Air  naik   lagi.", "Air naik lagi."),
])
def test_pasted_text(raw, expected) -> None:
    assert smarten(raw) == expected


@pytest.mark.parametrize("raw", [
    "Lihat https://bmkg.go.id/cuaca?kota='semarang'&hari=ini... sekarang",
    "Tulis ke redaksi.pesisir@contoh.example atau www.contoh.example/a...b",
    "Kode `x = \"a\"  ...` tetap",
])
def test_urls_addresses_and_code_are_left_alone(raw) -> None:
    protected = ["https://bmkg.go.id/cuaca?kota='semarang'&hari=ini",
                 "redaksi.pesisir@contoh.example", "www.contoh.example/a...b",
                 '`x = "a"  ...`']
    result = smarten(raw)
    for part in protected:
        if part in raw:
            assert part in result


def test_a_url_ends_before_the_closing_quote() -> None:
    assert smarten('Buka "https://contoh.example/a".') == "Buka “https://contoh.example/a”."


def test_each_rule_can_be_switched_off() -> None:
    raw = 'Ia  berkata "tunggu..."'
    assert smarten(raw, OFF) == raw
    assert smarten(raw, Rules(quotes=False)) == 'Ia berkata "tunggu…"'
    assert smarten(raw, Rules(ellipsis=False)) == "Ia berkata “tunggu...”"
    assert smarten(raw, Rules(spaces=False)) == "Ia  berkata “tunggu…”"


def test_quotes_follow_across_marks() -> None:
    spans = (Span('Ia berkata "'), Span("jangan", bold=True), Span('" lagi.'))
    assert typeset_spans(spans) == (Span("Ia berkata “"), Span("jangan", bold=True),
                                    Span("” lagi."))


@pytest.mark.parametrize(("raw", "expected"), [
    ("SEMARANG - Banjir rob kembali.", "SEMARANG – Banjir rob kembali."),
    ("Semarang, WartaPesisir.com -- Air naik.", "Semarang, WartaPesisir.com – Air naik."),
    ("Jakarta — Hujan turun.", "Jakarta – Hujan turun."),
    ("Kota Semarang, Warta.com - Air.", "Kota Semarang, Warta.com – Air."),
    ("Air naik - lalu surut - lagi dan lagi", "Air naik - lalu surut - lagi dan lagi"),
    ("rumah-rumah - terendam", "rumah-rumah - terendam"),
])
def test_dateline_dash(raw, expected) -> None:
    assert dateline_dash(raw) == expected


def test_dateline_dash_across_a_bold_city() -> None:
    spans = (Span("SEMARANG", bold=True), Span(" - Banjir."))
    assert typeset_spans(spans, dateline=True) == (Span("SEMARANG", bold=True),
                                                   Span(" – Banjir."))
    assert typeset_spans(spans) == spans  # only the paragraph that opens the body


def test_typing() -> None:
    rules = Rules()
    assert after_typing('Ia berkata "', rules) == Fix(1, "“")
    assert after_typing('"Pulang"', rules) == Fix(1, "”")
    assert after_typing("Jum'", rules) == Fix(1, "’")
    assert after_typing("Tunggu...", rules) == Fix(3, "…")
    assert after_typing("Tunggu..", rules) is None
    assert after_typing("SEMARANG - ", rules, dateline=True) == Fix(2, "– ")
    assert after_typing("SEMARANG - ", rules) is None  # not the body's first paragraph
    assert after_typing("Semarang, WartaPesisir.com -- ", rules, dateline=True) == Fix(3, "– ")
    assert after_typing("Air naik - ", rules, dateline=True) is None  # a sentence, not a city
    assert after_typing("lihat https://contoh.example/?q='", rules) is None
    assert after_typing("lihat www.contoh.example/a...", rules) is None
    assert after_typing('kode `a = "', rules) is None
    assert after_typing('Ia berkata "', Rules(quotes=False)) is None
    assert extra_space("Air ", "", rules) and extra_space("Air", " naik", rules)
    assert not extra_space("Air", "naik", rules)
    assert not extra_space("Air ", "", Rules(spaces=False))


def test_imported_article() -> None:
    article = Article(
        headline='Warga: "Air Naik Lagi..."', deck="Rob  kembali",
        featured_image=ImageRef("a.jpg", caption="Warga di 'kampung laut'"),
        body=[Paragraph(text("SEMARANG - Hujan turun.")), Heading(2, text('"Kami lelah"')),
              Quote(text("Cukup..."), attribution="Rini 'Ibu RT'"),
              ListBlock(False, [text("satu  dua")]), BacaJuga("https://contoh.example/a?b='c'",
                                                              '"Rob" datang'),
              ImageBlock(ImageRef("b.jpg", caption="Perahu..."))],
        related=[RelatedStory('Banjir "lagi"', "https://contoh.example/b")])
    typeset_article(article)
    assert article.headline == "Warga: “Air Naik Lagi…”"
    assert article.deck == "Rob kembali"
    assert article.featured_image.caption == "Warga di ‘kampung laut’"
    assert [b.plain() for b in article.body[:4]] == ["SEMARANG – Hujan turun.", "“Kami lelah”",
                                                   "Cukup…", "satu dua"]
    assert article.body[2].attribution == "Rini ‘Ibu RT’"
    assert article.body[4] == BacaJuga("https://contoh.example/a?b='c'", "“Rob” datang")
    assert article.body[5].image.caption == "Perahu…"
    assert article.related[0].title == "Banjir “lagi”"


def test_a_nested_list_keeps_its_depths() -> None:
    nested = ListBlock(False, [text("Pompa..."), text("RW  03"), text("Bandarharjo")], [0, 1, 0])
    (block,) = typeset_blocks([nested])
    assert block == ListBlock(False, [text("Pompa…"), text("RW 03"), text("Bandarharjo")], [0, 1, 0])


def test_a_url_keeps_its_own_closing_quote() -> None:
    assert smarten("Lihat https://contoh.example/?q='rob'. Dia bilang 'ya'.") == \
        "Lihat https://contoh.example/?q='rob'. Dia bilang ‘ya’."
