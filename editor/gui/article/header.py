"""The top of the writing column: section, publish time, headline and deck.

It is laid out like the article's own top: a small section label and the date
line, then the headline in a large serif with a live character count against the
site's recommended range, then the deck in grey.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.gui import style
from editor.gui.article.session import DraftSession
from editor.gui.article.updated import UpdateRow
from editor.gui.datetimes import LONG_FORMAT, UNSET, fit_width, from_qt, time_field, to_qt
from editor.gui.fields import WrapField, share_undo
from editor.gui.i18n import Retranslates
from editor.model.article import Article
from editor.site import SiteProfile


class HeaderPanel(Retranslates, QWidget):
    def __init__(self, session: DraftSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False
        self._build()
        self._connect()
        self.retranslate_ui()

    def _build(self) -> None:
        self.section = QComboBox(objectName="section")
        self.section.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.published = time_field("published")
        self.zone = QLabel(objectName="zone")
        self.now_button = QToolButton(objectName="now")
        self.updated_button = QToolButton(objectName="markUpdated")
        self.update_row = UpdateRow(self.session, self)
        self.headline = WrapField(self)
        self.headline.setObjectName("headline")
        self.headline.setFont(style.serif(style.HEADLINE_POINT_SIZE, QFont.Weight.Bold))
        self.count = QLabel(objectName="headlineCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.deck = WrapField(self)
        self.deck.setObjectName("deck")
        self.deck.setFont(style.serif(style.DECK_POINT_SIZE))
        self._paint_deck()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.section)
        top.addStretch(1)
        for widget in (self.published, self.zone, self.now_button, self.updated_button):
            top.addWidget(widget)
        title = QHBoxLayout()
        title.addWidget(self.headline, 1)
        title.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.update_row)
        layout.addLayout(title)
        layout.addWidget(self.deck)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        share_undo(self.published)

    def _paint_deck(self) -> None:
        palette = self.deck.palette()
        palette.setColor(QPalette.ColorRole.Text, style.muted_colour())
        self.deck.setPalette(palette)

    def _connect(self) -> None:
        self.headline.edited.connect(self._headline_edited)
        self.deck.edited.connect(self._deck_edited)
        self.section.activated.connect(self._section_chosen)
        self.published.dateTimeChanged.connect(self._published_edited)
        self.now_button.clicked.connect(self._now)
        self.updated_button.clicked.connect(self.update_row.mark_updated)

    # ----------------------------------------------------------------- edits
    def _headline_edited(self, text: str) -> None:
        self.session.edit(self.tr("Edit headline"), lambda a: a.set_headline(text), "headline")
        self._update_count()

    def _deck_edited(self, text: str) -> None:
        self.session.edit(self.tr("Edit deck"), lambda a: setattr(a, "deck", text), "deck")

    def _section_chosen(self, index: int) -> None:
        value = self.section.itemData(index) or ""
        self.session.edit(self.tr("Choose section"), lambda a: setattr(a, "section", value))

    def _published_edited(self, moment: QDateTime) -> None:
        if self._loading:
            return
        value = self._to_aware(moment)
        self.session.edit(self.tr("Change publish time"),
                          lambda a: setattr(a, "published", value), "published")

    def _now(self) -> None:
        now = datetime.now(self.session.site.zone).replace(second=0, microsecond=0)
        self.session.edit(self.tr("Change publish time"), lambda a: setattr(a, "published", now))

    def _to_aware(self, moment: QDateTime) -> datetime | None:
        return from_qt(moment, self.session.site.zone)

    # ----------------------------------------------------------------- showing
    def load(self, article: Article, site: SiteProfile) -> None:
        """Show the article's values; the field being typed in keeps its cursor."""
        self._loading = True
        self.headline.set_text(article.headline)
        self.deck.set_text(article.deck)
        self._fill_sections(article, site)
        self._show_time(article, site)
        self.zone.setText(site.zone_abbreviation)
        self.update_row.load(article, site)
        self.updated_button.setVisible(not self.update_row.isVisibleTo(self))
        self.updated_button.setEnabled(article.published is not None)
        self._loading = False
        self._update_count()

    def _fill_sections(self, article: Article, site: SiteProfile) -> None:
        wanted = ["", *site.sections]
        if article.section and article.section not in wanted:
            wanted.append(article.section)
        current = [self.section.itemData(i) for i in range(self.section.count())]
        if current != wanted:
            self.section.clear()
            for name in wanted:
                self.section.addItem(name.upper() if name else self.tr("No section"), name)
        self.section.setCurrentIndex(max(0, wanted.index(article.section or "")))

    def _show_time(self, article: Article, site: SiteProfile) -> None:
        wanted = to_qt(article.published, site.zone)
        if self.published.dateTime() != wanted:  # keep the section being typed in
            self.published.setDateTime(wanted)
        if wanted == UNSET:  # the calendar opens on this month, not on January 2000
            today = QDate.currentDate()
            self.published.calendarWidget().setCurrentPage(today.year(), today.month())

    def _update_count(self) -> None:
        low, high = self.session.site.headline_range
        length = len(self.headline.text().strip())
        self.count.setText(f"{length}/{high}")
        if length > high:
            colour = style.error_colour()
        elif 0 < length < low:
            colour = style.warning_colour()
        else:
            colour = style.muted_colour()
        self.count.setStyleSheet(f"color: {colour.name()};")
        self.count.setToolTip(self.tr("Headline length: %1 characters (recommended %2–%3)")
                              .replace("%1", str(length)).replace("%2", str(low))
                              .replace("%3", str(high)))

    def retranslate_ui(self) -> None:
        self.headline.setPlaceholderText(self.tr("Headline"))
        self.deck.setPlaceholderText(self.tr("Deck: one or two sentences under the headline"))
        self.published.setSpecialValueText(self.tr("Not scheduled"))
        self.published.setLocale(QLocale())
        self.published.setDisplayFormat(LONG_FORMAT)
        fit_width(self.published)
        self.published.setToolTip(self.tr("Publish date and time, in the newsroom's time zone"))
        self.now_button.setText(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Set the publish time to now"))
        self.updated_button.setText(self.tr("Updated"))
        self.updated_button.setToolTip(self.tr(
            "Mark the article as updated now: a second date line on the page, and a place "
            "for a correction note"))
        self.section.setToolTip(self.tr("Section (rubrik) from the site profile"))
        if self.section.count() and not self.section.itemData(0):
            self.section.setItemText(0, self.tr("No section"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_deck()
        super().changeEvent(event)
