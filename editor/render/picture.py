"""``<picture>`` markup for a processed photo: AVIF, then WebP, then a JPEG ``<img>``.

The browser takes the first ``<source>`` whose type it supports and picks a width
from ``srcset`` using ``sizes``; old browsers use the ``<img>``. ``width`` and
``height`` reserve the space before the file arrives (no layout shift). Only the
featured photo loads eagerly with high priority: it is usually the page's
Largest Contentful Paint, and every other photo waits until it is scrolled near.
"""

from __future__ import annotations

from urllib.parse import quote

from markupsafe import Markup

from editor.media.types import ProcessedImage, Variant

# What the browser should assume about the rendered width (see the theme's CSS): the
# featured photo spans the 58rem main column (full width on phones), body photos the
# 42.5rem text column.
SIZES_FEATURED = "(min-width: 60rem) 58rem, (min-width: 48rem) calc(100vw - 2rem), 100vw"
SIZES_INLINE = "(min-width: 44.5rem) 42.5rem, calc(100vw - 2rem)"
# Characters kept as they are in URLs; a comma or space would end a srcset entry,
# so those (and anything else) are percent-encoded.
URL_SAFE = ":/?#[]@!$&'()*+;=%-._~"


def picture_html(
    img: ProcessedImage, *, alt: str, sizes: str, featured: bool, url_prefix: str = ""
) -> Markup:
    """The ``<picture>`` element for ``img``; every value is escaped (``alt`` is user text)."""
    sources = [
        _source(mime, variants, sizes, url_prefix)
        for mime, variants in (
            ("image/avif", img.by_format("avif")),
            ("image/webp", img.by_format("webp")),
        )
        if variants
    ]
    return Markup("<picture>{}{}</picture>").format(
        Markup("").join(sources), _img(img, alt, sizes, featured, url_prefix)
    )


def article_picture(img: ProcessedImage, alt: str, featured: bool) -> Markup:
    """``picture_html`` as the article page lays photos out; the exporter and the preview
    both hand this to ``ImageOutput.picture``."""
    sizes = SIZES_FEATURED if featured else SIZES_INLINE
    return picture_html(img, alt=alt, sizes=sizes, featured=featured)


def url_for(variant: Variant, url_prefix: str = "") -> str:
    """The (unescaped) URL of a variant: ``url_prefix`` joined to its file name."""
    return quote(url_prefix + variant.path.name, safe=URL_SAFE)


def srcset(variants: list[Variant], url_prefix: str = "") -> str:
    """``a-480.avif 480w, a-800.avif 800w`` — narrowest first."""
    ordered = sorted(variants, key=lambda v: v.width)
    return ", ".join(f"{url_for(v, url_prefix)} {v.width}w" for v in ordered)


def _source(mime: str, variants: list[Variant], sizes: str, url_prefix: str) -> Markup:
    return Markup('<source type="{}" srcset="{}" sizes="{}">').format(
        mime, srcset(variants, url_prefix), sizes
    )


def _img(img: ProcessedImage, alt: str, sizes: str, featured: bool, url_prefix: str) -> Markup:
    fallback = img.fallback
    loading = Markup(' fetchpriority="high"') if featured else Markup(' loading="lazy"')
    return Markup(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{} decoding="async">'
    ).format(
        url_for(fallback, url_prefix),
        srcset(img.by_format("jpeg"), url_prefix),
        sizes,
        fallback.width,
        fallback.height,
        alt,
        loading,
    )
