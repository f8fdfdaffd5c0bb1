"""Date-and-time fields: the newsroom's zone in and out, and a width that fits any date.

Every time field edits a moment in the site's zone (WIB, WITA, WIT), whatever the
computer's own zone is. ``UNSET`` stands for "no time" (shown as the field's special
text): Qt's date fields cannot be empty.

Qt sizes a date field for its minimum and maximum dates only (1 January 2000 and
31 December 9999), so "Wednesday, 30 September 2026" is cut off in English.
``fit_width`` measures the widest day and month names of the field's locale instead.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateTimeEdit

LONG_FORMAT = "dddd, d MMMM yyyy  HH:mm"
UNSET = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


def time_field(name: str) -> QDateTimeEdit:
    """A moment in the column's header: calendar to pick from, ``UNSET`` allowed, no
    spin arrows (the header reads like the page's date line)."""
    edit = QDateTimeEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setMinimumDateTime(UNSET)
    edit.setButtonSymbols(QDateTimeEdit.ButtonSymbols.NoButtons)
    return edit


def to_qt(moment: datetime | None, zone: tzinfo) -> QDateTime:
    """``moment`` as the site's wall-clock time (``UNSET`` for none)."""
    if moment is None:
        return UNSET
    local = moment.astimezone(zone)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qt(value: QDateTime, zone: tzinfo) -> datetime | None:
    """The field's wall-clock time in the site's zone; ``None`` at or before ``UNSET``."""
    if value <= UNSET:
        return None
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=zone)


def widest_text(locale: QLocale, display_format: str) -> str:
    """The longest rendering of ``display_format``: every day name with every month name."""
    texts = []
    for month in range(1, 13):
        for day in range(22, 29):  # seven days in a row: each day name once, two-digit days
            moment = QDateTime(QDate(2026, month, day), QTime(20, 48))
            texts.append(locale.toString(moment, display_format))
    return max(texts, key=len)


def fit_width(edit: QDateTimeEdit) -> None:
    """Make ``edit`` wide enough for any date in its locale and display format
    (call again after the locale, format or font changed)."""
    metrics = edit.fontMetrics()
    display = edit.displayFormat()
    locale = edit.locale()
    sized_for = max(metrics.horizontalAdvance(locale.toString(moment, display) + " ")
                    for moment in (edit.minimumDateTime(), edit.maximumDateTime()))
    sized_for = max(sized_for, metrics.horizontalAdvance(edit.specialValueText()))
    needed = metrics.horizontalAdvance(widest_text(locale, display) + " ")
    edit.setMinimumWidth(edit.sizeHint().width() + max(0, needed - sized_for))
