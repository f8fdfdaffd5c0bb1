"""Schema migrations for ``article.json``: each lifts a document one version.

Version 1 (the first prototype) kept the body as ``blocks`` with Baca Juga as
``{"type": "read_also", "link": ..., "text": ...}`` and one ``author`` string.
Version 3 added what imported Word documents carry: the ``table`` block, nested
lists (``depths``), the ``underline``/``strike`` marks and the credited ``editors``;
a version-2 document is already a valid version-3 one.
Version 4 added the writing desk's fields: ``seo_title``, ``seo_description``,
``correction`` and ``correction_kind``, and the ``revisions`` kept at each save;
each has an empty default, so a version-3 document only changes its number.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from editor.errors import DraftError
from editor.model.serialize import SCHEMA_VERSION

Document = dict[str, Any]


def _v1_to_v2(doc: Document) -> Document:
    doc = dict(doc)
    body = []
    for block in doc.pop("blocks", doc.get("body", [])):
        if block.get("type") == "read_also":
            block = {
                "type": "baca_juga",
                "url": block.get("link", ""),
                "title": block.get("text", ""),
            }
        body.append(block)
    doc["body"] = body
    author = doc.pop("author", None)
    if author and not doc.get("authors"):
        doc["authors"] = [{"name": author}]
    doc["schema_version"] = 2
    return doc


def _v2_to_v3(doc: Document) -> Document:
    return {**doc, "schema_version": 3}


def _v3_to_v4(doc: Document) -> Document:
    return {**doc, "schema_version": 4}


MIGRATIONS: dict[int, Callable[[Document], Document]] = {
    1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4,
}


def migrate(doc: Document) -> Document:
    """Return ``doc`` at the current schema version; newer or unknown versions are refused."""
    version = doc.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise DraftError(
            "Versi skema draf tidak dikenal.", "The draft's schema version is not recognised."
        )
    if version > SCHEMA_VERSION:
        raise DraftError(
            f"Draf ini dibuat oleh Redaksi yang lebih baru (skema {version}); "
            f"versi ini hanya mengenal sampai {SCHEMA_VERSION}. Perbarui Redaksi.",
            f"This draft was made by a newer Redaksi (schema {version}); this version "
            f"knows up to {SCHEMA_VERSION}. Please update Redaksi.",
        )
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        version = doc["schema_version"]
    return doc
