"""Issue 12 item 9: the preview follows the caret — editing paragraph 1 shows paragraph 1,
and the desktop page keeps its real width in the window's narrow pane."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from tests.gui.helpers import page_value

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]


def on_screen(qtbot, window, index: int) -> bool:
    """Whether body element ``index`` of the preview's page is in its viewport."""
    box = page_value(qtbot, window.preview, "(() => { const r = document.querySelector("
                     f"'.article-body').children[{index}].getBoundingClientRect();"
                     " return [r.top, r.bottom, window.innerHeight]; })()")
    top, bottom, height = box
    return bottom > 0 and top < height


def caret_in(window, block_number: int) -> None:
    cursor = QTextCursor(window.body.document().findBlockByNumber(block_number))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.body.setFocus()
    window.body.setTextCursor(cursor)


@pytest.fixture
def window(make_window, sample_draft_path, qtbot):
    window = make_window(sample_draft_path, preview=True)
    window.resize(1280, 800)
    qtbot.waitUntil(window.preview.is_settled, timeout=30_000)
    return window


def test_typing_in_the_first_paragraph_brings_it_into_view(qtbot, window) -> None:
    page_value(qtbot, window.preview, "(window.scrollTo(0, document.body.scrollHeight), 0)")
    qtbot.waitUntil(lambda: not on_screen(qtbot, window, 0), timeout=5_000)
    caret_in(window, 0)
    qtbot.keyClicks(window.body, " Sore itu")
    qtbot.waitUntil(lambda: window.preview.is_settled() and on_screen(qtbot, window, 0),
                    timeout=30_000)
    first = page_value(qtbot, window.preview,
                       "document.querySelector('.article-body').children[0].textContent")
    assert first.endswith("Sore itu"), "the element shown is the one being edited"


def test_moving_the_caret_down_the_body_scrolls_the_preview_along(qtbot, window) -> None:
    last = len(window.session.article.body) - 1
    caret_in(window, window.session.block_number(last))
    position = window.preview.positions[last]
    qtbot.waitUntil(lambda: on_screen(qtbot, window, position), timeout=10_000)
    assert not on_screen(qtbot, window, 0), "the sample is longer than one screen"
    assert window.follower.last_result == "scrolled"
    # a caret move within what is already on screen leaves the scroll alone
    before = page_value(qtbot, window.preview, "window.scrollY")
    caret_in(window, window.session.block_number(last))
    qtbot.wait(200)
    assert page_value(qtbot, window.preview, "window.scrollY") == before
    # the headline's field shows the headline
    window.header.headline.setFocus()
    qtbot.waitUntil(lambda: page_value(qtbot, window.preview, "document.querySelector('h1')"
                                       ".getBoundingClientRect().top >= 0"), timeout=10_000)


def test_desktop_preview_keeps_its_real_width_in_the_window(qtbot, window) -> None:
    window.actions["device_desktop"].trigger()
    qtbot.waitUntil(lambda: page_value(qtbot, window.preview, "window.innerWidth") == 1280,
                    timeout=10_000)
    assert window.preview.zoom() == 1.0
    assert window.preview.width() < 1280, "the pane is narrower than the page"
    stage = window.preview._stage
    assert stage.scroll.horizontalScrollBar().maximum() > 0, "so it scrolls sideways"
    stage.zoom_box.activated.emit(stage.zoom_box.findData(0.67))
    assert window.settings.get("preview_zoom") == {"desktop": 0.67}
