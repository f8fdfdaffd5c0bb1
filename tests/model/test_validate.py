from __future__ import annotations

from datetime import UTC, datetime, timedelta

from editor.model import Article, BacaJuga, ImageRef, Paragraph, RelatedStory
from editor.model.inline import Span, text
from editor.model.validate import Severity, validate
from tests.factories import full_article, ready_article

NOW = datetime(2024, 6, 19, tzinfo=UTC)
OWN = "https://wartapesisir.example/berita/2024/06/18/pemkot-uji-coba-bus-listrik/"


def fields(problems) -> list[tuple[str, Severity, int | None]]:
    return [(p.field, p.severity, p.block) for p in problems]


def test_complete_article_has_no_problems() -> None:
    assert validate(ready_article(), now=NOW, own_url=OWN) == []


def test_missing_headline_and_empty_body_are_errors_with_both_languages() -> None:
    problems = validate(Article(), now=NOW)
    assert [p for p in fields(problems) if p[0] in ("headline", "body")] == [
        ("headline", Severity.ERROR, None), ("body", Severity.ERROR, None)]
    assert problems[0].message("id") == "Judul belum diisi."
    assert problems[0].message("en") == "The headline is missing."


def test_image_without_alt_and_alt_equal_to_caption() -> None:
    article = full_article()
    article.featured_image = ImageRef("media/a.jpg", alt="", caption="Warga menembus banjir.")
    assert ("featured_image", Severity.ERROR, None) in fields(validate(article, now=NOW))
    article.featured_image.alt = "Warga menembus banjir."
    problems = validate(article, now=NOW)
    assert [p.severity for p in problems if p.field == "featured_image"] == [Severity.WARNING]


def test_baca_juga_without_url_or_pointing_at_itself() -> None:
    article = ready_article()
    article.body.insert(1, BacaJuga(url="", title="Tanpa tautan"))
    article.body.insert(2, BacaJuga(url=OWN, title="Diri sendiri"))
    article.body.insert(3, BacaJuga(url="javascript:alert(1)", title="Jahat"))
    problems = [p for p in validate(article, now=NOW, own_url=OWN) if p.field == "body"]
    assert [p.block for p in problems] == [1, 2, 3]
    assert "sendiri" in problems[1].message_id


def test_duplicate_related_story_and_future_date() -> None:
    article = full_article()
    article.related.append(
        RelatedStory("Salinan", article.related[0].url.replace("https://", "https://www.") + "/")
    )
    article.published = NOW + timedelta(days=2)
    article.updated = None
    problems = validate(article, now=NOW)
    assert ("related", Severity.WARNING, 2) in fields(problems)
    assert ("published", Severity.WARNING, None) in fields(problems)


def test_unsafe_inline_link_is_an_error() -> None:
    article = full_article()
    article.body[0] = Paragraph((Span("klik", href="javascript:alert(1)"),) + text(" di sini"))
    assert ("body", Severity.ERROR, 0) in fields(validate(article, now=NOW))


def test_the_checks_and_the_archive_agree_on_what_is_the_same_story(tmp_path) -> None:
    """Review finding 18: one ``url_key`` for the checks panel and the archive. Two pages
    told apart only by their query (``?id=``) are two stories for both; a tracking
    parameter, ``http``/``https`` or ``www.`` do not make another story for either."""
    from editor.archive import ArchiveEntry, SqliteArchive

    article = ready_article()
    first, second = "https://kabar.example/baca?id=1", "https://kabar.example/baca?id=2"
    article.related = [RelatedStory("Satu", first), RelatedStory("Dua", second)]
    assert not [p for p in validate(article, now=NOW) if p.field == "related"]
    with SqliteArchive(tmp_path / "arsip.sqlite") as archive:
        archive.record([ArchiveEntry(url=first, headline="Satu")], source="publish")
        assert archive.lookup(second) is None
        article.related = [RelatedStory("Satu", first),
                           RelatedStory("Salinan", "http://www.kabar.example/baca/?id=1&utm_source=wa")]
        assert archive.lookup(article.related[1].url) is not None  # the archive: the same
        assert ("related", Severity.WARNING, 1) in fields(validate(article, now=NOW))
    from editor.model.web_address import url_key  # the one key both use

    assert url_key(first) != url_key(second)
