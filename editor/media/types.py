"""The values the photo pipeline hands to its callers (exporter, CLI, GUI).

They are plain frozen dataclasses so they can cross threads, be cached as JSON
next to the encoded files, and be rebuilt on a cache hit without decoding the
photo again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.errors import Bilingual

MIME_TYPES = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg"}
EXTENSIONS = {"avif": "avif", "webp": "webp", "jpeg": "jpg"}
OUTPUT_FORMATS = ("avif", "webp", "jpeg")


@dataclass(frozen=True, slots=True)
class Notice(Bilingual):
    """Something the journalist should know about a photo that does not stop export."""

    message_id: str
    message_en: str
    code: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "id": self.message_id, "en": self.message_en}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Notice:
        return cls(data["id"], data["en"], data.get("code", ""))


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """What ``probe`` learns from a file's header, with the orientation already applied."""

    path: Path
    width: int
    height: int
    format: str
    mode: str
    has_exif: bool
    has_gps: bool
    animated: bool = False
    warnings: list[Notice] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Variant:
    """One encoded file on disk; ``format`` is one of ``avif``, ``webp``, ``jpeg``."""

    width: int
    height: int
    format: str
    path: Path

    @property
    def mime(self) -> str:
        return MIME_TYPES[self.format]

    def to_dict(self) -> dict[str, Any]:
        return {"width": self.width, "height": self.height, "format": self.format,
                "file": self.path.name}

    @classmethod
    def from_dict(cls, data: dict[str, Any], folder: Path) -> Variant:
        return cls(int(data["width"]), int(data["height"]), str(data["format"]),
                   folder / str(data["file"]))


@dataclass(frozen=True, slots=True)
class ProcessedImage:
    """Everything the renderers need to write ``<picture>``, Open Graph and JSON-LD.

    ``variants`` are sorted by format, then width (small first); ``fallback`` is the
    largest JPEG; ``crops`` maps ``og``, ``16x9``, ``4x3``, ``1x1`` to JPEG files.
    ``width``/``height`` describe the oriented source photo.
    """

    variants: list[Variant]
    fallback: Variant
    crops: dict[str, Variant]
    width: int
    height: int
    had_gps: bool
    notices: list[Notice]
    key: str = ""

    def by_format(self, fmt: str) -> list[Variant]:
        """The variants of one format, narrowest first (the order ``srcset`` reads best in)."""
        return sorted((v for v in self.variants if v.format == fmt), key=lambda v: v.width)

    @property
    def files(self) -> list[Path]:
        """Every file the pipeline wrote, for publishers that upload a list."""
        return [v.path for v in self.variants] + [v.path for v in self.crops.values()]
