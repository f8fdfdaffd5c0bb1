"""The update line under the publish time: "Diperbarui" with its time, and the correction note.

Hidden until the journalist marks the article as updated (the header's "Diperbarui"
button sets the time to now); then the time can be adjusted, and a note saying what
was put right ("Ralat:" or "Koreksi:") can be written for the end of the article.
The × removes both in one undoable step.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from editor.gui import style
from editor.gui.article.session import DraftSession
from editor.gui.datetimes import LONG_FORMAT, fit_width, from_qt, time_field, to_qt
from editor.gui.fields import WrapField, share_undo
from editor.gui.i18n import Retranslates
from editor.gui.icons import icon
from editor.model.article import CORRECTION_KINDS, Article
from editor.render.labels import page_labels
from editor.site import SiteProfile


class UpdateRow(Retranslates, QWidget):
    def __init__(self, session: DraftSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updateRow")
        self.session = session
        self._loading = False
        self.label = QLabel(self)
        self.updated = time_field("updated")
        self.zone = QLabel(self)
        self.now_button = QToolButton(self, objectName="updatedNow")
        self.remove_button = QToolButton(self, objectName="removeUpdate")
        self.remove_button.setIcon(icon("remove"))
        self.remove_button.setAutoRaise(True)
        self.kind = QComboBox(self, objectName="correctionKind")
        self.note = WrapField(self)
        self.note.setObjectName("correction")
        self.note.setFont(style.serif(style.BODY_POINT_SIZE * 0.85))
        share_undo(self.updated)
        self._lay_out()
        self._connect()
        self.setVisible(False)
        self.retranslate_ui()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        time = QHBoxLayout()  # right-aligned under the publish time, like the page's two lines
        time.addStretch(1)
        for widget in (self.label, self.updated, self.zone, self.now_button, self.remove_button):
            time.addWidget(widget)
        grid.addLayout(time, 0, 0, 1, 2)
        grid.addWidget(self.kind, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.note, 1, 1)
        grid.setColumnStretch(1, 1)

    def _connect(self) -> None:
        self.updated.dateTimeChanged.connect(self._time_edited)
        self.now_button.clicked.connect(self.mark_updated)
        self.remove_button.clicked.connect(self._remove)
        self.kind.activated.connect(self._kind_chosen)
        self.note.edited.connect(self._note_edited)

    # ----------------------------------------------------------------- edits
    def mark_updated(self) -> None:
        """The article was updated now: the time is set and the correction note is next."""
        now = datetime.now(self.session.site.zone).replace(second=0, microsecond=0)
        self.session.edit(self.tr("Mark as updated"), lambda a: setattr(a, "updated", now))
        self.note.setFocus()

    def _time_edited(self, moment) -> None:
        if self._loading:
            return
        value = from_qt(moment, self.session.site.zone)
        self.session.edit(self.tr("Change update time"),
                          lambda a: setattr(a, "updated", value), "updated")

    def _remove(self) -> None:
        def change(article: Article) -> None:
            article.updated = None
            article.correction = ""

        self.session.edit(self.tr("Remove update"), change)

    def _kind_chosen(self, index: int) -> None:
        kind = CORRECTION_KINDS[index]
        self.session.edit(self.tr("Choose correction label"),
                          lambda a: setattr(a, "correction_kind", kind))

    def _note_edited(self, text: str) -> None:
        self.session.edit(self.tr("Edit correction note"),
                          lambda a: setattr(a, "correction", text), "correction")

    # ----------------------------------------------------------------- showing
    def load(self, article: Article, site: SiteProfile) -> None:
        self._loading = True
        self.setVisible(article.updated is not None or bool(article.correction.strip()))
        wanted = to_qt(article.updated, site.zone)
        if self.updated.dateTime() != wanted:
            self.updated.setDateTime(wanted)
        self.zone.setText(site.zone_abbreviation)
        labels = page_labels(article.language or site.language)
        printed = [labels[kind].rstrip(":") for kind in CORRECTION_KINDS]  # as the page prints
        if [self.kind.itemText(i) for i in range(self.kind.count())] != printed:
            self.kind.clear()
            self.kind.addItems(printed)
        self.kind.setCurrentIndex(CORRECTION_KINDS.index(article.correction_kind))
        self.note.set_text(article.correction)
        self._loading = False

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Updated:"))
        self.updated.setLocale(QLocale())
        self.updated.setDisplayFormat(LONG_FORMAT)
        self.updated.setSpecialValueText(self.tr("No update time"))
        fit_width(self.updated)
        self.updated.setToolTip(self.tr("When the article was updated, in the newsroom's time "
                                        "zone: shown under the publish date"))
        self.now_button.setText(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Set the update time to now"))
        self.remove_button.setToolTip(self.tr("Remove the update time and the correction note"))
        self.kind.setToolTip(self.tr("The label printed before the correction note"))
        self.note.setPlaceholderText(self.tr("Correction note at the end of the article "
                                             "(optional)"))

