"""A Hugo site holding the same generated articles, with a single-page template comparable to Redaksi's.

Hugo renders the Markdown body itself; Baca Juga boxes are a shortcode producing the same
markup; the head carries the same metadata (description, canonical, Open Graph, Twitter,
JSON-LD) and the theme's CSS is inlined as Redaksi does.
"""

from __future__ import annotations

import json
from pathlib import Path

from editor.model import Article, BacaJuga, Heading, Paragraph
from editor.render.page import theme_css
from editor.site import SiteProfile

CONFIG = """baseURL = "{base}/"
languageCode = "id"
defaultContentLanguage = "id"
title = "{name}"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]
[permalinks]
berita = "/berita/:year/:month/:day/:slug/"
[markup.goldmark.renderer]
unsafe = false
"""

SINGLE = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} - {{ site.Title }}</title>
<meta name="description" content="{{ .Params.description }}">
<link rel="canonical" href="{{ .Permalink }}">
<meta property="og:type" content="article">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:description" content="{{ .Params.description }}">
<meta property="og:url" content="{{ .Permalink }}">
<meta property="article:published_time" content="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">
<meta property="article:section" content="{{ .Params.section }}">
{{ range .Params.tags }}<meta property="article:tag" content="{{ . }}">
{{ end }}<meta name="twitter:card" content="summary_large_image">
<style>{{ partial "css.html" . | safeCSS }}</style>
<script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" "NewsArticle" "headline" .Title "datePublished" (.Date.Format "2006-01-02T15:04:05-07:00") "author" (slice (dict "@type" "Person" "name" .Params.author)) "publisher" (dict "@type" "Organization" "name" site.Title) "articleSection" .Params.section "keywords" .Params.tags "inLanguage" "id" "mainEntityOfPage" (dict "@type" "WebPage" "@id" .Permalink) | jsonify | safeJS }}</script>
</head>
<body>
<header class="site-header"><a class="site-logo" href="{{ site.BaseURL }}">{{ site.Title }}</a></header>
<main id="konten"><article class="article">
<header class="article-header"><p class="section">{{ .Params.section }}</p><h1>{{ .Title }}</h1>
<p class="byline">Penulis: {{ .Params.author }}</p>
<p class="date"><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ time.Format "Monday, 2 January 2006 - 15:04" .Date }} WIB</time></p></header>
<nav class="share-bar" aria-label="Bagikan berita"><ul>{{ range slice "facebook" "x" "whatsapp" "telegram" "line" }}<li><a href="https://share.example/{{ . }}?u={{ $.Permalink | urlquery }}">{{ . }}</a></li>{{ end }}</ul></nav>
<div class="article-body">
{{ .Content }}
<p class="signoff">({{ .Params.signoff }})</p>
</div>
<footer class="article-footer"><ul class="tags">{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul></footer>
</article></main>
<aside class="related" aria-labelledby="berita-terkait"><h2 id="berita-terkait">Berita Terkait</h2><ul>
{{ range .Params.related }}<li><a href="{{ .url }}">{{ .title }}</a><time>{{ time.Format "Monday, 2 Jan 2006 - 15:04" .published }} WIB</time></li>
{{ end }}</ul></aside>
<footer class="site-footer"><p>© {{ .Date.Year }} {{ site.Title }}</p></footer>
</body>
</html>
"""

SHORTCODE = '<aside class="baca-juga" aria-label="Baca Juga" data-nosnippet><strong class="baca-juga-label">Baca Juga:</strong> <a href="{{ .Get "url" }}">{{ .Get "title" }}</a></aside>'


def markdown_body(article: Article) -> str:
    parts = []
    first = True
    for block in article.body:
        if isinstance(block, Paragraph):
            text = "".join(f"**{s.text}**" if s.bold else s.text for s in block.spans)
            parts.append(f"**{article.dateline}, WartaPesisir.com** – {text}" if first else text)
            first = False
        elif isinstance(block, Heading):
            parts.append("#" * block.level + " " + block.plain())
        elif isinstance(block, BacaJuga):
            parts.append(f'{{{{< bacajuga url="{block.url}" title="{block.title}" >}}}}')
    return "\n\n".join(parts) + "\n"


def front_matter(article: Article) -> dict:
    return {
        "title": article.headline,
        "date": article.published.isoformat(),
        "slug": article.slug,
        "section": article.section,
        "tags": article.tags,
        "author": article.authors[0].name,
        "signoff": article.signoff,
        "description": article.body[0].plain()[:160],
        "related": [
            {"title": r.title, "url": r.url, "published": r.published.isoformat()}
            for r in article.related
        ],
    }


def write_hugo_site(folder: Path, articles: list[Article], site: SiteProfile) -> Path:
    (folder / "content" / "berita").mkdir(parents=True)
    (folder / "layouts" / "_default").mkdir(parents=True)
    (folder / "layouts" / "partials").mkdir(parents=True)
    (folder / "layouts" / "shortcodes").mkdir(parents=True)
    (folder / "config.toml").write_text(CONFIG.format(base=site.base_url, name=site.name))
    (folder / "layouts" / "_default" / "single.html").write_text(SINGLE)
    (folder / "layouts" / "partials" / "css.html").write_text(theme_css(site.theme, site.accent))
    (folder / "layouts" / "shortcodes" / "bacajuga.html").write_text(SHORTCODE)
    for item in articles:
        text = (
            json.dumps(front_matter(item), ensure_ascii=False, indent=1)
            + "\n\n"
            + markdown_body(item)
        )
        (folder / "content" / "berita" / f"{item.slug}.md").write_text(text, encoding="utf-8")
    return folder
