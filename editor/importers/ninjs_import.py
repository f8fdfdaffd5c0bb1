"""A page Redaksi exported, back into a draft, from the ``article.json`` beside it.

The exporter writes the article's own model into the IPTC ninjs document as a
second body (``contenttype`` ``application/vnd.redaksi.article+json``, ninjs lets a
document carry several bodies by role), together with which exported photo file
stands for which of the draft's photos. Reading it back gives the very model the
draft held — the way to update an article when its old draft is lost. The
document comes from the web, so it is checked like a draft file: schema version,
JSON Schema, media names.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from editor.errors import DraftError, ImportError_
from editor.importers.report import ImportReport
from editor.importers.source_file import is_picture
from editor.model.article import Article
from editor.model.draft import Draft
from editor.model.serialize import MEDIA_TYPE, article_from_dict
from editor.storage.draft import validate_document
from editor.storage.migrations import migrate

REDAKSI_BODY = MEDIA_TYPE

# a file name from the export folder -> a local copy, or None when it cannot be had
FileGetter = Callable[[str], Path | None]


def has_redaksi_body(ninjs: dict[str, Any]) -> bool:
    return _body(ninjs) is not None


def draft_from_ninjs(
    ninjs: dict[str, Any], get_file: FileGetter, report: ImportReport, where: str
) -> Draft:
    body = _body(ninjs)
    if body is None:
        raise ImportError_(
            "article.json ini tidak memuat isi Redaksi.",
            "This article.json does not carry a Redaksi article.",
            path=where,
        )
    data = _document(body, where)
    media = data.pop("media", {})
    try:
        doc = migrate(data)
        validate_document(doc, Path(where))
        article = article_from_dict(doc)
    except DraftError as exc:
        exc.path = where
        raise
    except (ValueError, TypeError, KeyError) as exc:
        raise ImportError_(
            f"Isi article.json tidak sah: {exc}", f"Invalid article.json content: {exc}", path=where
        ) from exc
    draft = Draft(article=article)
    _photos(draft, media, get_file, report)
    report.recognised(
        "Halaman Redaksi: berita dipulihkan utuh dari article.json (ninjs).",
        "A Redaksi page: the article was restored whole from its article.json (ninjs).",
    )
    return draft


def _body(ninjs: dict[str, Any]) -> dict[str, Any] | None:
    bodies = ninjs.get("bodies") if isinstance(ninjs, dict) else None
    for body in bodies if isinstance(bodies, list) else []:
        if isinstance(body, dict) and body.get("contenttype") == REDAKSI_BODY:
            return body
    return None


def _document(body: dict[str, Any], where: str) -> dict[str, Any]:
    try:
        data = json.loads(str(body.get("value", "")))
    except json.JSONDecodeError as exc:
        raise ImportError_(
            f"Isi Redaksi di article.json bukan JSON yang sah: {exc}",
            f"The Redaksi content in article.json is not valid JSON: {exc}",
            path=where,
        ) from exc
    if not isinstance(data, dict):
        raise ImportError_(
            "Isi Redaksi di article.json harus berupa objek.",
            "The Redaksi content in article.json must be an object.",
            path=where,
        )
    return data


def _photos(draft: Draft, media: Any, get_file: FileGetter, report: ImportReport) -> None:
    wanted = _used_keys(draft.article)
    media = media if isinstance(media, dict) else {}
    for key in wanted:
        name = str(media.get(key, ""))
        pure = PurePosixPath(name)
        path = get_file(name) if name and len(pure.parts) == 1 and name not in ("..", ".") else None
        if path is None or not is_picture(path):
            report.dropped(
                f"Foto {PurePosixPath(key).name} tidak bisa diambil dari halaman; pasang lagi.",
                f"The photo {PurePosixPath(key).name} could not be fetched; add it again.",
            )
            continue
        draft.media[key] = path
    _forget_missing(draft)


def _forget_missing(draft: Draft) -> None:
    """Photos that could not be fetched leave the article (the report names them)."""
    article = draft.article
    if article.featured_image and article.featured_image.file not in draft.media:
        article.featured_image = None
    article.body = [
        b for b in article.body if not (hasattr(b, "image") and b.image.file not in draft.media)
    ]


def _used_keys(article: Article) -> list[str]:
    keys = [article.featured_image.file] if article.featured_image else []
    keys += [b.image.file for b in article.body if hasattr(b, "image") and b.image.file]
    safe = []
    for key in dict.fromkeys(k for k in keys if k):
        pure = PurePosixPath(key)
        if pure.parts[:1] == ("media",) and ".." not in pure.parts and not pure.is_absolute():
            safe.append(key)
    return safe
