"""What the archive can say about a draft's links, and finding a story by its headline.

- ``link_problems``: a Baca Juga or related link that is not in the site's archive is a
  possible typo or a dead link (a warning, never an error: the archive may simply not
  have synced the newest stories yet). Said only when the archive has articles at all.
- ``headline_lookup``: the importers' ``lookup`` for a "Baca Juga: Title" line without a
  link — the archived story with that headline (same words; case, accents and
  punctuation aside), newest first when several share it.

Plain functions over the ``Archive`` interface: the editor runs them in a worker, the
``redaksi check`` and ``redaksi import`` commands directly.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from editor.archive.api import Archive, ArchiveError
from editor.archive.schema import archive_path
from editor.archive.text import headline_key
from editor.model import Article, BacaJuga
from editor.model.problems import Problem, warning
from editor.site import SiteProfile

InArchive = Callable[[str], bool]
TitleLookup = Callable[[str], "tuple[str, str | None] | None"]
CANDIDATES = 8  # search hits compared word for word with the headline sought


def link_problems(article: Article, in_archive: InArchive) -> list[Problem]:
    """Warnings for each Baca Juga and related link ``in_archive`` does not know."""
    problems = []
    for index, block in enumerate(article.body):
        if isinstance(block, BacaJuga) and _web(block.url) and not in_archive(block.url):
            problems.append(warning(
                "body",
                f"Tautan Baca Juga tidak ada di arsip situs (salah ketik atau tautan mati?): "
                f"{block.url}",
                f"The Baca Juga link is not in the site's archive (a typo or a dead link?): "
                f"{block.url}", index))
    for index, story in enumerate(article.related):
        if _web(story.url) and not in_archive(story.url):
            problems.append(warning(
                "related",
                f"Berita terkait tidak ada di arsip situs (salah ketik atau tautan mati?): "
                f"{story.url}",
                f"The related story is not in the site's archive (a typo or a dead link?): "
                f"{story.url}", index))
    return problems


def archive_link_problems(article: Article, archive: Archive) -> list[Problem]:
    """``link_problems`` against ``archive``; none when the archive is empty."""
    if archive.count() == 0:
        return []
    return link_problems(article, lambda url: archive.lookup(url) is not None)


def site_link_problems(article: Article, site: SiteProfile) -> list[Problem]:
    """For ``redaksi check``: the site's own archive, if it exists and can be read (a
    missing archive is not created, an unreadable one says nothing here)."""
    if not archive_path(site.base_url).is_file():
        return []
    from editor.archive.entries import open_archive

    try:
        with open_archive(site) as archive:
            return archive_link_problems(article, archive)
    except ArchiveError:
        return []


def headline_lookup(archive: Archive) -> TitleLookup:
    """``lookup(title) -> (url, archive id or None) | None`` for the importers."""
    def lookup(title: str) -> tuple[str, str | None] | None:
        wanted = headline_key(title)
        if not wanted:
            return None
        for hit in archive.search(title, limit=CANDIDATES, typing=False):
            if headline_key(hit.headline) == wanted:
                entry = archive.lookup(hit.url)
                return hit.url, (entry.article_id or None) if entry else None
        return None

    return lookup


def _web(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)
