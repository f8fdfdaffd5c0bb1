"""Suggestions for a draft: relevance on a labelled set (precision at 5), the rules on
what is never proposed, and where Baca Juga boxes may go."""

from __future__ import annotations

from datetime import timedelta

import pytest

from editor.archive import entry_from_index
from editor.archive.places import SPACING, allowed_places
from editor.model import BacaJuga, Heading, Paragraph, RelatedStory, Span
from editor.model.article import PublishRecord
from editor.model.blocks import Table
from editor.model.inline import text
from tests.archive.relevance import DRAFTS, draft, labelled_rows

TOPICS = list(DRAFTS)


@pytest.fixture
def labelled(archive):
    rows, relevant, never = labelled_rows()
    archive.record([entry_from_index(row) for row in rows], source="publish")
    return archive, relevant, never


def test_precision_at_5_on_the_labelled_set(labelled, capsys):
    archive, relevant, never = labelled
    precisions = {}
    for topic in TOPICS:
        top = [s.url for s in archive.suggest(draft(topic), limit=5).related]
        assert len(top) == 5, topic
        assert not set(top) & never[topic], (topic, top)
        precisions[topic] = len(set(top) & relevant[topic]) / 5
    mean = sum(precisions.values()) / len(precisions)
    with capsys.disabled():
        print(f"\nP@5 per draft: {precisions}; mean P@5 = {mean:.2f}")
    assert mean >= 0.9 and min(precisions.values()) >= 0.8


def test_baca_juga_proposals_are_relevant_and_not_the_related_ones(labelled):
    archive, relevant, never = labelled
    for topic in TOPICS:
        found = archive.suggest(draft(topic), limit=5)
        related = {s.url for s in found.related}
        assert found.baca_juga, topic
        for proposal in found.baca_juga:
            assert proposal.kind == "baca_juga" and proposal.url not in related
            assert proposal.url in relevant[topic] and proposal.url not in never[topic]
            assert proposal.why


def test_why_names_the_drafts_own_words(labelled):
    archive, _, _ = labelled
    first = archive.suggest(draft("rob")).related[0]
    assert set(first.why) & {"rob", "tambaklorok", "pompa", "tanggul", "semarang"}


# --- what is never suggested ---------------------------------------------------------


def test_never_the_draft_itself(labelled):
    archive, relevant, _ = labelled
    article = draft("rob")
    before = {s.url for s in archive.suggest(article, limit=20).related}
    own = sorted(before)[0]
    article.publications.append(PublishRecord("lokal", own, article.published))
    after = {s.url for s in archive.suggest(article, limit=20).related}
    assert own in before and own not in after
    # the same story exported under another URL (same headline) or by its id
    same = entry_from_index({"url": "https://wartapesisir.example/berita/lain/rob-lagi/",
                             "headline": article.headline, "published": "2024-06-01T08:00:00+07:00",
                             "id": "draf-rob"})
    archive.record([same], source="publish")
    assert same.url not in {s.url for s in archive.suggest(article, limit=20).related}
    article.id = "draf-rob"
    assert same.url not in {s.url for s in archive.suggest(article, limit=20).related}


def test_never_a_story_published_after_the_draft(labelled):
    archive, relevant, _ = labelled
    article = draft("rob")
    everything = archive.suggest(article, limit=20).related
    newest = max(everything, key=lambda s: s.published)
    article.published = newest.published - timedelta(minutes=1)
    later = archive.suggest(article, limit=20)
    assert all(s.published <= article.published for s in later)
    assert newest.url not in {s.url for s in later}


def test_never_a_story_already_linked(labelled):
    archive, _, _ = labelled
    article = draft("dana_desa")
    picks = [s.url for s in archive.suggest(article, limit=6).related]
    article.body.insert(2, BacaJuga(url=picks[0], title="x"))
    article.related.append(RelatedStory("y", picks[1].replace("https://", "http://")))
    article.body[0] = Paragraph((Span("Lihat "), Span("berita ini", href=picks[2] + "#atas")))
    article.body.append(Table(rows=[[(Span("Sidang"),), (Span("jadwal", href=picks[3]),)]]))
    found = {s.url for s in archive.suggest(article, limit=6)}
    assert not found & set(picks[:4])


def test_never_the_same_story_twice(labelled):
    archive, _, _ = labelled
    article = draft("beras")
    best = archive.suggest(article, limit=5).related[0]
    twin = entry_from_index({"url": best.url.replace("/berita/", "/amp/berita/"),
                             "headline": best.headline.upper(),
                             "published": best.published.isoformat(), "section": "Ekonomi"})
    archive.record([twin], source="publish")
    found = archive.suggest(article, limit=10)
    headlines = [s.headline.lower() for s in found]
    assert headlines.count(best.headline.lower()) == 1
    assert len({s.url for s in found}) == len(list(found))


def test_an_empty_archive_or_draft_suggests_nothing(archive):
    assert list(archive.suggest(draft("rob"))) == []


# --- Baca Juga places ----------------------------------------------------------------


def body(paragraphs: int, extra: dict | None = None) -> list:
    blocks = [Paragraph(text(f"Paragraf {n}.")) for n in range(1, paragraphs + 1)]
    for position, block in sorted((extra or {}).items(), reverse=True):
        blocks.insert(position, block)
    return blocks


def test_places_follow_the_rules():
    article = draft("rob")
    article.body = body(12)
    assert allowed_places(article, (3,)) == [2, 4, 5, 6, 7, 8, 9, 10, 11]
    # a heading after paragraph 6 and a Baca Juga box after paragraph 9
    article.body = body(12, {6: Heading(2, text("Sub")), 9: BacaJuga("https://x.example/", "x")})
    places = allowed_places(article, (3,))
    assert 6 not in places and 1 not in places and 12 not in places
    assert all(abs(place - 9) >= SPACING for place in places)


def test_proposals_respect_the_places(labelled):
    archive, _, _ = labelled
    article = draft("rob")
    paragraphs = [p for p in article.body]
    article.body = paragraphs + [Paragraph(text(p.plain() + " Warga bertahan.")) for p in paragraphs]
    found = archive.suggest(article, places=4).baca_juga
    spots = [s.after_paragraph for s in found]
    assert len(spots) >= 2
    assert all(spot >= 2 and spot not in archive.ad_slots for spot in spots)
    assert all(b - a >= SPACING for a, b in zip(spots, spots[1:], strict=False))
    assert spots == sorted(spots) and max(spots) < len(article.body)


def test_json_shape_of_suggestions(labelled):
    archive, _, _ = labelled
    found = archive.suggest(draft("dbd"))
    kinds = {item.to_dict()["kind"] for item in found}
    assert kinds == {"related", "baca_juga"}
    for item in found:
        data = item.to_dict()
        assert {"url", "headline", "published", "why"} <= set(data)
        assert ("after_paragraph" in data) == (data["kind"] == "baca_juga")
