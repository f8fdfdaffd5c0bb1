"""A problem an editor would point out: where it is, how bad, and what to say.

Its own module so that each family of checks (``validate``, ``readiness``,
``residue``) builds problems the same way without importing the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from editor.errors import Bilingual


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"  # worth a look, never blocks (unknown words)


@dataclass(frozen=True, slots=True)
class Problem(Bilingual):
    """``field`` names the article field (``headline``, ``authors``, ``featured_image.credit``);
    ``block`` the body block or related story it belongs to, so the editor can jump there."""

    field: str
    severity: Severity
    message_id: str
    message_en: str
    block: int | None = None


def error(field: str, id_: str, en: str, block: int | None = None) -> Problem:
    return Problem(field, Severity.ERROR, id_, en, block)


def warning(field: str, id_: str, en: str, block: int | None = None) -> Problem:
    return Problem(field, Severity.WARNING, id_, en, block)
