"""How findings about a photo file become problems, and how a photo is named in them.

(Which photos an article shows, and where, is ``editor.model.draft.photo_places``.)
Shared by ``redaksi check`` (``editor.media.checks``, which probes the files) and the
editor's checks panel (which probes them in a worker and keeps the findings), so
that both name the same field and block for the same photo.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from editor.model.validate import Problem, Severity

Finding = tuple[Severity, str, str]  # severity, Indonesian, English


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
