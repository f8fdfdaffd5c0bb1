"""Aggregators and reader modes read the story alone: Mozilla Readability (Firefox's reader
view, npm, in jsdom) and trafilatura (PyPI) on exported pages take the whole body and
neither the Baca Juga boxes, the related stories nor the site's "Berita Terbaru", and read
headline and date right."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import trafilatura

from editor.model import BacaJuga, Heading, ListBlock, Paragraph, Quote, Table
from editor.storage.draft import open_draft
from tests.export.helpers import LATEST_TITLES, Exported, export, latest_stories
from tests.factories import draft_with_images
from tests.support import SAMPLE_DRAFT, node_tool, require_tool

READABILITY = Path(__file__).with_name("readability.js")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[object, Exported]]:
    out = {}
    for name, make in (("sample", lambda t: open_draft(SAMPLE_DRAFT)), ("full", draft_with_images)):
        work = tmp_path_factory.mktemp(name)
        draft = make(work)
        out[name] = (draft, export(draft, work, latest=latest_stories()))
    return out


def squash(text: str) -> str:
    return " ".join(text.split())


def story_lines(draft) -> list[str]:
    """Every piece of the story a reader mode must keep, in the words of the model."""
    lines: list[str] = []
    for block in draft.article.body:
        if isinstance(block, Paragraph | Heading | Quote):
            lines += [squash(part) for part in block.plain().split("\n")]
        elif isinstance(block, ListBlock):
            lines += [squash(item) for item in block.plain().split("\n")]
        elif isinstance(block, Table):
            lines += [squash(cell) for row in block.plain().split("\n") for cell in row.split(" | ")]
    return [line for line in lines if line]


def not_story(draft) -> list[str]:
    titles = [b.title for b in draft.article.body if isinstance(b, BacaJuga)]
    return [*titles, *(story.title for story in draft.article.related), "Baca Juga",
            *LATEST_TITLES, "Berita Terbaru"]


def readability(out: Exported) -> dict:
    node = require_tool("node")
    modules = node_tool("@mozilla", "readability", "package.json").parents[2]
    node_tool("jsdom", "package.json")
    result = subprocess.run(
        [node, str(READABILITY), str(out.index), out.item.url],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "NODE_PATH": str(modules)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


@pytest.mark.parametrize("name", ["sample", "full"])
def test_readability_reads_the_story_alone(pages, name: str) -> None:
    draft, out = pages[name]
    found = readability(out)
    text = squash(found["text"])
    missing = [line for line in story_lines(draft) if line not in text]
    assert missing == []
    assert [title for title in not_story(draft) if title in text] == []
    assert found["title"] == draft.article.headline
    assert found["publishedTime"] == draft.article.published.isoformat()


@pytest.mark.parametrize("name", ["sample", "full"])
def test_trafilatura_reads_the_story_alone(pages, name: str) -> None:
    draft, out = pages[name]
    html = out.index.read_text(encoding="utf-8")
    text = squash(trafilatura.extract(html, url=out.item.url, include_tables=True) or "")
    text = text.replace("| ", "").replace(" |", "")  # its tables are Markdown-like
    missing = [line for line in story_lines(draft) if squash(line) not in text]
    assert missing == []
    assert [title for title in not_story(draft) if title in text] == []
    meta = trafilatura.extract_metadata(html)
    assert meta.title == draft.article.headline
    assert meta.date == draft.article.published.date().isoformat()


def test_baca_juga_boxes_stay_between_the_paragraphs_they_were_put(pages) -> None:
    draft, out = pages["full"]
    body = out.page.xpath('//div[@class="article-body"]')[0]
    children = [c for c in body if c.tag != "div" or "ad-slot" not in (c.get("class") or "")]
    boxes = [i for i, c in enumerate(children) if c.tag == "aside"]
    assert boxes == [2]
    aside = children[2]
    assert aside.get("aria-label") == "Baca Juga: Halte Baru Dibangun di Kaligawe" and aside.get("data-nosnippet") is not None
    assert children[1].text_content().startswith("Tarifnya")
    assert children[3].text_content() == "Rute dan jadwal"
    related = out.page.xpath('//aside[@class="related"]')[0]
    assert related.get("data-nosnippet") is not None


@pytest.mark.parametrize("name", ["sample", "full"])
def test_berita_terbaru_is_chrome_outside_the_article(pages, name: str) -> None:
    _draft, out = pages[name]
    (latest,) = out.page.xpath('//aside[@class="latest"]')
    assert latest.get("data-nosnippet") is not None
    assert latest.xpath("ancestor::main | ancestor::article | ancestor::*[@role]") == []
    assert [a.text for a in latest.xpath(".//a")] == list(LATEST_TITLES)
