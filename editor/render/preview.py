"""The live preview's page: the exporter's page, with light images, in a temp folder.

The editor's preview must show exactly what the exporter writes, so this module
calls the same ``render_article`` with the same templates and CSS. Only the
image files differ: the exporter runs the photo pipeline (AVIF/WebP/JPEG at
several widths, focal crops: seconds per photo), while the preview writes one
downscaled JPEG per photo (longest side ``PREVIEW_MAX_SIDE``) into its own
folder and puts it in the same ``<picture>`` markup (``picture_html``) as the
only candidate, so the layout is the same. The Open Graph/JSON-LD image entries
name that file instead of the crops. Downscaling is the pipeline's
``make_thumbnail`` (JPEG draft decode, never the full 24 MP bitmap).

Qt-free on purpose: the GUI runs ``prepare_image`` in a worker thread and
``render_preview`` on its own thread; tests and benchmarks call them too. The
renderer and the photo pipeline are imported inside the functions that need them:
importing this module stays cheap, so the editor window can paint before Jinja,
Babel and Pillow are loaded.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import weakref
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from editor import lazy
from editor.errors import MediaError

if TYPE_CHECKING:
    from PIL import Image

    from editor.model.draft import Draft
    from editor.render.images import ImageOutput
    from editor.render.page import RenderedArticle
    from editor.site import SiteProfile

# Phone: 390 CSS px x DPR 2 = 780 px; desktop: the featured photo is <= 928 CSS px, shown
# zoomed out to the pane (zoom ~0.5-0.7), so ~1200 device px even on HiDPI. 1200 also lets
# JPEG draft mode decode a 2400 px photo at exactly 1/2 scale: ~10 ms instead of ~60 ms.
PREVIEW_MAX_SIDE = 1200
PAGE_NAME = "index.html"
# Shown while a photo is still being downscaled: same box, neutral grey, no layout shift.
PLACEHOLDER_SRC = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1' preserveAspectRatio='none'%3E"
    "%3Crect width='1' height='1' fill='%23e4e4e4'/%3E%3C/svg%3E"
)


@dataclass(frozen=True, slots=True)
class SourceId:
    """Identifies one version of a photo file without reading its bytes."""

    path: Path
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> SourceId:
        stat = path.stat()
        return cls(path.resolve(), stat.st_size, stat.st_mtime_ns)

    def file_stem(self, max_side: int) -> str:
        text = f"{self.path}|{self.size}|{self.mtime_ns}|{max_side}"
        return "img-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class PreviewFolder:
    """A private temp folder holding the preview page and its downscaled photos.

    Removed when the object is garbage-collected or at interpreter exit.
    """

    def __init__(self) -> None:
        self.path = Path(tempfile.mkdtemp(prefix="redaksi-preview-"))
        self._cleanup = weakref.finalize(self, shutil.rmtree, self.path, ignore_errors=True)

    @property
    def page_path(self) -> Path:
        return self.path / PAGE_NAME

    def write_page(self, html: str) -> Path:
        self.page_path.write_text(html, encoding="utf-8")
        return self.page_path

    def remove(self) -> None:
        self._cleanup()


def prepare_image(
    source: Path, folder: Path, max_side: int = PREVIEW_MAX_SIDE
) -> ImageOutput | None:
    """Write (or reuse) the downscaled copy of ``source``; ``None`` if it cannot be read.

    Slow for big photos (decode + resize + encode), so the GUI calls it off the UI thread.
    Never decodes the full bitmap of a large JPEG: draft mode scales while decoding.
    """
    lazy.ensure(*lazy.PIPELINE)
    from editor.media import make_thumbnail, probe

    try:
        info = probe(source)
        target = folder / f"{SourceId.of(source).file_stem(max_side)}.jpg"
        if target.exists():
            size = _jpeg_size(target)
        else:
            size = _save_copy(make_thumbnail(source, max_side), target)
    except (OSError, MediaError, ValueError):
        return None
    return _output(target, size, (info.width, info.height))


def _jpeg_size(path: Path) -> tuple[int, int]:
    from PIL import Image

    with Image.open(path) as image:
        return image.size


def _save_copy(image: Image.Image, target: Path) -> tuple[int, int]:
    """Always JPEG: transparency is flattened onto the page's white, as the export's JPEG
    fallback is. Written under a temp name, then renamed, so the page never sees half a file."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "PA", "P"):
        image = image.convert("RGBA")
        flat = Image.new("RGB", image.size, (255, 255, 255))
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    partial = target.with_suffix(".part")
    image.convert("RGB").save(partial, "JPEG", quality=85)
    partial.replace(target)
    return image.size


def _output(file: Path, size: tuple[int, int], source_size: tuple[int, int]) -> ImageOutput:
    """The same ``<picture>`` markup the exporter writes, with one JPEG candidate: ours."""
    lazy.ensure(*lazy.PIPELINE)
    from editor.media.types import ProcessedImage, Variant
    from editor.render.images import ImageOutput, Rendition

    variant = Variant(size[0], size[1], "jpeg", file)
    processed = ProcessedImage(
        variants=[variant],
        fallback=variant,
        crops={},
        width=source_size[0],
        height=source_size[1],
        had_gps=False,
        notices=[],
    )
    main = Rendition(src=file.name, width=size[0], height=size[1], mime="image/jpeg")
    lazy.ensure("editor.render.picture")  # light: the pipeline it needs is loaded above
    from editor.render.picture import article_picture

    picture = partial(article_picture, processed)
    return ImageOutput(main=main, picture=picture, files=(file.name,))


def placeholder(source: Path) -> ImageOutput | None:
    """A grey box of the photo's size, shown until its downscaled copy is ready."""
    lazy.ensure(*lazy.PIPELINE)
    from editor.media import probe
    from editor.render.images import ImageOutput, Rendition

    try:
        info = probe(source)
    except (OSError, MediaError, ValueError):
        return None
    main = Rendition(
        src=PLACEHOLDER_SRC, width=info.width, height=info.height, mime="image/svg+xml"
    )
    return ImageOutput(main=main)


def image_sources(draft: Draft) -> dict[str, Path]:
    """Media key -> file for every photo the article shows (``photo_keys``) whose file is there."""
    from editor.model.draft import photo_keys

    sources = {}
    for key in photo_keys(draft.article):
        path = draft.media_path(key)
        if path is not None and path.is_file():
            sources[key] = path
    return sources


def render_preview(
    draft: Draft, site: SiteProfile, images: dict[str, ImageOutput]
) -> RenderedArticle:
    """The exporter's page for ``draft``; ``images`` name files beside the page (the folder's)."""
    lazy.ensure(*lazy.RENDERER)
    from editor.render.page import logo_uri, render_article
    from editor.render.urls import article_url

    article = draft.article
    url = article_url(article, site)
    return render_article(article, site, url, images, logo_src=logo_uri(site))
