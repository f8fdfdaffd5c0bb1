"""Word ``.docx`` (and Google Docs' ``.docx`` download) -> a draft, through python-mammoth.

mammoth reads the document's *structure* (styles, numbering, tables, notes) into
semantic HTML, which ``html_blocks`` turns into blocks; pictures are written to a
folder of their own and become the draft's photos. Then the newsroom conventions
run, and ``docx_review`` lists what Word held besides the final text (tracked
changes, comments, equations) in the import report.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import mammoth

from editor.errors import ImportError_
from editor.importers.conventions import apply_conventions
from editor.importers.docx_review import report_review, review
from editor.importers.html_blocks import UNSUPPORTED, HtmlReader, ReadResult
from editor.importers.notes import append_notes
from editor.importers.report import BacaJugaLookup, ImportReport, ImportResult, NoteKind
from editor.importers.source_file import read_source
from editor.model.article import Article, make_slug
from editor.model.draft import Draft
from editor.model.image import ImageRef
from editor.paths import cache_root

STYLE_MAP = """
p[style-name='Title'] => h1.title:fresh
p[style-name='Subtitle'] => p.subtitle:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
p[style-name='Caption'] => p.caption:fresh
u => u
"""
PICTURE_TYPES = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/bmp": ".bmp",
    "image/tiff": ".tif",
}
MAX_DOCX_BYTES = 200 * 1024 * 1024  # a story with photos; a bigger file is something else
MAX_UNPACKED = 400 * 1024 * 1024  # a .docx is a zip: refuse a zip bomb before reading it
MAX_MEMBERS = 20_000
PICTURE_SCHEME = "redaksi-picture:"
FILE_NAME_ALT = re.compile(r"\.(?:jpe?g|png|gif|bmp|tiff?|webp|heic|emf|wmf)$", re.I)


def import_docx(path: str | Path, *, lookup: BacaJugaLookup | None = None) -> ImportResult:
    path = Path(path)
    report = ImportReport(source=str(path))
    data = read_source(path, MAX_DOCX_BYTES)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_package(archive, path)
            found = review(archive)
    except (zipfile.BadZipFile, EOFError) as exc:
        raise ImportError_(
            "Ini bukan dokumen Word (.docx) yang utuh: berkasnya rusak atau berformat lain.",
            "This is not a complete Word document (.docx): the file is damaged or another format.",
            path=str(path),
        ) from exc
    pictures = _Pictures(cache_root() / "imports" / hashlib.sha256(data).hexdigest()[:24])
    html, messages = _convert(data, pictures, path)
    _report_messages(messages, report)
    draft = Draft()
    read = HtmlReader(pictures.resolve(draft), report).read(html)
    draft.article = _article(read, report)
    if not draft.article.body and not draft.article.headline:
        _refuse_empty(report, path)
    apply_conventions(draft.article, report, lookup=lookup)
    append_notes(draft.article, read.notes, report)
    report_review(found, report)
    draft.article.slug = make_slug(draft.article.headline) if draft.article.headline else ""
    return ImportResult(draft, report)


def _refuse_empty(report: ImportReport, path: Path) -> None:
    """Nothing to make a story of; say what was there instead, when something was."""
    why = report.of_kind(NoteKind.DROPPED)
    raise ImportError_(
        "Dokumen Word ini tidak berisi teks untuk dijadikan berita."
        + (f" {why[0].message('id')}" if why else ""),
        "This Word document holds no text to make a story of."
        + (f" {why[0].message('en')}" if why else ""),
        path=str(path),
    )


def _check_package(archive: zipfile.ZipFile, path: Path) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS or sum(info.file_size for info in infos) > MAX_UNPACKED:
        limit = MAX_UNPACKED // (1024 * 1024)
        raise ImportError_(
            f"Dokumen Word ini terlalu besar setelah dibuka (lebih dari {limit} MB); tidak diimpor.",
            f"This Word document is too large once unpacked (over {limit} MB); not imported.",
            path=str(path),
        )
    if "word/document.xml" not in archive.namelist():
        raise ImportError_(
            "Ini bukan dokumen Word (.docx): isinya tidak ada word/document.xml.",
            "This is not a Word document (.docx): it has no word/document.xml.",
            path=str(path),
        )


def _convert(data: bytes, pictures: _Pictures, path: Path) -> tuple[str, list[Any]]:
    try:
        result = mammoth.convert_to_html(
            io.BytesIO(data),
            style_map=STYLE_MAP,
            convert_image=mammoth.images.img_element(pictures.save),
        )
    except (zipfile.BadZipFile, KeyError, ValueError, AttributeError, TypeError) as exc:
        raise ImportError_(
            f"Dokumen Word ini rusak atau tidak bisa dibaca ({type(exc).__name__}).",
            f"This Word document is damaged or cannot be read ({type(exc).__name__}).",
            path=str(path),
        ) from exc
    return result.value, list(result.messages)


def _report_messages(messages: list[Any], report: ImportReport) -> None:
    for message in messages:
        text = str(getattr(message, "message", message))
        if "image" in text.lower():
            report.dropped(
                f"Gambar yang hanya ditautkan (tidak tersimpan di dokumen) tidak diambil: {text}",
                f"A picture only linked from the document (not stored in it) was left out: {text}",
            )


def _article(read: ReadResult, report: ImportReport) -> Article:
    article = Article(headline=read.title, deck=read.subtitle, body=read.blocks)
    if read.title:
        report.recognised(
            f"Judul dari gaya Title: {read.title}", f"Headline from the Title style: {read.title}"
        )
    return article


class _Pictures:
    """Pictures of one document, written once to a folder keyed by the document's hash."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: dict[str, Path] = {}

    def save(self, image: Any) -> dict[str, str]:
        suffix = PICTURE_TYPES.get((image.content_type or "").lower())
        if suffix is None:
            return {"src": f"{UNSUPPORTED}{image.content_type or 'unknown'}"}
        name = f"gambar-{len(self.files) + 1}{suffix}"
        target = self.folder / name
        if not target.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            with image.open() as source:
                target.write_bytes(source.read())
        self.files[name] = target
        return {"src": PICTURE_SCHEME + name}

    def resolve(self, draft: Draft):
        def place(src: str, alt: str) -> ImageRef | None:
            path = self.files.get(src.removeprefix(PICTURE_SCHEME))
            if not src.startswith(PICTURE_SCHEME) or path is None:
                return None
            # Word fills an empty alt text with the picture's file name; that describes nothing
            alt = "" if FILE_NAME_ALT.search(alt) else alt
            return ImageRef(file=draft.add_media(path), alt=alt)

        return place
