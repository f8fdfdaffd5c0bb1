"""New, Open, Save, Save As, Recent, Revert; the unsaved-changes prompt; outside edits."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from editor.gui.settings import Settings
from editor.storage.draft import open_draft
from tests.gui.helpers import ctrl

pytestmark = pytest.mark.gui


@pytest.fixture
def draft_copy(tmp_path, sample_draft_path):
    target = tmp_path / "banjir.redaksi"
    shutil.copyfile(sample_draft_path, target)
    return target


def test_title_shows_headline_and_unsaved_marker(qtbot, make_window, draft_copy) -> None:
    window = make_window(draft_copy)
    assert window.windowTitle().startswith("Banjir Rob Rendam")
    assert window.windowTitle().endswith("[*] — Redaksi") and not window.isWindowModified()
    window.body.setFocus()
    qtbot.keyClicks(window.body, "x")
    assert window.isWindowModified()
    assert "Belum disimpan" in window.status_info.text()


def test_close_asks_and_cancel_keeps_the_work(qtbot, make_window, answers, draft_copy) -> None:
    window = make_window(draft_copy)
    window.body.setFocus()
    qtbot.keyClicks(window.body, "x")
    answers.answers["save_changes"] = "cancel"
    assert not window.close()
    assert window.isVisible()
    answers.answers["save_changes"] = "save"
    assert window.close()
    assert open_draft(draft_copy).article.body[0].plain().startswith("x")


def test_outside_edit_is_never_overwritten_silently(qtbot, make_window, answers,
                                                     draft_copy) -> None:
    window = make_window(draft_copy)
    other = open_draft(draft_copy)
    other.article.deck = "Diubah oleh program lain"
    from editor.storage.draft import save_draft

    save_draft(other, draft_copy)
    window.body.setFocus()
    qtbot.keyClicks(window.body, "x")
    answers.answers["overwrite_changed"] = "cancel"
    ctrl(window.body, Qt.Key.Key_S)
    assert open_draft(draft_copy).article.deck == "Diubah oleh program lain"
    assert window.isWindowModified()
    answers.answers["changed_on_disk"] = "reload"
    window.files.check_disk()
    assert window.session.article.deck == "Diubah oleh program lain"
    assert not window.isWindowModified()
    window.files.check_disk()  # asked once per outside change
    assert answers.asked_keys().count("changed_on_disk") == 1


def test_recent_files_and_revert(qtbot, make_window, answers, draft_copy) -> None:
    window = make_window(draft_copy)
    recent = window.menus["recent"].actions()
    assert recent[0].text().startswith("&1  Banjir Rob"), "the headline, not the file name"
    assert recent[0].toolTip().endswith("banjir.redaksi")
    window.body.setFocus()
    qtbot.keyClicks(window.body, "coret ")
    answers.answers["revert"] = True
    window.actions["revert"].trigger()
    assert not window.body.toPlainText().startswith("coret")
    assert not window.isWindowModified()
    window.actions["new"].trigger()
    assert window.session.draft.path is None
    recent = window.menus["recent"].actions()
    recent[0].trigger()
    assert window.session.draft.path == draft_copy


def test_new_article_uses_default_author_and_signoff(make_window) -> None:
    settings = Settings()
    settings.set("default_author", "Rina Kartikasari")
    settings.set("default_signoff", "rk/ad")
    window = make_window()
    window.actions["new"].trigger()
    article = window.session.article
    assert [a.name for a in article.authors] == ["Rina Kartikasari"]
    assert article.signoff == "rk/ad"
    assert window.meta.signoff.text() == "rk/ad"


def test_a_broken_file_gives_a_clear_error(make_window, answers, tmp_path) -> None:
    broken = tmp_path / "rusak.redaksi"
    broken.write_bytes(b"bukan zip")
    window = make_window(broken)
    [(title, text)] = answers.errors
    assert "rusak" in text and ("zip" in text or "terpotong" in text)
    assert window.session.draft.path is None  # a new article instead, ready to write
    answers.answers["save_as"] = tmp_path / "baru"
    window.body.setFocus()
    window.actions["save"].trigger()
    assert (tmp_path / "baru.redaksi").exists()


def test_tags_complete_from_the_site_profile(qtbot, window) -> None:
    window.drawer.show_section("meta")
    field = window.meta.tags
    field.setFocus()
    qtbot.keyClicks(field, "banjir rob, Sem")
    completer = field.completer()
    model = completer.completionModel()  # matched on the item after the last comma
    assert [model.index(i, 0).data() for i in range(model.rowCount())] == ["Semarang"]
    source = model.mapToSource(model.index(0, 0))
    assert completer.pathFromIndex(source) == "banjir rob, Semarang, "
    assert window.session.article.tags == ["banjir rob", "Sem"]
