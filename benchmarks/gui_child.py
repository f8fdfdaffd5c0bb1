"""One measured GUI process for ``gui_bench.py``: a baseline, the stand-in window, or latency.

    gui_child.py bare-window          # QMainWindow + QTextEdit, nothing else
    gui_child.py bare-web PAGE.html   # a bare QWebEngineView loading the exported page
    gui_child.py app DRAFT            # the `redaksi DRAFT` command (editor.cli.main), measured
    gui_child.py standin DRAFT        # QMainWindow: QTextEdit | PreviewPane (before the app existed)
    gui_child.py latency --words N    # keystroke -> preview updated, printed as one JSON line
    gui_child.py latency-app --words N  # the same with real key presses in the real window

Every process prints ``REDAKSI_BENCH {json}`` lines (see ``gui_hooks.py``).
The bare baselines import nothing from Redaksi but that small module (PySide6 only), so
they are what a minimal PySide6 program costs on this machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

from benchmarks.gui_hooks import (  # noqa: E402 - PySide6 only
    finish_after_hold,
    report,
    wait_painted,
    watch_first_paint,
)

WINDOW_SIZE = (1280, 800)
PHONE_VIEW = (390, 800)


def bare_window() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTextEdit())
    window.resize(*WINDOW_SIZE)
    watch_first_paint(window, lambda: (report("shown"), finish_after_hold()))
    window.show()
    return app.exec()


def bare_web(page: Path) -> int:
    """The floor for the preview: a plain view, page JavaScript on (the default)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    web_start = time.monotonic()
    view = QWebEngineView()
    view.resize(*PHONE_VIEW)
    loaded: list[bool] = []
    view.loadFinished.connect(loaded.append)
    watch_first_paint(view, lambda: report("shown"))
    view.show()
    view.load(QUrl.fromLocalFile(str(page)))

    def evaluate(script, callback) -> None:
        view.page().runJavaScript(script, 0, callback)

    def painted() -> None:
        report("preview", device="bare", web_start=web_start)
        finish_after_hold()

    wait_painted(lambda: view, lambda: bool(loaded), evaluate, painted)
    return app.exec()


def app(draft_path: Path) -> int:
    """``redaksi DRAFT`` as a user runs it (``editor.cli.main``), with the measuring hook on
    its window: ``start`` has called ``show()``, but nothing is painted before the event
    loop runs, so the hook sees the first frame."""
    from benchmarks.gui_hooks import run_command

    return run_command([str(draft_path)])


def standin(draft_path: Path) -> int:
    """What the editor window will be, reduced to an editor and the preview side by side."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextEdit

    from benchmarks.gui_hooks import install_bench_hook
    from editor.gui.preview.pane import PreviewPane  # before QApplication: QtWebEngine needs it
    from editor.storage.draft import open_draft

    app = QApplication(sys.argv[:1])
    draft = open_draft(draft_path)
    window = QMainWindow()
    splitter = QSplitter(window)
    text = QTextEdit(splitter)
    text.setPlainText("\n\n".join(_plain_blocks(draft.article)))
    pane = PreviewPane(splitter)
    window.setCentralWidget(splitter)
    window.resize(*WINDOW_SIZE)
    install_bench_hook(window)
    window.show()
    pane.show_draft(draft)
    return app.exec()


def _plain_blocks(article) -> list[str]:
    return [article.headline] + [b.plain() for b in article.body if hasattr(b, "plain")]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "scenario",
        choices=["bare-window", "bare-web", "app", "standin", "latency", "latency-app"],
    )
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--keys", type=int, default=60)
    parser.add_argument("--device", default="phone")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.scenario == "bare-window":
        return bare_window()
    if args.scenario == "bare-web":
        return bare_web(args.path)
    if args.scenario == "app":
        return app(args.path)
    if args.scenario == "standin":
        return standin(args.path)
    if args.scenario == "latency-app":
        import tempfile

        from benchmarks.gui_latency import run_app_latency

        with tempfile.TemporaryDirectory(prefix="redaksi-latency-") as folder:
            return run_app_latency(args.words, args.keys, args.seed, Path(folder))
    from benchmarks.gui_latency import run_latency

    return run_latency(args.words, args.keys, args.device, args.seed)


if __name__ == "__main__":
    sys.exit(main())
