"""The full article page and the body fragment, from Jinja templates in ``resources/``.

The editor's live preview calls exactly these functions, so what a journalist
sees is what the exporter writes.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from urllib.parse import quote

from jinja2 import (
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    select_autoescape,
)
from markupsafe import Markup

from editor.model.article import Article
from editor.model.inline import clean_href
from editor.paths import RESOURCES, cache_root
from editor.render import metadata
from editor.render.blocks import (
    BodyContext,
    element_positions,
    figure_html,
    join_body,
    render_blocks,
)
from editor.render.dates import date_line, machine_time
from editor.render.images import ImageOutput
from editor.render.labels import page_labels
from editor.render.latest import LatestStory, latest_items
from editor.render.share import share_links
from editor.site import SiteProfile

TEMPLATES = RESOURCES / "templates"
THEMES = RESOURCES / "themes"
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?$")


@dataclass(slots=True)
class RenderedArticle:
    page: str
    fragment: str
    body_html: str
    meta: metadata.PageMeta
    # each body block's index among the page's ``.article-body`` elements (None: not shown)
    positions: list[int | None] = field(default_factory=list)


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        bytecode_cache=_bytecode_cache(),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    """Compiled templates kept in the user cache: each process start skips ~30 ms of compiling."""
    folder = cache_root() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))


@cache
def theme_css(theme: str, accent: str) -> str:
    path = Path(theme) if theme.endswith(".css") else THEMES / f"{theme}.css"  # see site._theme
    css = (path if path.exists() else THEMES / "default.css").read_text(encoding="utf-8")
    if HEX_COLOUR.match(accent):
        css += f"\n:root {{ --accent: {accent}; }}\n"
    return css


def _favicon(site: SiteProfile) -> str:
    return _favicon_uri(site.name[:1], site.accent)


@cache
def _favicon_uri(initial: str, accent: str) -> str:
    """The site's initial on its accent colour, as an SVG data URI (the same for every page)."""
    colour = accent if HEX_COLOUR.match(accent) else "#a4161a"
    letter = (initial or "R").upper()
    svg = (
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'>"
        f"<rect width='32' height='32' rx='6' fill='{colour}'/>"
        "<text x='16' y='23' font-size='20' font-family='Georgia,serif' font-weight='700' "
        f"fill='#fff' text-anchor='middle'>{letter}</text></svg>"
    )
    return "data:image/svg+xml," + quote(svg, safe="=:/'")


def body_context(
    article: Article, site: SiteProfile, images: dict[str, ImageOutput], *, page: bool
) -> BodyContext:
    labels = page_labels(article.language or site.language)
    city = article.dateline.strip()
    style = site.dateline_style if city else site.dateline_style_no_city
    return BodyContext(
        images=images,
        dateline=style.format(city=city, site=site.domain_label),
        ad_slots=site.ad_slots if page else (),
        labels=labels,
    )


def render_article(
    article: Article,
    site: SiteProfile,
    url: str,
    images: dict[str, ImageOutput] | None = None,
    *,
    logo_src: str | None = None,
    latest: Sequence[LatestStory] = (),
) -> RenderedArticle:
    """Render page and fragment; ``images`` maps media keys to exported files, ``latest``
    is the site's newest stories for the page's "Berita Terbaru" (the exporter's)."""
    images = images or {}
    featured_out = images.get(article.featured_image.file) if article.featured_image else None
    meta = metadata.build_meta(article, site, url, featured_out)
    ctx = body_context(article, site, images, page=True)
    featured = (
        figure_html(article.featured_image, featured_out, ctx, featured=True, css="featured")
        if article.featured_image
        else Markup("")
    )
    parts = render_blocks(article.body, ctx)  # once: page and fragment differ only in ad slots
    env = _environment()
    correction = _correction(article, ctx)
    fragment = env.get_template("fragment.html.j2").render(
        article=article, featured=featured, body=join_body(parts, ctx), correction=correction
    )
    page = env.get_template("page.html.j2").render(
        **_page_values(article, site, meta, featured, logo_src),
        latest=latest_items(latest, site),
        body=join_body(parts, ctx, ad_slots=site.ad_slots),
        correction=correction,
    )
    positions = element_positions(parts, ad_slots=site.ad_slots)
    return RenderedArticle(page=page, fragment=fragment, body_html=fragment, meta=meta,
                           positions=positions)


def _page_values(article, site, meta, featured, logo_src) -> dict:
    lang = article.language or site.language
    return {
        "lang": lang,
        "article": article,
        "site": site,
        "meta": meta,
        "labels": page_labels(lang),
        "css": Markup(theme_css(site.theme, site.accent)),
        "favicon": _favicon(site),
        "logo": logo_src,
        "open_graph": metadata.open_graph(article, site, meta),
        "twitter": metadata.twitter_card(article, meta),
        "json_ld": metadata.script_json(metadata.json_ld(article, site, meta)),
        "published": date_line(article.published, site) if article.published else "",
        "updated": _updated_line(article, site),
        "share": share_links(meta.url, article.headline) if site.share_links else [],
        "featured": featured,
        "related": _related(article, site),
        "authors": [{"name": a.name, "url": clean_href(a.url) or ""} for a in article.authors],
        "year": (article.published or datetime.now(site.zone)).year,
    }


def _correction(article: Article, ctx: BodyContext) -> dict[str, str] | None:
    """The note at the end: "Ralat:" or "Koreksi:" (in the page's language) and its text."""
    text = " ".join(article.correction.split())
    if not text:
        return None
    return {"label": ctx.labels.get(article.correction_kind, ctx.labels["ralat"]), "text": text}


def _updated_line(article: Article, site: SiteProfile) -> str:
    if not article.updated or not article.published or article.updated <= article.published:
        return ""
    return date_line(article.updated, site)


def _related(article: Article, site: SiteProfile) -> list[dict[str, str]]:
    items = []
    for story in article.related:
        items.append(
            {
                "title": story.title,
                "href": clean_href(story.url) or "",
                "date": date_line(story.published, site, "short") if story.published else "",
                "datetime": machine_time(story.published, site) if story.published else "",
            }
        )
    return items


@cache
def _logo_uri(path: Path | None) -> str | None:
    """The site logo inlined as a data URI: pages stay self-contained and cost no extra file."""
    if path is None or not path.is_file():
        return None
    mime = {
        ".svg": "image/svg+xml",
        ".png": "image/png",
        ".webp": "image/webp",
        ".jpg": "image/jpeg",
    }
    encoded = base64.b64encode(path.read_bytes()).decode("ascii")
    return f"data:{mime.get(path.suffix.lower(), 'image/png')};base64,{encoded}"


def logo_uri(site: SiteProfile) -> str | None:
    return _logo_uri(site.logo)
