"""The editor opening hostile drafts: one clear message each, the window keeps its article."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.storage.hostile_zips import HOSTILE_DRAFTS

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["id", "en"])
def test_opening_each_hostile_draft_shows_one_clear_message(
    make_window, answers, tmp_path: Path, monkeypatch, language: str
) -> None:
    monkeypatch.setenv("REDAKSI_CACHE_DIR", str(tmp_path / "cache"))
    window = make_window(language=language)
    headline = window.session.article.headline
    for name, (build, words) in sorted(HOSTILE_DRAFTS.items()):
        path = build(tmp_path / f"{name}.redaksi")
        assert not window.files.open_path(path)
        _title, text = answers.errors[-1]
        assert text.startswith(f"{path}: ") and "\n" not in text and "Traceback" not in text
        if language == "en":
            assert words in text, text
        else:
            assert "the draft" not in text.lower(), text
    assert len(answers.errors) == len(HOSTILE_DRAFTS)
    assert window.session.article.headline == headline and window.session.draft.path is None
