"""Where the live preview comes from: ``editor.gui.preview.pane.PreviewPane`` when it is
installed, else a placeholder with the same methods that says why there is none.

The preview module must be imported before the QApplication exists (QtWebEngine
insists), so ``editor.gui.app`` imports this module first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from editor.model.draft import Draft
from editor.site import SiteProfile

log = logging.getLogger(__name__)

try:
    from editor.gui.preview.pane import PreviewPane
except ImportError as exc:  # the preview is its own part; the editor works without it
    PreviewPane = None  # type: ignore[assignment,misc]
    IMPORT_PROBLEM = str(exc)
else:
    IMPORT_PROBLEM = ""


class PreviewPlaceholder(QWidget):
    """Stands in for the preview: same API, and a sentence saying why it is missing."""

    rendered = Signal(float)

    def __init__(self, parent: QWidget | None = None, reason: str = "") -> None:
        super().__init__(parent)
        self.reason = reason
        self.before_render: Callable[[], object] | None = None
        self._device = "phone"
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate_ui()

    def set_site(self, site: SiteProfile) -> None:
        pass

    def show_draft(self, draft: Draft) -> None:
        pass

    def schedule_update(self, draft: Draft) -> None:
        pass

    def set_device(self, device: str) -> None:
        self._device = device

    def device(self) -> str:
        return self._device

    def set_debounce_ms(self, milliseconds: int) -> None:
        pass

    def web_available(self) -> bool:
        return False

    def retranslate_ui(self) -> None:
        text = self.tr("No live preview: the preview component is not installed.")
        detail = f"\n\n{self.reason}" if self.reason else ""
        self.label.setText(text + detail + "\n\n" + self.tr("Export still writes the page."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def make_preview(parent: QWidget) -> QWidget:
    """The real preview if it can be built, else the placeholder."""
    if PreviewPane is None:
        return PreviewPlaceholder(parent, IMPORT_PROBLEM)
    try:
        return PreviewPane(parent)
    except Exception as exc:  # a broken preview must never keep the editor from opening
        log.exception("the preview could not be created")
        return PreviewPlaceholder(parent, str(exc))
