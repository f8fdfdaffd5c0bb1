"""What the renderer needs to know about an exported image.

The exporter fills an ``ImageOutput`` per media key (a plain copy for now, or the
responsive set from the photo pipeline); renderers only read it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Rendition:
    src: str
    width: int
    height: int
    mime: str = "image/jpeg"


@dataclass(frozen=True, slots=True)
class ImageOutput:
    """``main`` is the fallback file; ``crops`` holds og/16x9/4x3/1x1 for metadata.

    ``picture(alt, featured)`` writes the responsive ``<picture>`` when the photo
    pipeline made one; without it a plain sized ``<img>`` of ``main`` is written.
    """

    main: Rendition
    picture: Callable[[str, bool], Markup] | None = None
    crops: dict[str, Rendition] = field(default_factory=dict)
    notices: tuple[str, ...] = ()
    files: tuple[str, ...] = ()

    def html(self, alt: str, *, featured: bool) -> Markup:
        if self.picture is not None:
            return self.picture(alt, featured)
        loading = ' fetchpriority="high"' if featured else ' loading="lazy"'
        return Markup(
            f'<img src="{escape(self.main.src)}" width="{self.main.width}" '
            f'height="{self.main.height}" alt="{escape(alt)}" decoding="async"{loading}>'
        )

    def metadata_images(self) -> list[Rendition]:
        """Renditions for JSON-LD ``image``: the 16:9, 4:3 and 1:1 crops, else the main file."""
        crops = [self.crops[k] for k in ("16x9", "4x3", "1x1") if k in self.crops]
        return crops or [self.main]

    def social(self) -> Rendition:
        return self.crops.get("og", self.main)
