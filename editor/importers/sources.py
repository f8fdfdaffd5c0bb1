"""One entry point for every kind of source a story arrives in.

``import_source`` picks the importer by the source's kind (``.md``, ``.docx``,
``.txt``, ``.html``, ``https://``) and returns the draft with its import report.
The CLI and the editor both call it, so a file imported either way gives the
same draft.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from editor.errors import ImportError_
from editor.importers.conventions import apply_conventions
from editor.importers.report import BacaJugaLookup, ImportReport, ImportResult
from editor.model.typography import HOUSE, Rules, typeset_article
from editor.model.web_address import is_url
from editor.net import FetchLimits

MARKDOWN = (".md", ".markdown")
WORD = (".docx",)
TEXT = (".txt",)
PAGE = (".html", ".htm")
SUFFIXES = MARKDOWN + WORD + TEXT + PAGE


def import_source(
    source: str | Path,
    *,
    lookup: BacaJugaLookup | None = None,
    zone: ZoneInfo | None = None,
    limits: FetchLimits | None = None,
    typography: Rules = HOUSE,
) -> ImportResult:
    """Import a file or page address; raises ``ImportError_`` with one clear sentence.
    ``typography``: the house rules the imported text is set by (curly quotes, …)."""
    path = Path(source)
    if not is_url(source) and path.suffix.lower() in MARKDOWN:  # sets its text itself,
        return import_markdown_file(path, lookup=lookup, zone=zone,  # `code` kept as written
                                    typography=typography)
    result = _import_other(source, lookup=lookup, limits=limits)
    typeset_article(result.draft.article, typography)
    return result


def _import_other(source: str | Path, *, lookup: BacaJugaLookup | None,
                  limits: FetchLimits | None) -> ImportResult:
    if is_url(source):
        from editor.importers.page import import_page

        return import_page(str(source), lookup=lookup, limits=limits)
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix in WORD:
        from editor.importers.docx import import_docx

        return import_docx(path, lookup=lookup)
    if suffix in TEXT:
        from editor.importers.text import import_text

        return import_text(path, lookup=lookup)
    if suffix in PAGE:
        from editor.importers.page import import_page

        return import_page(path, lookup=lookup, limits=limits)
    raise _unsupported(path)


def import_markdown_file(
    path: Path, *, lookup: BacaJugaLookup | None = None, zone: ZoneInfo | None = None,
    typography: Rules = HOUSE,
) -> ImportResult:
    """Markdown with front matter, then the conventions a writer typed into its body."""
    from editor.importers.markdown import import_markdown

    report = ImportReport(source=str(path))
    draft = import_markdown(path, zone=zone, typography=typography)
    apply_conventions(draft.article, report, lookup=lookup)
    return ImportResult(draft, report)


def _unsupported(path: Path) -> ImportError_:
    if path.suffix.lower() in (".doc", ".rtf", ".odt", ".pages"):
        return ImportError_(
            f"Format {path.suffix} belum didukung; simpan dulu sebagai .docx di pengolah kata.",
            f"The {path.suffix} format is not supported; save it as .docx in the word processor.",
            path=str(path),
        )
    return ImportError_(
        "Jenis berkas ini tidak bisa diimpor; pakai .md, .docx, .txt, .html atau alamat https://.",
        "This kind of file cannot be imported; use .md, .docx, .txt, .html or an https:// address.",
        path=str(path),
    )
