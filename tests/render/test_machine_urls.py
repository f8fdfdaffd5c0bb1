"""URLs in machine-readable output (JSON-LD, ninjs, NewsML-G2) pass the same filter as the page's links.

An author or related-story URL such as ``javascript:...`` never reaches a crawler or a
partner's CMS, and ``redaksi check`` refuses it before export.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.model import Author, RelatedStory
from editor.model.draft import Draft
from editor.storage.draft import save_draft
from tests.commands.test_cli import redaksi
from tests.export.helpers import export
from tests.factories import full_article

HOSTILE = [
    "javascript:alert(document.cookie)",
    " JaVa\tScRiPt:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
]


def _hostile_article(url: str):
    article = full_article()
    article.authors = [Author("Bayu Santoso", url), Author("Rina Wulandari")]
    article.related.append(RelatedStory("Tautan Jahat", url))
    return article


def _machine_text(out) -> str:
    newsml = (out.item.path / "article.xml").read_text(encoding="utf-8")
    return json.dumps(out.json_ld()) + json.dumps(out.ninjs) + newsml


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_author_and_related_urls_never_reach_machine_readable_files(
    tmp_path: Path, url: str
) -> None:
    out = export(Draft(article=_hostile_article(url)), tmp_path)
    text = _machine_text(out).lower()
    for scheme in ("javascript", "data:", "vbscript", "alert(", "msgbox"):
        assert scheme not in text
    authors = out.json_ld()["author"]
    assert [a["name"] for a in authors] == ["Bayu Santoso", "Rina Wulandari"]
    assert all("url" not in a for a in authors)
    assert all("uri" not in p for p in out.ninjs["people"])
    related = [a for a in out.ninjs["associations"] if a["name"].startswith("related")]
    assert [r["uri"] for r in related] == [s.url for s in full_article().related]


def test_good_author_urls_are_kept(tmp_path: Path) -> None:
    out = export(Draft(article=full_article()), tmp_path)
    assert out.json_ld()["author"][0]["url"] == "https://wartapesisir.example/penulis/bayu/"
    assert out.ninjs["people"][0]["uri"] == "https://wartapesisir.example/penulis/bayu/"


@pytest.mark.parametrize("url", HOSTILE)
def test_check_refuses_hostile_author_and_related_urls(tmp_path: Path, url: str) -> None:
    path = save_draft(Draft(article=_hostile_article(url)), tmp_path / "jahat.redaksi")
    result = redaksi("check", str(path))
    assert result.returncode == 1
    assert "GALAT: penulis #1:" in result.stdout, result.stdout
    assert "GALAT: berita terkait #3:" in result.stdout, result.stdout
