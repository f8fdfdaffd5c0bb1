"""Revisions in the draft file: each save keeps one, old drafts open through the migration."""

from __future__ import annotations

import json
import os
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from editor.errors import DraftError
from editor.model import revisions
from editor.model.blocks import Paragraph
from editor.model.diff import ADDED, REMOVED, diff_articles
from editor.model.draft import Draft
from editor.model.image import ImageRef
from editor.model.inline import text
from editor.model.revisions import lost_photos, restored
from editor.model.serialize import SCHEMA_VERSION
from editor.storage import zip_bounds
from editor.storage.draft import open_draft, read_revisions, save_draft
from editor.storage.recovery import RecoveryJournal, pending
from tests.factories import full_article, write_jpeg

T0 = datetime(2024, 6, 18, 13, 0, tzinfo=UTC)


def _ten_saves(tmp_path: Path) -> tuple[Draft, Path]:
    draft = Draft(article=full_article())
    path = tmp_path / "bus.redaksi"
    for n in range(1, 11):
        draft.article.body[0] = Paragraph(text(f"Versi {n}: bus listrik mulai melayani penumpang."))
        save_draft(draft, path, now=T0 + timedelta(minutes=n))
    return draft, path


def test_ten_saves_keep_ten_revisions_and_the_third_restores(tmp_path: Path) -> None:
    _draft, path = _ten_saves(tmp_path)
    again = open_draft(path)
    assert len(again.revisions) == 10
    assert [r.saved_at for r in again.revisions] == [T0 + timedelta(minutes=n) for n in range(1, 11)]
    third = again.revisions[2]
    back = restored(again.article, third)
    assert back.body[0].plain() == "Versi 3: bus listrik mulai melayani penumpang."
    changes = diff_articles(again.revisions[1].article(), third.article())
    assert [(c.index, c.words(REMOVED), c.words(ADDED)) for c in changes] == [(0, 1, 1)]
    removed = [p.text for p in changes[0].pieces if p.op == REMOVED]
    added = [p.text for p in changes[0].pieces if p.op == ADDED]
    assert (removed, added) == (["2:"], ["3:"])


def test_revisions_are_in_article_json_and_valid_against_the_schema(tmp_path: Path) -> None:
    _draft, path = _ten_saves(tmp_path)
    with zipfile.ZipFile(path) as archive:
        doc = json.loads(archive.read("article.json"))
    assert doc["schema_version"] == SCHEMA_VERSION == 4
    assert len(doc["revisions"]) == 10
    assert doc["revisions"][0]["saved_at"] == "2024-06-18T13:01:00+00:00"
    assert "revisions" not in doc["revisions"][0]["article"], "no history inside the history"
    assert read_revisions(path) == open_draft(path).revisions


def test_a_removed_photo_stays_in_the_file_for_its_revision(tmp_path: Path) -> None:
    draft = Draft(article=full_article())
    key = draft.add_media(write_jpeg(tmp_path / "utama.jpg"))
    draft.article.featured_image = ImageRef(key, alt="Bus listrik di halte")
    path = save_draft(draft, tmp_path / "bus.redaksi", now=T0)
    draft.article.featured_image = None
    save_draft(draft, path, now=T0 + timedelta(minutes=1))
    with zipfile.ZipFile(path) as archive:
        assert key in archive.namelist()
    again = open_draft(path)
    back = restored(again.article, again.revisions[0], set(again.media))
    assert back.featured_image == ImageRef(key, alt="Bus listrik di halte")
    save_draft(Draft(article=back, media=again.media), tmp_path / "pulih.redaksi")


OLD_BODY = [{"type": "paragraph", "spans": [{"text": "Isi lama tetap utuh."}]}]
# What format 3 (Word import) added: a table, a nested list, underline; desk fields came in 4.
V3_BODY = [
    {"type": "paragraph", "spans": [{"text": "Isi lama tetap utuh."},
                                    {"text": " Digaris bawahi.", "underline": True}]},
    {"type": "list", "ordered": False, "items": [[{"text": "Kaligawe"}], [{"text": "Pos 1"}]],
     "depths": [0, 1]},
    {"type": "table", "header": True, "caption": "Tinggi rob",
     "rows": [[[{"text": "Pos"}], [{"text": "Tinggi"}]], [[{"text": "Kaligawe"}], [{"text": "45 cm"}]]]},
]


