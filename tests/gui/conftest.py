"""Fixtures for driving the real editor window offscreen.

The root ``tests/conftest.py`` sets ``QT_QPA_PLATFORM=offscreen`` and points the
config/data/cache folders at temp dirs per test; here we add: compiled
translations, scripted answers for the interaction seam, and a ``window``
factory. Windows use a preview placeholder unless a test asks for the real
QtWebEngine preview (``make_window(preview=True)``): Chromium costs ~0.5 s and
~270 MiB per window and is tested on its own in ``test_preview.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

from PySide6.QtTest import QTest  # noqa: E402

import editor.gui  # noqa: E402,F401  (guards None/True/False refcounts before Qt runs)
import editor.gui.preview.pane  # noqa: E402,F401  (QtWebEngine is set up before the QApplication)
from editor.interaction import ScriptedInteraction  # noqa: E402
from tests.support import ROOT, missing  # noqa: E402

I18N = ROOT / "resources" / "i18n"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """What ``.ci/setup`` does: .ts -> .qm where the .qm is missing or older."""
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in I18N.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture
def answers() -> ScriptedInteraction:
    return ScriptedInteraction()


@pytest.fixture
def make_window(qtbot, answers) -> Iterator[Callable[..., object]]:
    """``make_window(*argv, preview=False)``: a shown, active main window."""
    from editor.gui.app import start
    from editor.gui.settings import Settings

    made = []

    def make(*argv: str, preview: bool = False, language: str | None = None):
        settings = Settings()
        if language:
            settings.set("language", language)
        window = start([str(a) for a in argv], settings=settings, answers=answers,
                       preview=preview)
        qtbot.addWidget(window)
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window), "the window never became active"
        made.append(window)
        return window

    yield make
    for window in made:
        if not shiboken6.isValid(window):  # closed and deleted already (pytest-qt closes
            continue                       # the widgets it was given before this runs)
        window.session.stack.setClean()  # no "save changes?" on teardown
        window.session._forced_dirty = False
        window.close()
    from editor.gui.i18n import translations

    translations().apply("id")


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def webengine() -> None:
    """QtWebEngine can be imported here: skipped with the reason elsewhere, failed under CI."""
    from editor.gui.preview.pane import WEBENGINE_PROBLEM

    if WEBENGINE_PROBLEM:
        missing(f"QtWebEngine is not importable here ({WEBENGINE_PROBLEM})")


@pytest.fixture
def jpeg(tmp_path) -> Path:
    from PIL import Image

    path = tmp_path / "foto-banjir.jpg"
    image = Image.new("RGB", (1600, 1067), (70, 110, 150))
    for x in range(0, 1600, 40):
        for y in range(700, 1067, 40):
            image.putpixel((x, y), (200, 180, 90))
    image.save(path, quality=85)
    return path
