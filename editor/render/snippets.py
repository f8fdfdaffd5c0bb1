"""How the article shows up outside the site: a search result and a social card.

The values are the page's own (``<title>``, meta description, Open Graph), taken
from ``editor.render.metadata``, so the editor's search and social preview shows
exactly what the exporter writes. The limits are what search engines display before
cutting: about 60 characters of title (600 px) and 160 of description.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from editor.model.article import Article
from editor.render.metadata import description, page_title
from editor.render.urls import article_url
from editor.site import SiteProfile

TITLE_LIMIT = 60
DESCRIPTION_LIMIT = 160


@dataclass(frozen=True, slots=True)
class Snippet:
    """What a search result and a shared link show, before any cutting for display."""

    title: str  # <title>, with the site's name
    social_title: str  # og:title, without it
    description: str
    url: str
    site_name: str

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc

    def breadcrumb(self) -> str:
        """``https://wartapesisir.example › berita › 2024 › 06``, as search results print it."""
        parts = urlsplit(self.url)
        steps = [step for step in parts.path.split("/") if step][:-1]  # the slug is left out
        return " › ".join([f"{parts.scheme}://{parts.netloc}", *steps])


def snippet(article: Article, site: SiteProfile) -> Snippet:
    return Snippet(
        title=page_title(article, site),
        social_title=article.search_title(),
        description=description(article),
        url=article_url(article, site),
        site_name=site.name,
    )


def cut(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to ``limit`` characters with "…", as results show it."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(",.;:–- ") + "…"
