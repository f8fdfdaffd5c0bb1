"""Export runs off the UI thread; failures are explained; the preview follows every change."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from editor.gui.dialogs import export as export_module
from editor.gui.preview.pane import PreviewPane

pytestmark = pytest.mark.gui


def held_export(monkeypatch, seen: dict) -> threading.Event:
    """Make the dialog's export wait for the returned event (and note its thread)."""
    release = threading.Event()
    real = export_module.export_draft

    def slow_export(draft, site, outdir, progress=None):
        seen["thread"] = threading.current_thread() is not threading.main_thread()
        release.wait(10)
        return real(draft, site, outdir, progress=progress)

    monkeypatch.setattr(export_module, "export_draft", slow_export)
    return release


def start_export(qtbot, window, folder):
    window.actions["export"].trigger()
    dialog = window.export_dialog
    dialog.folder.setText(str(folder))
    dialog.open_after.setChecked(False)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    return dialog


def test_export_works_in_a_worker_while_the_window_stays_live(qtbot, make_window, monkeypatch,
                                                               sample_draft_path, tmp_path) -> None:
    window = make_window(sample_draft_path)
    seen: dict = {}
    release = held_export(monkeypatch, seen)
    dialog = start_export(qtbot, window, tmp_path / "out")
    assert dialog.progress.maximum() == 0  # busy
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    qtbot.keyClicks(window.header.deck, " Diketik selama ekspor.")  # the UI thread is free
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        release.set()
    assert seen["thread"]
    # the photo's files moved the bar (one step from the cache, or one per file), never back
    assert values and values == sorted(values) and values[-1] == dialog.progress.maximum()
    assert (dialog.result.path / "index.html").is_file()
    assert "Diketik selama ekspor" not in (dialog.result.path / "index.html").read_text()


def test_export_failure_is_shown_in_the_dialog(qtbot, window, tmp_path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    window.actions["export"].trigger()
    dialog = window.export_dialog
    dialog.folder.setText(str(blocker / "out"))
    with qtbot.waitSignal(dialog.failed, timeout=30_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("Ekspor gagal:")
    assert dialog.start_button.isEnabled()


def test_every_change_reaches_the_preview(qtbot, window, monkeypatch) -> None:
    calls = []
    monkeypatch.setattr(PreviewPane, "schedule_update",
                        lambda self, draft: calls.append(draft.article.headline))
    window.header.headline.setFocus()
    qtbot.keyClicks(window.header.headline, "Abc")
    window.body.setFocus()
    qtbot.keyClicks(window.body, "d")
    assert calls[:3] == ["A", "Ab", "Abc"] and len(calls) == 4


def test_closing_the_dialog_while_exporting_is_harmless(qtbot, make_window, monkeypatch,
                                                         sample_draft_path, tmp_path) -> None:
    from editor.gui import tasks

    window = make_window(sample_draft_path)
    release = held_export(monkeypatch, {})
    dialog = start_export(qtbot, window, tmp_path / "out")
    dialog.close()  # deletes itself
    qtbot.waitUntil(lambda: window.export_dialog is None or not window.export_dialog.isVisible())
    release.set()
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=30_000)  # no callback on a dead dialog
    assert next((tmp_path / "out").rglob("index.html")).is_file()  # the export itself finished


# --- review finding 9: File → Export records into the archive, as redaksi export does -----


def test_file_export_records_the_article_in_the_archive(qtbot, make_window, sample_draft_path,
                                                        tmp_path) -> None:
    """Kept with the words of its body, not offered until a publish or a sync shows it
    live (review finding 1)."""
    from editor.archive import open_archive
    from editor.site import load_profile

    window = make_window(sample_draft_path)
    dialog = start_export(qtbot, window, tmp_path / "out")
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        pass
    assert dialog.result.archive_warning is None
    assert dialog.status.text().count("\n") == 0
    with open_archive(load_profile()) as archive:
        kept = archive.lookup(dialog.result.url, unpublished=True)
        assert kept is not None and kept.headline == window.session.draft.article.headline
        assert not kept.live and archive.lookup(dialog.result.url) is None
        assert "bandarharjo" in kept.body.lower()  # a word of the body only
        assert archive.stats().unpublished == 1


def test_a_broken_archive_does_not_fail_file_export(qtbot, make_window, sample_draft_path,
                                                     tmp_path, monkeypatch) -> None:
    """The page is written; the dialog says in one more line why the archive did not
    take it."""
    from editor.archive import archive_path
    from editor.site import load_profile

    monkeypatch.setenv("REDAKSI_DATA_DIR", str(tmp_path / "data"))
    path = archive_path(load_profile().base_url)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"bukan basis data " * 100)
    window = make_window(sample_draft_path)
    dialog = start_export(qtbot, window, tmp_path / "out")
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        pass
    assert (dialog.result.path / "index.html").is_file()
    done, warning = dialog.status.text().split("\n")
    assert done.startswith("Selesai diekspor: ")
    assert warning.startswith(f"Ekspor selesai, tetapi arsip situs tidak diperbarui: {path}: ")
    assert dialog.start_button.isEnabled()
    status = dialog.status  # the dialog grew: every wrapped line of both is shown
    assert status.height() >= status.heightForWidth(status.width()) > 4 * status.fontMetrics().height()
