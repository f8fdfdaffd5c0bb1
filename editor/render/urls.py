"""Where an article lives: its folder path and public URL, from the site's pattern."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from editor.model.article import Article
from editor.site import SiteProfile


def article_path(article: Article, site: SiteProfile, now: datetime | None = None) -> str:
    """The URL path (``/berita/2024/06/18/slug/``); undated drafts use ``now``."""
    moment = site.local(article.published or now or datetime.now(site.zone))
    path = site.article_url.format(
        yyyy=f"{moment.year:04d}",
        mm=f"{moment.month:02d}",
        dd=f"{moment.day:02d}",
        slug=article.effective_slug(),
        section=_section_slug(article.section) if "{section" in site.article_url else "",
    )
    return "/" + path.strip("/") + "/"


@cache
def _section_slug(section: str) -> str:
    """``Hukum & Kriminal`` -> ``hukum-kriminal``; python-slugify is loaded only for patterns
    that use ``{section}`` (~8 ms the editor's start-up does not pay otherwise)."""
    from slugify import slugify

    return slugify(section) or "berita"


def article_url(article: Article, site: SiteProfile, now: datetime | None = None) -> str:
    return site.absolute_url(article_path(article, site, now))
