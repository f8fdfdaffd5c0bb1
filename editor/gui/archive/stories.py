"""How a story from the archive is shown in lists: its headline, then a quieter line
with its section and date (and, for suggestions, the words it shares with the draft)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from editor.gui import style
from editor.site import SiteProfile

META = Qt.ItemDataRole.UserRole + 1  # the second line of a row
PAD = 6


def short_date(moment: datetime | None, site: SiteProfile | None) -> str:
    """``10 Sep 2024`` in the site's zone and the UI's language."""
    if moment is None:
        return ""
    local = site.local(moment) if site is not None else moment
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")


def meta_line(section: str, published: datetime | None, site: SiteProfile | None) -> str:
    return " · ".join(part for part in (section, short_date(published, site)) if part)


class StoryDelegate(QStyledItemDelegate):
    """Two lines per row: the headline (elided) and the meta line in muted, smaller text."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        title = QFontMetrics(self._title_font(option)).height()
        meta = QFontMetrics(self._meta_font(option)).height()
        return QSize(0, title + meta + 2 * PAD + 2)  # as wide as the view: never scrolls sideways

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style_ = widget.style() if widget is not None else None
        text = option.text
        option.text = ""
        if style_ is not None:
            style_.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(PAD + 2, PAD, -PAD, -PAD)
        title_font, meta_font = self._title_font(option), self._meta_font(option)
        title_height = QFontMetrics(title_font).height()
        painter.save()
        painter.setFont(title_font)
        painter.setPen(option.palette.highlightedText().color() if selected
                       else option.palette.text().color())
        elided = QFontMetrics(title_font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                     rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), title_height),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        meta = str(index.data(META) or "")
        painter.setFont(meta_font)
        painter.setPen(option.palette.highlightedText().color() if selected
                       else style.muted_colour())
        meta = QFontMetrics(meta_font).elidedText(meta, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + title_height + 2, rect.width(),
                               rect.height() - title_height - 2),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), meta)
        painter.restore()

    @staticmethod
    def _title_font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        return font

    @staticmethod
    def _meta_font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.88))
        return font
