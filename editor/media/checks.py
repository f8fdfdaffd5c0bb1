"""What ``redaksi check`` and the editor's problem list say about a draft's photos.

``editor.commands.check`` imports ``image_problems`` when it exists; each photo is
probed (headers only, so checking stays fast) and every refusal or caveat
becomes a ``Problem`` on the block that shows the photo, in the same shape as the
article validator's problems: broken files are errors, GPS removal, a first
frame only and widths too small for Google Discover are warnings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from editor.errors import MediaError
from editor.media.probe import probe
from editor.model.article import Article
from editor.model.image import ImageRef
from editor.model.validate import Problem, Severity
from editor.site import ImageSettings


class DraftLike(Protocol):
    """The part of ``editor.storage.draft.Draft`` this module reads."""

    article: Article

    def media_path(self, key: str) -> object: ...


def image_problems(draft: DraftLike, settings: ImageSettings | None = None) -> list[Problem]:
    """Problems of every photo in ``draft`` (featured image first, then body order)."""
    settings = settings or ImageSettings()
    problems: list[Problem] = []
    for field, block, ref in _images(draft.article):
        problems += _photo_problems(draft, ref, field, block, settings)
    return problems


def _images(article: Article) -> Iterator[tuple[str, int | None, ImageRef]]:
    if article.featured_image is not None and article.featured_image.file:
        yield "featured_image", None, article.featured_image
    for index, block in enumerate(article.body):
        ref = getattr(block, "image", None)
        if isinstance(ref, ImageRef) and ref.file:
            yield "body", index, ref


def _photo_problems(draft: DraftLike, ref: ImageRef, field: str, block: int | None,
                    settings: ImageSettings) -> list[Problem]:
    path = draft.media_path(ref.file)
    if path is None:
        return [Problem(field, Severity.ERROR, f"Foto {ref.file} tidak ada di draf.",
                        f"The photo {ref.file} is missing from the draft.", block)]
    try:
        info = probe(path, settings)
    except MediaError as exc:
        return [Problem(field, Severity.ERROR, f"{ref.file}: {exc.message_id}",
                        f"{ref.file}: {exc.message_en}", block)]
    return [Problem(field, Severity.WARNING, f"{ref.file}: {n.message_id}",
                    f"{ref.file}: {n.message_en}", block) for n in info.warnings]
