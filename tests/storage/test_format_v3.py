"""Draft format 3: tables, nested lists, underline/strikethrough and credited editors
survive a save; version-2 drafts open unchanged; the schema refuses a malformed table."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from editor.errors import DraftError
from editor.model import Article, Author, ListBlock, Paragraph, Span, Table
from editor.model.draft import Draft
from editor.model.inline import text
from editor.model.serialize import SCHEMA_VERSION, article_to_dict
from editor.storage.draft import MIMETYPE, open_draft, save_draft
from editor.storage.migrations import migrate
from tests.support import SAMPLE_DRAFT


def test_new_blocks_and_fields_round_trip(tmp_path: Path) -> None:
    article = Article(
        headline="Uji format tiga",
        editors=[Author("Dimas Prasetyo")],
        body=[
            Paragraph((Span("garis", underline=True), Span(" dan "), Span("coret", strike=True))),
            ListBlock(items=[text("a"), text("b"), text("c")], depths=[0, 1, 0]),
            Table(rows=[[text("Pos"), text("Tinggi")], [text("Kaligawe"), text("45 cm")]],
                  caption="Rob"),
        ],
    )
    reopened = open_draft(save_draft(Draft(article=article), tmp_path / "v3.redaksi"))
    assert reopened.article == article


def test_a_version_2_draft_opens_as_it_was() -> None:
    with zipfile.ZipFile(SAMPLE_DRAFT) as archive:
        doc = json.loads(archive.read("article.json"))
    assert doc["schema_version"] == 2
    migrated = migrate(dict(doc))
    assert migrated["schema_version"] == SCHEMA_VERSION  # through 3 (this format) to the newest
    assert {k: v for k, v in migrated.items() if k != "schema_version"} == {
        k: v for k, v in doc.items() if k != "schema_version"
    }
    assert open_draft(SAMPLE_DRAFT).article.headline == doc["headline"]


def test_the_schema_refuses_a_table_without_rows(tmp_path: Path) -> None:
    doc = article_to_dict(Article(headline="x", body=[Table(rows=[[text("a")]])]))
    del doc["body"][0]["rows"]
    path = tmp_path / "rusak.redaksi"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE)
        archive.writestr("article.json", json.dumps(doc))
    with pytest.raises(DraftError, match="body/0"):
        open_draft(path)
