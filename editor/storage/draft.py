"""The ``.redaksi`` draft file: one zip a journalist can e-mail.

Inside: ``mimetype`` (stored first, like ODF, so the file identifies itself),
``article.json`` (versioned; JSON Schema in ``resources/schema/``; with the
article's earlier ``revisions``) and the photos under ``media/``, cleaned of GPS,
serial numbers and maker notes: those the article shows, and those its newest
revisions show when still at hand, within a byte budget. Each save adds a revision
(``editor.model.revisions``). Opening never writes to the draft: a broken file gives
a specific ``DraftError`` and stays byte-identical. Saving is atomic, keeps the
previous version as ``NAME.redaksi.bak``, and refuses what opening would refuse.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

import jsonschema_rs

from editor import lazy
from editor.errors import DraftError, describe_os_error
from editor.model.article import Article
from editor.model.draft import Draft, photo_keys
from editor.model.revisions import (
    Revision,
    add_revision,
    photo_files,
    photos_to_keep,
    revisions_from_list,
    revisions_to_list,
)
from editor.model.serialize import article_from_dict, article_to_dict
from editor.paths import RESOURCES
from editor.storage import media_cache, pending, zip_bounds
from editor.storage.atomic import ReadOnlyFile, atomic_writer
from editor.storage.migrations import migrate
from editor.storage.zip_bounds import MAX_JSON_BYTES

MIMETYPE = b"application/vnd.redaksi.draft+zip"
SCHEMA_PATH = RESOURCES / "schema" / "article.schema.json"


def changed_on_disk(draft: Draft) -> bool:
    """True when someone else rewrote the draft's file since we opened or saved it."""
    if draft.path is None or draft.loaded_hash is None or not draft.path.exists():
        return False
    return file_hash(draft.path) != draft.loaded_hash


def file_hash(path: Path) -> str:
    with open(path, "rb") as handle:
        return _stream_hash(handle)


def save_draft(draft: Draft, path: Path | None = None, *, now: datetime | None = None) -> Path:
    """Write the draft atomically; the previous file is kept as a ``.bak``.

    The article as saved becomes the newest of ``draft.revisions`` (``now``: its time).
    """
    path = Path(path or draft.path or "")
    if not path.name:
        raise DraftError("Draf belum punya nama berkas.", "The draft has no file name yet.")
    if not path.parent.is_dir():
        raise DraftError(
            f"Draf tidak disimpan: folder {path.parent} tidak ada.",
            f"The draft was not saved: the folder {path.parent} does not exist.",
            path=str(path),
        )
    if not draft.article.id:  # a draft from before ids: a publish may have given it one
        pending.apply(draft.article, path)
    draft.article.ensure_id()  # else it gets its one id now, for good
    waiting = pending.has_pending(draft.article)
    if waiting:  # a publish whose record could not be saved into the draft then
        pending.apply(draft.article)
    used = photo_keys(draft.article)
    missing = [key for key in used if key not in draft.media or not draft.media[key].is_file()]
    if missing:
        raise DraftError(
            f"Berkas foto hilang: {', '.join(missing)}",
            f"Image file missing: {', '.join(missing)}",
            path=str(path),
        )
    revisions = add_revision(draft.revisions, draft.article, now or datetime.now(UTC))
    at_hand = {key: draft.media[key].stat().st_size for key in photo_files(revisions)
               if key not in used and key in draft.media and draft.media[key].is_file()}
    kept = photos_to_keep(revisions, at_hand)
    _write_file(draft, path, used + kept, _payload(draft, path, revisions))
    draft.revisions = revisions
    draft.path = path
    draft.loaded_hash = file_hash(path)
    if waiting:
        pending.forget(draft.article)
    return path


def _payload(draft: Draft, path: Path, revisions: list[Revision]) -> bytes:
    """``article.json`` as it will be written, checked as opening will check it: a draft
    that could not be opened again is not written at all."""
    doc = article_to_dict(draft.article)
    doc["revisions"] = revisions_to_list(revisions)
    if not _fast_validator().is_valid(doc):
        _raise_schema_error(doc, path, saving=True)
    payload = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
    if len(payload) > MAX_JSON_BYTES:
        size, limit = len(payload) >> 20, MAX_JSON_BYTES >> 20
        raise DraftError(
            f"Draf tidak disimpan: berita terlalu besar ({size} MiB; batas {limit} MiB).",
            f"The draft was not saved: the article is too large ({size} MiB; the limit is "
            f"{limit} MiB).",
            path=str(path),
        )
    return payload


