"""One walk over an article's texts: every field and block kind is found once, and the
checks that read "every text" (residue, spelling, typography) read the same places."""

from __future__ import annotations

import pytest

from editor.model import BacaJuga, Embed, ImageRef, ListBlock, Paragraph, Quote, Table
from editor.model.article import Article, RelatedStory
from editor.model.inline import text
from editor.model.places import TextPlace, set_text, text_places
from editor.model.residue import residue_problems
from editor.model.typography import typeset_article
from tests.factories import full_article


def test_every_text_of_every_block_kind_is_a_place() -> None:
    article = full_article()
    article.featured_image = ImageRef("a.jpg", alt="Bus listrik", caption="Uji coba", credit="Dok")
    places = list(text_places(article))
    assert len(set((p.field, p.block, p.part) for p in places)) == len(places)  # each once
    found = {(p.field, p.part) for p in places}
    assert {("headline", "text"), ("deck", "text"), ("dateline", "text"), ("signoff", "text"),
            ("seo_title", "text"), ("seo_description", "text"), ("correction", "text"),
            ("featured_image", "alt"), ("featured_image", "caption"),
            ("featured_image", "credit"), ("related", "title")} <= found
    kinds = {type(article.body[p.block]).__name__: p.part for p in places if p.field == "body"}
    assert set(kinds) == {type(b).__name__ for b in article.body}  # no block kind left out
    for index, block in enumerate(article.body):
        if isinstance(block, ListBlock | Table):  # every item and every cell is read
            (own,) = [p for p in places if (p.block, p.part) == (index, "text")]
            assert own.text == block.plain() and own.text


def test_a_table_caption_and_a_quote_speaker_are_places() -> None:
    table = Table([[text("Pos"), text("Tinggi")], [text("Kaligawe"), text("45 cm")]],
                  caption="Tinggi rob per pos")
    article = Article(body=[table, Quote(text("Cukup."), attribution="Rina, warga"),
                            BacaJuga("https://s.example/a/", "Judul"), Embed("https://x.com/a")])
    body = [(p.block, p.part, p.text) for p in text_places(article) if p.field == "body"]
    assert body == [(0, "text", "Pos | Tinggi\nKaligawe | 45 cm"), (0, "caption", "Tinggi rob per pos"),
                    (1, "text", "Cukup."), (1, "attribution", "Rina, warga"),
                    (2, "title", "Judul"), (3, "caption", "")]


def test_residue_is_found_in_every_place_even_the_seo_texts() -> None:
    article = Article(headline="Judul", seo_title="Judul<o:p></o:p>",
                      correction="Ralat: <![endif]>nama", body=[Paragraph(text("Isi."))])
    assert [(p.field, p.block) for p in residue_problems(article)] == [
        ("seo_title", None), ("correction", None)]


def _unset() -> Article:
    return Article(headline='"Rob"...', deck="a  b", seo_title='"Rob"...',
                   featured_image=ImageRef("a.jpg", alt='"x"', caption="Perahu..."),
                   related=[RelatedStory('"Banjir"', "https://s.example/b")])


def test_typography_sets_the_story_places_outside_the_body() -> None:
    article = _unset()
    typeset_article(article, body=False)
    changed = {(p.field, p.part) for p, before in
               zip(text_places(article), text_places(_unset()), strict=True)
               if p.text != before.text}
    story = {(p.field, p.part) for p in text_places(article) if p.in_story and p.text}
    assert changed == story == {("headline", "text"), ("deck", "text"),
                                ("featured_image", "caption"), ("related", "title")}
    assert article.headline == "“Rob”…" and article.seo_title == '"Rob"...'


def test_set_text_puts_a_text_back_where_it_was_found() -> None:
    article = Article(headline="Lama", featured_image=ImageRef("a.jpg", caption="Lama"),
                      related=[RelatedStory("Lama", "https://s.example/b")])
    for place in list(text_places(article)):
        if place.text == "Lama":
            set_text(article, place, "Baru")
    assert (article.headline, article.featured_image.caption, article.related[0].title) == (
        "Baru", "Baru", "Baru")
    with pytest.raises(ValueError):  # a block's own text has marks: not set as plain text
        set_text(article, TextPlace("body", 0, "text", ""), "x")
