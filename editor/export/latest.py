"""The site's newest stories for the page's "Berita Terbaru", read from the archive.

Read once per export (once per batch), at export time, and handed to the renderer as
plain ``LatestStory`` records. The list is page chrome: a missing, empty or unreadable
archive gives no list and never fails an export. An archive file that does not exist
is not created here (``redaksi archive sync`` and exports fill it).
"""

from __future__ import annotations

from collections.abc import Sequence

from editor.archive.api import Archive, ArchiveError
from editor.archive.schema import archive_path
from editor.render.latest import LatestStory
from editor.site import SiteProfile

EXTRA = 4  # read a few more: the article itself and guessed headlines are left out


def read_latest(site: SiteProfile, archive: Archive | None = None) -> list[LatestStory]:
    """The newest stories of ``site``'s archive (or of ``archive``), newest first."""
    if not site.latest.show or site.latest.count <= 0:
        return []
    if archive is not None:
        return _stories(archive, site.latest.count + EXTRA)
    if not archive_path(site.base_url).is_file():
        return []
    from editor.archive.entries import open_archive

    try:
        with open_archive(site) as opened:
            return _stories(opened, site.latest.count + EXTRA)
    except ArchiveError:
        return []


def _stories(archive: Archive, limit: int) -> list[LatestStory]:
    return [LatestStory(entry.headline, entry.url, entry.section, entry.published)
            for entry in archive.latest(limit) if not entry.headline_guessed]


def for_page(stories: Sequence[LatestStory], own_url: str, count: int) -> list[LatestStory]:
    """The list one page shows: without the page's own article, ``count`` at most."""
    from editor.model.web_address import url_key  # in the worker (batch.py reads before forking)

    own = url_key(own_url)
    return [story for story in stories if url_key(story.url) != own][:count]
