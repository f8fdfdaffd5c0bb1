"""The search and social preview: the article as a search result and as a shared link.

Shown in the preview area instead of the page while the journalist works on the
search title and description (View → Search and Social, or the drawer's section).
Three cards, from the same values the exporter writes (``editor.render.snippets``):

- a search result: site, address, title and description cut where results cut them;
- a Facebook/WhatsApp link card: the exported Open Graph crop of the featured photo
  (1200×630, around the focal point) with the title and description under it;
- an X card (summary_large_image): the same image as X shows it, cut to 2:1 in its
  middle, with the title over it.

Plain widgets, no web view: it works where QtWebEngine does not, and updates in a
few milliseconds after a pause in typing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from editor.gui.i18n import Retranslates
from editor.gui.thumbnails import ThumbnailCache
from editor.media.geometry import CROP_ASPECTS, crop_box
from editor.model.draft import Draft
from editor.render.snippets import DESCRIPTION_LIMIT, TITLE_LIMIT, Snippet, cut, snippet
from editor.site import SiteProfile

CARD_WIDTH = 420  # a link card in a phone's feed; narrower panes scale it down
SEARCH_WIDTH = 600  # a search result's column on a desktop
UPDATE_MS = 120


def og_crop(image: QImage, focal: tuple[float, float]) -> QImage:
    """The part of ``image`` the exporter writes as the Open Graph picture."""
    left, top, right, bottom = crop_box((image.width(), image.height()), CROP_ASPECTS["og"], focal)
    return image.copy(round(left), round(top), round(right - left), round(bottom - top))


def centre_crop(image: QImage, aspect: tuple[int, int]) -> QImage:
    """What a network shows of a picture of another shape: its middle, at ``aspect``."""
    left, top, right, bottom = crop_box((image.width(), image.height()), aspect, (0.5, 0.5))
    return image.copy(round(left), round(top), round(right - left), round(bottom - top))


class Picture(QWidget):
    """A picture filling a box of a fixed aspect ratio, rounded, with an optional caption."""

    def __init__(self, aspect: tuple[int, int], radius: float = 0.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.aspect = aspect
        self.radius = radius
        self.image: QImage | None = None
        self.overlay = ""
        self.empty_text = ""
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return round(width * self.aspect[1] / self.aspect[0])

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(CARD_WIDTH, self.heightForWidth(CARD_WIDTH))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = QRectF(self.rect())
        path = QPainterPath()
        path.addRoundedRect(rect, self.radius, self.radius)
        painter.setClipPath(path)
        if self.image is None or self.image.isNull():
            painter.fillRect(rect, QColor("#e4e6eb"))
            painter.setPen(QColor("#65676b"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        else:
            painter.drawImage(rect, self.image)
        if self.overlay:
            self._paint_overlay(painter, rect)
        painter.end()

    def _paint_overlay(self, painter: QPainter, rect: QRectF) -> None:
        font = QFont(self.font())
        font.setPixelSize(13)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        text = metrics.elidedText(self.overlay, Qt.TextElideMode.ElideRight, int(rect.width()) - 40)
        box = QRectF(12, rect.height() - 34, metrics.horizontalAdvance(text) + 14, 22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _label(name: str, css: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(objectName=name, wordWrap=wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(css)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SocialPreview(Retranslates, QScrollArea):
    """The three cards; ``update_from(draft, site)`` after a pause shows the latest values."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("socialPreview")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.thumbnails = thumbnails
        self.source: Callable[[], tuple[Draft, SiteProfile] | None] = lambda: None
        self.shown: Snippet | None = None
        self._photo: Path | None = None
        self._timer = QTimer(self, singleShot=True, interval=UPDATE_MS, timeout=self.refresh)
        self._build()
        thumbnails.loaded.connect(self._thumbnail_loaded)
        self.retranslate_ui()

    def _build(self) -> None:
        page = QWidget(objectName="socialPage")
        page.setStyleSheet("#socialPage { background: #f0f2f5; }")
        self.column = QVBoxLayout(page)
        self.column.setContentsMargins(20, 16, 20, 24)
        self.column.setSpacing(6)
        self.headings = [_label(f"socialHeading{n}", "color: #444; font-weight: 600; "
                                "margin-top: 10px;") for n in range(3)]
        self._build_search()
        self._build_facebook()
        self._build_x()
        self.column.addStretch(1)
        self.setWidget(page)

    def _card(self, css: str = "background: white; border-radius: 8px;",
              width: int = CARD_WIDTH) -> QVBoxLayout:
        card = QFrame(objectName="socialCard")
        card.setStyleSheet(f"#socialCard {{ {css} }}")
        card.setMaximumWidth(width)
        layout = QVBoxLayout(card)
        self.column.addWidget(card)
        return layout

    def _build_search(self) -> None:
        self.column.addWidget(self.headings[0])
        layout = self._card(width=SEARCH_WIDTH)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(2)
        self.search_site = _label("searchSite", "color: #202124; font-size: 14px;")
        self.search_url = _label("searchUrl", "color: #4d5156; font-size: 12px;", wrap=False)
        self.search_title = _label("searchTitle", "color: #1a0dab; font-size: 20px;")
        self.search_description = _label("searchDescription", "color: #4d5156; font-size: 14px;")
        for label in (self.search_site, self.search_url, self.search_title,
                      self.search_description):
            layout.addWidget(label)

    def _build_facebook(self) -> None:
        self.column.addWidget(self.headings[1])
        layout = self._card("background: #f0f2f5; border: 1px solid #dadde1;")
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.facebook_image = Picture(CROP_ASPECTS["og"])
        layout.addWidget(self.facebook_image)
        text = QVBoxLayout()
        text.setContentsMargins(12, 8, 12, 10)
        text.setSpacing(2)
        self.facebook_host = _label("facebookHost", "color: #65676b; font-size: 12px;",
                                    wrap=False)
        self.facebook_title = _label("facebookTitle", "color: #050505; font-size: 16px; "
                                     "font-weight: 600;")
        self.facebook_description = _label("facebookDescription", "color: #65676b; "
                                           "font-size: 14px;")
        for label in (self.facebook_host, self.facebook_title, self.facebook_description):
            text.addWidget(label)
        layout.addLayout(text)

    def _build_x(self) -> None:
        self.column.addWidget(self.headings[2])
        layout = self._card("background: transparent;")
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.x_image = Picture((2, 1), radius=16)
        layout.addWidget(self.x_image)
        self.x_host = _label("xHost", "color: #536471; font-size: 13px;", wrap=False)
        layout.addWidget(self.x_host)

    # ----------------------------------------------------------------- updating
    def schedule(self) -> None:
        """After a pause in typing (only while shown: hidden, it refreshes when shown)."""
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        source = self.source()
        if source is None:
            return
        draft, site = source
        self.shown = shown = snippet(draft.article, site)
        self.search_site.setText(shown.site_name)
        self.search_url.setText(shown.breadcrumb())
        self.search_title.setText(cut(shown.title, TITLE_LIMIT))
        self.search_description.setText(cut(shown.description, DESCRIPTION_LIMIT))
        self.facebook_host.setText(shown.host.upper())
        self.facebook_title.setText(shown.social_title)
        self.facebook_description.setText(cut(shown.description, 110))
        self.x_image.overlay = shown.social_title
        self.x_host.setText(self.tr("From %1").replace("%1", shown.host))
        self._show_photo(draft)

    def _show_photo(self, draft: Draft) -> None:
        ref = draft.article.featured_image
        path = draft.media_path(ref.file) if ref is not None else None
        self._photo = path
        image = self.thumbnails.get(path) if path is not None else None
        og = og_crop(image, (ref.focal_x, ref.focal_y)) if image is not None and ref is not None else None
        self.facebook_image.image = og
        self.x_image.image = centre_crop(og, (2, 1)) if og is not None else None
        self.facebook_image.update()
        self.x_image.update()

    def _thumbnail_loaded(self, key: str) -> None:
        if self._photo is not None and str(self._photo) == key and self.isVisible():
            self.refresh()

    def retranslate_ui(self) -> None:
        texts = (self.tr("Search result"), self.tr("Shared on Facebook and WhatsApp"),
                 self.tr("Shared on X"))
        for label, text in zip(self.headings, texts, strict=True):
            label.setText(text)
        for picture in (self.facebook_image, self.x_image):
            picture.empty_text = self.tr("No featured photo: the card has no picture")
        if self.shown is not None:
            self.refresh()

