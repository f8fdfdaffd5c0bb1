"""What ``redaksi check`` and the editor's problem list say about a draft's photos.

``editor.commands.check`` imports ``image_problems`` when it exists; each photo is
probed (headers only, so checking stays fast) and every refusal or caveat
becomes a ``Problem`` on the block that shows the photo, in the same shape as the
article validator's problems: broken files are errors, GPS removal, a first
frame only and widths too small for Google Discover are warnings.
"""

from __future__ import annotations

from typing import Protocol

from editor.errors import MediaError
from editor.media.probe import probe
from editor.model.article import Article
from editor.model.draft import photo_places
from editor.model.photos import Finding, as_problems, missing, photo_label
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
    for field, block, ref in photo_places(draft.article):
        findings = photo_findings(draft.media_path(ref.file), ref.file, settings)
        problems += as_problems(findings, field, block)
    return problems


def photo_findings(path: object, key: str, settings: ImageSettings) -> list[Finding]:
    """What is wrong with one photo file, read from its headers only (cheap, cacheable by path).

    Messages name the photo as the journalist knows it (``hp.jpg``, not ``media/hp.jpg``)."""
    if path is None:
        return missing(key)
    name = photo_label(key)
    try:
        info = probe(path, settings)
    except MediaError as exc:
        return [(Severity.ERROR, f"{name}: {exc.message_id}", f"{name}: {exc.message_en}")]
    return [(Severity.WARNING, f"{name}: {n.message_id}", f"{name}: {n.message_en}")
            for n in info.warnings]
