"""Many drafts in one run: the worker pool keeps order, reports broken drafts, writes every page."""

from __future__ import annotations

from pathlib import Path

from editor.export import batch
from editor.export.batch import export_drafts
from editor.model.draft import Draft
from editor.site import load_profile
from editor.storage.draft import save_draft
from tests.factories import full_article

COUNT = batch.PARALLEL_FROM + 6  # enough to take the process-pool path


def _drafts(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(COUNT):
        article = full_article()
        article.headline = f"Nelayan Kampung Nomor {n:03d} Kembali Melaut"
        article.follow_headline()
        paths.append(save_draft(Draft(article=article), folder / f"d{n:03d}.redaksi"))
    (folder / "d050.redaksi").write_bytes(b"PK\x03\x04 terpotong")  # one broken draft
    return paths


def test_pool_exports_every_draft_in_order_and_names_the_broken_one(tmp_path: Path) -> None:
    paths = _drafts(tmp_path / "draf")
    seen: list[int] = []
    result = export_drafts(
        [tmp_path / "draf"],
        load_profile(None),
        tmp_path / "situs",
        progress=lambda done, total, _path: seen.append(done),
        workers=2,
    )
    assert seen == list(range(1, COUNT + 1))
    assert [str(path) for path, _ in result.failed] == [str(paths[50])]
    assert "zip" in result.failed[0][1].message()
    slugs = [item.path.name for item in result.exported]
    expected = [f"nelayan-kampung-nomor-{n:03d}-kembali-melaut" for n in range(COUNT) if n != 50]
    assert slugs == expected
    pages = list((tmp_path / "situs").rglob("index.html"))
    assert len(pages) == COUNT - 1
    for item in result.exported[::17]:
        assert item.entry.headline in (item.path / "index.html").read_text(encoding="utf-8")


def test_pool_and_single_process_write_the_same_files(tmp_path: Path) -> None:
    _drafts(tmp_path / "draf")
    site = load_profile(None)
    export_drafts([tmp_path / "draf"], site, tmp_path / "a", workers=2)
    export_drafts([tmp_path / "draf"], site, tmp_path / "b", workers=1)
    files_a, files_b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert files_a == files_b and len(files_a) >= 3 * (COUNT - 1)
    for rel in files_a[::29]:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()


def _files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


def test_a_folder_named_like_a_draft_is_not_taken_for_one(tmp_path: Path) -> None:
    from editor.export.batch import collect_drafts

    (tmp_path / "situs" / ".redaksi" / "releases").mkdir(parents=True)  # publish state
    draft = save_draft(Draft(article=full_article()), tmp_path / "situs" / "satu.redaksi")
    assert collect_drafts([tmp_path]) == [draft]


def test_an_unforeseen_failure_fails_that_draft_only(tmp_path: Path, monkeypatch) -> None:
    from editor.export import article as article_module

    real = article_module.render_article

    def render(article, *args, **kwargs):
        if article.headline.endswith("013 Kembali Melaut"):
            raise KeyError("templat rusak")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(article_module, "render_article", render)
    paths = _drafts(tmp_path / "draf")
    result = export_drafts([tmp_path / "draf"], load_profile(None), tmp_path / "situs",
                           workers=2)
    failed = {str(path): error.message("en") for path, error in result.failed}
    assert set(failed) == {str(paths[13]), str(paths[50])}
    assert "failed unexpectedly (KeyError: 'templat rusak')" in failed[str(paths[13])]
    assert len(result.exported) == COUNT - 2
