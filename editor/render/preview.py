"""The live preview's page: the exporter's page, with light images, in a temp folder.

The editor's preview must show exactly what the exporter writes, so this module
calls the same ``render_article`` with the same templates and CSS. Only the
image files differ: the exporter copies originals (a 24-megapixel photo is
~100 MB once decoded), while the preview writes downscaled copies (longest side
``PREVIEW_MAX_SIDE``) into its own folder and references them by relative URL.
The ``width``/``height`` attributes stay those of the upright original, as in
the export, so the layout is the same. Downscaling is the photo pipeline's
``make_thumbnail`` (JPEG draft decode, never the full 24 MP bitmap).

Qt-free on purpose: the GUI runs ``prepare_image`` in a worker thread and
``render_preview`` on its own thread; tests and benchmarks can call both.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import weakref
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from editor.errors import MediaError
from editor.export.images import image_keys
from editor.media import make_thumbnail, probe
from editor.render import page as page_module
from editor.render.images import ImageOutput, Rendition
from editor.render.page import RenderedArticle, logo_file, render_article
from editor.render.urls import article_url
from editor.site import SiteProfile
from editor.storage.draft import Draft

PREVIEW_MAX_SIDE = 1600
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
    """A private temp folder holding the preview page, its downscaled photos and the logo.

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

    def logo_src(self, site: SiteProfile) -> str | None:
        """Copy the site logo next to the page once, so the page's relative ``src`` works."""
        logo = logo_file(site)
        if logo is None:
            return None
        target = self.path / logo.name
        if not target.exists():
            shutil.copyfile(logo, target)
        return logo.name

    def remove(self) -> None:
        self._cleanup()


def prepare_image(
    source: Path, folder: Path, max_side: int = PREVIEW_MAX_SIDE
) -> ImageOutput | None:
    """Write (or reuse) the downscaled copy of ``source``; ``None`` if it cannot be read.

    Slow for big photos (decode + resize + encode), so the GUI calls it off the UI thread.
    Never decodes the full bitmap of a large JPEG: draft mode scales while decoding.
    """
    try:
        ident = SourceId.of(source)
        info = probe(source)
        stem = ident.file_stem(max_side)
        existing = _existing_copy(folder, stem)
        if existing is not None:
            return _output(existing, info.width, info.height)
        target = _save_copy(make_thumbnail(source, max_side), folder, stem)
    except (OSError, MediaError, ValueError):
        return None
    return _output(target, info.width, info.height)


def _existing_copy(folder: Path, stem: str) -> Path | None:
    for suffix in (".jpg", ".png"):
        candidate = folder / f"{stem}{suffix}"
        if candidate.exists():
            return candidate
    return None


def _save_copy(image: Image.Image, folder: Path, stem: str) -> Path:
    """JPEG unless the photo has transparency; written under a temp name, then renamed."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    target = folder / f"{stem}{'.png' if has_alpha else '.jpg'}"
    partial = target.with_suffix(target.suffix + ".part")
    if has_alpha:
        image.save(partial, "PNG", compress_level=1)
    else:
        image.convert("RGB").save(partial, "JPEG", quality=85)
    partial.replace(target)
    return target


def _output(file: Path, width: int, height: int) -> ImageOutput:
    mime = "image/png" if file.suffix == ".png" else "image/jpeg"
    return ImageOutput(main=Rendition(src=file.name, width=width, height=height, mime=mime))


def placeholder(source: Path) -> ImageOutput | None:
    """A grey box of the photo's size, shown until its downscaled copy is ready."""
    try:
        info = probe(source)
    except (OSError, MediaError, ValueError):
        return None
    main = Rendition(
        src=PLACEHOLDER_SRC, width=info.width, height=info.height, mime="image/svg+xml"
    )
    return ImageOutput(main=main)


def image_sources(draft: Draft) -> dict[str, Path]:
    """Media key -> file for every image the article shows (featured first, then inline)."""
    sources = {}
    for key in image_keys(draft.article):
        path = draft.media_path(key)
        if path is not None and path.is_file():
            sources[key] = path
    return sources


def render_preview(
    draft: Draft, site: SiteProfile, images: dict[str, ImageOutput], folder: PreviewFolder
) -> RenderedArticle:
    """The exporter's page for ``draft``, pointing at the preview folder's files."""
    article = draft.article
    url = article_url(article, site)
    return render_article(article, site, url, images, logo_src=_logo_src(site, folder))


def _logo_src(site: SiteProfile, folder: PreviewFolder) -> str | None:
    """The logo as the exporter references it: inlined where the core inlines it (newer
    ``editor.render.page.logo_uri``), else a copy beside the page (the older exporter)."""
    inline = getattr(page_module, "logo_uri", None)
    return inline(site) if inline is not None else folder.logo_src(site)
