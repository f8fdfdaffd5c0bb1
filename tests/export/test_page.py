"""The exported page: structure, order, metadata, escaping (checked with lxml)."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from editor.model import BacaJuga, Paragraph, Table
from tests.export.helpers import export
from tests.factories import draft_with_images, full_article


def body_sequence(page) -> list[str]:
    (body,) = page.xpath('//div[@class="article-body"]')
    out = []
    for child in body:
        css = child.get("class") or ""
        out.append(f"{child.tag}.{css}" if css else child.tag)
    return out


def test_block_order_baca_juga_and_ad_slot_positions(tmp_path: Path) -> None:
    out = export(draft_with_images(tmp_path), tmp_path)
    seq = body_sequence(out.page)
    assert seq == [
        "p",
        "p",
        "aside.baca-juga",
        "h2",
        "p",
        "div.ad-slot",
        "figure.inline-image",
        "div.quote",
        "ol",
        "div.table-scroll",
        "h3",
        "p",
        "figure.embed",
        "p.signoff",
    ]


def test_texts_in_model_order(tmp_path: Path) -> None:
    draft = draft_with_images(tmp_path)
    out = export(draft, tmp_path)
    body_text = out.page.xpath('string(//div[@class="article-body"])')
    anchors = [
        b.title
        if isinstance(b, BacaJuga)
        else b.caption
        if isinstance(b, Table)
        else b.plain().splitlines()[0][:20]
        for b in draft.article.body
        if b.plain() or isinstance(b, BacaJuga)
    ]
    positions = [body_text.index(a) for a in anchors]
    assert positions == sorted(positions)
    first = out.page.xpath('//div[@class="article-body"]/p[1]')[0]
    assert first.text_content().startswith("Semarang, WartaPesisir.com – Bus listrik")


def test_related_stories_outside_main_content_in_order_with_short_dates(tmp_path: Path) -> None:
    article = full_article()
    out = export(draft_with_images(tmp_path, article), tmp_path)
    (aside,) = out.page.xpath('//aside[@class="related"]')
    assert not aside.xpath("ancestor::main|ancestor::article")
    assert aside.xpath("h2/text()") == ["Berita Terkait"]
    assert [a.text for a in aside.xpath(".//a")] == [s.title for s in article.related]
    assert aside.xpath(".//time/text()") == [
        "Kamis, 2 Mei 2024 - 10:00 WIB",
        "Kamis, 11 Apr 2024 - 08:30 WIB",
    ]
    assert not out.page.xpath('//article//*[contains(@class, "related")]')


def test_header_date_share_figure_signoff_tags(tmp_path: Path) -> None:
    out = export(draft_with_images(tmp_path), tmp_path)
    page = out.page
    assert page.get("lang") == "id"
    assert len(page.xpath("//h1")) == 1
    assert page.xpath('//p[@class="date"]/time[1]/@datetime') == ["2024-06-18T20:42:00+07:00"]
    assert page.xpath('//p[@class="date"]/time[1]/text()') == ["Selasa, 18 Juni 2024 - 20:42 WIB"]
    share = page.xpath('//nav[@class="share-bar"]//a/text()')
    assert share == ["Facebook", "X", "WhatsApp", "Telegram", "LINE"]
    (featured,) = page.xpath('//article/figure[@class="featured"]')
    img = featured.xpath(".//img")[0]
    assert (img.get("width"), img.get("height"), img.get("fetchpriority")) == (
        "1600",
        "1000",
        "high",
    )
    assert img.get("loading") is None
    assert (
        featured.xpath("string(figcaption)") == "Bus listrik di Terboyo. (Foto: Warta Pesisir/Bayu)"
    )
    assert page.xpath('//p[@class="signoff"]/text()') == ["(bs/ad)"]
    assert page.xpath('//ul[@class="tags"]/li/text()') == ["transportasi", "Semarang"]
    assert page.xpath("//*[@style]") == []
    body_scripts = page.xpath('//article//script|//body//script[not(@type="application/ld+json")]')
    assert body_scripts == []


def test_head_metadata(tmp_path: Path) -> None:
    out = export(draft_with_images(tmp_path), tmp_path)
    url = "https://wartapesisir.example/berita/2024/06/18/pemkot-uji-coba-bus-listrik/"
    assert out.item.url == url
    assert out.page.xpath("//link[@rel='canonical']/@href") == [url]
    assert out.page.xpath("//title/text()")[0].startswith("Pemkot Uji Coba Bus Listrik")
    assert out.meta("description")[0].startswith("Sepuluh bus listrik")
    ld = out.json_ld()
    assert ld["@type"] == "NewsArticle"
    assert ld["datePublished"] == "2024-06-18T20:42:00+07:00"
    assert ld["dateModified"] == "2024-06-18T21:05:00+07:00"
    assert ld["author"] == [
        {
            "@type": "Person",
            "name": "Bayu Santoso",
            "url": "https://wartapesisir.example/penulis/bayu/",
        }
    ]
    assert ld["publisher"]["name"] == "Warta Pesisir" and ld["publisher"]["logo"]["url"].endswith(
        ".svg"
    )
    assert ld["mainEntityOfPage"]["@id"] == url
    assert (ld["articleSection"], ld["keywords"], ld["inLanguage"]) == (
        "Daerah",
        ["transportasi", "Semarang"],
        "id",
    )
    assert ld["image"] and all(u.startswith(url) for u in ld["image"])
    assert out.meta("og:type") == ["article"]
    assert out.meta("og:url") == [url]
    assert out.meta("article:published_time") == ["2024-06-18T20:42:00+07:00"]
    assert out.meta("article:section") == ["Daerah"]
    assert out.meta("article:tag") == ["transportasi", "Semarang"]
    assert out.meta("twitter:card") == ["summary_large_image"]
    assert out.meta("og:image")[0].startswith(url)


def test_fragment_is_the_clean_body(tmp_path: Path) -> None:
    out = export(draft_with_images(tmp_path), tmp_path)
    fragment = (out.item.path / "fragment.html").read_text(encoding="utf-8")
    doc = lxml_html.fragment_fromstring(fragment, create_parent="div")
    assert doc.xpath("//figure[@class='featured']")
    assert not doc.xpath("//*[contains(@class,'ad-slot') or contains(@class,'share')]")
    assert not doc.xpath("//*[@style]|//script|//span[not(@class)]")
    assert "Baca Juga:" in doc.text_content()


HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


def hostile_draft(tmp_path: Path):
    draft = draft_with_images(tmp_path)
    article = draft.article
    article.headline = "Judul " + HOSTILE
    article.deck = HOSTILE
    article.featured_image.caption = "Keterangan " + HOSTILE
    article.featured_image.alt = "Alt " + HOSTILE
    article.featured_image.credit = HOSTILE
    article.tags.append(HOSTILE)
    article.body.insert(1, BacaJuga(url="javascript:alert(3)", title="Baca " + HOSTILE))
    article.body.insert(2, BacaJuga(url='https://c.example/"onmouseover="alert(4)', title="Kutip"))
    article.body.append(Paragraph(full_article().body[1].spans[:3]))
    article.related[0].title = "</script><script>alert(5)</script>"
    article.related[1].url = "javascript:alert(6)"
    return draft


def test_hostile_text_is_escaped_and_links_refused(tmp_path: Path) -> None:
    out = export(hostile_draft(tmp_path), tmp_path)
    page = out.page
    assert page.xpath("//script[not(@type='application/ld+json')]") == []
    assert page.xpath("//@*[starts-with(name(), 'on')]") == []
    assert [h for h in page.xpath("//@href|//@src") if "javascript" in h.lower()] == []
    assert page.xpath("//h1/text()") == ["Judul " + HOSTILE]
    assert out.json_ld()["headline"] == "Judul " + HOSTILE
    raw = out.index.read_text(encoding="utf-8")
    assert "<script>alert" not in raw and "</script><script>" not in raw
