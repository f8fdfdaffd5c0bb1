"""Search and social fields: the title and description search engines and shared links show.

Both are optional: empty, the page uses the headline and the deck (the placeholders
say so). Each has a counter against what a search result displays before cutting
(``editor.render.snippets``): the title counts as the page's ``<title>``, with the
site's name, because that is what the result shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QWidget

from editor.gui import style
from editor.gui.article.session import DraftSession
from editor.gui.fields import WrapField, share_undo
from editor.gui.i18n import Retranslates
from editor.render.metadata import description, page_title
from editor.render.snippets import DESCRIPTION_LIMIT, TITLE_LIMIT


def _counter() -> QLabel:
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    label.setMinimumWidth(56)
    return label


class SeoPanel(Retranslates, QWidget):
    def __init__(self, session: DraftSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.title = QLineEdit(objectName="seoTitle")
        self.title.setClearButtonEnabled(True)
        self.description = WrapField(self)
        self.description.setObjectName("seoDescription")
        self.description.setFrameShape(QFrame.Shape.StyledPanel)  # a box, like the line above
        self.description.min_lines = 3  # room for a search result's two lines and a half
        self.title_count = _counter()
        self.title_count.setObjectName("seoTitleCount")
        self.description_count = _counter()
        self.description_count.setObjectName("seoDescriptionCount")
        self.hint = QLabel(self, objectName="hint", wordWrap=True)
        share_undo(self.title)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel(self), QLabel(self)]
        for label, field, count in ((self.labels[0], self.title, self.title_count),
                                    (self.labels[1], self.description, self.description_count)):
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(count, 0, Qt.AlignmentFlag.AlignTop)
            label.setBuddy(field)
            form.addRow(label, row)
        form.addRow(self.hint)
        self.title.textEdited.connect(self._title_edited)
        self.description.edited.connect(self._description_edited)
        self.retranslate_ui()

    def _title_edited(self, text: str) -> None:
        self.session.edit(self.tr("Edit search title"),
                          lambda a: setattr(a, "seo_title", text), "seo_title")

    def _description_edited(self, text: str) -> None:
        self.session.edit(self.tr("Edit search description"),
                          lambda a: setattr(a, "seo_description", text), "seo_description")

    def refresh(self) -> None:
        article = self.session.current.article  # head fields only
        if self.title.text() != article.seo_title:
            self.title.setText(article.seo_title)
        self.description.set_text(article.seo_description)
        self.title.setPlaceholderText(" ".join(article.headline.split()) or
                                      self.tr("The headline is used"))
        self.description.setPlaceholderText(
            " ".join(article.deck.split()) or
            self.tr("The deck (or the first paragraph) is used"))
        self._count(self.title_count, len(page_title(article, self.session.site)), TITLE_LIMIT,
                    self.tr("The title in search results, with the site's name: %1 characters; "
                            "about %2 are shown"))
        self._count(self.description_count, len(description(article)), DESCRIPTION_LIMIT,
                    self.tr("The description under the title: %1 characters; about %2 are "
                            "shown"))

    @staticmethod
    def _count(label: QLabel, length: int, limit: int, tip: str) -> None:
        label.setText(f"{length}/{limit}")
        colour = style.error_colour() if length > limit else style.muted_colour()
        label.setStyleSheet(f"color: {colour.name()};")
        label.setToolTip(tip.replace("%1", str(length)).replace("%2", str(limit)))

    def retranslate_ui(self) -> None:
        self.labels[0].setText(self.tr("Search title"))
        self.labels[1].setText(self.tr("Description"))
        self.title.setToolTip(self.tr("The title search engines and shared links show; "
                                      "empty: the headline"))
        self.description.setToolTip(self.tr("The text under the title in search results and "
                                            "shared links; empty: the deck"))
        self.hint.setText(self.tr("Leave empty to use the headline and the deck. The preview "
                                  "on the right shows the search result and the shared link."))
        self.refresh()

