"""``picture_html`` (editor/render/picture.py): markup, escaping, and HTML validity.

Kept beside the media tests because it renders the pipeline's result type; the
browser test of which candidate Chromium picks lives with the exporter's tests.
"""

from __future__ import annotations

import json
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markupsafe import Markup

from editor.media import ProcessedImage, Variant
from editor.render.picture import picture_html
from tests.support import node_tool, require_tool

SIZES = "(max-width: 720px) 100vw, 720px"


def processed(widths: tuple[int, ...] = (480, 800, 1200, 1600)) -> ProcessedImage:
    def variant(width: int, fmt: str) -> Variant:
        ext = "jpg" if fmt == "jpeg" else fmt
        return Variant(width, width * 2 // 3, fmt, Path(f"/out/banjir-1a2b3c4d-{width}.{ext}"))

    variants = [variant(w, f) for f in ("avif", "webp", "jpeg") for w in widths]
    return ProcessedImage(variants, variant(widths[-1], "jpeg"), {}, 4000, 2667, False, [])


class Element(dict):
    """A start tag's attributes (unescaped by the parser), with the tag name."""

    tag = ""


class Tags(HTMLParser):
    """Start tags in order: enough to check a flat ``<picture>`` without an HTML5
    tree builder (libxml2's HTML parser does not know ``source`` is a void element)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(attrs)
        element.tag = tag
        self.found.append(element)


def parse(markup: Markup) -> list[Element]:
    """The children of the ``<picture>`` element (which must be the outermost tag)."""
    tags = Tags()
    tags.feed(str(markup))
    assert tags.found[0].tag == "picture" and str(markup).endswith("</picture>")
    return tags.found[1:]


def test_structure_and_candidates() -> None:
    picture = parse(picture_html(processed(), alt="Banjir rob", sizes=SIZES, featured=False,
                                 url_prefix="/foto/"))
    avif, webp, img = picture
    assert (avif.tag, avif.get("type"), webp.get("type"), img.tag) == (
        "source", "image/avif", "image/webp", "img")
    assert avif.get("srcset") == ", ".join(
        f"/foto/banjir-1a2b3c4d-{w}.avif {w}w" for w in (480, 800, 1200, 1600))
    assert webp.get("srcset").endswith("/foto/banjir-1a2b3c4d-1600.webp 1600w")
    assert all(el.get("sizes") == SIZES for el in (avif, webp, img))
    assert img.get("src") == "/foto/banjir-1a2b3c4d-1600.jpg"
    assert img.get("srcset").startswith("/foto/banjir-1a2b3c4d-480.jpg 480w, ")
    assert (img.get("width"), img.get("height"), img.get("alt")) == ("1600", "1066", "Banjir rob")
    assert (img.get("loading"), img.get("decoding"), img.get("fetchpriority")) == (
        "lazy", "async", None)


def test_featured_image_loads_eagerly_with_high_priority() -> None:
    img = parse(picture_html(processed(), alt="x", sizes=SIZES, featured=True))[-1]
    assert img.get("fetchpriority") == "high" and img.get("loading") is None


def test_hostile_text_is_escaped() -> None:
    alt = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    html = str(picture_html(processed(), alt=alt, sizes='100vw" onload="x', featured=False,
                            url_prefix='/a b,"c/'))
    assert "<script>" not in html and 'onload="' not in html
    picture = parse(Markup(html))
    assert [el.tag for el in picture] == ["source", "source", "img"]  # nothing injected
    assert picture[-1].get("alt") == alt and picture[-1].get("sizes") == '100vw" onload="x'
    assert set(picture[-1]) == {"src", "srcset", "sizes", "width", "height", "alt", "loading",
                                "decoding"}
    assert picture[0].get("srcset").startswith("/a%20b%2C%22c/banjir-1a2b3c4d-480.avif 480w")


def test_single_width_photo() -> None:
    picture = parse(picture_html(processed((640,)), alt="", sizes="640px", featured=False))
    assert picture[-1].get("srcset") == "banjir-1a2b3c4d-640.jpg 640w"
    assert picture[-1].get("alt") == ""


@pytest.mark.slow
def test_valid_html5_per_nu_checker(tmp_path: Path) -> None:
    java = require_tool("java")
    vnu = node_tool("vnu-jar", "build", "dist", "vnu.jar")
    body = "".join(str(picture_html(processed(), alt='Warga & "rob"', sizes=SIZES,
                                    featured=f, url_prefix="/foto/")) for f in (True, False))
    page = tmp_path / "page.html"
    page.write_text('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
                    f"<title>Uji</title></head><body>{body}</body></html>", encoding="utf-8")
    run = subprocess.run([java, "-jar", str(vnu), "--format", "json", "--errors-only",
                          str(page)], capture_output=True, text=True, timeout=120)
    messages = json.loads(run.stderr or run.stdout or '{"messages": []}')["messages"]
    assert messages == [], messages
