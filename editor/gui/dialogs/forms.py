"""Small forms: link, Baca Juga, related story, embed, quote attribution, inline photo.

One ``FormDialog`` built from field specs, so every form reads web addresses the
same way (``editor.model.web_address``: ``www.bmkg.go.id`` gets its ``https://``, a
host without a dot is refused with a reason) and has the same buttons. The Baca
Juga and related-story forms ask in the same order: link, then title. Dialogs are
opened with ``open()`` (window modal, not a nested event loop): callers connect
``accepted`` and read ``values()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.gui.datetimes import UNSET, fit_width, from_qt, to_qt
from editor.gui.icons import icon
from editor.gui.spelling.lines import watch_line
from editor.model.web_address import NO_DOT, NO_HOST, SPACE, web_address

translate = QCoreApplication.translate
SPELLED = ("title", "caption", "alt")  # fields whose words are spell-checked
DATE_FORMAT = "d MMMM yyyy  HH:mm"


@dataclass(slots=True)
class FieldSpec:
    key: str
    label: str
    value: Any = ""
    placeholder: str = ""
    kind: str = "text"  # text | url | datetime
    required: bool = False
    completions: list[str] = field(default_factory=list)


def is_web_url(text: str) -> bool:
    return bool(text.strip()) and not web_address(text).problem


def address_problem(code: str) -> str:
    """What is wrong with a typed web address, in the UI's language."""
    if code == NO_DOT:
        return translate("Forms", "This address has no full site name (it needs a dot, as in "
                                  "www.bmkg.go.id)")
    if code == SPACE:
        return translate("Forms", "A web address cannot contain spaces")
    if code == NO_HOST:
        return translate("Forms", "The address has no site name after https://")
    return translate("Forms", "The address must start with https:// or http://")


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, fields: list[FieldSpec],
                 hint: str = "", zone=None) -> None:
        super().__init__(parent)
        self.setObjectName("formDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened with open(), not exec()
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.specs = {spec.key: spec for spec in fields}
        self.widgets: dict[str, QWidget] = {}
        self.zone = zone
        layout = QVBoxLayout(self)
        self.main_layout = layout
        if hint:
            label = QLabel(hint, self)
            label.setWordWrap(True)
            label.setObjectName("hint")
            layout.addWidget(label)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in fields:
            form.addRow(spec.label, self._field(spec))
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("hint")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._validate()

    def _field(self, spec: FieldSpec) -> QWidget | QHBoxLayout:
        if spec.kind == "datetime":
            return self._date_field(spec)
        widget = QLineEdit(str(spec.value or ""), self)
        widget.setCursorPosition(0)  # a long prefilled caption shows its start, not its end
        widget.setObjectName(spec.key)
        widget.setPlaceholderText(spec.placeholder)
        widget.setClearButtonEnabled(True)
        widget.textChanged.connect(self._validate)
        if spec.completions:
            completer = QCompleter(spec.completions, widget)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            widget.setCompleter(completer)
        if spec.key in SPELLED:
            watch_line(widget)
        self.widgets[spec.key] = widget
        return widget

    def _date_field(self, spec: FieldSpec) -> QHBoxLayout:
        """An optional date that starts empty ("No date"), not at today: a date nobody
        chose would be printed as if it were true. The calendar opens on this month."""
        widget = QDateTimeEdit(self)
        widget.setObjectName(spec.key)
        widget.setCalendarPopup(True)
        widget.setMinimumDateTime(UNSET)
        widget.setSpecialValueText(translate("Forms", "No date"))
        widget.setLocale(QLocale())
        widget.setDisplayFormat(DATE_FORMAT)
        widget.setDateTime(to_qt(spec.value, self.zone) if self.zone else UNSET)
        today = QDate.currentDate()
        widget.calendarWidget().setCurrentPage(today.year(), today.month())
        fit_width(widget)
        clear = QToolButton(self, objectName=f"{spec.key}Clear")
        clear.setIcon(icon("remove"))
        clear.setAutoRaise(True)
        clear.setToolTip(translate("Forms", "No date"))
        clear.clicked.connect(lambda: widget.setDateTime(UNSET))
        self.widgets[spec.key] = widget
        row = QHBoxLayout()
        row.addWidget(widget, 1)
        row.addWidget(clear)
        return row

    def _validate(self) -> None:
        problem = note = ""
        for key, spec in self.specs.items():
            widget = self.widgets.get(key)
            if not isinstance(widget, QLineEdit):
                continue
            text = widget.text().strip()
            if spec.required and not text:
                problem = translate("Forms", "Fill in: %1").replace("%1", spec.label.rstrip(":"))
            elif spec.kind == "url" and text:
                found = web_address(text)
                problem = address_problem(found.problem) if found.problem else ""
                if found.completed and not note:
                    note = translate("Forms", "Saved as %1").replace("%1", found.address)
            if problem:
                break  # the first missing field, in the order the form shows them
        if hasattr(self, "ok_button"):
            self.ok_button.setEnabled(not problem)
            self.problem.setText(problem or note)

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QDateTimeEdit):
                result[key] = from_qt(widget.dateTime(), self.zone) if self.zone else None
            elif self.specs[key].kind == "url":
                result[key] = web_address(widget.text()).address
            else:
                result[key] = widget.text().strip()
        return result


