"""The article body's typed blocks.

The body is an ordered list of blocks; each type has explicit fields (after
Arc ANS story elements). "Baca Juga" is its own block type, never a styled
paragraph, so it can be placed, moved and rendered as one unit. Every block
type registers itself in ``BLOCK_TYPES`` for (de)serialisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar
from urllib.parse import urlparse

from editor.model.image import ImageRef
from editor.model.inline import Inline, from_list, plain_text, to_list


@dataclass(slots=True)
class Paragraph:
    kind: ClassVar[str] = "paragraph"
    spans: Inline = ()

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.kind, "spans": to_list(self.spans)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Paragraph:
        return cls(spans=from_list(data.get("spans", [])))

    def plain(self) -> str:
        return plain_text(self.spans)


@dataclass(slots=True)
class Heading:
    kind: ClassVar[str] = "heading"
    level: int = 2
    spans: Inline = ()

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.kind, "level": self.level, "spans": to_list(self.spans)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Heading:
        level = int(data.get("level", 2))
        return cls(level=level if level in (2, 3) else 2, spans=from_list(data.get("spans", [])))

    def plain(self) -> str:
        return plain_text(self.spans)


@dataclass(slots=True)
class Quote:
    kind: ClassVar[str] = "quote"
    spans: Inline = ()
    attribution: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": self.kind, "spans": to_list(self.spans)}
        if self.attribution:
            data["attribution"] = self.attribution
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(spans=from_list(data.get("spans", [])), attribution=data.get("attribution", ""))

    def plain(self) -> str:
        return plain_text(self.spans)


@dataclass(slots=True)
class ListBlock:
    """A bulleted or numbered list. ``depths`` gives each item's nesting level (0 = top);
    empty means a flat list, so lists written before nesting existed stay as they were.
    A nested level takes the list's own kind (bullets under bullets, numbers under numbers).
    """

    kind: ClassVar[str] = "list"
    ordered: bool = False
    items: list[Inline] = field(default_factory=list)
    depths: list[int] = field(default_factory=list)

    def depth(self, index: int) -> int:
        return self.depths[index] if index < len(self.depths) else 0

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "type": self.kind,
            "ordered": self.ordered,
            "items": [to_list(item) for item in self.items],
        }
        if any(self.depths):
            data["depths"] = [self.depth(n) for n in range(len(self.items))]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ListBlock:
        items = [from_list(item) for item in data.get("items", [])]
        depths = [max(int(d), 0) for d in data.get("depths", [])][: len(items)]
        return cls(
            ordered=bool(data.get("ordered", False)),
            items=items,
            depths=depths if any(depths) else [],
        )

    def plain(self) -> str:
        return "\n".join(plain_text(item) for item in self.items)


@dataclass(slots=True)
class ImageBlock:
    kind: ClassVar[str] = "image"
    image: ImageRef = field(default_factory=ImageRef)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.kind, **self.image.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImageBlock:
        return cls(image=ImageRef.from_dict(data))

    def plain(self) -> str:
        return self.image.caption


@dataclass(slots=True)
class BacaJuga:
    """An inline "read also" link to another article, placed between paragraphs."""

    kind: ClassVar[str] = "baca_juga"
    url: str = ""
    title: str = ""
    archive_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": self.kind, "url": self.url, "title": self.title}
        if self.archive_id:
            data["archive_id"] = self.archive_id
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BacaJuga:
        return cls(
            url=data.get("url", ""), title=data.get("title", ""), archive_id=data.get("archive_id")
        )

    def plain(self) -> str:
        return ""


EMBED_PROVIDERS = {
    "youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "x.com": "X",
    "twitter.com": "X",
    "instagram.com": "Instagram",
}


@dataclass(slots=True)
class Embed:
    """A social/video embed; rendered as a safe link card (no third-party script)."""

    kind: ClassVar[str] = "embed"
    url: str = ""
    caption: str = ""

    @property
    def provider(self) -> str:
        host = (urlparse(self.url).hostname or "").lower().removeprefix("www.")
        host = host.removeprefix("m.")
        return EMBED_PROVIDERS.get(host, host or "")

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": self.kind, "url": self.url}
        if self.caption:
            data["caption"] = self.caption
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Embed:
        return cls(url=data.get("url", ""), caption=data.get("caption", ""))

    def plain(self) -> str:
        return ""


@dataclass(slots=True)
class Table:
    """A table of text cells (results, prices, schedules), after Word's and the web's table.

    ``rows`` are lists of cells; when ``header`` is true the first row names the
    columns. ``caption`` says what the table shows and labels it for screen readers.
    """

    kind: ClassVar[str] = "table"
    rows: list[list[Inline]] = field(default_factory=list)
    header: bool = True
    caption: str = ""

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "type": self.kind,
            "header": self.header,
            "rows": [[to_list(cell) for cell in row] for row in self.rows],
        }
        if self.caption:
            data["caption"] = self.caption
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Table:
        rows = [[from_list(cell) for cell in row] for row in data.get("rows", [])]
        return cls(rows=rows, header=bool(data.get("header", True)), caption=data.get("caption", ""))

    def plain(self) -> str:
        return "\n".join(" | ".join(plain_text(cell) for cell in row) for row in self.rows)


Block = Paragraph | Heading | Quote | ListBlock | ImageBlock | BacaJuga | Embed | Table

BLOCK_TYPES: dict[str, type[Block]] = {
    cls.kind: cls
    for cls in (Paragraph, Heading, Quote, ListBlock, ImageBlock, BacaJuga, Embed, Table)
}


def block_from_dict(data: dict[str, Any]) -> Block:
    kind = data.get("type")
    if kind not in BLOCK_TYPES:
        raise ValueError(f"unknown block type {kind!r}")
    return BLOCK_TYPES[kind].from_dict(data)
