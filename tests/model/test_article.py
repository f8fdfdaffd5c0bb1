from __future__ import annotations

from datetime import datetime

import pytest

from editor.model import Article, PublishRecord
from editor.model.serialize import article_from_dict, article_to_dict
from tests.factories import full_article


def test_slug_follows_headline_until_edited() -> None:
    article = Article()
    article.set_headline("Banjir Rob Rendam Semarang Utara")
    assert article.slug == "banjir-rob-rendam-semarang-utara"
    article.set_slug("Rob Semarang")
    article.set_headline("Judul Baru Sama Sekali")
    assert article.slug == "rob-semarang"


def test_slug_frozen_after_publishing() -> None:
    article = Article()
    article.set_headline("Harga Cabai Turun")
    article.publications.append(
        PublishRecord(
            "lokal", "https://x.example/a/", datetime.fromisoformat("2024-06-18T20:42:00+07:00")
        )
    )
    article.set_headline("Harga Cabai Turun Lagi")
    assert article.slug == "harga-cabai-turun"
    with pytest.raises(ValueError):
        article.set_slug("lain")


def test_serialize_round_trip_is_identity() -> None:
    article = full_article()
    assert article_from_dict(article_to_dict(article)) == article


def test_naive_time_is_refused() -> None:
    data = article_to_dict(full_article())
    data["published"] = "2024-06-18T20:42:00"
    with pytest.raises(ValueError, match="zone"):
        article_from_dict(data)


def test_every_new_article_has_its_own_id() -> None:
    """Two stories with the same headline on the same day stay two articles (issue 9, 2)."""
    ids = {Article(headline="Gempa Guncang Cianjur").id for _ in range(200)}
    assert len(ids) == 200
    text = next(iter(ids))
    assert len(text) == 36 and text[14] == "4" and text[19] in "89ab"  # a version 4 UUID
    legacy = article_from_dict({**article_to_dict(full_article()), "id": ""})
    assert legacy.id == ""
    assert legacy.ensure_id() == legacy.id != "" and legacy.ensure_id() == legacy.id