def link_dialog(parent: QWidget, href: str, need_text: bool) -> FormDialog:
    fields = [FieldSpec("href", translate("Forms", "Web address:"), href,
                        "https://", "url", required=False)]
    if need_text:
        fields.append(FieldSpec("text", translate("Forms", "Text:"), "",
                                translate("Forms", "Words to show (the address if empty)")))
    hint = translate("Forms", "Leave the address empty to remove the link.") if href else ""
    return FormDialog(parent, translate("Forms", "Link"), fields, hint)


def _story_fields(url: str, title: str, recent: list[list[str]]) -> list[FieldSpec]:
    """Link, then title: the same two fields, in the same order, for Baca Juga and
    related stories (a link used before fills its title in)."""
    return [
        FieldSpec("url", translate("Forms", "Link:"), url,
                  translate("Forms", "https://… address of the other article"), "url", True,
                  [item[0] for item in recent if item]),
        FieldSpec("title", translate("Forms", "Title:"), title,
                  translate("Forms", "Headline of the other article"), required=True),
    ]


def _fill_titles(dialog: FormDialog, recent: list[list[str]]) -> FormDialog:
    titles = {item[0]: item[1] for item in recent if len(item) > 1}
    url_field: QLineEdit = dialog.widgets["url"]  # type: ignore[assignment]
    title_field: QLineEdit = dialog.widgets["title"]  # type: ignore[assignment]

    def fill_title(chosen: str) -> None:
        if not title_field.text().strip() and chosen in titles:
            title_field.setText(titles[chosen])

    if url_field.completer() is not None:
        url_field.completer().activated.connect(fill_title)
    url_field.editingFinished.connect(lambda: fill_title(url_field.text().strip()))
    return dialog


def baca_juga_dialog(parent: QWidget, url: str, title: str,
                     recent: list[list[str]], search: QWidget | None = None) -> FormDialog:
    """``search``: an ``ArchiveSearch`` over the site's archive, shown above the fields."""
    dialog = FormDialog(
        parent, translate("Forms", "Baca Juga"), _story_fields(url, title, recent),
        translate("Forms", "A Baca Juga line links an earlier article between paragraphs."))
    return _with_search(_fill_titles(dialog, recent), search)


def related_dialog(parent: QWidget, title: str, url: str, published: datetime | None,
                   zone, recent: list[list[str]] | None = None,
                   search: QWidget | None = None) -> FormDialog:
    recent = recent or []
    fields = [*_story_fields(url, title, recent),
              FieldSpec("published", translate("Forms", "Published:"), published,
                        kind="datetime")]
    dialog = FormDialog(parent, translate("Forms", "Related story"), fields, zone=zone)
    return _with_search(_fill_titles(dialog, recent), search)


def _with_search(dialog: FormDialog, search: QWidget | None) -> FormDialog:
    """The archive search above the fields: a picked story fills link, title and date;
    the story itself is kept as ``dialog.picked`` (its archive id, image)."""
    dialog.picked = None
    if search is None:
        return dialog
    dialog.search = search
    first = dialog.main_layout.itemAt(0).widget()
    dialog.main_layout.insertWidget(1 if isinstance(first, QLabel) else 0, search)  # after a hint
    dialog.setMinimumWidth(600)

    def fill(hit) -> None:
        dialog.picked = hit
        dialog.widgets["url"].setText(hit.url)
        dialog.widgets["title"].setText(hit.headline)
        dialog.widgets["title"].setCursorPosition(0)
        when = dialog.widgets.get("published")
        if isinstance(when, QDateTimeEdit) and dialog.zone is not None:
            when.setDateTime(to_qt(hit.published, dialog.zone) if hit.published else UNSET)
        dialog.ok_button.setFocus()  # Enter again puts it in

    def typed_link() -> None:
        """A link typed or pasted by hand: its title and date from the archive, if known."""
        url = dialog.widgets["url"].text().strip()
        if url and not dialog.widgets["title"].text().strip() and is_web_url(url):
            search.look_up(web_address(url).address, fill)

    search.picked.connect(fill)
    dialog.widgets["url"].editingFinished.connect(typed_link)
    search.field.setFocus()
    return dialog


def embed_dialog(parent: QWidget, url: str, caption: str) -> FormDialog:
    return FormDialog(parent, translate("Forms", "Embed"), [
        FieldSpec("url", translate("Forms", "Link:"), url,
                  translate("Forms", "YouTube, X, Instagram … address"), "url", True),
        FieldSpec("caption", translate("Forms", "Caption:"), caption),
    ], translate("Forms", "Shown as a link card; no third-party script is loaded."))


def table_dialog(parent: QWidget, caption: str) -> FormDialog:
    return FormDialog(parent, translate("Forms", "Table"), [
        FieldSpec("caption", translate("Forms", "Caption:"), caption,
                  translate("Forms", "What the table shows, e.g. Tinggi rob per kelurahan")),
    ], translate("Forms", "The caption names the table for screen readers. Its cells come from "
                          "the imported document; change them there and import it again."))


def attribution_dialog(parent: QWidget, attribution: str) -> FormDialog:
    return FormDialog(parent, translate("Forms", "Quote attribution"), [
        FieldSpec("attribution", translate("Forms", "Who said it:"), attribution,
                  translate("Forms", "Name, role")),
    ])
