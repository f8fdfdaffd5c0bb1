"""The live preview pane: the exporter's page, updated in place, phone and desktop widths.

Offscreen QtWebEngine (software rendering). Each test waits on the pane's own
signals or on values read back from the page, never on fixed sleeps.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PIL import Image

from editor.export.article import export_article
from editor.gui.preview import pane as preview
from editor.model.draft import Draft
from editor.render.preview import PREVIEW_MAX_SIDE, PreviewFolder, prepare_image, render_preview
from editor.site import load_profile
from editor.storage.draft import open_draft
from tests.support import ROOT, SAMPLE_DRAFT

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]

needs_web = pytest.mark.usefixtures("webengine")
LOAD_TIMEOUT_MS = 30_000


@pytest.fixture
def draft() -> Draft:
    return open_draft(SAMPLE_DRAFT)


@pytest.fixture
def pane(qtbot, draft):
    """A phone-width pane showing the sample, photos downscaled and in place."""
    widget = preview.PreviewPane()
    widget.resize(420, 360)
    widget.show()
    widget.show_draft(draft)
    qtbot.waitUntil(widget.is_settled, timeout=LOAD_TIMEOUT_MS)
    yield widget
    # Delete now: a web page still alive when Qt releases the web profile at exit warns.
    shiboken6.delete(widget)


def page_value(qtbot, pane, expression: str):
    """Evaluate ``expression`` in the page and return it (via JSON, as PySide drops arrays)."""
    box: list[object] = []
    pane.evaluate(f"JSON.stringify({expression})", box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5_000)
    return json.loads(box[0]) if isinstance(box[0], str) else None


@needs_web
def test_shows_the_sample_with_a_downscaled_photo(qtbot, pane, draft):
    natural = "document.querySelector('figure.featured img').naturalWidth"
    qtbot.waitUntil(lambda: page_value(qtbot, pane, natural) > 0, timeout=5_000)
    shown = page_value(
        qtbot,
        pane,
        "{h1: document.querySelector('h1').textContent,"
        " src: document.querySelector('figure.featured img').currentSrc,"
        " ratio: document.querySelector('figure.featured img').width"
        " / document.querySelector('figure.featured img').height}",
    )
    assert shown["h1"] == draft.article.headline
    assert shown["src"].startswith("file://") and "/img-" in shown["src"]
    assert shown["ratio"] == pytest.approx(2400 / 1600, rel=0.01), "laid out as the original"
    assert page_value(qtbot, pane, natural) <= PREVIEW_MAX_SIDE, "never the full-size photo"


@needs_web
def test_update_replaces_the_dom_in_place_and_keeps_the_scroll(qtbot, pane, draft):
    page_value(qtbot, pane, "(window.__kept = 'masih di sini', window.scrollTo(0, 500), 0)")
    qtbot.waitUntil(lambda: page_value(qtbot, pane, "window.scrollY") == 500, timeout=5_000)
    draft.article.set_headline("Rob Surut, Warga Tanjung Mas Mulai Membersihkan Rumah")
    with qtbot.waitSignal(pane.rendered, timeout=LOAD_TIMEOUT_MS):
        pane.schedule_update(draft)
    shown = page_value(
        qtbot,
        pane,
        "{h1: document.querySelector('h1').textContent, title: document.title,"
        " kept: window.__kept, y: window.scrollY}",
    )
    assert shown["h1"] == "Rob Surut, Warga Tanjung Mas Mulai Membersihkan Rumah"
    assert shown["title"].startswith("Rob Surut")
    assert shown["kept"] == "masih di sini", "a reload would have dropped the global"
    assert shown["y"] == 500
    assert not pane.last_timing.full_load


@needs_web
def test_updates_coalesce_into_the_latest_draft(qtbot, pane, draft):
    pane.set_debounce_ms(50)
    for n in range(5):
        draft.article.set_headline(f"Judul ke-{n}")
        pane.schedule_update(draft)
    with qtbot.waitSignal(pane.rendered, timeout=LOAD_TIMEOUT_MS):
        pass
    qtbot.waitUntil(pane.is_settled, timeout=LOAD_TIMEOUT_MS)
    assert page_value(qtbot, pane, "document.querySelector('h1').textContent") == "Judul ke-4"


@needs_web
def test_typing_while_the_first_page_renders_still_reaches_the_page(qtbot, draft):
    """The first page is rendered in a worker from a snapshot, beside Chromium's start-up;
    a change made meanwhile must not be lost, nor touch the snapshot being rendered."""
    widget = preview.PreviewPane()
    widget.resize(420, 360)
    widget.set_debounce_ms(0)
    widget.show_draft(draft)
    widget.show()
    qtbot.waitUntil(lambda: widget._first_page is not None, timeout=LOAD_TIMEOUT_MS)
    original = draft.article.headline
    draft.article.set_headline("Diketik Saat Pratinjau Pertama Dibuat")
    widget.schedule_update(draft)
    qtbot.waitUntil(widget.is_settled, timeout=LOAD_TIMEOUT_MS)
    h1 = "document.querySelector('h1').textContent"
    qtbot.waitUntil(lambda: page_value(qtbot, widget, h1) == draft.article.headline,
                    timeout=LOAD_TIMEOUT_MS)
    assert original != draft.article.headline
    shiboken6.delete(widget)


@needs_web
def test_phone_and_desktop_lay_out_at_their_css_widths(qtbot, pane):
    """Issue 12 item 9: the desktop page is laid out at 1280 px and shown at 100 % in a
    420 px pane, scrolled sideways to its middle, never shrunk to fit; the zoom box is
    the journalist's choice."""
    from editor.gui.preview.web import PreviewView

    view = pane.findChild(PreviewView)
    assert pane.device() == "phone"
    qtbot.waitUntil(lambda: page_value(qtbot, pane, "window.innerWidth") == 390, timeout=5_000)
    pane.set_device("desktop")
    assert pane.device() == "desktop"
    qtbot.waitUntil(lambda: page_value(qtbot, pane, "window.innerWidth") == 1280, timeout=5_000)
    assert view.zoomFactor() == 1.0 and view.width() == 1280, "real size, not shrunk"
    bar = pane._stage.scroll.horizontalScrollBar()
    assert bar.maximum() == 1280 - pane._stage.scroll.viewport().width()
    left = page_value(qtbot, pane,
                      "document.querySelector('.article-header').getBoundingClientRect().left")
    assert 250 < left < 320, "the sample theme centres a 680 px column"
    qtbot.waitUntil(lambda: bar.value() == round(left - 16), timeout=5_000)  # its left edge
    pane._stage.zoom_box.setCurrentIndex(pane._stage.zoom_box.findData(0.75))
    pane._stage.zoom_box.activated.emit(pane._stage.zoom_box.currentIndex())
    qtbot.waitUntil(lambda: abs(view.zoomFactor() - 0.75) < 1e-6, timeout=5_000)
    assert view.width() == 960 and pane.zoom() == 0.75
    qtbot.waitUntil(lambda: page_value(qtbot, pane, "window.innerWidth") == 1280, timeout=5_000)
    pane.set_device("phone")
    qtbot.waitUntil(lambda: page_value(qtbot, pane, "window.innerWidth") == 390, timeout=5_000)
    assert pane.zoom() == 1.0, "each device keeps its own zoom"
    with pytest.raises(ValueError):
        pane.set_device("tablet")


