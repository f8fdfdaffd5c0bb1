"""Small forms: link, Baca Juga, related story, embed, quote attribution, inline photo.

One ``FormDialog`` built from field specs, so every form validates web addresses
the same way and has the same buttons. Dialogs are opened with ``open()`` (window
modal, not a nested event loop): callers connect ``accepted`` and read ``values()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


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
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


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
        self.known: dict[str, QCheckBox] = {}
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
        self.widgets[spec.key] = widget
        return widget

    def _date_field(self, spec: FieldSpec) -> QHBoxLayout:
        """An optional date: a box to tick, then a date that starts at today, not 2000."""
        known = QCheckBox(translate("Forms", "Dated"), self)
        widget = QDateTimeEdit(self)
        widget.setObjectName(spec.key)
        widget.setCalendarPopup(True)
        widget.setDisplayFormat("d MMMM yyyy  HH:mm")
        start = spec.value or (datetime.now(self.zone) if self.zone else None)
        widget.setDateTime(_to_qt(start, self.zone) if start else QDateTime.currentDateTime())
        known.setChecked(spec.value is not None)
        widget.setEnabled(known.isChecked())
        known.toggled.connect(widget.setEnabled)
        self.widgets[spec.key] = widget
        self.known[spec.key] = known
        row = QHBoxLayout()
        row.addWidget(known)
        row.addWidget(widget, 1)
        return row

    def _validate(self) -> None:
        problem = ""
        for key, spec in self.specs.items():
            widget = self.widgets.get(key)
            if not isinstance(widget, QLineEdit):
                continue
            text = widget.text().strip()
            if spec.required and not text:
                problem = translate("Forms", "Fill in: %1").replace("%1", spec.label.rstrip(":"))
            elif spec.kind == "url" and text and not is_web_url(text):
                problem = translate("Forms", "The address must start with https:// or http://")
            if problem:
                break  # the first missing field, in the order the form shows them
        if hasattr(self, "ok_button"):
            self.ok_button.setEnabled(not problem)
            self.problem.setText(problem)

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QDateTimeEdit):
                known = self.known[key].isChecked()
                result[key] = _from_qt(widget.dateTime(), self.zone) if known else None
            else:
                result[key] = widget.text().strip()
        return result


def _to_qt(value: datetime, zone) -> QDateTime:
    local = value.astimezone(zone) if zone else value
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _from_qt(value: QDateTime, zone) -> datetime:
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=zone)


def link_dialog(parent: QWidget, href: str, need_text: bool) -> FormDialog:
    fields = [FieldSpec("href", translate("Forms", "Web address:"), href,
                        "https://", "url", required=False)]
    if need_text:
        fields.append(FieldSpec("text", translate("Forms", "Text:"), "",
                                translate("Forms", "Words to show (the address if empty)")))
    hint = translate("Forms", "Leave the address empty to remove the link.") if href else ""
    return FormDialog(parent, translate("Forms", "Link"), fields, hint)


def baca_juga_dialog(parent: QWidget, url: str, title: str,
                     recent: list[list[str]]) -> FormDialog:
    dialog = FormDialog(parent, translate("Forms", "Baca Juga"), [
        FieldSpec("url", translate("Forms", "Link:"), url,
                  translate("Forms", "https://… address of the other article"), "url", True,
                  [item[0] for item in recent if item]),
        FieldSpec("title", translate("Forms", "Title:"), title,
                  translate("Forms", "Headline of the other article"), required=True),
    ], translate("Forms", "A Baca Juga line links an earlier article between paragraphs."))
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


def related_dialog(parent: QWidget, title: str, url: str, published: datetime | None,
                   zone) -> FormDialog:
    return FormDialog(parent, translate("Forms", "Related story"), [
        FieldSpec("title", translate("Forms", "Title:"), title, required=True),
        FieldSpec("url", translate("Forms", "Link:"), url, "https://", "url", True),
        FieldSpec("published", translate("Forms", "Published:"), published, kind="datetime"),
    ], zone=zone)


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
