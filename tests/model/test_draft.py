"""The article with its photos (``editor.model.draft``) and the one "which photos?" answer."""

from __future__ import annotations

from pathlib import Path

from editor.model import Article, ImageBlock, ImageRef, Paragraph
from editor.model.draft import Draft, photo_keys, photo_places


def _article() -> Article:
    article = Article(headline="Rob di Pesisir Semarang")
    article.featured_image = ImageRef(file="media/utama.jpg", alt="Rob")
    article.body = [
        Paragraph.from_dict({"type": "paragraph", "text": [{"text": "Air naik."}]}),
        ImageBlock(image=ImageRef(file="media/halte.jpg", alt="Halte")),
        ImageBlock(image=ImageRef(file="", alt="belum dipilih")),
        ImageBlock(image=ImageRef(file="media/utama.jpg", alt="lagi")),
    ]
    return article


def test_photo_keys_are_in_page_order_once_each_without_empty_slots() -> None:
    assert photo_keys(_article()) == ["media/utama.jpg", "media/halte.jpg"]


def test_photo_places_say_where_each_photo_is() -> None:
    places = [(field, block, ref.file) for field, block, ref in photo_places(_article())]
    assert places == [
        ("featured_image", None, "media/utama.jpg"),
        ("body", 1, "media/halte.jpg"),
        ("body", 3, "media/utama.jpg"),
    ]


def test_add_media_names_keys_by_file_and_never_reuses_one(tmp_path: Path) -> None:
    draft = Draft()
    first = draft.add_media(tmp_path / "Foto Utama.JPG")
    again = draft.add_media(tmp_path / "Foto Utama.JPG")
    other = draft.add_media(tmp_path / "lain" / "foto-utama.jpg")
    assert first == again == "media/foto-utama.jpg"
    assert other == "media/foto-utama-2.jpg"
    assert draft.media_path(other) == tmp_path / "lain" / "foto-utama.jpg"

