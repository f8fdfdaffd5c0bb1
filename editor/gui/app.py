"""Start-up: the QApplication, translations, the interaction seam, the window.

``redaksi`` (no arguments) and ``redaksi DRAFT.redaksi`` call ``run``. Tests and
tools build the window with ``start`` inside an application they already have.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

import editor.gui.preview.pane  # noqa: F401  (QtWebEngine is set up before the QApplication)
from editor import interaction
from editor.gui.dialogs.qt_interaction import QtInteraction
from editor.gui.i18n import translations
from editor.gui.icons import icon
from editor.gui.settings import Settings
from editor.gui.window.main_window import MainWindow
from editor.memory import tune_allocator


def create_application() -> QApplication:
    """The one QApplication (reused when a test framework already made it)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication([sys.argv[0] if sys.argv else "redaksi"])
    app.setApplicationName("Redaksi")
    app.setDesktopFileName("redaksi")
    app.setWindowIcon(icon("baca-juga"))
    return app


def start(argv: Sequence[str] = (), *, settings: Settings | None = None,
          answers: interaction.Interaction | None = None, preview: bool = True) -> MainWindow:
    """Build and show the window on ``argv[0]`` (a draft) or a new article.

    ``preview=False`` keeps the preview pane from starting QtWebEngine (tests that
    are not about the preview save Chromium's start-up and memory).
    """
    settings = settings or Settings()
    translations().apply(settings.get("language"))
    interaction.install(answers or interaction.scripted_from_env() or QtInteraction())
    window = MainWindow(settings, preview=preview)
    paths = [arg for arg in argv if not arg.startswith("-")]
    if not paths or not window.files.open_path(paths[0]):
        window.session.load(window.files.new_draft())
    window.show()
    return window


def run(argv: list[str]) -> int:
    """The editor's main loop; returns the process exit code."""
    tune_allocator()
    app = create_application()
    window = start(argv)
    window.first_frame.later(window.files.offer_recovery)  # a journal scan: after the frame
    return app.exec()
