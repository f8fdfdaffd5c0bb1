"""The body is converted once per pause in typing, and always before anyone reads it.

Typing only marks the session's body stale; saving, closing, export, autosave, undo,
the checks and the preview (after its debounce) must still see exactly what was typed.
"""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import Qt

from editor.gui.preview.pane import PreviewPane
from editor.storage.draft import open_draft
from tests.gui.helpers import ctrl

pytestmark = pytest.mark.gui

TYPED = "Kata baru "


@pytest.fixture
def draft_copy(tmp_path, sample_draft_path):
    target = tmp_path / "banjir.redaksi"
    shutil.copyfile(sample_draft_path, target)
    return target


@pytest.fixture
def typed(qtbot, make_window, draft_copy, monkeypatch):
    """A window on a copy of the sample with ``TYPED`` typed at the start of the body and
    no event processed since (no debounce or refresh timer has fired)."""
    window = make_window(draft_copy)
    walks: list[int] = []
    real = window.body.model_blocks
    monkeypatch.setattr(window.body, "model_blocks", lambda: (walks.append(1), real())[1])
    window.body.setFocus()
    qtbot.keyClicks(window.body, TYPED)
    window.walks = walks
    return window


def first_paragraph(article) -> str:
    return article.body[0].plain()


def test_typing_does_not_walk_the_document_on_every_key(typed) -> None:
    assert typed.walks == []
    assert not first_paragraph(typed.session.current.article).startswith(TYPED)
    assert first_paragraph(typed.session.article).startswith(TYPED)
    assert typed.walks == [1]
    typed.refresh_checks()
    assert typed.walks == [1], "converted once until the text changes again"


def test_checks_and_word_count_follow_after_the_pause(qtbot, typed) -> None:
    before = typed.status_info.words
    qtbot.waitUntil(lambda: typed.status_info.words == before + len(TYPED.split()),
                    timeout=5_000)


def test_save_right_after_typing_writes_the_text(typed, draft_copy) -> None:
    ctrl(typed.body, Qt.Key.Key_S)
    assert first_paragraph(open_draft(draft_copy).article).startswith(TYPED)
    assert not typed.isWindowModified()


def test_export_right_after_typing_exports_the_text(typed) -> None:
    typed.on_export()
    assert first_paragraph(typed.export_dialog.draft.article).startswith(TYPED)
    typed.export_dialog.reject()


def test_autosave_right_after_typing_journals_the_text(typed) -> None:
    path = typed.autosaver.write_sync()
    assert TYPED.strip() in json.dumps(json.loads(path.read_text(encoding="utf-8")),
                                       ensure_ascii=False)


def test_undo_and_redo_right_after_typing(typed, sample_draft_path) -> None:
    original = first_paragraph(open_draft(sample_draft_path).article)
    ctrl(typed.body, Qt.Key.Key_Z)
    assert first_paragraph(typed.session.article) == original
    typed.on_redo()
    assert first_paragraph(typed.session.article).startswith(TYPED)


def test_the_preview_brings_the_body_up_to_date_before_it_renders(qtbot, make_window,
                                                                  monkeypatch) -> None:
    scheduled = []
    monkeypatch.setattr(PreviewPane, "schedule_update",
                        lambda self, draft: scheduled.append(draft))
    window = make_window()
    window.body.setFocus()
    qtbot.keyClicks(window.body, TYPED)
    draft = scheduled[-1]
    assert draft.article.body == [], "not converted yet: the preview's debounce is running"
    window.preview.before_render()  # what PreviewPane does when its debounce fires
    assert first_paragraph(draft.article) == TYPED
