""""Ready" means ready: the site profile's rules for byline, section, time, length, photos.

The article of issue 9 (no byline, no section, no publication time, a two-word
body, a short headline) was called ready by ``validate``; each rule must now name
its field, as an error or a warning, as the profile's ``[checks]`` table says.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from editor.errors import SiteProfileError
from editor.model import Article, Author, ImageBlock, ImageRef, Paragraph
from editor.model.inline import text
from editor.model.validate import Severity, validate
from editor.ready_rules import DEFAULT_LEVELS, ReadyRules
from editor.site import DEFAULT_PROFILE, load_profile
from tests.factories import full_article, ready_article

NOW = datetime(2024, 6, 19, tzinfo=UTC)
E, W = Severity.ERROR, Severity.WARNING


def unfinished() -> Article:
    """Issue 9's article: a 19-character headline, a two-word body and nothing else."""
    return Article(headline="Banjir Rob Semarang", body=[Paragraph(text("Air naik."))])


def fields(problems) -> list[tuple[str, Severity]]:
    return [(p.field, p.severity) for p in problems]


def test_the_unfinished_article_is_not_ready() -> None:
    problems = validate(unfinished(), now=NOW)
    assert fields(problems) == [("headline", W), ("authors", E), ("section", E),
                                ("published", E), ("body", E)]
    by_field = {p.field: p for p in problems}
    assert by_field["headline"].message("id") == \
        "Panjang judul 19 karakter; situs ini meminta 60–110 karakter."
    assert by_field["body"].message("en") == \
        "The body has only 2 words; this site asks for at least 80."
    assert by_field["authors"].message("id") == "Nama penulis (byline) belum diisi."


def test_a_ready_article_has_no_problems() -> None:
    assert validate(ready_article(), now=NOW) == []


def test_photos_need_alt_caption_and_credit_each_named() -> None:
    article = ready_article()
    article.featured_image = ImageRef("media/a.jpg", alt="Perahu nelayan di dermaga")
    article.body.insert(1, ImageBlock(ImageRef("media/b.jpg", credit="Istimewa")))
    problems = [p for p in validate(article, now=NOW) if p.field != "body" or p.block == 1]
    assert [(p.field, p.severity, p.block) for p in problems] == [
        ("body", E, 1), ("body", W, 1),  # block 1: no alt (error), no caption (warning)
        ("featured_image.caption", W, None), ("featured_image.credit", E, None),
    ]
    assert "alt" in problems[0].message("en") and "kredit" in problems[3].message("id")


def test_headline_range_comes_from_the_rules() -> None:
    article = ready_article()
    article.headline = "Bus Listrik Pantura Mulai Melayani Warga"  # 40 characters
    assert ("headline", W) in fields(validate(article, now=NOW))
    rules = replace(ReadyRules(), headline_range=(30, 70))
    assert ("headline", W) not in fields(validate(article, now=NOW, rules=rules))
    article.headline = "Bus " * 30
    assert ("headline", W) in fields(validate(article, now=NOW, rules=rules))


def write_profile(tmp_path: Path, checks: str) -> Path:
    path = tmp_path / "situs.toml"
    path.write_text(f'name = "Kabar Teluk"\nheadline_range = [10, 80]\n\n[checks]\n{checks}\n',
                    encoding="utf-8")
    return path


def test_a_profile_sets_which_rules_are_required(tmp_path: Path) -> None:
    site = load_profile(write_profile(
        tmp_path, 'byline = "off"\nsection = "warning"\npublished = "off"\n'
                  'min_body_words = 2\ncaption = "error"'))
    assert site.checks.headline_range == (10, 80)
    article = unfinished()
    article.featured_image = ImageRef("media/a.jpg", alt="Air laut di jalan", credit="Istimewa")
    assert fields(validate(article, now=NOW, rules=site.checks)) == [
        ("section", W), ("featured_image.caption", E)]


def test_the_sample_profile_documents_every_rule_with_its_default() -> None:
    site = load_profile(DEFAULT_PROFILE)
    assert site.checks == ReadyRules()
    table = DEFAULT_PROFILE.read_text(encoding="utf-8").split("[checks]", 1)[1].split("\n[", 1)[0]
    for rule, level in DEFAULT_LEVELS.items():
        assert f'{rule} = "{level}"' in table, rule
    assert "min_body_words = 80" in table


@pytest.mark.parametrize(("checks", "said"), [
    ('bylin = "error"', "Did you mean byline?"),
    ('byline = "wajib"', 'byline must be "error", "warning" or "off"'),
    ('min_body_words = "banyak"', "min_body_words must be a whole number"),
    ("min_body_words = -1", "min_body_words must be a whole number"),
])
def test_a_wrong_checks_table_is_named(tmp_path: Path, checks: str, said: str) -> None:
    path = write_profile(tmp_path, checks)
    with pytest.raises(SiteProfileError) as caught:
        load_profile(path)
    assert said in caught.value.message("en") and caught.value.path == str(path)
    assert "[checks]" in caught.value.message("id")


def test_off_turns_a_rule_off_but_never_hides_broken_content() -> None:
    levels = {rule: "off" for rule in DEFAULT_LEVELS}
    rules = ReadyRules(levels=levels)
    assert validate(unfinished(), now=NOW, rules=rules) == []
    empty = Article(authors=[Author("Rina")])
    assert fields(validate(empty, now=NOW, rules=rules)) == [("headline", E), ("body", E)]


def test_full_article_still_has_every_block_and_is_short() -> None:
    """The block-type factory stays short; ``ready_article`` is the one with a real body."""
    assert [p.field for p in validate(full_article(), now=NOW)] == ["body"]
