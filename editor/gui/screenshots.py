"""Screenshots of the real main window, for docs and for checking the look.

    .venv/bin/python -m editor.gui.screenshots --lang id --lang en \\
        --size 1280x800 --size 1024x700 -o screenshots/ [--all]

Opens the sample article (or ``--draft``), waits for the live preview, and writes
``main-<lang>-<w>x<h>.png``; ``--all`` adds each drawer section open (the search and
social section with a search title typed, so the preview beside it shows it), the
main dialogs, the revision history with a difference and the archive at work (search in
the Baca Juga dialog, suggestions, a proposed place). The sample site's archive
(``resources/samples/arsip``) is synced into the throw-away data folder first. Runs
offscreen when there is no display, with throw-away settings so your own window layout
neither shows up nor changes (see docs/screenshots.md).
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from editor.paths import SAMPLE_DRAFT

SAMPLE = SAMPLE_DRAFT  # the bundled sample article


def _isolate(folder: Path) -> None:
    """Fresh config/data/cache folders, and offscreen Qt when there is no screen."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        path = folder / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(path)
    os.environ["REDAKSI_CACHE_DIR"] = str(folder / "cache")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def _settle(app, window, seconds: float = 12.0) -> None:
    """Let layout, thumbnails, photo checks and the preview finish (the preview paints late)."""
    deadline = time.monotonic() + seconds
    preview = window.preview
    while time.monotonic() < deadline:
        app.processEvents()
        settled = not preview.web_available() or preview.is_settled()
        if settled and not window.thumbnails._pending and not window.photo_checks.busy():
            break
        time.sleep(0.03)
    end = time.monotonic() + 0.4  # a grab right at loadFinished is blank
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _grab(widget, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print(path)
    return path


def shoot(draft: Path, languages: list[str], sizes: list[tuple[int, int]], outdir: Path,
          everything: bool) -> list[Path]:
    from editor.gui.app import create_application, start
    from editor.gui.archive.pictures import fill_sample_archive
    from editor.interaction import ScriptedInteraction

    fill_sample_archive()  # the sample site's back catalogue, for search and suggestions
    app = create_application()
    window = start([str(draft)], answers=ScriptedInteraction())
    made: list[Path] = []
    for language in languages:
        window.on_language(language)
        for width, height in sizes:
            window.resize(width, height)
            window.drawer.show_section("")
            _settle(app, window)
            made.append(_grab(window, outdir / f"main-{language}-{width}x{height}.png"))
            if everything:
                made += _extras(app, window, outdir, f"{language}-{width}x{height}")
    window.session.stack.setClean()
    window.close()
    return made


def _extras(app, window, outdir: Path, suffix: str) -> list[Path]:
    made = []
    for section in ("related", "meta", "checks"):
        window.drawer.show_section(section)
        _settle(app, window, 1.0)
        made.append(_grab(window, outdir / f"drawer-{section}-{suffix}.png"))
    made.append(_search_and_social(app, window, outdir, suffix))
    window.drawer.show_section("")
    _scroll_to_first_card(window)
    _settle(app, window, 0.5)
    made.append(_grab(window, outdir / f"body-{suffix}.png"))
    window.scroll.verticalScrollBar().setValue(0)
    if suffix.endswith("1280x800"):
        made += _dialogs(app, window, outdir, suffix.split("-")[0])
        made += _archive(app, window, outdir, suffix.split("-")[0])
        made += _writing_desk(app, window, outdir, suffix.split("-")[0])
        made.append(_history(app, window, outdir, suffix.split("-")[0]))
    return made


SEO_TITLE = "Rob Rendam Tanjung Mas, Warga Bertahan"
SEO_DESCRIPTION = ("Air pasang 60 sentimeter merendam tiga kelurahan di pesisir Semarang. "
                   "Warga Tanjung Mas bertahan di rumah panggung.")


def _search_and_social(app, window, outdir: Path, suffix: str) -> Path:
    """The search and social section with its fields filled in (undone afterwards)."""
    def fill(article) -> None:
        article.seo_title, article.seo_description = SEO_TITLE, SEO_DESCRIPTION

    window.session.edit("screenshot", fill)
    window.drawer.show_section("seo")
    _settle(app, window, 1.5)
    path = _grab(window, outdir / f"drawer-seo-{suffix}.png")
    window.session.stack.undo()
    return path


def _history(app, window, outdir: Path, language: str) -> Path:
    """Revision history with three saves of the open article, made up in memory: the
    newest changed a few words, added a paragraph and touched the headline."""
    from datetime import timedelta

    from editor.model.blocks import Paragraph
    from editor.model.inline import text
    from editor.model.revisions import make_revision

    draft = window.session.draft
    kept = draft.revisions
    first = window.session.article
    second = copy.deepcopy(first)
    second.body.insert(1, Paragraph(text("Petugas BPBD membagikan karung pasir di tiga titik.")))
    third = copy.deepcopy(second)
    third.set_headline(first.headline.replace("Bertahan", "Masih Bertahan"))
    paragraph = next(i for i, block in enumerate(third.body) if isinstance(block, Paragraph))
    third.body[paragraph] = Paragraph(text(
        third.body[paragraph].plain().replace("40 hingga 60", "50 hingga 70")))
    start = (first.published or datetime.now(window.session.site.zone))
    draft.revisions = [make_revision(article, start + timedelta(minutes=minutes))
                       for article, minutes in ((first, 20), (second, 35), (third, 52))]
    window.on_history()
    _settle(app, window, 0.6)
    dialog = window.history_dialog
    path = _grab(dialog, outdir / f"history-{language}.png")
    dialog.reject()
    draft.revisions = kept
    return path


def _scroll_to_first_card(window) -> None:
    """Bring the first Baca Juga into view: the body is what journalists look at all day."""
    from editor.gui.body.card_ops import is_card_block

    body = window.body
    block = body.document().begin()
    while block.isValid() and not is_card_block(block):
        block = block.next()
    if block.isValid():
        top = body.document().documentLayout().blockBoundingRect(block).top()
        y = body.mapTo(window.page, body.rect().topLeft()).y() + int(top)
        window.scroll.verticalScrollBar().setValue(max(0, y - 320))


def _dialogs(app, window, outdir: Path, language: str) -> list[Path]:
    made = []
    for name, opener in (("baca-juga", window.on_insert_baca_juga), ("export", window.on_export),
                         ("preferences", window.on_preferences),
                         ("related", window.on_add_related)):
        opener()
        _settle(app, window, 0.5)
        dialog = app.activeModalWidget()
        if dialog is not None:
            made.append(_grab(dialog, outdir / f"dialog-{name}-{language}.png"))
            dialog.reject()
    return made


def _archive(app, window, outdir: Path, language: str) -> list[Path]:
    from editor.gui.archive.pictures import archive_pictures

    return archive_pictures(app, window, outdir, language, _settle, _grab)


def _writing_desk(app, window, outdir: Path, language: str) -> list[Path]:
    """The spelling menu on a typo, find and replace, the shortcut sheet, a save dialog."""
    window.drawer.show_section("")
    made = [_spelling_menu(app, window, outdir / f"spelling-menu-{language}.png")]
    window.on_replace()
    window.find_bar.find_edit.setText("rob")
    window.find_bar.replace_edit.setText("banjir pasang")
    window.find_bar.step(1)
    _settle(app, window, 0.5)
    made.append(_grab(window, outdir / f"find-replace-{language}.png"))
    window.find_bar.close_bar()
    for field in (window.header.headline, window.header.deck, window.photo.caption, window.body):
        cursor = field.textCursor()  # the last match stays selected: not in later pictures
        cursor.clearSelection()
        field.setTextCursor(cursor)
    window.on_shortcuts()
    _settle(app, window, 0.5)
    made.append(_grab(window.shortcut_sheet, outdir / f"shortcuts-{language}.png"))
    window.shortcut_sheet.reject()
    from editor.gui.dialogs.qt_interaction import file_dialog

    dialog = file_dialog(window, "Redaksi", str(SAMPLE), "Redaksi (*.redaksi)", "save")
    dialog.open()
    _settle(app, window, 0.5)
    made.append(_grab(dialog, outdir / f"dialog-save-{language}.png"))
    dialog.reject()
    return made


def _spelling_menu(app, window, path: Path) -> Path:
    """A typo in the first paragraph, its context menu open, painted onto the window."""
    from PySide6.QtGui import QPainter, QTextCursor

    from editor.gui.fields import standard_menu
    from editor.gui.spelling.menu import offer_in_text

    body, document = window.body, window.body.document()
    found = document.find("banjir")
    if not found.isNull():
        found.insertText("bnajir")
    _settle(app, window, 1.5)
    cursor = document.find("bnajir")
    cursor.setPosition(cursor.selectionStart() + 2)
    cursor.clearSelection() if isinstance(cursor, QTextCursor) else None
    rect = body.cursorRect(cursor)
    window.scroll.ensureVisible(0, body.mapTo(window.page, rect.center()).y(), 0, 200)
    _settle(app, window, 0.3)
    menu = standard_menu(body, rect.center())
    offer_in_text(menu, body, cursor)
    menu.popup(body.viewport().mapToGlobal(rect.bottomRight()))
    _settle(app, window, 0.3)
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.close()
    if not found.isNull():
        window.session.stack.undo()  # the typo was for this picture only
    path.parent.mkdir(parents=True, exist_ok=True)
    picture.save(str(path))
    print(path)
    return path


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m editor.gui.screenshots",
                                     description="Screenshots of the Redaksi main window.")
    parser.add_argument("--lang", action="append", choices=("id", "en"),
                        help="UI language (repeatable; default: id and en)")
    parser.add_argument("--size", action="append", type=_size,
                        help="window size WxH (repeatable; default: 1280x800 and 1024x700)")
    parser.add_argument("--draft", type=Path, default=SAMPLE, help="article to show")
    parser.add_argument("--all", action="store_true",
                        help="also each drawer section open, and the main dialogs")
    parser.add_argument("-o", "--output", type=Path, default=Path("screenshots"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="redaksi-shots-") as scratch:
        _isolate(Path(scratch))
        shoot(args.draft, args.lang or ["id", "en"], args.size or [(1280, 800), (1024, 700)],
              args.output, args.all)
    return 0


if __name__ == "__main__":
    sys.exit(main())
