"""Where each body block lands in the page: the preview scrolls to the block the caret is in."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from editor.model.blocks import BacaJuga, Embed, ImageBlock
from editor.model.image import ImageRef
from editor.render.page import render_article
from editor.render.urls import article_url
from editor.site import load_profile
from tests.factories import full_article


def test_each_block_maps_to_its_element_around_ad_slots_and_missing_photos(tmp_path: Path) -> None:
    article = full_article()
    article.body.insert(1, ImageBlock(ImageRef("media/tidak-ada.jpg", alt="x")))  # no file: nothing
    site = load_profile()
    assert site.ad_slots, "the sample site has ad slots, which sit between elements"
    rendered = render_article(article, site, article_url(article, site))
    page = lxml_html.fromstring(rendered.page)
    (body,) = page.xpath('//div[@class="article-body"]')
    elements = list(body)
    assert rendered.positions[1] is None
    shown = [(block, pos) for block, pos in zip(article.body, rendered.positions, strict=True)
             if pos is not None]
    assert len(shown) == len(article.body) - 1
    for block, position in shown:
        element = elements[position]
        if isinstance(block, BacaJuga):
            assert block.title in element.text_content()
        elif isinstance(block, Embed):
            assert "embed" in element.get("class")
        else:
            words = block.plain().split()
            assert words[0] in element.text_content(), (block, position)
    ads = [i for i, e in enumerate(elements) if e.get("class") == "ad-slot"]
    assert ads and not set(ads) & {pos for _b, pos in shown}