def _write_file(draft: Draft, path: Path, used: list[str], payload: bytes) -> None:
    """Atomic, with a ``.bak``; a refusal or a full disk leaves draft and ``.bak`` as they were."""
    existed = path.exists()
    try:
        _clean_media(draft, used)
        _check_sizes(draft, used, payload, path)
        with atomic_writer(path, keep_backup=True) as handle:
            _write_zip(handle, draft, used, payload)
    except ReadOnlyFile as exc:
        raise DraftError(
            "Draf ini hanya-baca, jadi tidak ditimpa. Simpan dengan nama lain.",
            "This draft is read-only, so it was not replaced. Save it under another name.",
            path=str(path),
        ) from exc
    except OSError as exc:
        text_id, text_en = describe_os_error(exc, path)
        kept_id, kept_en = (" Versi sebelumnya tetap utuh.", " The previous version is unchanged.")
        raise DraftError(
            f"Draf tidak disimpan: {text_id}." + (kept_id if existed else ""),
            f"The draft was not saved: {text_en}." + (kept_en if existed else ""),
            path=str(path),
        ) from exc


def _check_sizes(draft: Draft, keys: list[str], payload: bytes, path: Path) -> None:
    """Refuse what opening the file would refuse (the bounds of ``zip_bounds``): a draft
    that saves must open again."""
    sizes = [draft.media[key].stat().st_size for key in keys]
    total, largest = len(payload) + sum(sizes), max(sizes, default=0)
    if largest > zip_bounds.MAX_MEDIA_BYTES:
        what_id, what_en = "salah satu fotonya terlalu besar", "one of its photos is too large"
        size, limit = largest, zip_bounds.MAX_MEDIA_BYTES
    elif total > zip_bounds.MAX_TOTAL_BYTES:
        what_id, what_en = "isinya terlalu besar", "its content is too large"
        size, limit = total, zip_bounds.MAX_TOTAL_BYTES
    else:
        return
    size_mib, limit_mib = -(-size >> 20), limit >> 20
    raise DraftError(
        f"Draf tidak disimpan: {what_id} ({size_mib} MiB; batas {limit_mib} MiB), jadi tidak "
        "akan bisa dibuka lagi. Keluarkan foto yang tidak perlu atau perkecil ukurannya.",
        f"The draft was not saved: {what_en} ({size_mib} MiB; the limit is {limit_mib} MiB), "
        "so it could not be opened again. Take out photos it does not need or make them smaller.",
        path=str(path))


def _clean_media(draft: Draft, keys: list[str]) -> None:
    """Every photo goes into the draft without GPS, serial numbers or maker notes, also
    those of a draft saved before Redaksi cleaned them; the draft then points at the
    cleaned copies (``editor.media.privacy``), so what it shows is what it stores.
    The photo pipeline is imported here, on the first save with a photo: not when the
    editor starts, and not at all for text (41–51 ms)."""
    if not keys:
        return
    lazy.ensure("editor.media", "editor.media.privacy")
    from editor.media.privacy import clean_copy

    for key in keys:
        draft.media[key] = clean_copy(draft.media[key])[0]


def _write_zip(handle: BinaryIO, draft: Draft, keys: list[str], payload: bytes) -> None:
    with zipfile.ZipFile(handle, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, zipfile.ZIP_STORED)
        archive.writestr("article.json", payload, zipfile.ZIP_DEFLATED)
        for key in keys:
            archive.write(draft.media[key], key, zipfile.ZIP_STORED)


def open_draft(path: str | Path) -> Draft:
    """Read a draft; media are unpacked into a cache folder keyed by content. Every read is
    bounded (``zip_bounds``): a hostile draft gives a ``DraftError`` naming the file."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:  # one open file: hash and content agree
            content_hash = _stream_hash(handle)
            with zipfile.ZipFile(handle) as archive:
                zip_bounds.check_names(archive)
                doc = _read_document(archive, path)
                article, revisions = _build_article(doc, path)
                keys = _media_keys(archive, article, revisions)
                zip_bounds.check_total(archive, ["article.json", *keys])
                media = media_cache.unpack(archive, content_hash, keys)
        pending.apply(article, path)  # a publish record that could not be saved into the file
    except DraftError as exc:
        exc.path = exc.path or str(path)
        raise
    except FileNotFoundError as exc:
        raise DraftError(
            "Berkas draf tidak ditemukan.", "Draft file not found.", path=str(path)
        ) from exc
    except IsADirectoryError as exc:
        raise DraftError(
            "Ini folder, bukan draf.", "This is a folder, not a draft.", path=str(path)
        ) from exc
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, zlib.error) as exc:
        raise DraftError(
            "Berkas draf rusak atau terpotong (bukan zip yang utuh).",
            "The draft file is damaged or truncated (not a complete zip).",
            path=str(path),
        ) from exc
    except OSError as exc:
        text_id, text_en = describe_os_error(exc, path)
        raise DraftError(
            f"Draf tidak bisa dibuka: {text_id}.", f"The draft cannot be opened: {text_en}.",
            path=str(path),
        ) from exc
    return Draft(article=article, media=media, path=path, loaded_hash=content_hash,
                 revisions=revisions)


def read_revisions(path: Path) -> list[Revision]:
    """Only the revisions kept in the draft at ``path``; none when it cannot be read.

    A recovery copy journals the article, not its history: restoring one takes the
    history from the draft it belongs to, so the next save keeps it.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            doc = _read_document(archive, path)
            return _build_article(doc, path)[1]
    except (OSError, zipfile.BadZipFile, EOFError, DraftError):
        return []


