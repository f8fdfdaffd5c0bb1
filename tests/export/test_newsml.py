"""article.xml is an IPTC NewsML-G2 2.35 newsItem, valid against the All-Power XSD in ../shared."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from editor.site import load_profile, profile_from_dict
from editor.storage.draft import open_draft
from tests.export.helpers import export
from tests.factories import draft_with_images
from tests.support import SAMPLE_DRAFT

NS = {"g": "http://iptc.org/std/nar/2006-10-01/", "h": "http://www.w3.org/1999/xhtml"}


@cache
def _schema(folder: str) -> etree.XMLSchema:
    path = Path(folder) / "newsml-g2" / "schema" / "NewsML-G2_2.35-spec-All-Power.xsd"
    return etree.XMLSchema(etree.parse(str(path)))


def validated(testdata: Path, xml: Path) -> etree._ElementTree:
    schema = _schema(str(testdata))
    doc = etree.parse(str(xml))
    errors = [] if schema.validate(doc) else [f"{e.line}: {e.message}" for e in schema.error_log]
    assert errors == []
    return doc


@pytest.mark.parametrize("name", ["sample", "every-block-type"])
def test_article_xml_validates(testdata: Path, tmp_path: Path, name: str) -> None:
    draft = open_draft(SAMPLE_DRAFT) if name == "sample" else draft_with_images(tmp_path)
    out = export(draft, tmp_path)
    validated(testdata, out.item.path / "article.xml")


def test_article_xml_carries_the_story(testdata: Path, tmp_path: Path) -> None:
    draft = draft_with_images(tmp_path)
    draft.article.editors = [type(draft.article.authors[0])("Dimas Prasetyo")]
    out = export(draft, tmp_path)
    doc = validated(testdata, out.item.path / "article.xml")
    x = lambda path: doc.xpath(path, namespaces=NS)  # noqa: E731
    article = draft.article
    assert x("string(//g:contentMeta/g:headline)") == article.headline
    assert x("string(//g:slugline)") == "pemkot-uji-coba-bus-listrik"
    assert x("string(//g:by)") == "Bayu Santoso"
    assert x("string(//g:located/g:name)") == "Semarang"
    assert x("string(//g:dateline)") == "Semarang, WartaPesisir.com"
    assert x("//g:contributor[@role='crol:editor']/g:name/text()") == ["Dimas Prasetyo"]
    assert x("//g:subject/g:name/text()") == ["Daerah"]
    assert x("//g:keyword/text()") == ["transportasi", "Semarang"]
    assert x("string(//g:language/@tag)") == "id"
    assert x("string(//g:copyrightHolder/g:name)") == "Warta Pesisir"
    assert x("string(//g:firstCreated)") == "2024-06-18T20:42:00+07:00"
    pictures = x("//g:itemMeta/g:link[@rel='irel:associatedWith']")
    assert [p.xpath("string(g:title)", namespaces=NS) for p in pictures] == [
        "Bus listrik di Terboyo.", "Halte Kaligawe."
    ]
    assert [p.xpath("string(g:creditline)", namespaces=NS) for p in pictures] == [
        "Warta Pesisir/Bayu", "Istimewa"
    ]
    assert all((out.item.path / p.get("href").rsplit("/", 1)[1]).is_file() for p in pictures)
    body = x("//g:inlineXML/h:html/h:body")[0]
    assert body.xpath("string(.//h:table/h:caption)", namespaces=NS) == "Tarif bus listrik selama uji coba"
    assert body.xpath(".//h:aside[@class='baca-juga']//h:a/@href", namespaces=NS) == [
        "https://wartapesisir.example/berita/2024/06/01/halte-baru/"
    ]
    assert all(src.startswith("https://") for src in body.xpath(".//h:img/@src", namespaces=NS))


def test_the_schema_check_is_real(testdata: Path, tmp_path: Path) -> None:
    """An item without its itemMeta fails the same validation."""
    out = export(draft_with_images(tmp_path), tmp_path)
    doc = etree.parse(str(out.item.path / "article.xml"))
    meta = doc.find("{http://iptc.org/std/nar/2006-10-01/}itemMeta")
    meta.getparent().remove(meta)
    assert not _schema(str(testdata)).validate(doc)


def test_site_profile_switches_each_export_file(tmp_path: Path) -> None:
    site = profile_from_dict({"export": {"fragment": False, "ninjs": False, "newsml": False}})
    out_dir = tmp_path / "off"
    out_dir.mkdir()
    from editor.export import export_article

    item = export_article(draft_with_images(tmp_path), site, out_dir)
    names = {p.name for p in item.path.iterdir() if p.suffix in (".html", ".json", ".xml")}
    assert names == {"index.html"}
    assert 'type="application/json"' not in (item.path / "index.html").read_text()
    full = export(draft_with_images(tmp_path), tmp_path, load_profile())
    assert {"index.html", "fragment.html", "article.json", "article.xml"} <= {
        p.name for p in full.item.path.iterdir()
    }


def test_unknown_export_switch_is_refused() -> None:
    from editor.errors import SiteProfileError

    with pytest.raises(SiteProfileError, match="pdf"):
        profile_from_dict({"export": {"pdf": True}})


def test_our_body_takes_the_fast_xml_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every block type's HTML turns into XML by the two regular expressions (no fallback)."""
    def no_fallback(*_args):
        raise AssertionError("fell back to the HTML parser")

    monkeypatch.setattr("editor.render.newsml._body_from_html", no_fallback)
    out = export(draft_with_images(tmp_path), tmp_path)
    doc = etree.parse(str(out.item.path / "article.xml"))
    assert doc.xpath("count(//h:body//h:source)", namespaces=NS) == 4
    assert doc.xpath("//h:aside/@data-nosnippet", namespaces=NS) == [""]


def test_foreign_markup_in_a_body_falls_back_to_the_html_parser() -> None:
    from editor.render.newsml import _body

    body = _body("<p>Satu<br>dua &nbsp; <img src=a.jpg></p>", "https://situs.example/a/")
    assert body.xpath("string(.//h:img/@src)", namespaces=NS) == "https://situs.example/a/a.jpg"
