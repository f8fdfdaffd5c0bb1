"""A published article page (a saved ``.html`` file or an ``https://`` address) -> a draft.

A page Redaksi exported comes back whole from its ``article.json`` (see
``ninjs_import``). Any other site's page goes through trafilatura, a well-kept
article extractor, which separates the story from menus, share bars and
"popular" rails: headline, date, author, the body with its links and
subheadings, and the main photo with its caption. The page is read as data;
its scripts are never run.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html

from editor.errors import ImportError_
from editor.importers.conventions import apply_conventions
from editor.importers.fetch import fetch
from editor.importers.ninjs_import import draft_from_ninjs, has_redaksi_body
from editor.importers.page_foreign import foreign_article
from editor.importers.report import BacaJugaLookup, ImportReport, ImportResult
from editor.importers.source_file import read_source
from editor.model.article import Article
from editor.model.web_address import is_url
from editor.net import FetchLimits
from editor.paths import cache_root

NINJS_TYPE = "application/json"


@dataclass(slots=True)
class Page:
    """Where the page came from (``url`` or ``folder``) and its bytes."""

    html: bytes
    url: str = ""
    folder: Path | None = None

    def locate(self, ref: str) -> str:
        return urljoin(self.url, ref) if self.url else ref


def import_page(
    source: str | Path, *, lookup: BacaJugaLookup | None = None, limits: FetchLimits | None = None
) -> ImportResult:
    limits = limits or FetchLimits()
    report = ImportReport(source=str(source))
    page = load_page(str(source), limits)
    files = _Files(page, limits)
    ninjs = _redaksi_ninjs(page, files)
    if ninjs is not None:
        draft = draft_from_ninjs(ninjs, files.get, report, str(source))
        if page.url:
            _keep_the_url(draft.article, report)
        return ImportResult(draft, report)
    draft = foreign_article(page.html, page.url, files.get, report)
    apply_conventions(draft.article, report, lookup=lookup, headline_from_first_line=False)
    return ImportResult(draft, report)


def _keep_the_url(article: Article, report: ImportReport) -> None:
    """A page fetched from the web is out at its URL: editing the headline of the draft
    that updates it must not move it (the draft's own publishing record stays behind)."""
    if not article.slug_locked:
        article.slug_locked = True
        report.recognised(
            f"Alamat halaman dipertahankan (slug “{article.slug}” dikunci).",
            f"The page keeps its address (slug “{article.slug}” locked).",
        )


def load_page(source: str, limits: FetchLimits) -> Page:
    if is_url(source):
        fetched = fetch(source, limits)
        return Page(fetched.content, url=fetched.url)
    path = Path(source)
    return Page(read_source(path, limits.max_bytes), folder=path.resolve().parent)


def _redaksi_ninjs(page: Page, files: _Files) -> dict | None:
    """The page's ``article.json`` when it is a Redaksi page that carries its model."""
    try:
        document = lxml.html.document_fromstring(page.html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise ImportError_(
            "Ini bukan halaman HTML yang bisa dibaca.", "This is not a readable HTML page."
        ) from exc
    links = document.xpath(f'//link[@rel="alternate"][@type="{NINJS_TYPE}"]/@href')
    if not links:
        return None
    path = files.get(links[0])
    if path is None:
        return None
    try:  # within the import's limit, as every file it reads
        ninjs = json.loads(read_source(path, files.limits.max_bytes))
    except (ImportError_, ValueError):
        return None
    return ninjs if has_redaksi_body(ninjs) else None


class _Files:
    """Files the page refers to (its article.json, its photos), fetched within limits."""

    def __init__(self, page: Page, limits: FetchLimits) -> None:
        self.page, self.limits = page, limits
        key = hashlib.sha256(page.html).hexdigest()[:24]
        self.folder = cache_root() / "imports" / key

    def get(self, ref: str) -> Path | None:
        if self.page.url or is_url(ref):
            return self._download(self.page.locate(ref))
        if self.page.folder is None or urlsplit(ref).scheme:
            return None
        path = (self.page.folder / ref).resolve()
        # a saved page reaches only files beside it: never ../../.ssh/id_rsa into a draft
        inside = path.is_relative_to(self.page.folder)
        return path if inside and path.is_file() else None

    def _download(self, url: str) -> Path | None:
        try:
            fetched = fetch(url, self.limits)
        except ImportError_:
            return None
        name = Path(urlsplit(fetched.url).path).name or "berkas"
        target = self.folder / hashlib.sha256(url.encode()).hexdigest()[:12] / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(fetched.content)
        return target
