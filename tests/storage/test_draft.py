from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from editor.errors import DraftError
from editor.model.draft import Draft
from editor.model.serialize import SCHEMA_VERSION, article_to_dict
from editor.storage.draft import changed_on_disk, open_draft, save_draft
from tests.factories import draft_with_images, full_article


def test_save_and_reopen_gives_the_same_model_and_media(tmp_path: Path) -> None:
    draft = draft_with_images(tmp_path)
    target = save_draft(draft, tmp_path / "bus.redaksi")
    again = open_draft(target)
    assert again.article == draft.article
    for key, source in draft.media.items():
        assert again.media_path(key).read_bytes() == source.read_bytes()


def test_file_layout_mimetype_first_and_versioned_json(tmp_path: Path) -> None:
    target = save_draft(Draft(article=full_article()), tmp_path / "a.redaksi")
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert names[0] == "mimetype"
        assert archive.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert json.loads(archive.read("article.json"))["schema_version"] == SCHEMA_VERSION


def test_save_keeps_previous_version_as_backup(tmp_path: Path) -> None:
    draft = Draft(article=full_article())
    target = save_draft(draft, tmp_path / "a.redaksi")
    first = target.read_bytes()
    draft.article.headline = "Judul kedua"
    save_draft(draft)
    assert (tmp_path / "a.redaksi.bak").read_bytes() == first
    assert open_draft(target).article.headline == "Judul kedua"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_failed_save_leaves_the_old_file(tmp_path: Path) -> None:
    draft = draft_with_images(tmp_path)
    target = save_draft(draft, tmp_path / "a.redaksi")
    before = target.read_bytes()
    draft.media[draft.article.featured_image.file] = tmp_path / "hilang.jpg"
    with pytest.raises(DraftError, match="hilang|missing"):
        save_draft(draft)
    assert target.read_bytes() == before


def test_outside_edit_is_detected(tmp_path: Path) -> None:
    draft = Draft(article=full_article())
    target = save_draft(draft, tmp_path / "a.redaksi")
    assert not changed_on_disk(draft)
    other = open_draft(target)
    other.article.headline = "Diubah orang lain"
    save_draft(other)
    assert changed_on_disk(draft)


def _write_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def _good_bytes(tmp_path: Path) -> bytes:
    return save_draft(Draft(article=full_article()), tmp_path / "good.redaksi").read_bytes()


def broken_drafts(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    good = _good_bytes(tmp_path)
    doc = article_to_dict(full_article())
    newer = dict(doc, schema_version=SCHEMA_VERSION + 1)
    invalid_block = dict(doc, body=[{"type": "paragraph", "spans": "bukan daftar"}])
    cases = {
        "truncated": (tmp_path / "truncated.redaksi", "terpotong"),
        "invalid-json": (
            _write_zip(tmp_path / "json.redaksi", {"article.json": b"{ rusak"}),
            "JSON",
        ),
        "newer-version": (
            _write_zip(tmp_path / "newer.redaksi", {"article.json": json.dumps(newer).encode()}),
            "lebih baru",
        ),
        "not-a-draft": (
            _write_zip(tmp_path / "lain.redaksi", {"catatan.txt": b"halo"}),
            "bukan draf",
        ),
        "plain-text": (tmp_path / "teks.redaksi", "terpotong"),
        "schema": (
            _write_zip(
                tmp_path / "skema.redaksi", {"article.json": json.dumps(invalid_block).encode()}
            ),
            "skema",
        ),
    }
    cases["truncated"][0].write_bytes(good[: len(good) // 2])
    cases["plain-text"][0].write_text("ini bukan zip")
    return cases


@pytest.mark.parametrize(
    "case", ["truncated", "invalid-json", "newer-version", "not-a-draft", "plain-text", "schema"]
)
def test_broken_draft_gives_a_clear_error_and_stays_byte_identical(
    tmp_path: Path, case: str
) -> None:
    path, words = broken_drafts(tmp_path)[case]
    before = path.read_bytes()
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DraftError) as info:
        open_draft(path)
    assert words in info.value.message("id")
    assert str(path) in info.value.message("id")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


def test_version_1_draft_is_migrated(tmp_path: Path) -> None:
    doc = {
        "schema_version": 1,
        "headline": "Draf lama",
        "author": "Sri Wahyuni",
        "blocks": [
            {"type": "paragraph", "spans": [{"text": "Isi lama."}]},
            {"type": "read_also", "link": "https://contoh.example/a/", "text": "Berita lain"},
        ],
    }
    path = _write_zip(tmp_path / "lama.redaksi", {"article.json": json.dumps(doc).encode()})
    article = open_draft(path).article
    assert article.authors[0].name == "Sri Wahyuni"
    assert article.body[1].to_dict() == {
        "type": "baca_juga",
        "url": "https://contoh.example/a/",
        "title": "Berita lain",
    }


def test_media_names_cannot_escape(tmp_path: Path) -> None:
    doc = article_to_dict(full_article())
    doc["featured_image"] = {"file": "../../etc/passwd", "alt": "x"}
    path = _write_zip(
        tmp_path / "jahat.redaksi",
        {"article.json": json.dumps(doc).encode(), "../../etc/passwd": b"x"},
    )
    with pytest.raises(DraftError, match="tidak sah"):
        open_draft(path)


def test_a_draft_from_before_ids_gets_one_at_its_next_save_and_keeps_it(tmp_path: Path) -> None:
    draft = draft_with_images(tmp_path)
    draft.article.id = ""  # as every draft saved before articles had ids
    path = save_draft(draft, tmp_path / "lama.redaksi")
    given = open_draft(path).article.id
    assert given  # the save gave it one
    again = open_draft(path)
    save_draft(again)
    assert open_draft(path).article.id == given