def _media_keys(archive: zipfile.ZipFile, article: Article,
                revisions: list[Revision]) -> list[str]:
    """The article's photos (each must be there), then its revisions' photos that are."""
    keys = photo_keys(article)
    names = set(archive.namelist())
    return keys + sorted(key for key in photo_files(revisions) - set(keys) if key in names)


def _stream_hash(handle: BinaryIO) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: handle.read(1 << 20), b""):
        digest.update(chunk)
    handle.seek(0)
    return digest.hexdigest()


def _read_document(archive: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    if "article.json" not in archive.namelist():
        raise DraftError(
            "Ini bukan draf Redaksi (tidak ada article.json).",
            "This is not a Redaksi draft (no article.json inside).",
            path=str(path),
        )
    data = zip_bounds.read_member(archive, "article.json", MAX_JSON_BYTES)
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DraftError(
            f"Berkas article.json di dalam draf bukan JSON yang sah: {exc}",
            f"The article.json file inside the draft is not valid JSON: {exc}",
            path=str(path),
        ) from exc
    except RecursionError as exc:
        raise DraftError(
            "article.json di dalam draf bersarang terlalu dalam.",
            "article.json inside the draft is nested too deeply.",
            path=str(path),
        ) from exc
    except ValueError as exc:  # an integer beyond Python's 4300-digit conversion limit
        raise DraftError(
            "article.json di dalam draf memuat angka yang terlalu panjang.",
            "article.json inside the draft holds a number that is too long.",
            path=str(path),
        ) from exc
    if not isinstance(doc, dict):
        raise DraftError(
            "Isi article.json harus berupa objek JSON.",
            "The content of article.json must be a JSON object.", path=str(path)
        )
    return doc


def _build_article(doc: dict[str, Any], path: Path) -> tuple[Article, list[Revision]]:
    try:
        doc = migrate(doc)
    except DraftError as exc:
        exc.path = str(path)
        raise
    validate_document(doc, path)
    try:
        return article_from_dict(doc), revisions_from_list(doc.get("revisions", []))
    except (ValueError, TypeError, KeyError) as exc:
        raise DraftError(
            f"Isi draf tidak sah: {exc}", f"Invalid draft content: {exc}", path=str(path)
        ) from exc


def validate_document(doc: dict[str, Any], path: Path) -> None:
    """Check a current-version ``article.json`` document against the JSON Schema."""
    if not _fast_validator().is_valid(doc):
        _raise_schema_error(doc, path)


def _raise_schema_error(doc: dict[str, Any], path: Path, *, saving: bool = False) -> None:
    """Slow path, only for broken drafts: the pure-Python validator names the best error."""
    import jsonschema  # only broken drafts pay for importing the slow validator

    error = jsonschema.exceptions.best_match(_validator().iter_errors(doc))
    where = "/".join(str(part) for part in error.absolute_path) or "(root)" if error else "?"
    detail = f" di {where}: {error.message}" if error else ""
    detail_en = f" at {where}: {error.message}" if error else ""
    if saving:
        raise DraftError(
            f"Draf tidak disimpan: isinya tidak akan bisa dibuka lagi{detail}",
            f"The draft was not saved: it could not be opened again{detail_en}",
            path=str(path),
        )
    raise DraftError(
        f"Isi article.json tidak sesuai skema{detail or '.'}",
        f"The content of article.json does not match the schema{detail_en or '.'}",
        path=str(path),
    )


@cache
def _schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@cache
def _fast_validator() -> Any:
    """jsonschema-rs: about a thousand times faster than the pure-Python validator."""
    return jsonschema_rs.validator_for(_schema(), validate_formats=True)


@cache
def _validator() -> Any:
    import jsonschema

    cls = jsonschema.validators.validator_for(_schema())
    return cls(_schema(), format_checker=cls.FORMAT_CHECKER)

