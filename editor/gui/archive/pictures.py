"""Screenshots of the archive in the editor window (``editor.gui.screenshots --all``):
the Baca Juga dialog with results, the suggestions beside "Berita Terkait", and a
suggested Baca Juga place in the margin with its proposal open.

The throw-away data folder of the screenshot run gets the sample site's back catalogue
(``resources/samples/arsip/index.json``), synced as ``redaksi archive sync`` would.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtGui import QPainter

from editor.paths import RESOURCES

SAMPLE_ARCHIVE = RESOURCES / "samples" / "arsip" / "index.json"


def fill_sample_archive() -> None:
    from editor.archive import open_archive
    from editor.archive.fetch import FileFetcher
    from editor.archive.sync import Sync
    from editor.site import load_profile

    with open_archive(load_profile()) as archive:
        Sync(archive, FileFetcher(), str(SAMPLE_ARCHIVE)).run(str(SAMPLE_ARCHIVE))


def _wait(app, condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def _answer(app, window) -> None:
    """Ask for suggestions now and wait for the archive's answer."""
    before = window.suggestions.answers
    window.suggestions.ask()
    _wait(app, lambda: window.suggestions.answers > before)


def archive_pictures(app, window, outdir: Path, language: str, settle, grab) -> list[Path]:
    window.archive.refresh()
    _wait(app, lambda: window.archive.articles is not None)
    return [_dialog(app, window, outdir, language, settle, grab),
            _suggestions(app, window, outdir, language, settle, grab),
            _place(app, window, outdir, language, settle)]


def _dialog(app, window, outdir: Path, language: str, settle, grab) -> Path:
    window.on_insert_baca_juga()
    dialog = window.active_dialog
    search = dialog.search
    search.field.setText("kebanjiran")
    _wait(app, lambda: search.found is not None)
    settle(app, window, 0.4)
    path = grab(dialog, outdir / f"archive-baca-juga-{language}.png")
    dialog.reject()
    return path


def _suggestions(app, window, outdir: Path, language: str, settle, grab) -> Path:
    window.drawer.show_section("related")
    _answer(app, window)
    settle(app, window, 0.6)
    path = grab(window, outdir / f"archive-suggestions-{language}.png")
    window.drawer.show_section("")
    return path


def _place(app, window, outdir: Path, language: str, settle) -> Path:
    """The sample without its Baca Juga boxes (taken out for the picture, then put back),
    scrolled to the first proposed place, its proposal open."""
    body = window.body
    steps = 0
    while (position := _first_card(body)) is not None:
        body.delete_card(position)
        steps += 1
    _answer(app, window)
    spots = body.decorations.spots(body.document())
    path = outdir / f"archive-place-{language}.png"
    if spots:
        number = next(iter(spots))
        block = body.document().findBlockByNumber(number)
        top = body.document().documentLayout().blockBoundingRect(block).top()
        y = body.mapTo(window.page, body.rect().topLeft()).y() + int(top)
        window.scroll.verticalScrollBar().setValue(max(0, y - 260))
        settle(app, window, 0.5)
        body.viewport().repaint()
        window.on_proposal(number)
        settle(app, window, 0.4)
        _grab_with_popup(window, window.proposal_popup, path)
        window.proposal_popup.close()
    for _ in range(steps):
        window.session.stack.undo()
    window.scroll.verticalScrollBar().setValue(0)
    return path


def _first_card(body) -> int | None:
    from editor.gui.body.card_ops import is_card_block
    from editor.model.blocks import BacaJuga

    block = body.document().begin()
    while block.isValid():
        if is_card_block(block) and isinstance(body.card_at_position(block.position()), BacaJuga):
            return block.position()
        block = block.next()
    return None


def _grab_with_popup(window, popup, path: Path) -> None:
    """A popup is its own window: paint it onto the window's picture where it is."""
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(popup.pos()), popup.grab())
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    picture.save(str(path))
    print(path)
