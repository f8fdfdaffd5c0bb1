"""The writing desk's fields on the exported page, in its metadata and in ninjs:
SEO title and description, the update line, the correction note and the editor credit."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from editor.model.article import Author
from tests.export.helpers import export
from tests.export.test_ninjs import ninjs_validator
from tests.factories import desk_article, draft_with_images, full_article

URL = "https://wartapesisir.example/berita/2024/06/18/pemkot-uji-coba-bus-listrik/"


def test_seo_title_and_description_feed_title_meta_open_graph_and_json_ld(tmp_path: Path) -> None:
    article = desk_article()
    out = export(draft_with_images(tmp_path, article), tmp_path)
    assert out.page.xpath("//title/text()") == [article.seo_title + " - Warta Pesisir"]
    assert out.meta("description") == [article.seo_description]
    assert out.meta("og:title") == out.meta("twitter:title") == [article.seo_title]
    assert out.meta("og:description") == out.meta("twitter:description") == [
        article.seo_description]
    ld = out.json_ld()
    assert (ld["headline"], ld["description"]) == (article.seo_title, article.seo_description)
    assert ld["alternativeHeadline"] == article.headline
    assert out.page.xpath("//h1/text()") == [article.headline], "the page still shows its headline"
    assert out.page.xpath('//p[@class="deck"]/text()') == [article.deck]


def test_without_seo_fields_the_headline_and_deck_are_used(tmp_path: Path) -> None:
    article = full_article()
    out = export(draft_with_images(tmp_path, article), tmp_path)
    assert out.page.xpath("//title/text()") == [article.headline + " - Warta Pesisir"]
    assert out.meta("description") == [article.deck]
    assert out.meta("og:title") == [article.headline]
    ld = out.json_ld()
    assert ld["headline"] == article.headline and "alternativeHeadline" not in ld


def test_update_is_a_second_date_line_date_modified_and_ninjs_version(tmp_path: Path) -> None:
    out = export(draft_with_images(tmp_path, desk_article()), tmp_path)
    header = out.page.xpath('//header[@class="article-header"]')[0]
    lines = header.xpath('p[contains(@class, "date")]')
    assert [line.get("class") for line in lines] == ["date", "date updated"]
    assert lines[1].text_content() == "Diperbarui: Rabu, 19 Juni 2024 - 08:15 WIB"
    assert lines[1].xpath("time/@datetime") == ["2024-06-19T08:15:00+07:00"]
    assert out.json_ld()["dateModified"] == "2024-06-19T08:15:00+07:00"
    assert out.meta("article:modified_time") == ["2024-06-19T08:15:00+07:00"]
    assert out.ninjs["firstcreated"] == "2024-06-18T20:42:00+07:00"
    assert out.ninjs["versioncreated"] == "2024-06-19T08:15:00+07:00"


def test_correction_note_ends_the_article_and_the_fragment(tmp_path: Path) -> None:
    article = desk_article()
    out = export(draft_with_images(tmp_path, article), tmp_path)
    (body,) = out.page.xpath('//div[@class="article-body"]')
    last = body[-1]
    assert (last.tag, last.get("class")) == ("p", "correction")
    assert last.xpath("strong/text()") == ["Ralat:"]
    assert last.text_content() == "Ralat: " + article.correction
    fragment = (out.item.path / "fragment.html").read_text(encoding="utf-8")
    doc = lxml_html.fragment_fromstring(fragment, create_parent="div")
    assert doc[-1].text_content() == "Ralat: " + article.correction
    assert out.json_ld()["correction"] == {
        "@type": "CorrectionComment", "text": article.correction,
        "datePublished": "2024-06-19T08:15:00+07:00"}


def test_koreksi_label_and_english_labels(tmp_path: Path) -> None:
    article = desk_article()
    article.correction_kind = "koreksi"
    (tmp_path / "id").mkdir()
    (tmp_path / "en").mkdir()
    out = export(draft_with_images(tmp_path, article), tmp_path / "id")
    assert out.page.xpath('//p[@class="correction"]/strong/text()') == ["Koreksi:"]
    article.language = "en"
    english = export(draft_with_images(tmp_path, article), tmp_path / "en")
    assert english.page.xpath('//p[@class="correction"]/strong/text()') == ["Correction:"]
    assert english.page.xpath('string(//p[@class="byline"])') == \
        "By Bayu Santoso · Edited by Ayu Lestari"


def test_editor_credit_next_to_the_writer_in_json_ld_and_ninjs(tmp_path: Path, testdata) -> None:
    article = desk_article()
    article.editors.append(Author("Dimas Pratama", "https://wartapesisir.example/redaksi/dimas/"))
    out = export(draft_with_images(tmp_path, article), tmp_path)
    assert out.page.xpath('string(//p[@class="byline"])') == \
        "Penulis: Bayu Santoso · Editor: Ayu Lestari, Dimas Pratama"
    assert out.json_ld()["editor"] == [
        {"@type": "Person", "name": "Ayu Lestari"},
        {"@type": "Person", "name": "Dimas Pratama",
         "url": "https://wartapesisir.example/redaksi/dimas/"}]
    assert out.ninjs["people"] == [
        {"name": "Bayu Santoso", "rel": "author", "uri": "https://wartapesisir.example/penulis/bayu/"},
        {"name": "Ayu Lestari", "rel": "editor"},
        {"name": "Dimas Pratama", "rel": "editor", "uri": "https://wartapesisir.example/redaksi/dimas/"},
    ]
    assert out.ninjs["by"] == "Bayu Santoso", "the byline names the writers only"
    assert sorted(ninjs_validator(testdata).iter_errors(out.ninjs), key=str) == []
