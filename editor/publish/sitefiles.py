"""Read, merge and write the site-wide files: index.json, both sitemaps and the feed.

Called with the site lock held. ``index.json`` is re-read under the lock and
written with the version tag it was read with (``If-Match`` on WebDAV), so a
writer that slipped past the lock (one whose lock was broken as stale) makes
us merge again instead of dropping its article. The sitemaps and feed are then
regenerated from the merged index, so they always agree with it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from editor.publish import failures
from editor.publish.feed import render_feed
from editor.publish.lock import SiteLock
from editor.publish.siteindex import SiteIndex
from editor.publish.sitemaps import render_news_sitemap, render_sitemap
from editor.publish.transport import PreconditionFailed, Transport, Versioned
from editor.site import SiteProfile

INDEX = "index.json"
SITEMAP = "sitemap.xml"
NEWS_SITEMAP = "sitemap-news.xml"
FEED = "feed.xml"
MERGE_ATTEMPTS = 5
Loaded = tuple[SiteIndex, Versioned | None]


def update_site_files(tx: Transport, lock: SiteLock, site: SiteProfile, base_url: str,
                      change: Callable[[SiteIndex], None],
                      loaded: Loaded | None = None) -> SiteIndex:
    """Apply ``change`` to the index and rewrite every derived file from the result.

    ``loaded`` is the index as read (by ``load_index``) before the caller
    switched anything live, so a damaged index stops a publish before that.
    """
    index = _merge_index(tx, lock, site, change, loaded)
    now = datetime.now(UTC)
    records = index.newest()
    lock.check()
    tx.write(SITEMAP, render_sitemap(records))
    tx.write(NEWS_SITEMAP, render_news_sitemap(records, publication=site.name,
                                               language=site.language, now=now))
    tx.write(FEED, render_feed(records, site=site, base_url=base_url, now=now))
    put_logo(tx, site)
    return index


def put_logo(tx: Transport, site: SiteProfile) -> None:
    """Keep the site logo at the site root, where every page's JSON-LD ``publisher.logo``
    points (``/<logo file name>``); written only when missing or different."""
    if site.logo is None or not site.logo.is_file():
        return
    data = site.logo.read_bytes()
    current = tx.read(site.logo.name)
    if current is None or current.data != data:
        tx.write(site.logo.name, data)


def _merge_index(tx: Transport, lock: SiteLock, site: SiteProfile,
                 change: Callable[[SiteIndex], None], loaded: Loaded | None) -> SiteIndex:
    for _ in range(MERGE_ATTEMPTS):
        index, current = loaded or load_index(tx)
        loaded = None
        change(index)
        lock.check()
        data = index.to_bytes(site_name=site.name, now=datetime.now(UTC))
        try:
            tx.write(INDEX, data, if_match=current.tag if current else None,
                     if_absent=current is None)
        except PreconditionFailed:
            continue
        return index
    raise failures.site_busy("index.json keeps changing")


def load_index(tx: Transport) -> Loaded:
    """The parsed index and the raw file it came from (for its version tag)."""
    current = tx.read(INDEX)
    return SiteIndex.parse(current.data if current else None, INDEX), current


def read_index(tx: Transport) -> SiteIndex:
    return load_index(tx)[0]
