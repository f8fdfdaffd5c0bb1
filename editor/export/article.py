"""Export one draft into its folder: ``index.html``, ``fragment.html``, ``article.json``, images."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from editor.errors import ExportError, RedaksiError, describe_os_error
from editor.export.images import process_images
from editor.export.latest import for_page, read_latest
from editor.model.article import Article
from editor.model.draft import Draft
from editor.model.entry import IndexEntry, PublishItem
from editor.render.latest import LatestStory
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


def write_set(folder: Path, files: dict[str, str | bytes]) -> None:
    """The article's files as one set: each to a temporary file in ``folder``, then all renamed
    over the old ones, so a full disk leaves the previous set whole and no ``.tmp`` behind.
    UTF-8 bytes in one write each, without a text-mode wrapper (a batch writes thousands);
    not fsynced, as the draft is: an export can be run again."""
    suffix = f".{os.getpid()}-{threading.get_ident()}.tmp"
    staged: list[tuple[Path, Path]] = []
    try:
        for name, text in files.items():
            staged.append((folder / f".{name}{suffix}", folder / name))
            with open(staged[-1][0], "wb") as out:
                out.write(text.encode("utf-8") if isinstance(text, str) else text)
    except BaseException:
        for tmp, _target in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, target in staged:
        os.replace(tmp, target)


@dataclass(slots=True)
class ExportedArticle:
    """An exported folder: ``rel_dir`` is its path below the output root (``berita/.../slug/``).
    ``body``: the words of the body, for the archive (so nobody re-reads ``article.json``).
    ``archive_warning``: why the site's archive did not take the export, if it did not."""

    rel_dir: str
    path: Path
    url: str
    entry: IndexEntry
    body: str = ""
    archive_warning: RedaksiError | None = None

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
    latest: Sequence[LatestStory] | None = None,
) -> ExportedArticle:
    """Write the article's folder. ``progress(fraction)`` follows the photos' files (most of
    the time an export takes); it is called from encoder threads. ``latest``: the site's
    newest stories for "Berita Terbaru" (a batch reads them once); None reads the archive."""
    article = draft.article
    now = now or datetime.now(site.zone)  # one moment for an undated draft's path and entry
    rel = article_path(article, site, now).strip("/")
    folder = Path(outdir) / rel
    url = site.absolute_url(rel + "/")
    if latest is None:
        latest = read_latest(site)
    try:
        make_dirs(folder)
        images = process_images(draft, article.effective_slug(), folder, site, progress)
        rendered = render_article(article, site, url, images, logo_src=logo_uri(site),
                                  latest=for_page(latest, url, site.latest.count))
        write_set(folder, _files(draft, site, rendered, images, now))
    except OSError as exc:
        text_id, text_en = describe_os_error(exc)
        raise ExportError(
            f"Ekspor tidak ditulis: {text_id}. Berkas ekspor sebelumnya tetap utuh.",
            f"The export was not written: {text_en}. The previous export files are unchanged.",
        ) from exc
    entry = _index_entry(draft, site, rendered.meta, now)
    return ExportedArticle(rel_dir=rel + "/", path=folder, url=url, entry=entry,
                           body=body_words(article))


def body_words(article: Article) -> str:
    """The words of a draft's body (paragraphs, headings, quotes, lists, captions), one
    block a line: what the archive searches besides headline, summary and tags."""
    return "\n".join(text for text in (block.plain() for block in article.body) if text)


def _files(draft: Draft, site: SiteProfile, rendered, images, now: datetime
           ) -> dict[str, str | bytes]:
    """The article's files by name, as the site profile's ``[export]`` asks for them."""
    article, wanted = draft.article, site.export
    files: dict[str, str | bytes] = {"index.html": rendered.page}
    if wanted.fragment:
        files["fragment.html"] = rendered.fragment
    if wanted.ninjs:
        ninjs = to_ninjs(article, site, rendered.meta, rendered.fragment, images)
        files["article.json"] = json.dumps(ninjs, ensure_ascii=False, separators=(",", ":"))
    if wanted.newsml:
        files["article.xml"] = to_newsml(article, site, rendered.meta, rendered.fragment, images,
                                         now=now)
    return files


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
