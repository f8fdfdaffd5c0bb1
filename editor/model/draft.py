"""A draft: the article plus the photo files it refers to, by media key (``media/NAME``).

It lives in the model, not in storage, because everyone who works on an article
with its photos needs it — importers build one, renderers and the exporter read
one, the editor edits one — and none of them should depend on the ``.redaksi``
file format to do so. ``editor.storage.draft`` opens and saves it.

``photo_places`` is the one answer to "which photos does this article use?": saving a
draft, opening one, exporting, the preview and the checks all ask it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from editor.model.article import Article
from editor.model.image import ImageRef
from editor.model.revisions import Revision


def photo_places(article: Article) -> Iterator[tuple[str, int | None, ImageRef]]:
    """Each photo with where it is: ``("featured_image", None, ref)`` or ``("body", i, ref)``."""
    if article.featured_image is not None and article.featured_image.file:
        yield "featured_image", None, article.featured_image
    for index, block in enumerate(article.body):
        ref = getattr(block, "image", None)  # only ImageBlock has one: an ImageRef
        if ref is not None and ref.file:
            yield "body", index, ref


def photo_keys(article: Article) -> list[str]:
    """The media keys of the article's photos, in page order, each once (``photo_places``)."""
    return list(dict.fromkeys(ref.file for _, _, ref in photo_places(article)))


@dataclass
class Draft:
    """``media`` maps each media key to the file holding its bytes; ``path`` and
    ``loaded_hash`` say which ``.redaksi`` file it came from, and as it was then;
    ``revisions`` is the article at each earlier save, oldest first."""

    article: Article = field(default_factory=Article)
    media: dict[str, Path] = field(default_factory=dict)
    path: Path | None = None
    loaded_hash: str | None = None
    revisions: list[Revision] = field(default_factory=list)

    def add_media(self, source: Path) -> str:
        """Register a file as draft media and return its key; the bytes go in at save."""
        source = Path(source)
        stem = re.sub(r"[^a-z0-9]+", "-", source.stem.lower()).strip("-") or "foto"
        key = f"media/{stem}{source.suffix.lower()}"
        counter = 2
        while key in self.media and self.media[key] != source:
            key = f"media/{stem}-{counter}{source.suffix.lower()}"
            counter += 1
        self.media[key] = source
        return key

    def media_path(self, key: str) -> Path | None:
        return self.media.get(key)
