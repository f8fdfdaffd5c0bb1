"""``image_problems``: what ``redaksi check`` reports about a draft's photos."""

from __future__ import annotations

from pathlib import Path

from editor.media.checks import image_problems
from editor.model import Article, ImageBlock, ImageRef, Paragraph
from editor.model.draft import Draft
from editor.model.inline import text
from editor.model.validate import Severity
from tests.media import samples


def draft_with(tmp_path: Path) -> Draft:
    draft = Draft(article=Article(headline="Banjir rob"))
    phone = draft.add_media(samples.phone_jpeg(tmp_path / "hp.jpg"))
    broken = draft.add_media(samples.text_as_jpg(tmp_path / "catatan.jpg"))
    wide = draft.add_media(samples.plain(tmp_path / "lebar.jpg", "JPEG", size=(1600, 900)))
    draft.article.featured_image = ImageRef(file=phone, alt="Warga")
    draft.article.body = [
        Paragraph(text("Air naik sejak pagi.")),
        ImageBlock(ImageRef(file=broken, alt="x")),
        ImageBlock(ImageRef(file=wide, alt="y")),
        ImageBlock(ImageRef(file="media/hilang.jpg", alt="z")),
    ]
    return draft


def test_problems_point_at_the_photo_and_block(tmp_path: Path) -> None:
    problems = image_problems(draft_with(tmp_path))
    summary = [(p.field, p.block, p.severity) for p in problems]
    assert summary == [
        ("featured_image", None, Severity.WARNING),  # GPS removed
        ("featured_image", None, Severity.WARNING),  # narrower than 1200 px
        ("body", 1, Severity.ERROR),  # not a photo
        ("body", 3, Severity.ERROR),  # missing from the draft
    ]
    assert problems[0].message("id") == "hp.jpg: Lokasi GPS dihapus dari foto."
    assert problems[0].message("en") == "hp.jpg: GPS location removed from the photo."
    assert "not a supported photo" in problems[2].message("en")
