"""The article model: plain typed data, no I/O and no Qt."""

from __future__ import annotations

from editor.model.article import Article, Author, PublishRecord, RelatedStory, make_slug
from editor.model.blocks import (
    BLOCK_TYPES,
    BacaJuga,
    Block,
    Embed,
    Heading,
    ImageBlock,
    ListBlock,
    Paragraph,
    Quote,
    Table,
)
from editor.model.image import ImageRef
from editor.model.inline import Span
from editor.model.places import TextPlace, text_places

__all__ = [
    "BLOCK_TYPES",
    "Article",
    "Author",
    "BacaJuga",
    "Block",
    "Embed",
    "Heading",
    "ImageBlock",
    "ImageRef",
    "ListBlock",
    "Paragraph",
    "PublishRecord",
    "Quote",
    "RelatedStory",
    "Span",
    "Table",
    "TextPlace",
    "make_slug",
    "text_places",
]
