"""One renderer per block type, chosen from ``RENDERERS``.

Each renderer takes a block and the ``BodyContext`` and returns escaped HTML.
The body renderer adds what belongs to the page rather than the text: the
dateline prefix on the first paragraph and (on full pages) the ad slots.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from editor.model.blocks import (
    BacaJuga,
    Block,
    Embed,
    Heading,
    ImageBlock,
    ListBlock,
    Paragraph,
    Quote,
    Table,
)
from editor.model.image import ImageRef
from editor.model.inline import clean_href
from editor.render.images import ImageOutput
from editor.render.inline import inline_html


@dataclass(slots=True)
class BodyContext:
    images: dict[str, ImageOutput] = field(default_factory=dict)
    dateline: str = ""
    ad_slots: tuple[int, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, key: str) -> str:
        return self.labels.get(key, DEFAULT_LABELS[key])


DEFAULT_LABELS = {
    "baca_juga": "Baca Juga:",
    "photo": "Foto:",
    "ad": "ADVERTISEMENT",
    "ad_resume": "SCROLL TO RESUME CONTENT",
    "embed": "Lihat di",
    "table": "Tabel",
}


def render_paragraph(block: Paragraph, ctx: BodyContext) -> Markup:
    return Markup(f"<p>{inline_html(block.spans)}</p>")


def render_heading(block: Heading, ctx: BodyContext) -> Markup:
    level = 3 if block.level == 3 else 2
    return Markup(f"<h{level}>{inline_html(block.spans, marks=False)}</h{level}>")


def render_quote(block: Quote, ctx: BodyContext) -> Markup:
    quote = f"<blockquote><p>{inline_html(block.spans)}</p></blockquote>"
    if not block.attribution.strip():
        return Markup(quote)
    # Not a <figure>: article extractors (trafilatura) drop figures as picture captions,
    # and the quote is part of the story. The attribution stays outside the blockquote.
    caption = f'<p class="quote-attribution">— {escape(block.attribution.strip())}</p>'
    return Markup(f'<div class="quote">{quote}{caption}</div>')


def render_list(block: ListBlock, ctx: BodyContext) -> Markup:
    """A list; items deeper than the one before open a nested list inside that item."""
    tag = "ol" if block.ordered else "ul"
    out = [f"<{tag}>"]
    open_items: list[int] = []  # depth of each <li> still open
    for index, item in enumerate(block.items):
        if not item:
            continue
        depth = min(block.depth(index), len(open_items))  # never skip a level
        while open_items and open_items[-1] > depth:
            out.append(f"</li></{tag}>")
            open_items.pop()
        if open_items and open_items[-1] == depth:
            out.append("</li>")
            open_items.pop()
        elif open_items:
            out.append(f"<{tag}>")
        out.append(f"<li>{inline_html(item)}")
        open_items.append(depth)
    while open_items:
        out.append("</li>" if len(open_items) == 1 else f"</li></{tag}>")
        open_items.pop()
    out.append(f"</{tag}>")
    return Markup("".join(out))


def render_table(block: Table, ctx: BodyContext) -> Markup:
    """An accessible table: ``<caption>``, column headers with ``scope``, and a focusable,
    labelled wrapper that scrolls sideways on a phone instead of widening the page."""
    rows = [row for row in block.rows if any(cell for cell in row)]
    if not rows:
        return Markup("")
    width = max(len(row) for row in rows)
    caption = block.caption.strip()
    head, body = (rows[:1], rows[1:]) if block.header and len(rows) > 1 else ([], rows)
    parts = [f"<caption>{escape(caption)}</caption>"] if caption else []
    if head:
        cells = "".join(f'<th scope="col">{inline_html(c)}</th>' for c in _padded(head[0], width))
        parts.append(f"<thead><tr>{cells}</tr></thead>")
    lines = ("".join(f"<td>{inline_html(c)}</td>" for c in _padded(r, width)) for r in body)
    parts.append("<tbody>" + "".join(f"<tr>{line}</tr>" for line in lines) + "</tbody>")
    label = escape(caption or ctx.label("table"))
    return Markup(
        f'<div class="table-scroll" role="region" aria-label="{label}" tabindex="0">'
        f"<table>{''.join(parts)}</table></div>"
    )


def _padded(row: list, width: int) -> list:
    return list(row) + [()] * (width - len(row))


def figure_html(
    image: ImageRef, output: ImageOutput | None, ctx: BodyContext, *, featured: bool, css: str
) -> Markup:
    """A figure with caption and credit; an image whose file is missing renders nothing."""
    if output is None:
        return Markup("")
    parts = [str(output.html(image.alt, featured=featured))]
    caption = escape(image.caption.strip())
    credit = image.credit.strip()
    if caption or credit:
        credit_html = (
            f' <span class="credit">({escape(ctx.label("photo"))} {escape(credit)})</span>'
            if credit
            else ""
        )
        parts.append(f"<figcaption>{caption}{credit_html}</figcaption>")
    return Markup(f'<figure class="{css}">{"".join(parts)}</figure>')


def render_image(block: ImageBlock, ctx: BodyContext) -> Markup:
    output = ctx.images.get(block.image.file)
    return figure_html(block.image, output, ctx, featured=False, css="inline-image")


def render_baca_juga(block: BacaJuga, ctx: BodyContext) -> Markup:
    """A "read also" box, marked as tangential content where the journalist put it:
    an ``<aside>`` (reader modes and extractors leave it out of the story) labelled for
    screen readers, and ``data-nosnippet`` so search snippets never quote it."""
    label_text = escape(ctx.label("baca_juga"))
    label = f'<strong class="baca-juga-label">{label_text}</strong>'
    title = escape(block.title.strip() or block.url)
    href = clean_href(block.url)
    link = title if href is None else Markup(f'<a href="{escape(href)}">{title}</a>')
    # each box is a landmark of its own, so its name says which link it holds
    name = escape(f"{ctx.label('baca_juga').rstrip(':')}: {block.title.strip() or block.url}")
    return Markup(
        f'<aside class="baca-juga" aria-label="{name}" data-nosnippet>{label} {link}</aside>'
    )


def render_embed(block: Embed, ctx: BodyContext) -> Markup:
    href = clean_href(block.url)
    if href is None or not href.startswith(("http://", "https://")):
        return Markup("")
    provider = block.provider or urlsplit(block.url).netloc
    card = (
        f'<a class="embed-card" href="{escape(href)}" rel="noopener nofollow">'
        f"{escape(ctx.label('embed'))} {escape(provider)}: "
        f'<span class="embed-url">{escape(_short_url(block.url))}</span></a>'
    )
    caption = f"<figcaption>{escape(block.caption)}</figcaption>" if block.caption.strip() else ""
    return Markup(f'<figure class="embed">{card}{caption}</figure>')


def _short_url(url: str) -> str:
    parts = urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    short = f"{parts.netloc.removeprefix('www.')}{parts.path}{query}"
    return short if len(short) <= 60 else short[:57] + "…"


RENDERERS: dict[type, Callable[[Block, BodyContext], Markup]] = {
    Paragraph: render_paragraph,
    Heading: render_heading,
    Quote: render_quote,
    ListBlock: render_list,
    ImageBlock: render_image,
    BacaJuga: render_baca_juga,
    Embed: render_embed,
    Table: render_table,
}


def ad_slot_html(ctx: BodyContext) -> Markup:
    return Markup(
        '<div class="ad-slot" aria-hidden="true" data-nosnippet>'
        f'<span class="ad-label">{escape(ctx.label("ad"))}</span>'
        f'<span class="ad-resume">{escape(ctx.label("ad_resume"))}</span></div>'
    )


RenderedBlock = tuple[str, bool]  # (html, is_paragraph)


def render_blocks(blocks: list[Block], ctx: BodyContext) -> list[RenderedBlock]:
    """Each block's HTML in order; the first paragraph opens with the dateline."""
    out: list[RenderedBlock] = []
    dateline_done = not ctx.dateline
    for block in blocks:
        html = str(RENDERERS[type(block)](block, ctx))
        is_paragraph = isinstance(block, Paragraph)
        if is_paragraph and not dateline_done and html:
            prefix = f'<p><span class="dateline">{escape(ctx.dateline)}</span>'
            html = html.replace("<p>", prefix, 1)
            dateline_done = True
        out.append((html, is_paragraph))
    return out