@needs_web
def test_links_never_navigate_the_preview_away(qtbot, pane, monkeypatch):
    opened = []
    monkeypatch.setattr("editor.gui.preview.web.QDesktopServices.openUrl", opened.append)
    page_value(qtbot, pane, "(document.querySelector('.share-bar a').click(), 0)")
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    assert opened[0].scheme() == "https"
    assert page_value(qtbot, pane, "location.protocol") == "file:"


@needs_web
def test_a_dead_renderer_is_reported_and_the_next_change_reloads(qtbot, pane, draft):
    from PySide6.QtWebEngineCore import QWebEnginePage

    from editor.gui.preview.web import PreviewView

    page = pane.findChild(PreviewView).page()
    page.renderProcessTerminated.emit(
        QWebEnginePage.RenderProcessTerminationStatus.CrashedTerminationStatus, 9
    )
    stopped = pane.tr("The preview stopped unexpectedly. It will restart with your next change.")
    shown = [label for label in pane.findChildren(preview.QLabel) if label.isVisible()]
    assert any(stopped in label.text() for label in shown)
    draft.article.set_headline("Setelah Pemulihan")
    pane.schedule_update(draft)
    qtbot.waitUntil(pane.is_settled, timeout=LOAD_TIMEOUT_MS)
    assert pane.last_timing.full_load
    assert page_value(qtbot, pane, "document.querySelector('h1').textContent") == (
        "Setelah Pemulihan"
    )
    assert not any(
        stopped in label.text() and label.isVisible() for label in pane.findChildren(preview.QLabel)
    )


