"""Export one draft into its folder: ``index.html``, ``fragment.html``, ``article.json``, images."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from editor.export.images import process_images
from editor.model.draft import Draft
from editor.model.entry import IndexEntry, PublishItem
from editor.render.metadata import absolute
from editor.render.newsml import to_newsml
from editor.render.ninjs import to_ninjs
from editor.render.page import logo_uri, render_article
from editor.render.urls import article_path
from editor.site import SiteProfile


def make_dirs(folder: Path) -> None:
    """``mkdir -p`` in one syscall when the parent exists (the common case in a batch)."""
    try:
        folder.mkdir(exist_ok=True)
    except FileNotFoundError:
        folder.mkdir(parents=True, exist_ok=True)


def _write(path: Path, text: str) -> None:
    """UTF-8 bytes in one write, without a text-mode wrapper (a batch writes thousands)."""
    with open(path, "wb") as out:
        out.write(text.encode("utf-8"))


@dataclass(slots=True)
class ExportedArticle:
    """An exported folder: ``rel_dir`` is its path below the output root (``berita/.../slug/``)."""

    rel_dir: str
    path: Path
    url: str
    entry: IndexEntry

    @property
    def item(self) -> PublishItem:
        """The folder as the publisher takes it."""
        return PublishItem(self.rel_dir.strip("/"), self.path, self.entry)


def export_article(
    draft: Draft,
    site: SiteProfile,
    outdir: Path,
    *,
    now: datetime | None = None,
    progress: Callable[[float], None] | None = None,
) -> ExportedArticle:
    """Write the article's folder. ``progress(fraction)`` follows the photos' files (most of
    the time an export takes); it is called from encoder threads."""
    article = draft.article
    now = now or datetime.now(site.zone)  # one moment for an undated draft's path and entry
    rel = article_path(article, site, now).strip("/")
    folder = Path(outdir) / rel
    make_dirs(folder)
    url = site.absolute_url(rel + "/")
    images = process_images(draft, article.effective_slug(), folder, site, progress)
    rendered = render_article(article, site, url, images, logo_src=logo_uri(site))
    _write(folder / "index.html", rendered.page)
    files = site.export
    if files.fragment:
        _write(folder / "fragment.html", rendered.fragment)
    if files.ninjs:
        ninjs = to_ninjs(article, site, rendered.meta, rendered.fragment, images)
        _write(folder / "article.json", json.dumps(ninjs, ensure_ascii=False, separators=(",", ":")))
    if files.newsml:
        xml = to_newsml(article, site, rendered.meta, rendered.fragment, images, now=now)
        (folder / "article.xml").write_bytes(xml)
    entry = _index_entry(draft, site, rendered.meta, now)
    return ExportedArticle(rel_dir=rel + "/", path=folder, url=url, entry=entry)


def _index_entry(draft: Draft, site: SiteProfile, meta, now: datetime) -> IndexEntry:
    """The article's record in the site index, read by publishing and the archive."""
    article = draft.article
    return IndexEntry(
        slug=article.effective_slug(),
        url=meta.url,
        headline=article.headline,
        section=article.section,
        tags=list(article.tags),
        published=_seconds(site.local(article.published or now)),
        updated=_seconds(site.local(article.updated)) if article.updated else None,
        image=absolute(meta, meta.image) if meta.image else None,
        summary=meta.description,
        language=article.language or site.language,
        id=article.id,
    )


def _seconds(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)
