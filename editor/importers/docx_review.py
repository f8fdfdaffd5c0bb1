"""What a Word document holds besides its text: review marks and content we cannot keep.

mammoth reads a document as Word's "final" view: tracked insertions are in,
tracked deletions out, comments and equations left aside. A desk must never
publish an editor's unreviewed change or lose a colleague's comment without
knowing, so this module lists them from the package's XML for the import report.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field

from lxml import etree

from editor.importers.report import ImportReport

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "dgm": "http://schemas.openxmlformats.org/drawingml/2006/diagram",
}
LISTED = 8  # changes and comments quoted by text; the rest are counted
QUOTE_CHARS = 80

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


@dataclass(slots=True)
class Review:
    insertions: list[tuple[str, str]] = field(default_factory=list)  # (author, text)
    deletions: list[tuple[str, str]] = field(default_factory=list)
    formatting_changes: int = 0
    comments: list[tuple[str, str]] = field(default_factory=list)
    equations: int = 0
    charts: int = 0
    objects: int = 0


def review(archive: zipfile.ZipFile) -> Review:
    found = Review()
    names = set(archive.namelist())
    document = _xml(archive, "word/document.xml", names)
    if document is not None:
        _changes(document, found)
        found.equations = len(document.xpath("//m:oMath[not(ancestor::m:oMathPara)]"
                                             " | //m:oMathPara", namespaces=NS))
        found.charts = len(document.xpath("//c:chart | //dgm:relIds", namespaces=NS))
        found.objects = len(document.xpath("//w:object", namespaces=NS))
    comments = _xml(archive, "word/comments.xml", names)
    if comments is not None:
        for comment in comments.xpath("//w:comment", namespaces=NS):
            text = " ".join("".join(comment.xpath(".//w:t/text()", namespaces=NS)).split())
            found.comments.append((comment.get(f"{{{W}}}author") or "", text))
    return found


def _xml(archive: zipfile.ZipFile, name: str, names: set[str]):
    if name not in names:
        return None
    try:
        return etree.fromstring(archive.read(name), _PARSER)
    except etree.XMLSyntaxError:
        return None


def _changes(document, found: Review) -> None:
    for ins in document.xpath("//w:ins | //w:moveTo", namespaces=NS):
        text = "".join(ins.xpath(".//w:t/text()", namespaces=NS))
        if text.strip():
            found.insertions.append((ins.get(f"{{{W}}}author") or "", text))
    for deleted in document.xpath("//w:del | //w:moveFrom", namespaces=NS):
        text = "".join(deleted.xpath(".//w:delText/text() | .//w:t/text()", namespaces=NS))
        if text.strip():
            found.deletions.append((deleted.get(f"{{{W}}}author") or "", text))
    found.formatting_changes = len(
        document.xpath("//w:rPrChange | //w:pPrChange", namespaces=NS)
    )


def report_review(found: Review, report: ImportReport) -> None:
    """Everything found, quoted where a journalist needs the words to check them."""
    for author, text in found.insertions[:LISTED]:
        report.recognised(
            f"Perubahan terlacak diterima (sisipan{_by(author)}): “{_quote(text)}” — periksa.",
            f"Tracked change accepted (insertion{_by(author)}): “{_quote(text)}” — check it.",
        )
    for author, text in found.deletions[:LISTED]:
        report.dropped(
            f"Perubahan terlacak diterima (penghapusan{_by(author)}): “{_quote(text)}” — periksa.",
            f"Tracked change accepted (deletion{_by(author)}): “{_quote(text)}” — check it.",
        )
    more = len(found.insertions[LISTED:]) + len(found.deletions[LISTED:])
    if more:
        report.dropped(
            f"{more} perubahan terlacak lain juga diterima.",
            f"{more} more tracked changes were accepted too.",
        )
    if found.formatting_changes:
        report.recognised(
            f"{found.formatting_changes} perubahan format terlacak diterima.",
            f"{found.formatting_changes} tracked formatting changes were accepted.",
        )
    for author, text in found.comments:
        report.dropped(
            f"Komentar{_by(author)} tidak masuk ke berita: “{_quote(text)}”.",
            f"Comment{_by(author)} left out of the story: “{_quote(text)}”.",
        )
    _unsupported(found, report)


def _unsupported(found: Review, report: ImportReport) -> None:
    for count, what_id, what_en in (
        (found.equations, "rumus", "equations"),
        (found.charts, "grafik atau diagram", "charts or diagrams"),
        (found.objects, "objek tersemat", "embedded objects"),
    ):
        if count:
            report.dropped(
                f"{count} {what_id} tidak didukung dan tidak diambil; pakai foto tangkapan layar.",
                f"{count} {what_en} are not supported and were left out; use a picture instead.",
            )


def _by(author: str) -> str:
    return f", {author}" if author else ""


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"
