"""Start-up: the first frame comes before everything that can wait (benchmarks/README.md)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from editor.gui.startup import FirstFrame
from editor.gui.tasks import running
from tests.gui.helpers import wait_tasks
from tests.support import ROOT, SAMPLE_DRAFT

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]

FIRST_FRAME_PROBE = """
import sys
from PySide6.QtCore import QTimer
from editor.gui.app import create_application, start
from editor.gui.preview.pane import PreviewPane
app = create_application()
window = start([sys.argv[1]])
pane = window.findChild(PreviewPane)
at_show = sorted(name for name in sys.modules if name.split(".")[0] in
                 ("PIL", "jinja2", "lxml", "babel") or name.startswith(
                 ("editor.export", "editor.importers", "editor.media", "PySide6.QtWebEngine")))
print("before the first frame:", at_show, window.drawer.pages == {}, pane.web_started is None)
def after():
    print("after it:", window.first_frame.done, pane.web_started is not None)
    app.quit()
window.first_frame.later(lambda: QTimer.singleShot(0, after))
app.exec()
"""


def test_the_first_frame_comes_before_photos_renderer_webengine_and_panels() -> None:
    """Nothing that can wait is loaded or started before the window has painted."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", FIRST_FRAME_PROBE, str(SAMPLE_DRAFT)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert "before the first frame: [] True True" in lines
    assert "after it: True True" in lines


def test_first_frame_queues_until_the_window_paints(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    gate = FirstFrame.of(window)
    assert FirstFrame.of(window) is gate
    ran: list[str] = []
    gate.later(lambda: ran.append("a"))
    gate.later(lambda: ran.append("b"))
    gate.later(lambda: ran.append("first"), first=True)
    qtbot.wait(20)
    assert ran == []
    window.show()
    qtbot.waitUntil(lambda: gate.done, timeout=5_000)
    assert ran == ["first", "a", "b"]
    gate.later(lambda: ran.append("now"))
    assert ran[-1] == "now"


def test_a_window_that_never_paints_still_runs_its_queue(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    ran: list[bool] = []
    FirstFrame.of(window).later(lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True], timeout=5_000)


def test_drawer_panels_are_built_when_first_opened(make_window, jpeg) -> None:
    window = make_window(SAMPLE_DRAFT)
    assert not any(window.drawer.built(name) for name in ("related", "meta", "checks"))
    window.session.edit("", lambda article: article.set_headline(""))
    window.refresh_checks()
    assert window.drawer.buttons["checks"].text().startswith("Pemeriksaan (")
    assert not window.drawer.built("checks")
    window.drawer.show_section("checks")
    assert window.drawer.built("checks")
    texts = [window.checks.list.item(i).text() for i in range(window.checks.list.count())]
    assert "Judul belum diisi." in texts
    assert [s.title for s in window.session.article.related] == [
        window.related.list.topLevelItem(i).text(0)
        for i in range(window.related.list.topLevelItemCount())]


def test_paused_thumbnails_wait_for_resume(qtbot, jpeg) -> None:
    from editor.gui.thumbnails import ThumbnailCache

    cache = ThumbnailCache()
    cache.pause()
    assert cache.get(jpeg) is None
    assert running() == 0
    with qtbot.waitSignal(cache.loaded, timeout=10_000):
        cache.resume()
    wait_tasks(qtbot)
    assert cache.get(jpeg) is not None


def test_bundled_icons_paint_at_any_size_and_grey_out_when_disabled(qtbot) -> None:
    from editor.gui.icons import icon

    bold = icon("bold")
    for side in (16, 24, 48):
        assert not bold.pixmap(QSize(side, side)).isNull()
    normal = bold.pixmap(QSize(24, 24)).toImage()
    disabled = bold.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    assert normal != disabled
