"""Issue 12 item 15: the Indonesian wording — one meaning per word, no developer jargon,
natural phrasing, and sentences that start with a capital letter."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from editor.media.messages import gps_removed
from editor.model.article import Article
from editor.model.draft import Draft
from tests.support import ROOT

pytestmark = pytest.mark.gui
TS = ROOT / "resources" / "i18n"


def messages(language: str) -> list[tuple[str, str]]:
    """(source, translation) for every message, numerus forms each on their own."""
    tree = etree.parse(str(TS / f"redaksi_{language}.ts"))
    found = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        found += [(message.findtext("source"), form) for form in forms]
    return found


def test_subjudul_is_only_the_subheading() -> None:
    """"Subjudul" meant both the deck and the H2; the deck is "Ringkasan" now."""
    for source, text in messages("id"):
        if re.search(r"subjudul", text, re.IGNORECASE):
            assert "heading" in source.lower(), (source, text)
        if re.search(r"\bdeck\b", source, re.IGNORECASE):
            assert "ringkasan" in text.lower(), (source, text)


def test_no_developer_jargon_and_natural_phrases() -> None:
    texts = [text for _source, text in messages("id")]
    assert not [t for t in texts if re.search(r"\bkartu\b", t, re.IGNORECASE)]
    assert not [t for t in texts if "jatuhkan" in t.lower()]


def test_one_term_for_one_thing() -> None:
    """The native-speaker review (notes/indonesian-review.md): a suggestion is "saran", the
    rk/ad initials are "inisial penulis", the dateline is "dateline", a story is "berita",
    the SEO fields are "judul/deskripsi SEO", the recent-files menu says "berkas terakhir"."""
    texts = [text.replace("&", "") for _source, text in messages("id")]
    for stray in (r"\busul", r"inisial penutup", r"baris tempat", r"\bartikel\b",
                  r"judul pencarian", r"deskripsi pencarian", r"\bbuka terbaru\b",
                  r"daftar terbaru", r"\bmis\. ", r"\balt\+(atas|bawah)\b"):
        assert [t for t in texts if re.search(stray, t, re.IGNORECASE)] == [], stray
    by_source = dict(messages("id"))
    assert by_source["Sign-off"] == "Inisial penulis"
    assert by_source["Suggested Baca Juga"] == "Saran Baca Juga"
    assert by_source["Open &Recent"].replace("&", "") == "Buka Berkas Terakhir"


@pytest.mark.parametrize("language", ["id", "en"])
def test_sentences_start_with_a_capital_letter(language: str) -> None:
    lower = [text for _source, text in messages(language)
             if text.rstrip().endswith((".", "?", "!")) and text.lstrip("&(“\"' ")[:1].islower()]
    assert lower == []
    notice = gps_removed()
    assert notice.message_id[0].isupper() and notice.message_en[0].isupper()


def test_the_window_says_it_in_indonesian(make_window) -> None:
    window = make_window()
    window.session.load(Draft(article=Article()))
    assert window.header.deck.placeholderText().startswith("Ringkasan:")
    assert window.photo.view.message == "Seret foto ke sini atau pilih"
    assert window.actions["card_edit"].text() == "Sunting S&isipan…"
