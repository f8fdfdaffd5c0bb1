"""Date lines as Indonesian news sites print them.

``Selasa, 18 Juni 2024 - 20:42 WIB`` (long) and ``Selasa, 10 Sep 2024 - 21:16 WIB``
(short, for lists). Day and month names come from CLDR via Babel; the time is
composed here because CLDR's Indonesian time pattern uses a dot (20.42) where
newsrooms write a colon.
"""

from __future__ import annotations

from datetime import datetime

from babel.dates import format_date

from editor.site import SiteProfile

PATTERNS = {"long": "EEEE, d MMMM y", "short": "EEEE, d MMM y"}


def date_line(moment: datetime, site: SiteProfile, style: str | None = None) -> str:
    """``moment`` in the site's zone, in the site's (or the given) style."""
    local = site.local(moment)
    pattern = PATTERNS.get(style or site.date_style, PATTERNS["long"])
    day = format_date(local.date(), pattern, locale=_babel_locale(site.language))
    return f"{day} - {local:%H:%M} {site.zone_abbreviation}"


def machine_time(moment: datetime, site: SiteProfile) -> str:
    """ISO 8601 with the site zone's offset, e.g. ``2024-06-18T20:42:00+07:00``."""
    return site.local(moment).isoformat(timespec="seconds")


def _babel_locale(language: str) -> str:
    return "id" if language in ("", "id", "in") else language
