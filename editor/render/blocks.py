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
    caption = f"<figcaption>— {escape(block.attribution.strip())}</figcaption>"
    return Markup(f'<figure class="quote">{quote}{caption}</figure>')


def render_list(block: ListBlock, ctx: BodyContext) -> Markup:
    tag = "ol" if block.ordered else "ul"
    items = "".join(f"<li>{inline_html(item)}</li>" for item in block.items if item)
    return Markup(f"<{tag}>{items}</{tag}>")


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
    label = f'<strong class="baca-juga-label">{escape(ctx.label("baca_juga"))}</strong>'
    title = escape(block.title.strip() or block.url)
    href = clean_href(block.url)
    if href is None:
        return Markup(f'<p class="baca-juga">{label} {title}</p>')
    return Markup(f'<p class="baca-juga">{label} <a href="{escape(href)}">{title}</a></p>')


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
