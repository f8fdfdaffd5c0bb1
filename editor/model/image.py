"""A reference to an image in a draft, with the words that travel with it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class ImageRef:
    """``file`` is a media key inside the draft (``media/foto.jpg``).

    ``alt`` describes the picture for people who cannot see it; ``caption`` tells the
    story (who, doing what, where, when); ``credit`` names the source
    (``REUTERS/Nama``, ``Istimewa``). The focal point is in 0..1 image coordinates
    and steers every crop.
    """

    file: str = ""
    alt: str = ""
    caption: str = ""
    credit: str = ""
    focal_x: float = 0.5
    focal_y: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"file": self.file, "alt": self.alt}
        if self.caption:
            data["caption"] = self.caption
        if self.credit:
            data["credit"] = self.credit
        if (self.focal_x, self.focal_y) != (0.5, 0.5):
            data["focal"] = [round(self.focal_x, 4), round(self.focal_y, 4)]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImageRef:
        focal = data.get("focal") or [0.5, 0.5]
        return cls(
            file=data.get("file", ""),
            alt=data.get("alt", ""),
            caption=data.get("caption", ""),
            credit=data.get("credit", ""),
            focal_x=min(max(float(focal[0]), 0.0), 1.0),
            focal_y=min(max(float(focal[1]), 0.0), 1.0),
        )
