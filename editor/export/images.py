"""Images for an exported article: files in the article folder plus what the page needs.

Until the photo pipeline processes them, images are copied as they are, named
from the slug and a short content hash so a cache never serves a stale file.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from editor.errors import ExportError
from editor.model.article import Article
from editor.render.images import ImageOutput, Rendition
from editor.storage.draft import Draft

MIME = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".avif": "image/avif",
}


def image_keys(article: Article) -> list[str]:
    keys = (
        [article.featured_image.file]
        if article.featured_image and article.featured_image.file
        else []
    )
    keys += [b.image.file for b in article.body if getattr(b, "image", None) and b.image.file]
    return list(dict.fromkeys(keys))


def copy_images(draft: Draft, slug: str, folder: Path) -> dict[str, ImageOutput]:
    outputs = {}
    for key in image_keys(draft.article):
        source = draft.media_path(key)
        if source is None or not source.is_file():
            raise ExportError(
                f"Foto {key} tidak ditemukan.", f"Image {key} not found.", path=str(draft.path)
            )
        outputs[key] = _copy_one(source, slug, folder)
    return outputs


def _copy_one(source: Path, slug: str, folder: Path) -> ImageOutput:
    from PIL import Image, ImageOps, UnidentifiedImageError  # text-only exports never load Pillow

    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:8]
    suffix = source.suffix.lower()
    name = f"{slug}-{digest}{'.jpg' if suffix == '.jpeg' else suffix}"
    try:
        with Image.open(source) as image:
            width, height = (
                ImageOps.exif_transpose(image).size if image.format == "JPEG" else image.size
            )
    except (UnidentifiedImageError, OSError) as exc:
        raise ExportError(
            f"Berkas foto tidak bisa dibaca: {source.name}",
            f"Cannot read image file: {source.name}",
            path=str(source),
        ) from exc
    shutil.copyfile(source, folder / name)
    return ImageOutput(
        main=Rendition(src=name, width=width, height=height, mime=MIME.get(suffix, "image/jpeg"))
    )
