"""Screenshots of a Word document opened through File → Import…, and its import report.

    .venv/bin/python -m tests.gui.import_screenshots -o screenshots/

Imports the newsroom document of the importer tests (every element and
convention, a comment and tracked changes) in Indonesian and in English, and
writes ``import-report-<lang>.png`` (the dialog) and ``import-window-<lang>.png``
(the window behind it, the new draft). Throw-away config folders.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from editor.gui.screenshots import _grab, _isolate, _settle


def shoot(outdir: Path, scratch: Path) -> list[Path]:
    from editor.gui.app import create_application, start
    from editor.interaction import ScriptedInteraction
    from tests.importers.docx_factory import newsroom_docx

    docx = newsroom_docx(scratch / "banjir-rob-kelurahan.docx")
    app = create_application()
    answers = ScriptedInteraction(answers={"import": docx, "save_changes": "discard"})
    window = start([], answers=answers)
    window.resize(1280, 800)
    made = []
    for language in ("id", "en"):
        window.on_language(language)
        window.actions["import"].trigger()
        deadline = time.monotonic() + 30
        while window.imports.busy and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        _settle(app, window, 3.0)
        dialog = window.imports.report_dialog
        made.append(_grab(dialog, outdir / f"import-report-{language}.png"))
        made.append(_grab(window, outdir / f"import-window-{language}.png"))
        dialog.accept()
        _scroll_to_table(window)
        _settle(app, window, 1.0)
        made.append(_grab(window, outdir / f"import-body-{language}.png"))
        window.scroll.verticalScrollBar().setValue(0)
    window.session.stack.setClean()
    window.session._forced_dirty = False
    window.close()
    return made


def _scroll_to_table(window) -> None:
    """Bring the imported table's card into view."""
    from editor.gui.body.convert import card_in_block
    from editor.model import Table

    body = window.body
    block = body.document().begin()
    while block.isValid() and not isinstance(card_in_block(block), Table):
        block = block.next()
    top = body.document().documentLayout().blockBoundingRect(block).top()
    y = body.mapTo(window.page, body.rect().topLeft()).y() + int(top)
    window.scroll.verticalScrollBar().setValue(max(0, y - 360))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.gui.import_screenshots")
    parser.add_argument("-o", "--output", type=Path, default=Path("screenshots"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="redaksi-shots-") as scratch:
        _isolate(Path(scratch))
        shoot(args.output.resolve(), Path(scratch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
