"""Images for an exported article: responsive files in the article folder plus what the page needs.

Every photo goes through the photo pipeline (``editor.media``): upright, sRGB,
stripped of EXIF/GPS/XMP, encoded as AVIF, WebP and JPEG at the site's widths,
with focal-point crops for Open Graph and JSON-LD on the featured photo. Outputs
are cached by content hash, so re-exporting an unchanged photo costs a copy.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from markupsafe import Markup

from editor import lazy
from editor.errors import ExportError
from editor.model.article import Article
from editor.model.draft import Draft, photo_places
from editor.model.image import ImageRef
from editor.paths import cache_root
from editor.render.images import ImageOutput, Rendition
from editor.site import SiteProfile

# Encoder threads per photo; a batch export's pool workers set this to 1 so that two
# workers do not start four encoders on two cores.
image_threads: int | None = None


def image_refs(article: Article) -> list[tuple[ImageRef, bool]]:
    """Every photo with whether it is the featured one (featured first, then body order)."""
    return [(ref, field == "featured_image") for field, _, ref in photo_places(article)]


def process_images(
    draft: Draft, slug: str, folder: Path, site: SiteProfile,
    progress: Callable[[float], None] | None = None,
) -> dict[str, ImageOutput]:
    """Every photo through the pipeline; ``progress(fraction)`` follows the files written."""
    refs = image_refs(draft.article)
    if not refs:
        return {}
    lazy.ensure(*lazy.PIPELINE)  # text-only exports never load Pillow; threads may race
    from editor.media import process_image

    outputs: dict[str, ImageOutput] = {}
    count = len({ref.file for ref, _ in refs})
    for ref, featured in refs:
        if ref.file in outputs:
            continue
        report = _photo_progress(progress, len(outputs), count)
        source = draft.media_path(ref.file)
        if source is None or not Path(source).is_file():
            raise ExportError(
                f"Foto {ref.file} tidak ditemukan.",
                f"Image {ref.file} not found.",
                path=str(draft.path),
            )
        processed = process_image(
            source,
            slug=slug,
            out_dir=folder,
            settings=site.images,
            focal=(ref.focal_x, ref.focal_y),
            cache_dir=cache_root() / "images",
            crops=featured,
            progress=report,
            **({"threads": image_threads} if image_threads else {}),
        )
        outputs[ref.file] = _output(processed)
    return outputs


def _photo_progress(
    progress: Callable[[float], None] | None, index: int, count: int
) -> Callable[[int, int], None] | None:
    """Files of photo ``index`` (of ``count``) as a fraction of all the photos' work."""
    if progress is None:
        return None
    return lambda done, total: progress((index + done / max(total, 1)) / count)


def _output(processed) -> ImageOutput:
    def rendition(variant) -> Rendition:
        return Rendition(variant.path.name, variant.width, variant.height, variant.mime)

    return ImageOutput(
        main=rendition(processed.fallback),
        picture=partial(_picture, processed),
        crops={name: rendition(v) for name, v in processed.crops.items()},
        notices=tuple(n.message_id for n in processed.notices),
        files=tuple(v.path.name for v in (*processed.variants, *processed.crops.values())),
    )


def _picture(processed, alt: str, featured: bool) -> Markup:
    lazy.ensure("editor.render.picture")
    from editor.render.picture import article_picture

    return article_picture(processed, alt, featured)
