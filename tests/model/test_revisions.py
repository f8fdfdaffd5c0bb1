"""Revisions kept at each save, and the word-by-word difference between two of them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from editor.model.article import Article, PublishRecord
from editor.model.blocks import Heading, ImageBlock, Paragraph, Table
from editor.model.diff import ADDED, REMOVED, SAME, Piece, diff_articles, totals, word_pieces
from editor.model.image import ImageRef
from editor.model.inline import text
from editor.model.revisions import (
    MAX_REVISIONS,
    Revision,
    add_revision,
    photo_files,
    restored,
    trim,
)

T0 = datetime(2024, 6, 18, 13, 0, tzinfo=UTC)


def article(*paragraphs: str, headline: str = "Rob Rendam Semarang") -> Article:
    return Article(headline=headline, body=[Paragraph(text(p)) for p in paragraphs])


def test_a_save_adds_a_revision_only_when_the_content_changed() -> None:
    first = add_revision([], article("Air laut naik."), T0)
    same = add_revision(first, article("Air laut naik."), T0 + timedelta(minutes=1))
    assert same == first
    changed = add_revision(first, article("Air laut naik lagi."), T0 + timedelta(minutes=2))
    assert [r.words for r in changed] == [3, 4]
    assert changed[-1].saved_at == T0 + timedelta(minutes=2)


def test_publication_records_and_id_are_not_content() -> None:
    one = article("Isi.")
    kept = add_revision([], one, T0)
    one.id = "abc"
    one.publications.append(PublishRecord("situs", "https://contoh.example/a/", T0))
    assert add_revision(kept, one, T0 + timedelta(minutes=1)) == kept
    assert "publications" not in kept[0].content and "id" not in kept[0].content


def test_the_oldest_go_first_by_count_and_by_size() -> None:
    revisions: list[Revision] = []
    for n in range(MAX_REVISIONS + 5):
        revisions = add_revision(revisions, article(f"Versi {n}."), T0 + timedelta(minutes=n))
    assert len(revisions) == MAX_REVISIONS
    assert revisions[0].content["body"][0]["spans"][0]["text"] == "Versi 5."
    sizes = [r.size for r in revisions]
    small = trim(revisions, max_bytes=sum(sizes[-3:]))
    assert small == revisions[-3:], "only as many of the newest as fit"
    assert trim(revisions, max_bytes=1) == revisions[-1:], "the newest is always kept"


def test_restore_keeps_id_publications_and_once_published_the_slug() -> None:
    old = article("Versi lama.", headline="Judul Lama")
    revision = add_revision([], old, T0)[0]
    now = article("Versi baru.", headline="Judul Baru")
    now.id = "draf-1"
    now.published = T0 + timedelta(hours=1)
    now.publications.append(PublishRecord("situs", "https://contoh.example/judul-baru/", T0))
    back = restored(now, revision)
    assert back.headline == "Judul Lama" and back.body == old.body
    assert back.id == "draf-1" and back.publications == now.publications
    assert back.slug == now.slug and back.published == now.published


def test_restore_leaves_out_photos_the_draft_no_longer_has() -> None:
    old = article("Isi.")
    old.featured_image = ImageRef("media/hilang.jpg", alt="x")
    old.body.append(ImageBlock(ImageRef("media/ada.jpg", alt="y")))
    old.body.append(ImageBlock(ImageRef("media/hilang-2.jpg", alt="z")))
    revision = add_revision([], old, T0)[0]
    assert photo_files([revision]) == {"media/hilang.jpg", "media/ada.jpg", "media/hilang-2.jpg"}
    back = restored(Article(), revision, media={"media/ada.jpg"})
    assert back.featured_image is None
    assert [b.image.file for b in back.body if isinstance(b, ImageBlock)] == ["media/ada.jpg"]


def test_words_added_and_removed_inside_a_paragraph() -> None:
    pieces = word_pieces("Air laut naik 40 sentimeter sore ini.", "Air laut naik 60 sentimeter sejak sore.")
    assert pieces == (
        Piece(SAME, "Air laut naik"), Piece(REMOVED, "40"), Piece(ADDED, "60"),
        Piece(SAME, "sentimeter"), Piece(REMOVED, "sore ini."), Piece(ADDED, "sejak sore."),
    )


def test_an_inserted_paragraph_does_not_make_the_rest_look_rewritten() -> None:
    old = article("Satu dua.", "Tiga empat.", "Lima enam.")
    new = article("Satu dua.", "Paragraf sisipan baru.", "Tiga empat.", "Lima enam tujuh.")
    new.body.insert(0, Heading(2, text("Subjudul")))
    changes = diff_articles(old, new)
    assert [(c.index, c.status) for c in changes] == [
        (0, ADDED), (2, ADDED), (4, "changed")]
    assert changes[1].pieces == (Piece(ADDED, "Paragraf sisipan baru."),)
    assert changes[2].pieces == (Piece(SAME, "Lima"), Piece(REMOVED, "enam."),
                                 Piece(ADDED, "enam tujuh."))
    assert totals(changes) == (1 + 3 + 2, 1)


def test_head_fields_come_first_and_removed_blocks_count_their_words() -> None:
    old = article("Tetap.", "Dihapus semua kata ini.", headline="Judul Lama")
    new = article("Tetap.", headline="Judul Baru")
    new.correction = "Nama kelurahan diperbaiki."
    changes = diff_articles(old, new)
    assert [(c.field, c.status) for c in changes] == [
        ("headline", "changed"), ("correction", ADDED), ("body", REMOVED)]
    assert changes[0].pieces == (Piece(SAME, "Judul"), Piece(REMOVED, "Lama"), Piece(ADDED, "Baru"))
    assert changes[2].words(REMOVED) == 4 and changes[2].index == 1


def test_a_table_compares_by_its_caption_and_cells() -> None:
    old = article("Tetap.")
    old.body.append(Table([[text("Pos"), text("Tinggi")], [text("Kaligawe"), text("45 cm")]],
                          caption="Tinggi rob"))
    new = article("Tetap.")
    new.body.append(Table([[text("Pos"), text("Tinggi")], [text("Kaligawe"), text("60 cm")]],
                          caption="Tinggi rob sore"))
    (change,) = diff_articles(old, new)
    assert (change.index, change.kind, change.status) == (1, "table", "changed")
    assert [p.text for p in change.pieces if p.op == ADDED] == ["sore", "60"]
    assert [p.text for p in change.pieces if p.op == REMOVED] == ["45"]
