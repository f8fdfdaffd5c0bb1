"""The rarely touched fields, kept out of the writing column: tags, authors and the
editor credited beside them, sign-off, dateline city and slug (with the URL it gives).

Lists are typed as comma-separated text; the field is only rewritten from the
model when its meaning differs, so typing "banjir, " is never interrupted.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from editor.gui.article.session import DraftSession
from editor.gui.fields import ElidedLabel, report_completions, share_undo
from editor.gui.i18n import Retranslates
from editor.gui.icons import icon
from editor.model.article import Article, Author, make_slug


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class ListCompleter(QCompleter):
    """Completes the item being typed after the last comma.

    The items before it come from the text as *typed* (``completionPrefix``), not
    from the field: once a completion is highlighted the field already shows it,
    and reading the field gave ``Semarang, Semarang,``.
    """

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:
        done = self.completionPrefix().split(",")[:-1]
        items = [part.strip() for part in done if part.strip()]
        return ", ".join([*items, super().pathFromIndex(index)]) + ", "


class MetaPanel(Retranslates, QWidget):
    def __init__(self, session: DraftSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tags = QLineEdit(objectName="tags")
        self.tag_model = QStringListModel(self)
        completer = ListCompleter(self.tag_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.authors = QLineEdit(objectName="authors")
        self.editors = QLineEdit(objectName="editors")
        self.editors_label = QLabel(self)
        self.editors_label.setBuddy(self.editors)
        self.signoff = QLineEdit(objectName="signoff")
        self.dateline = QLineEdit(objectName="dateline")
        self.slug = QLineEdit(objectName="slug")
        self.follow = QToolButton(self)
        self.follow.setIcon(icon("revert"))
        self.follow.setAutoRaise(True)
        self.url = ElidedLabel(self)
        self.url.setObjectName("urlLabel")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        share_undo(self.tags, self.authors, self.editors, self.signoff, self.dateline, self.slug)
        credits = QHBoxLayout()  # "Penulis: …  Editor: …", as the page prints them
        credits.addWidget(self.authors, 3)
        credits.addWidget(self.editors_label)
        credits.addWidget(self.editors, 2)
        slug_row = QHBoxLayout()
        slug_row.addWidget(self.slug, 1)
        slug_row.addWidget(self.follow)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels = [QLabel(self) for _ in range(6)]
        for label, field in zip(self.labels, (self.tags, credits, self.signoff,
                                              self.dateline, slug_row, self.url), strict=True):
            self.form.addRow(label, field)
        self._connect()
        self.retranslate_ui()

    def _connect(self) -> None:
        self.tags.textEdited.connect(lambda text: self.session.edit(
            self.tr("Edit tags"), lambda a: setattr(a, "tags", split_list(text)), "tags"))
        # a pick is its own step (its highlights merge into it): Undo gives back the typing
        report_completions(self.tags, lambda text: self.session.edit(
            self.tr("Choose tag"), lambda a: setattr(a, "tags", split_list(text)), "tags:pick"))
        self.authors.textEdited.connect(lambda text: self._credits_edited("authors", text))
        self.editors.textEdited.connect(lambda text: self._credits_edited("editors", text))
        self.signoff.textEdited.connect(lambda text: self.session.edit(
            self.tr("Edit sign-off"), lambda a: setattr(a, "signoff", text.strip()), "signoff"))
        self.dateline.textEdited.connect(lambda text: self.session.edit(
            self.tr("Edit dateline"), lambda a: setattr(a, "dateline", text.strip()), "dateline"))
        self.slug.textEdited.connect(self._slug_edited)
        self.slug.editingFinished.connect(
            lambda: self.slug.setText(self.session.article.effective_slug()))
        self.follow.clicked.connect(self._follow_headline)

    def _credits_edited(self, name: str, text: str) -> None:
        """Names typed, comma-separated; a known name keeps its profile link."""
        def change(article: Article) -> None:
            known = {person.name: person for person in getattr(article, name)}
            setattr(article, name, [known.get(n) or Author(n) for n in split_list(text)])

        label = self.tr("Edit authors") if name == "authors" else self.tr("Edit editor")
        self.session.edit(label, change, name)

    def _slug_edited(self, text: str) -> None:
        """Each keystroke reaches the article (a save with the cursor still in the field
        saves what it shows); the field itself is only tidied once the journalist leaves
        it, since slugifying each keystroke would eat the hyphen being typed."""
        article = self.session.article
        if not text.strip() or make_slug(text) == article.effective_slug() or article.is_published:
            return
        self.session.edit(self.tr("Edit slug"), lambda a: a.set_slug(text), "slug")

    def _follow_headline(self) -> None:
        self.session.edit(self.tr("Slug follows headline"), Article.follow_headline)

    def refresh(self) -> None:
        article = self.session.article
        if self.tag_model.stringList() != list(self.session.site.tags):  # keep an open popup
            self.tag_model.setStringList(list(self.session.site.tags))
        for field, value in ((self.tags, article.tags),
                             (self.authors, [a.name for a in article.authors]),
                             (self.editors, [e.name for e in article.editors])):
            if split_list(field.text()) != value:
                field.setText(", ".join(value))
        for field, value in ((self.signoff, article.signoff), (self.dateline, article.dateline)):
            if field.text().strip() != value:
                field.setText(value)
        if not self.slug.hasFocus():
            self.slug.setText(article.effective_slug())
        self.slug.setReadOnly(article.is_published)
        self.follow.setEnabled(article.slug_locked and not article.is_published)
        self.url.set_full_text(self.session.own_url())

    def retranslate_ui(self) -> None:
        texts = (self.tr("Tags"), self.tr("Authors"), self.tr("Sign-off"),
                 self.tr("Dateline city"), self.tr("Slug"), self.tr("Address"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. banjir rob, Semarang"))
        self.authors.setPlaceholderText(self.tr("Comma-separated names"))
        self.editors_label.setText(self.tr("Editor"))
        self.editors.setPlaceholderText(self.tr("Desk editor's name"))
        self.editors.setToolTip(self.tr("Printed as “Editor: Name” next to the writer"))
        self.signoff.setPlaceholderText(self.tr("Initials at the end of the article, e.g. rk/ad"))
        self.dateline.setPlaceholderText(self.tr("City before the first paragraph, e.g. Semarang"))
        self.slug.setToolTip(self.tr("Follows the headline until you edit it; fixed once "
                                     "published"))
        self.follow.setToolTip(self.tr("Make the slug follow the headline again"))
