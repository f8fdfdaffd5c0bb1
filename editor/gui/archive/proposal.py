"""A suggested Baca Juga place, opened from its mark in the margin: which story, why it
fits here, and the journalist's choice — put it in, reject it, or pick another story.

Nothing goes into the text without the click on "Insert here"; the insertion is one
step of the window's history (Ctrl+Z takes it out again, and only it).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from editor.gui import style
from editor.gui.archive.stories import meta_line
from editor.gui.i18n import Retranslates
from editor.gui.icons import icon
from editor.site import SiteProfile

WIDTH = 420


class ProposalPopup(Retranslates, QFrame):
    accepted = Signal()
    rejected = Signal()
    other = Signal()  # "pick another story": the Baca Juga dialog for this place

    def __init__(self, suggestion, site: SiteProfile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("proposalPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(WIDTH)
        self.suggestion, self.site = suggestion, site
        self.kind = QLabel(self, objectName="proposalKind")
        font = self.kind.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setWeight(font.Weight.Bold)
        self.kind.setFont(font)
        self.kind.setStyleSheet(f"color: {style.accent_colour().name()};")
        self.title = QLabel(suggestion.headline, self, objectName="proposalTitle")
        self.title.setWordWrap(True)
        self.title.setFont(style.serif(style.BODY_POINT_SIZE * 0.96, font.Weight.DemiBold))
        self.meta = QLabel(self, objectName="hint")
        self.meta.setWordWrap(True)
        self.insert = QPushButton(icon("ok"), "", self, objectName="proposalInsert")
        self.insert.setDefault(True)
        self.reject = QPushButton(icon("remove"), "", self, objectName="proposalReject")
        self.pick = QPushButton(self, objectName="proposalOther")
        buttons = QHBoxLayout()
        buttons.addWidget(self.insert)
        buttons.addWidget(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        layout.addWidget(self.kind)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        self.insert.clicked.connect(lambda: self._done(self.accepted))
        self.reject.clicked.connect(lambda: self._done(self.rejected))
        self.pick.clicked.connect(lambda: self._done(self.other))
        self.retranslate_ui()

    def _done(self, signal) -> None:
        self.close()
        signal.emit()

    def show_at(self, point: QPoint) -> None:
        """Below the place's mark (``point`` in global coordinates), on the screen."""
        self.adjustSize()
        screen = self.screen().availableGeometry() if self.screen() else None
        x, y = point.x(), point.y()
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - self.width()))
            y = min(y, screen.bottom() - self.height())
        self.move(x, y)
        self.show()
        self.insert.setFocus()

    def retranslate_ui(self) -> None:
        s = self.suggestion
        self.kind.setText(self.tr("Suggested Baca Juga").upper())
        shares = self.tr("fits here: %1").replace("%1", ", ".join(s.why[:4])) if s.why else ""
        self.meta.setText(" · ".join(p for p in (meta_line(s.section, s.published, self.site),
                                                 shares) if p))
        self.insert.setText(self.tr("Insert here"))
        self.reject.setText(self.tr("Reject"))
        self.pick.setText(self.tr("Other story…"))
        self.insert.setToolTip(self.tr("Put this Baca Juga between the paragraphs (Ctrl+Z "
                                       "takes it out again)"))
        self.reject.setToolTip(self.tr("Do not suggest this story again for this draft"))
        self.pick.setToolTip(self.tr("Search the archive for another story for this place"))
