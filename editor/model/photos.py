"""Which photos an article shows and where, and how findings about a photo file become problems.

``photo_places`` is the one answer to "which photos does this article use?": saving a
draft, opening one, exporting, the preview and the checks all ask it.

Shared by ``redaksi check`` (``editor.media.checks``, which probes the files) and the
editor's checks panel (which probes them in a worker and keeps the findings), so
that both name the same field and block for the same photo.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath

from editor.model.article import Article
from editor.model.image import ImageRef
from editor.model.validate import Problem, Severity

Finding = tuple[Severity, str, str]  # severity, Indonesian, English


def photo_places(article: Article) -> Iterator[tuple[str, int | None, ImageRef]]:
    """Each photo with where it is: ``("featured_image", None, ref)`` or ``("body", i, ref)``."""
    if article.featured_image is not None and article.featured_image.file:
        yield "featured_image", None, article.featured_image
    for index, block in enumerate(article.body):
        ref = getattr(block, "image", None)
        if isinstance(ref, ImageRef) and ref.file:
            yield "body", index, ref


def photo_keys(article: Article) -> list[str]:
    """The media keys of the article's photos, in page order, each once (``photo_places``)."""
    return list(dict.fromkeys(ref.file for _, _, ref in photo_places(article)))


def photo_label(key: str) -> str:
    """A photo as the journalist knows it: ``hp.jpg``, not its media key ``media/hp.jpg``."""
    return PurePosixPath(key).name or key


def missing(key: str) -> list[Finding]:
    """A photo the article shows but the draft does not hold."""
    name = photo_label(key)
    return [(Severity.ERROR, f"Foto {name} tidak ada di draf.",
             f"The photo {name} is missing from the draft.")]


def as_problems(findings: list[Finding], field: str, block: int | None) -> list[Problem]:
    return [
        Problem(field, severity, text_id, text_en, block)
        for severity, text_id, text_en in findings
    ]
