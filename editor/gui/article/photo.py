"""The featured photo card: thumbnail with focal point, alt text, caption and credit.

Alt text is required and hinted apart from the caption (the studied news page
repeated the caption as alt — the alt should describe the picture, the caption
tell the story). Clicking the thumbnail sets the focal point every crop keeps.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from editor.gui import style
from editor.gui.article.session import DraftSession
from editor.gui.body.clipboard import image_paths
from editor.gui.fields import WrapField, share_undo
from editor.gui.i18n import Retranslates, current_language
from editor.gui.icons import icon
from editor.gui.thumbnails import ThumbnailCache
from editor.model.image import ImageRef

THUMB_SIZE = QSize(192, 128)


class FocalView(QWidget):
    """The thumbnail; a click sets the focal point (0..1 image coordinates)."""

    focal_clicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(THUMB_SIZE)
        self.image: QImage | None = None
        self.focal = (0.5, 0.5)
        self.message = ""
        self.setCursor(Qt.CursorShape.CrossCursor)

    def image_rect(self) -> QRectF:
        if self.image is None or self.image.isNull():
            return QRectF(self.rect())
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        rect = QRectF(0, 0, size.width(), size.height())
        rect.moveCenter(QRectF(self.rect()).center())
        return rect

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.image is None or event.button() != Qt.MouseButton.LeftButton:
            return
        rect = self.image_rect()
        x = (event.position().x() - rect.left()) / max(1.0, rect.width())
        y = (event.position().y() - rect.top()) / max(1.0, rect.height())
        self.focal_clicked.emit(min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), style.mix(style.base_colour(), style.text_colour(), 0.07))
        if self.image is None or self.image.isNull():
            painter.setPen(style.muted_colour())
            painter.drawText(self.rect().adjusted(8, 8, -8, -8),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.message)
            return
        rect = self.image_rect()
        painter.drawImage(rect, self.image)
        centre = QPointF(rect.left() + self.focal[0] * rect.width(),
                         rect.top() + self.focal[1] * rect.height())
        for colour, width in ((Qt.GlobalColor.black, 3.0), (Qt.GlobalColor.white, 1.4)):
            painter.setPen(QPen(colour, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, 9, 9)
            painter.drawLine(centre - QPointF(14, 0), centre - QPointF(4, 0))
            painter.drawLine(centre + QPointF(4, 0), centre + QPointF(14, 0))
            painter.drawLine(centre - QPointF(0, 14), centre - QPointF(0, 4))
            painter.drawLine(centre + QPointF(0, 4), centre + QPointF(0, 14))


class PhotoCard(Retranslates, QFrame):
    choose_requested = Signal()
    photo_dropped = Signal(Path)

    def __init__(self, session: DraftSession, thumbnails: ThumbnailCache,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoCard")
        self.session = session
        self.thumbnails = thumbnails
        self.setAcceptDrops(True)
        self._notices: tuple[str, list[Any]] = ("", [])  # media key, its Notices
        self._build()
        thumbnails.loaded.connect(lambda _path: self.refresh())
        thumbnails.failed.connect(lambda _path, _error: self.refresh())
        self.retranslate_ui()

    def _build(self) -> None:
        self.view = FocalView(self)
        self.view.focal_clicked.connect(self._focal)
        self.alt = WrapField(self)
        self.alt.setObjectName("alt")
        self.alt_mark = QLabel(self)
        self.alt_mark.setPixmap(icon("warning", style.warning_colour()).pixmap(18, 18))
        self.hint = QLabel(objectName="hint")
        self.hint.setWordWrap(True)
        self.caption = WrapField(self)
        self.caption.setObjectName("caption")
        self.credit = QLineEdit(objectName="credit")
        self.notices = QLabel(objectName="hint")
        self.notices.setWordWrap(True)
        self.choose = QPushButton(icon("photo"), "")
        self.remove = QPushButton(icon("remove"), "")
        self.choose.clicked.connect(self.choose_requested)
        self.remove.clicked.connect(self._remove)
        self.alt.edited.connect(lambda text: self._edited("alt", text))
        self.caption.edited.connect(lambda text: self._edited("caption", text))
        self.credit.textEdited.connect(lambda text: self._edited("credit", text))
        share_undo(self.credit)
        self._lay_out()

    def _lay_out(self) -> None:
        """Thumbnail on the left; labelled fields, hint and buttons on the right."""
        alt_row = QHBoxLayout()
        alt_row.setSpacing(4)
        alt_row.addWidget(self.alt, 1)
        alt_row.addWidget(self.alt_mark, 0, Qt.AlignmentFlag.AlignTop)
        self.labels = {name: QLabel(self, objectName="fieldLabel") for name in
                       ("alt", "caption", "credit")}
        fields = QVBoxLayout()
        fields.setSpacing(2)
        for label, field in ((self.labels["alt"], alt_row), (self.hint, None),
                             (self.labels["caption"], self.caption),
                             (self.labels["credit"], self.credit), (self.notices, None)):
            fields.addWidget(label)
            if isinstance(field, QHBoxLayout):
                fields.addLayout(field)
            elif field is not None:
                fields.addWidget(field)
                fields.addSpacing(4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        fields.addLayout(buttons)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 10, 10, 10)
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.view, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(fields, 0, 1)
        grid.setColumnStretch(1, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # ----------------------------------------------------------------- edits
    def _edited(self, name: str, text: str) -> None:
        labels = {"alt": self.tr("Edit alt text"), "caption": self.tr("Edit caption"),
                  "credit": self.tr("Edit photo credit")}

        def change(article) -> None:
            if article.featured_image is None:
                article.featured_image = ImageRef()
            setattr(article.featured_image, name, text)

        self.session.edit(labels[name], change, f"photo:{name}")

    def _focal(self, x: float, y: float) -> None:
        def change(article) -> None:
            if article.featured_image is not None:
                article.featured_image.focal_x = round(x, 4)
                article.featured_image.focal_y = round(y, 4)

        self.session.edit(self.tr("Set focal point"), change)

    def _remove(self) -> None:
        self.session.edit(self.tr("Remove photo"), lambda a: setattr(a, "featured_image", None))

    # ----------------------------------------------------------------- showing
    def refresh(self) -> None:
        image = self.session.article.featured_image
        has_file = bool(image and image.file)
        self.alt.set_text(image.alt if image else "")
        self.caption.set_text(image.caption if image else "")
        credit = image.credit if image else ""
        if self.credit.text() != credit:
            self.credit.setText(credit)
            self.credit.setCursorPosition(0)
        self.alt_mark.setVisible(has_file and not (image.alt.strip() if image else ""))
        self.remove.setEnabled(image is not None)
        self._show_notices()
        self._show_thumbnail(image)

    def _show_thumbnail(self, image: ImageRef | None) -> None:
        path = self.session.draft.media_path(image.file) if image and image.file else None
        self.view.image = self.thumbnails.get(path) if path else None
        self.view.focal = (image.focal_x, image.focal_y) if image else (0.5, 0.5)
        error = self.thumbnails.error(path) if path else None
        if error is not None:
            self.view.message = error.message()
        elif path and self.view.image is None:
            self.view.message = self.tr("Loading photo…")
        else:
            self.view.message = self.tr("Drop a photo here or choose one")
        self.view.setToolTip(self.tr("Click the photo to set its focal point") if path else "")
        self.choose.setText(self.tr("Replace…") if path else self.tr("Choose photo…"))
        self.view.update()

    def show_notices(self, key: str, notices: list[Any]) -> None:
        """What adding the photo ``key`` found (private data removed, too narrow), shown
        while that photo is the featured one, in the language of the moment."""
        self._notices = (key, list(notices))
        self._show_notices()

    def _show_notices(self) -> None:
        image = self.session.article.featured_image
        key, notices = self._notices
        current = bool(key) and image is not None and image.file == key
        lang = current_language()
        self.notices.setText("\n".join(n.message(lang) for n in notices) if current else "")
        self.notices.setVisible(current and bool(notices))

    # ----------------------------------------------------------------- drops
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if image_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = image_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.photo_dropped.emit(paths[0])

    def retranslate_ui(self) -> None:
        self.labels["alt"].setText(self.tr("Alt text").upper())
        self.labels["caption"].setText(self.tr("Caption").upper())
        self.labels["credit"].setText(self.tr("Credit").upper())
        self.alt.setPlaceholderText(self.tr("Alt text (required): what the photo shows"))
        self.hint.setText(self.tr("Alt text describes the picture for people who cannot see "
                                  "it; the caption tells the story."))
        self.caption.setPlaceholderText(self.tr("Caption: who, doing what, where, when"))
        self.credit.setPlaceholderText(self.tr("Credit, e.g. REUTERS/Name or Istimewa"))
        self.alt_mark.setToolTip(self.tr("The photo needs alt text"))
        self.remove.setText(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove the featured photo"))
        self.refresh()
