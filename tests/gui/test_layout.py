"""No clipped labels at 1280×800 and at 1024×700, in Indonesian and in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from tests.gui.helpers import wait_tasks

pytestmark = pytest.mark.gui

SIZES = [(1280, 800), (1024, 700)]


def clipped(window) -> list[str]:
    """Visible labels and buttons narrower (or shorter) than their text needs, once the
    layouts that a late title change (the checks' count arriving) asked for are done."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    problems = []
    widgets: list[QWidget] = [*window.findChildren(QLabel), *window.findChildren(QAbstractButton),
                              *window.findChildren(QComboBox)]
    for widget in widgets:
        if not widget.isVisibleTo(window) or widget.width() == 0 or getattr(widget, "elides", 0):
            continue  # (an ElidedLabel shortens a long URL on purpose, whole in its tooltip)
        text = getattr(widget, "text", lambda: "")() if not isinstance(widget, QComboBox) \
            else widget.currentText()
        if not text or (isinstance(widget, QToolButton) and widget.autoRaise() and not text):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + 1:
                problems.append(f"{type(widget).__name__} {text!r}: {widget.height()} < {need} high")
        elif widget.width() + 1 < widget.minimumSizeHint().width() or \
                widget.width() + 1 < widget.sizeHint().width():
            problems.append(f"{type(widget).__name__} {text!r}: {widget.width()} < "
                            f"{widget.sizeHint().width()} wide")
    for widget in window.findChildren(QLineEdit) + window.findChildren(QAbstractButton):
        need = widget.minimumSizeHint().height()
        if widget.isVisibleTo(window) and need > 0 and widget.height() + 1 < need:
            problems.append(f"{type(widget).__name__} {widget.objectName()!r}: squeezed to "
                            f"{widget.height()} < {need} high")
    return problems


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_nothing_clipped(qtbot, make_window, sample_draft_path, language, width, height) -> None:
    window = make_window(sample_draft_path, language=language)
    window.resize(width, height)
    # the photo checks report after the first frame and retitle the drawer's Checks button
    # ("Checks ✓" -> "Checks (1 ⚠)"): measuring before that is measuring a moving target
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: not window.photo_checks.busy() and
                    not window._refresh_timer.isActive(), timeout=10_000)
    for section in ("", "related", "meta", "seo", "checks"):
        window.drawer.show_section(section)
        qtbot.wait(20)
        assert clipped(window) == [], (section, language, width)
    assert window.menuBar().sizeHint().width() <= width
    toolbar = window.toolbar
    assert toolbar.sizeHint().width() <= width, "toolbar would hide buttons behind »"
    for action in window.actions.values():
        button = toolbar.widgetForAction(action)
        if button is not None:
            assert button.isVisible(), action.objectName()


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_find_bar_keeps_room_to_type(qtbot, make_window, sample_draft_path, language,
                                         width, height) -> None:
    """At 1024 px the Indonesian options ("Cocokkan huruf besar/kecil") squeezed the search
    field to six letters; they move below it instead, and nothing is clipped."""
    from editor.gui.find.bar import FIELD_CHARS

    window = make_window(sample_draft_path, language=language)
    window.resize(width, height)
    window.on_replace()
    bar = window.find_bar
    qtbot.waitUntil(bar.isVisible)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert bar.find_edit.width() >= bar.find_edit.fontMetrics().averageCharWidth() * FIELD_CHARS
    assert clipped(window) == [], (language, width)
    below = bar.case.mapTo(bar, bar.case.rect().topLeft()).y() > bar.replace_edit.y()
    assert below == (width < 1280), (language, width)  # beside the field when there is room
