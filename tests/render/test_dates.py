from __future__ import annotations

from datetime import datetime

import pytest

from editor.render.dates import date_line, machine_time
from editor.site import SiteProfile


@pytest.mark.parametrize(
    "moment,zone,style,expected",
    [
        ("2024-06-18T20:42:00+07:00", "Asia/Jakarta", "long", "Selasa, 18 Juni 2024 - 20:42 WIB"),
        ("2024-06-18T13:42:00+00:00", "Asia/Makassar", "long", "Selasa, 18 Juni 2024 - 21:42 WITA"),
        ("2024-06-18T13:42:00+00:00", "Asia/Jayapura", "long", "Selasa, 18 Juni 2024 - 22:42 WIT"),
        ("2024-09-10T21:16:00+07:00", "Asia/Jakarta", "short", "Selasa, 10 Sep 2024 - 21:16 WIB"),
        ("2024-08-04T07:05:00+07:00", "Asia/Jakarta", "short", "Minggu, 4 Agu 2024 - 07:05 WIB"),
        ("2024-06-30T23:30:00+07:00", "Asia/Makassar", "long", "Senin, 1 Juli 2024 - 00:30 WITA"),
    ],
)
def test_date_line(moment: str, zone: str, style: str, expected: str) -> None:
    assert date_line(datetime.fromisoformat(moment), SiteProfile(timezone=zone), style) == expected


def test_machine_time_carries_the_site_offset() -> None:
    moment = datetime.fromisoformat("2024-06-18T13:42:00+00:00")
    assert machine_time(moment, SiteProfile()) == "2024-06-18T20:42:00+07:00"
