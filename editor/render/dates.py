"""Date lines as Indonesian news sites print them.

``Selasa, 18 Juni 2024 - 20:42 WIB`` (long) and ``Selasa, 10 Sep 2024 - 21:16 WIB``
(short, for lists). Day and month names come from CLDR via Babel, looked up once
per language; the time is composed here because CLDR's Indonesian time pattern
uses a dot (20.42) where newsrooms write a colon.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache

from babel.dates import get_day_names, get_month_names

from editor.site import SiteProfile


@cache
def _names(language: str, width: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(day names Monday-first, month names January-first) in the locale."""
    locale = "id" if language in ("", "id", "in") else language
    days = get_day_names("wide", locale=locale)
    months = get_month_names(width, locale=locale)
    return tuple(days[i] for i in range(7)), tuple(months[i] for i in range(1, 13))


def date_line(moment: datetime, site: SiteProfile, style: str | None = None) -> str:
    """``moment`` in the site's zone, in the site's (or the given) style."""
    local = site.local(moment)
    width = "abbreviated" if (style or site.date_style) == "short" else "wide"
    days, months = _names(site.language, width)
    return (
        f"{days[local.weekday()]}, {local.day} {months[local.month - 1]} {local.year}"
        f" - {local:%H:%M} {site.zone_abbreviation}"
    )


def machine_time(moment: datetime, site: SiteProfile) -> str:
    """ISO 8601 with the site zone's offset, e.g. ``2024-06-18T20:42:00+07:00``."""
    return site.local(moment).isoformat(timespec="seconds")
