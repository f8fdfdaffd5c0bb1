"""``redaksi import`` never writes a draft that cannot be opened again.

The front matter is checked key by key, the draft against the schema and the size limit
before it is written: ``authors: [{name: 123}]``, ``image_focal: [2,-3]``, ``language: x``
and a 5.9 MB body once produced drafts that ``redaksi check`` then refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import editor.storage.draft as draft_store
from editor.errors import DraftError
from editor.model import Author
from editor.model.draft import Draft
from editor.storage.draft import open_draft, save_draft
from tests.bounded import run_redaksi_bounded
from tests.commands.test_cli import redaksi
from tests.factories import full_article
from tests.importers.test_markdown import ARTICLE, write_article


@pytest.mark.parametrize(
    "line,key",
    [("image_focal: [2, -3]", "image_focal"), ("language: x", "language"),
     ("authors: [{name: [Sari]}]", "authors")],
)
def test_a_wrong_value_is_named_and_nothing_is_written(tmp_path: Path, line: str, key: str) -> None:
    source = write_article(tmp_path, ARTICLE.replace("signoff: (sd/ad)", line))
    target = tmp_path / "hasil.redaksi"
    result = redaksi("import", str(source), "-o", str(target))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{source}:6: {key}" in result.stderr, result.stderr
    assert not target.exists()


def test_a_number_where_text_belongs_is_kept_as_text_and_the_draft_opens(tmp_path: Path) -> None:
    source = write_article(tmp_path, ARTICLE.replace("authors: [Sari Dewi]", "authors: [{name: 123}]"))
    target = tmp_path / "hasil.redaksi"
    assert redaksi("import", str(source), "-o", str(target)).returncode == 0
    result = redaksi("check", str(target))
    assert result.stderr == "", result.stderr  # opened: only the article's findings follow
    assert open_draft(target).article.authors[0].name == "123"


def test_a_huge_body_is_refused_before_writing_in_bounded_time(tmp_path: Path) -> None:
    line = "**tebal** *miring* biasa " * 40
    body = "\n\n".join([line.strip()] * (5_900_000 // len(line)))
    source = tmp_path / "raksasa.md"
    source.write_text(f"---\nheadline: Berita Penuh Format\n---\n\n{body}\n", encoding="utf-8")
    target = tmp_path / "raksasa.redaksi"
    outcome = run_redaksi_bounded("import", str(source), "-o", str(target), lang="en", timeout=20)
    assert outcome.returncode == 1, f"killed or crashed after {outcome.seconds:.1f} s"
    assert "Traceback" not in outcome.output
    assert f"{source}: " in outcome.stderr and "too large" in outcome.stderr
    assert not target.exists()


def _invalid(article) -> None:
    article.language = "x"


def _name(article) -> None:
    article.authors = [Author(name=123)]  # type: ignore[arg-type]


def _slug(article) -> None:
    article.slug = "../../rahasia"


@pytest.mark.parametrize("change", [_invalid, _name, _slug])
def test_save_refuses_a_draft_that_would_not_open(tmp_path: Path, change) -> None:
    article = full_article()
    change(article)
    target = tmp_path / "rusak.redaksi"
    with pytest.raises(DraftError) as info:
        save_draft(Draft(article=article), target)
    assert "not saved" in info.value.message("en") and "disimpan" in info.value.message("id")
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_save_refuses_a_document_beyond_what_opening_accepts(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(draft_store, "MAX_JSON_BYTES", 2000)
    target = tmp_path / "besar.redaksi"
    with pytest.raises(DraftError) as info:
        save_draft(Draft(article=full_article()), target)
    assert "too large" in info.value.message("en") and not target.exists()
