"""Inputs for the GUI benchmarks: the sample's exported page, and a draft with a 24 MP photo."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from editor.export.article import export_article
from editor.model.draft import Draft
from editor.site import load_profile
from editor.storage.draft import open_draft, save_draft

BIG_SIZE = (6000, 4000)


def exported_page(draft: Draft | Path, folder: Path) -> Path:
    """The exporter's ``index.html`` for ``draft``: what the bare web view loads."""
    if not isinstance(draft, Draft):
        draft = open_draft(draft)
    return export_article(draft, load_profile(), folder).path / "index.html"


def big_photo(path: Path) -> Path:
    """A 6000x4000 JPEG that compresses like a photo (gradients plus grain), ~6-10 MB."""
    small = Image.merge(
        "RGB",
        [
            Image.linear_gradient("L").resize((600, 400)),
            Image.radial_gradient("L").resize((600, 400)),
            Image.linear_gradient("L").rotate(90).resize((600, 400)),
        ],
    )
    base = small.resize(BIG_SIZE, Image.Resampling.BICUBIC)
    grain = Image.effect_noise(BIG_SIZE, 48).convert("RGB")
    Image.blend(base, grain, 0.18).save(path, "JPEG", quality=90)
    return path


def big_photo_draft(sample: Path, folder: Path) -> Path:
    """The sample article with the 24 MP photo as its featured image, saved as a draft."""
    folder.mkdir(parents=True, exist_ok=True)
    draft = open_draft(sample)
    key = draft.add_media(big_photo(folder / "foto-24mp.jpg"))
    draft.article.featured_image.file = key
    return save_draft(
        Draft(article=draft.article, media={key: draft.media[key]}), folder / "besar.redaksi"
    )
