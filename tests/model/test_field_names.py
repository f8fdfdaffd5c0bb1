"""Every place a check can name has a newsroom word in both languages."""

from __future__ import annotations

from editor.model.article import Article
from editor.model.field_names import FIELD_NAMES, field_name
from editor.model.places import HEAD_FIELDS, IMAGE_PARTS
from editor.model.readiness import ready_problems
from editor.model.validate import validate
from editor.ready_rules import ReadyRules


def test_each_field_the_checks_name_has_a_name() -> None:
    named = {*HEAD_FIELDS, *(f"featured_image.{part}" for part in IMAGE_PARTS),
             "featured_image", "body", "related", "authors", "section", "published", "updated"}
    assert sorted(named - set(FIELD_NAMES)) == []
    found = {p.field for p in validate(Article(), rules=ReadyRules())} | {
        p.field for p in ready_problems(Article(headline="x"), ReadyRules())}
    assert found and sorted(found - set(FIELD_NAMES)) == []


def test_items_are_counted_from_one_and_unknown_fields_keep_their_name() -> None:
    assert field_name("body", 4, "id") == "isi, blok 5"
    assert field_name("related", 0, "en") == "related story #1"
    assert field_name("featured_image.caption", None, "id") == "keterangan foto utama"
    assert field_name("kicker", None, "id") == "kicker"
    assert field_name("tags", 1, "en") == "tags #2"