def join_body(
    parts: list[RenderedBlock], ctx: BodyContext, *, ad_slots: tuple[int, ...] = ()
) -> Markup:
    """Rendered blocks as one body; ad slots go after the paragraphs they name (pages only)."""
    out: list[str] = []
    paragraphs = 0
    for html, is_paragraph in parts:
        if html:
            out.append(html)
        if is_paragraph:
            paragraphs += 1
            if paragraphs in ad_slots:
                out.append(str(ad_slot_html(ctx)))
    return Markup("\n".join(out))


def element_positions(
    parts: list[RenderedBlock], *, ad_slots: tuple[int, ...] = ()
) -> list[int | None]:
    """Each block's index among the elements ``join_body`` writes (``None``: it renders
    nothing, e.g. a photo whose file is missing): where the editor's preview finds the
    block the caret is in. Mirrors ``join_body``: one element a block, ad slots between."""
    positions: list[int | None] = []
    count = paragraphs = 0
    for html, is_paragraph in parts:
        positions.append(count if html else None)
        count += 1 if html else 0
        if is_paragraph:
            paragraphs += 1
            count += 1 if paragraphs in ad_slots else 0
    return positions


def render_body(blocks: list[Block], ctx: BodyContext) -> Markup:
    """Render and join in one step (ad slots from ``ctx``)."""
    return join_body(render_blocks(blocks, ctx), ctx, ad_slots=ctx.ad_slots)