@pytest.mark.parametrize(("version", "body", "editors"), [
    (2, OLD_BODY, None),
    (3, V3_BODY, [{"name": "Dimas Prasetyo"}]),
], ids=["version-2", "version-3"])
def test_an_older_draft_opens_through_the_migration(
    tmp_path: Path, version: int, body: list, editors: list | None
) -> None:
    """A draft written before revisions and the desk fields (format 2, or format 3 from
    the Word import): it opens as it was, and its first save here writes the current
    version with one revision that keeps every block."""
    doc = {
        "schema_version": version,
        "id": "",
        "headline": "Draf dari versi sebelumnya",
        "deck": "Ringkasan lama.",
        "authors": [{"name": "Sri Wahyuni"}],
        "published": "2024-06-18T20:42:00+07:00",
        "updated": None,
        "body": body,
    }
    if editors is not None:
        doc["editors"] = editors
    path = tmp_path / "lama.redaksi"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.redaksi.draft+zip")
        archive.writestr("article.json", json.dumps(doc))
    draft = open_draft(path)
    assert draft.article.headline == "Draf dari versi sebelumnya"
    assert draft.article.body[0].plain().startswith("Isi lama tetap utuh.")
    assert [block.to_dict() for block in draft.article.body] == body
    assert [e.to_dict() for e in draft.article.editors] == (editors or [])
    assert (draft.article.seo_title, draft.article.correction) == ("", "")
    assert draft.revisions == []
    save_draft(draft, now=T0)
    with zipfile.ZipFile(path) as archive:
        saved = json.loads(archive.read("article.json"))
    assert saved["schema_version"] == SCHEMA_VERSION == 4
    assert [revision["article"]["body"] for revision in saved["revisions"]] == [body]
    assert open_draft(path).article == draft.article


def test_a_recovered_copy_keeps_the_drafts_history(tmp_path: Path, monkeypatch) -> None:
    _draft, path = _ten_saves(tmp_path)
    draft = open_draft(path)
    draft.article.headline = "Diubah lalu editor mogok"
    journal = RecoveryJournal(root=tmp_path / "pemulihan", session="lama")
    journal.pid = 2**22 + 12345  # no such process: the session counts as crashed
    journal.write(draft)
    (entry,) = pending(tmp_path / "pemulihan")
    recovered = entry.load()
    assert recovered.article.headline == "Diubah lalu editor mogok"
    assert len(recovered.revisions) == 10


def _noisy_photo(path: Path) -> Path:
    """About 370 KB: a photo of noise does not compress."""
    from PIL import Image

    Image.frombytes("RGB", (560, 560), os.urandom(560 * 560 * 3)).save(path, quality=95)
    return path


def test_photos_of_old_revisions_are_bounded_and_the_oldest_go_first(
        tmp_path: Path, monkeypatch) -> None:
    """Each save swaps the featured photo: the file keeps the photo shown now and those
    of the newest revisions within the byte budget, never every photo of 50 saves."""
    monkeypatch.setattr(revisions, "MAX_REVISION_PHOTO_BYTES", 1_000_000)  # two of these photos
    draft = Draft(article=full_article())
    path = tmp_path / "foto.redaksi"
    keys = []
    for n in range(5):
        keys.append(draft.add_media(_noisy_photo(tmp_path / f"foto{n}.jpg")))
        draft.article.featured_image = ImageRef(keys[-1], alt=f"Foto ke-{n}")
        save_draft(draft, path, now=T0 + timedelta(minutes=n))
    with zipfile.ZipFile(path) as archive:
        inside = {name for name in archive.namelist() if name.startswith("media/")}
    assert inside == {keys[4], keys[3], keys[2]}  # shown now, then the two newest before it

    again = open_draft(path)
    assert len(again.revisions) == 5  # the text of every revision stays
    oldest = again.revisions[0]
    assert lost_photos(oldest, set(again.media)) == [keys[0]]
    assert lost_photos(again.revisions[2], set(again.media)) == []
    back = restored(again.article, oldest, set(again.media))
    assert back.featured_image is None and back.headline == again.article.headline
    save_draft(Draft(article=back, media=again.media), tmp_path / "pulih.redaksi")


@pytest.mark.parametrize(("bound", "words"), [("MAX_TOTAL_BYTES", "isinya terlalu besar"), (
    "MAX_MEDIA_BYTES", "salah satu fotonya terlalu besar")])
def test_a_draft_that_could_not_be_opened_again_is_not_saved(
        tmp_path: Path, monkeypatch, bound: str, words: str) -> None:
    """Opening refuses a draft whose content (or one photo) is over its bound unpacked;
    saving refuses the same draft first, with a clear line, and leaves the file as it was."""
    draft = Draft(article=full_article())
    path = save_draft(draft, tmp_path / "besar.redaksi", now=T0)
    before = path.read_bytes()
    key = draft.add_media(_noisy_photo(tmp_path / "besar.jpg"))
    draft.article.featured_image = ImageRef(key, alt="Foto besar")
    monkeypatch.setattr(zip_bounds, bound, 300_000)
    with pytest.raises(DraftError) as info:
        save_draft(draft, now=T0 + timedelta(minutes=1))
    assert info.value.message("id").startswith(f"{path}: Draf tidak disimpan: {words}")
    assert "too large" in info.value.message("en") and "MiB" in info.value.message("en")
    assert path.read_bytes() == before and len(draft.revisions) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["besar.jpg", "besar.redaksi"]
    open_draft(path)
