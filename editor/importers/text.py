"""Plain-text wire copy (``.txt``) -> a draft.

Agency copy and e-mailed stories arrive as plain text: the headline on the first
line, paragraphs separated by blank lines or by an indented first line, sometimes
one paragraph per line. Files from older Windows tools are Windows-1252 rather
than UTF-8; both are read, and the report says which.
"""

from __future__ import annotations

import re
from pathlib import Path

from editor.errors import ImportError_
from editor.importers.conventions import apply_conventions
from editor.importers.conventions_text import BACA_JUGA, SIGNOFF_ALONE, credit_lines
from editor.importers.report import BacaJugaLookup, ImportReport, ImportResult
from editor.importers.source_file import read_source
from editor.model.article import Article, make_slug
from editor.model.blocks import Block, Paragraph
from editor.model.draft import Draft
from editor.model.inline import text as plain_inline

MAX_BYTES = 5 * 1024 * 1024
_INDENTED = re.compile(r"^(?:\t| {2,}|\u3000)\S")


def import_text(path: str | Path, *, lookup: BacaJugaLookup | None = None) -> ImportResult:
    path = Path(path)
    report = ImportReport(source=str(path))
    content = decode(read_source(path, MAX_BYTES), report)
    return text_to_result(content, report, lookup=lookup, path=path)


def text_to_result(
    content: str, report: ImportReport, *, lookup: BacaJugaLookup | None, path: Path | None
) -> ImportResult:
    lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise ImportError_(
            "Berkas teks ini kosong.", "This text file is empty.", path=str(path or "")
        )
    headline = " ".join(lines[0].split())
    report.recognised(f"Judul dari baris pertama: {headline}", f"Headline from the first line: {headline}")
    article = Article(headline=headline, slug=make_slug(headline), body=paragraphs(lines[1:]))
    apply_conventions(article, report, lookup=lookup, headline_from_first_line=False)
    return ImportResult(Draft(article=article), report)


def paragraphs(lines: list[str]) -> list[Block]:
    """Blank lines or an indented line start a paragraph; without either, every line does.
    A convention line (``Baca Juga: …``, ``Foto: …``, ``Penulis: …``, ``(m/ci)``) is
    always a paragraph of its own, as the writer meant it."""
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    separated = any(not line.strip() for line in lines) or any(map(_INDENTED.match, lines))
    chunks: list[list[str]] = [[]]
    alone = False
    for line in lines:
        own = _own_line(line)
        starts = not line.strip() or _INDENTED.match(line) or not separated or own or alone
        if starts and chunks[-1]:
            chunks.append([])
        if line.strip():
            chunks[-1].append(line.strip())
        alone = own
    return [Paragraph(plain_inline(" ".join(chunk))) for chunk in chunks if chunk]


def _own_line(line: str) -> bool:
    line = line.strip()
    return bool(
        line
        and (
            BACA_JUGA.match(line)
            or SIGNOFF_ALONE.match(line)
            or credit_lines(line)
            or re.match(r"^\(?\s*Foto\s*:", line, re.I)
        )
    )


def decode(data: bytes, report: ImportReport) -> str:
    """UTF-8 (with or without BOM) first; Windows-1252 when the bytes are not UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        report.recognised(
            "Berkas dibaca sebagai Windows-1252 (bukan UTF-8).",
            "The file was read as Windows-1252 (it is not UTF-8).",
        )
        return data.decode("cp1252", errors="replace")
