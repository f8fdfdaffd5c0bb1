"""The dialog for a photo in the text: alt text, caption, credit and focal point.

The same words and the same focal-point click as the featured photo card, so an
inline photo is described the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from editor.gui.article.photo import FocalView
from editor.gui.dialogs.forms import FieldSpec, FormDialog
from editor.gui.i18n import current_language
from editor.gui.thumbnails import ThumbnailCache
from editor.model.image import ImageRef

translate = QCoreApplication.translate


class ImageDialog(FormDialog):
    def __init__(self, parent: QWidget | None, image: ImageRef, path: Path | None,
                 thumbnails: ThumbnailCache, notices: list[Any] = ()) -> None:
        super().__init__(parent, translate("Forms", "Photo in the text"), [
            FieldSpec("alt", translate("Forms", "Alt text:"), image.alt,
                      translate("Forms", "What the photo shows (required)"), required=True),
            FieldSpec("caption", translate("Forms", "Caption:"), image.caption,
                      translate("Forms", "Who, doing what, where, when")),
            FieldSpec("credit", translate("Forms", "Credit:"), image.credit,
                      translate("Forms", "e.g. REUTERS/Name or Istimewa")),
        ], translate("Forms", "Alt text describes the picture; the caption tells the story. "
                              "Click the photo to set its focal point."))
        self.path = path
        self.thumbnails = thumbnails
        self.view = FocalView(self)
        self.view.focal = (image.focal_x, image.focal_y)
        self.view.focal_clicked.connect(self._focal)
        self.main_layout.insertWidget(0, self.view, 0, Qt.AlignmentFlag.AlignHCenter)
        # what adding the photo found (private data removed, too narrow), under the photo
        lang = current_language()
        self.notice = QLabel("\n".join(n.message(lang) for n in notices), self)
        self.notice.setObjectName("hint")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notices))
        self.main_layout.insertWidget(1, self.notice)
        thumbnails.loaded.connect(self._show)
        self._show()

    def _show(self, _path: str = "") -> None:
        self.view.image = self.thumbnails.get(self.path) if self.path else None
        self.view.message = translate("Forms", "Loading photo…")
        self.view.update()

    def _focal(self, x: float, y: float) -> None:
        self.view.focal = (round(x, 4), round(y, 4))
        self.view.update()

    def values(self) -> dict[str, Any]:
        values = super().values()
        values["focal_x"], values["focal_y"] = self.view.focal
        return values

    def image(self, file: str) -> ImageRef:
        values = self.values()
        return ImageRef(file, values["alt"], values["caption"], values["credit"],
                        values["focal_x"], values["focal_y"])
