"""The page's "Berita Terbaru" list: the site's newest stories, in the page chrome.

The exporter reads them from the archive at export time and passes them in as plain
``LatestStory`` records: the renderer knows neither the archive nor any storage. The
list is an ``aside`` after ``<main>``, outside the article, so reader modes and
aggregators never take it for the story (tests/export/test_reader_modes.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.site import SiteProfile


@dataclass(frozen=True, slots=True)
class LatestStory:
    title: str
    url: str
    section: str = ""
    published: datetime | None = None


def latest_items(stories: Sequence[LatestStory], site: SiteProfile) -> list[dict[str, str]]:
    """What the template prints per story: title, link, section, short date line."""
    # here, not at the top: a batch export reads the list before it forks (batch.py),
    # and the date names (Babel) load in the workers, on both cores at once
    from editor.model.inline import clean_href
    from editor.render.dates import date_line, machine_time

    if not site.latest.show:
        return []
    items = []
    for story in stories[: site.latest.count]:
        href = clean_href(story.url) or ""
        if not story.title.strip() or not href:
            continue
        items.append({
            "title": story.title,
            "href": href,
            "section": story.section,
            "date": date_line(story.published, site, "short") if story.published else "",
            "datetime": machine_time(story.published, site) if story.published else "",
        })
    return items
