"""Where an article's texts are: one walk for everything that reads them all.

The residue check, the spell check, the house typography and the find bar each read
"every text of the article"; written four times, the walks drifted (one read table
captions, another not; one knew the SEO title, none the correction note). Each
``TextPlace`` names the article field a text is edited in, the body block or related
story it belongs to, and which part of it the text is, so a reader of texts picks by
kind of text, and a new field or block is read by all of them once it is added here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from editor.model.article import Article
from editor.model.blocks import BacaJuga, Block, Embed, ImageBlock, Quote, Table
from editor.model.image import ImageRef

# Fields outside the body, in the order the editor shows them.
HEAD_FIELDS = ("headline", "deck", "signoff", "dateline", "seo_title", "seo_description",
               "correction")
IMAGE_PARTS = ("alt", "caption", "credit")
# The story's own prose — what the spell check, the house typography and the find bar
# read: not names and codes (dateline, sign-off, credit, a quote's speaker), alt text,
# or the texts written for search engines and the correction box.
STORY_FIELDS = frozenset({"headline", "deck", "featured_image", "body", "related"})
STORY_PARTS = frozenset({"text", "caption", "title"})


@dataclass(frozen=True, slots=True)
class TextPlace:
    """``field`` is the article's field (``headline``, ``featured_image``, ``body``,
    ``related``...), ``block`` the body block or related story, ``part`` which of its
    texts: ``text`` (a block's own text: list items and table cells included),
    ``caption``, ``title``, ``alt``, ``credit`` or ``attribution``."""

    field: str
    block: int | None
    part: str
    text: str

    @property
    def in_story(self) -> bool:
        return self.field in STORY_FIELDS and self.part in STORY_PARTS


def text_places(article: Article) -> Iterator[TextPlace]:
    """Every text a reader sees, in the order of the page's fields and blocks."""
    for name in HEAD_FIELDS:
        yield TextPlace(name, None, "text", getattr(article, name))
    if article.featured_image is not None:
        yield from _image_places(article.featured_image, "featured_image", None)
    for index, block in enumerate(article.body):
        yield from _block_places(block, index)
    for index, story in enumerate(article.related):
        yield TextPlace("related", index, "title", story.title)


def _block_places(block: Block, index: int) -> Iterator[TextPlace]:
    if isinstance(block, ImageBlock):
        yield from _image_places(block.image, "body", index)
    elif isinstance(block, BacaJuga):
        yield TextPlace("body", index, "title", block.title)
    elif isinstance(block, Embed):
        yield TextPlace("body", index, "caption", block.caption)
    else:  # paragraphs, headings, quotes, lists and tables: their text, items and cells
        yield TextPlace("body", index, "text", block.plain())
        if isinstance(block, Table):
            yield TextPlace("body", index, "caption", block.caption)
        elif isinstance(block, Quote):
            yield TextPlace("body", index, "attribution", block.attribution)


def _image_places(image: ImageRef, field: str, block: int | None) -> Iterator[TextPlace]:
    for part in IMAGE_PARTS:
        yield TextPlace(field, block, part, getattr(image, part))


def set_text(article: Article, place: TextPlace, text: str) -> None:
    """Put ``text`` where ``place`` is: a field outside the body, a related story's
    title or a photo's text (a body block's own text has marks and is edited as spans).
    The headline is set as it is; whoever wants the slug to follow calls set_headline."""
    if place.field in HEAD_FIELDS:
        setattr(article, place.field, text)
    elif place.field == "featured_image" and article.featured_image is not None:
        setattr(article.featured_image, place.part, text)
    elif place.field == "related" and place.block is not None:
        article.related[place.block].title = text
    else:
        raise ValueError(f"not a text set by place: {place.field}.{place.part}")