@needs_web
def test_a_pane_hidden_at_start_starts_its_web_view_when_shown(qtbot, draft):
    """View > Preview off at start: no Chromium until the journalist turns it on."""
    from PySide6.QtWidgets import QSplitter, QTextEdit

    window = QSplitter()
    QTextEdit(window)
    widget = preview.PreviewPane(window)
    widget.hide()
    window.resize(900, 500)
    window.show()
    qtbot.waitExposed(window)
    widget.show_draft(draft)
    qtbot.wait(600)
    assert widget.web_started is None
    widget.show()
    qtbot.waitUntil(widget.is_settled, timeout=LOAD_TIMEOUT_MS)
    assert page_value(qtbot, widget, "window.innerWidth") == 390
    shiboken6.delete(window)


def test_without_webengine_the_pane_says_why(qtbot, draft, monkeypatch):
    monkeypatch.setattr(preview, "WEBENGINE_PROBLEM", "disabled")
    widget = preview.PreviewPane()
    qtbot.addWidget(widget)
    widget.show()
    widget.show_draft(draft)
    widget.schedule_update(draft)
    widget.set_device("desktop")
    widget.retranslate_ui()
    qtbot.wait(50)
    assert not widget.web_available()
    shown = [label for label in widget.findChildren(preview.QLabel) if label.isVisible()]
    assert len(shown) == 1
    assert "Qt WebEngine" in shown[0].text() and "REDAKSI_NO_WEBENGINE" in shown[0].text()


def run_python(code: str, **env: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_env_switch_keeps_webengine_unloaded():
    """With REDAKSI_NO_WEBENGINE=1 the pane is built and shown without QtWebEngine at all."""
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from editor.gui.preview.pane import PreviewPane; p = PreviewPane(); p.show();"
        "[app.processEvents() for _ in range(50)];"
        "assert not p.web_available();"
        "assert not any(m.startswith('PySide6.QtWebEngine') for m in sys.modules); print('ok')"
    )
    assert run_python(code, REDAKSI_NO_WEBENGINE="1") == "ok"


def test_importing_the_pane_loads_neither_webengine_nor_the_renderer():
    """The editor window paints before these are loaded (start-up benchmark)."""
    code = (
        "import sys; import editor.gui.preview.pane;"
        "print(sorted(m for m in ('PySide6.QtWebEngineWidgets', 'jinja2', 'PIL.Image')"
        " if m in sys.modules))"
    )
    assert run_python(code) == "[]"


def without_photo_files(page: str) -> str:
    """The page minus what names image files: ``<picture>`` contents, og/twitter image tags,
    JSON-LD ``image`` (the export has crops and AVIF/WebP widths, the preview one JPEG)."""
    page = re.sub(r"<picture>.*?</picture>", "<picture></picture>", page, flags=re.S)
    page = re.sub(r'<meta (?:property|name)="(?:og|twitter):image[^>]*>\n', "", page)

    def json_ld(match: re.Match) -> str:
        data = json.loads(match.group(2))
        data.pop("image", None)
        return match.group(1) + json.dumps(data, sort_keys=True) + match.group(3)

    return re.sub(
        r'(<script type="application/ld\+json">\n)(.*?)(\n</script>)', json_ld, page, flags=re.S
    )


def test_preview_page_is_the_exported_page_but_for_photo_files(draft, tmp_path):
    site = load_profile()
    exported = export_article(draft, site, tmp_path)
    exported_page = (exported.path / "index.html").read_text(encoding="utf-8")
    folder = PreviewFolder()
    key, source = next(iter(draft.media.items()))
    light = prepare_image(source, folder.path)
    page = render_preview(draft, site, {key: light}).page
    assert without_photo_files(page) == without_photo_files(exported_page)
    assert page.count("<picture>") == exported_page.count("<picture>") == 1
    assert f'<img src="{light.main.src}"' in page
    folder.remove()
    assert not folder.path.exists()


def test_big_photos_are_downscaled_once(tmp_path: Path):
    big = tmp_path / "besar.jpg"
    Image.new("RGB", (4000, 3000), (90, 120, 150)).save(big, quality=80)
    first = prepare_image(big, tmp_path, max_side=1600)
    copy_time = (tmp_path / first.main.src).stat().st_mtime_ns
    again = prepare_image(big, tmp_path, max_side=1600)
    assert (first.main.width, first.main.height) == (1600, 1200)
    assert again.main == first.main
    assert (tmp_path / first.main.src).stat().st_mtime_ns == copy_time, "made once"
    with Image.open(tmp_path / first.main.src) as copy:
        assert copy.size == (1600, 1200)
    assert prepare_image(tmp_path / "tidak-ada.jpg", tmp_path) is None
