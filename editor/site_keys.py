"""What a site profile may hold: each key with the kind of value it takes.

A profile is read before any default is filled in: an unknown key or table is named
with the closest known one (``nmae`` -> ``name``), and a value of the wrong kind
(``images = 5``, ``[targets] x = 5``) is named with its key, instead of failing later
deep inside an export. To add a profile key, add it to ``SiteProfile`` in
``editor.site`` and to ``PROFILE_KEYS`` (or a table's keys) here.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from editor.errors import SiteProfileError

# Refused with their own message by editor.publish.targets: secrets live in the keyring.
SECRET_KEYS = ("password", "passphrase", "secret", "token", "pass")


@dataclass(frozen=True, slots=True)
class Kind:
    """The kind of value a key takes, with its name in both languages for messages."""

    accepts: Callable[[Any], bool]
    name_id: str
    name_en: str


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _list_of(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, list) and all(check(item) for item in value)


TEXT = Kind(lambda v: isinstance(v, str), "teks", "text")
TEXTS = Kind(_list_of(lambda v: isinstance(v, str)), "daftar teks", "a list of text")
BOOL = Kind(lambda v: isinstance(v, bool), "true atau false", "true or false")
COUNT = Kind(lambda v: _whole(v) and v >= 0, "bilangan bulat ≥ 0", "a whole number ≥ 0")
POSITIVE = Kind(lambda v: _whole(v) and v > 0, "bilangan bulat > 0", "a whole number > 0")
SECONDS = Kind(lambda v: _number(v) and v >= 0, "angka detik ≥ 0", "a number of seconds ≥ 0")
PORT = Kind(lambda v: _whole(v) and 0 < v < 65536, "nomor port 1–65535", "a port number 1–65535")
QUALITY = Kind(lambda v: _whole(v) and 1 <= v <= 100, "bilangan bulat 1–100", "a whole number 1–100")
SLOTS = Kind(_list_of(lambda v: _whole(v) and v >= 0), "daftar bilangan bulat ≥ 0",
             "a list of whole numbers ≥ 0")
WIDTHS = Kind(_list_of(lambda v: _whole(v) and 16 <= v <= 10_000),
              "daftar lebar 16–10000 piksel", "a list of widths of 16–10000 pixels")
RANGE = Kind(lambda v: isinstance(v, list) and len(v) == 2 and all(_whole(n) and n > 0 for n in v)
             and v[0] <= v[1], "dua bilangan bulat [min, maks]", "two whole numbers [min, max]")
LATEST_COUNT = Kind(lambda v: _whole(v) and 0 <= v <= 20, "bilangan bulat 0–20",
                    "a whole number 0–20")
TLS = Kind(lambda v: isinstance(v, bool | str), "true, false atau berkas CA",
           "true, false or a CA file")

IMAGE_KEYS: dict[str, Kind] = {
    "widths": WIDTHS,
    "max_pixels": POSITIVE,
    "jpeg_quality": QUALITY,
    "webp_quality": QUALITY,
    "avif_quality": QUALITY,
}
# The fields editor.publish.targets and each transport read (folder, sftp, webdav).
TARGET_KEYS: dict[str, Kind] = {
    **dict.fromkeys(("kind", "public_base_url", "state_dir", "path", "host", "user", "root",
                     "auth", "key_file", "known_hosts", "url"), TEXT),
    "keep_versions": POSITIVE,
    "retries": COUNT,
    **dict.fromkeys(("retry_delay", "timeout", "lock_ttl", "lock_wait"), SECONDS),
    "port": PORT,
    "symlinks": BOOL,
    "system_known_hosts": BOOL,
    "verify_tls": TLS,
}
PROFILE_KEYS: dict[str, Kind | dict[str, Kind]] = {
    **dict.fromkeys(("name", "domain_label", "base_url", "article_url", "timezone", "language",
                     "date_style", "dateline_style", "dateline_style_no_city", "logo", "theme",
                     "accent"), TEXT),
    "ad_slots": SLOTS,
    "share_links": BOOL,
    "sections": TEXTS,
    "tags": TEXTS,
    "headline_range": RANGE,
    "images": IMAGE_KEYS,
    "export": dict.fromkeys(("fragment", "ninjs", "newsml"), BOOL),  # site.ExportFiles
    "latest": {"show": BOOL, "count": LATEST_COUNT},  # site.LatestNews: "Berita Terbaru"
    # its rules and levels are checked, with the closest names, by editor.ready_rules
    "checks": Kind(lambda v: isinstance(v, dict), "tabel [checks]", "a table [checks]"),
}
TABLES_OF_TABLES: dict[str, dict[str, Kind]] = {"targets": TARGET_KEYS}  # [targets.NAME]


def check_profile_keys(data: dict[str, Any], where: str | None) -> None:
    """Raise one ``SiteProfileError`` listing every unknown key and every wrong value."""
    problems = list(_table_problems(data, {**PROFILE_KEYS, **TABLES_OF_TABLES}, ""))
    if problems:
        text_id = "; ".join(text for text, _ in problems)
        text_en = "; ".join(text for _, text in problems)
        raise SiteProfileError(text_id + ".", text_en + ".", path=where)


def _table_problems(data: dict[str, Any], keys: dict[str, Any], prefix: str):
    for key, value in data.items():
        name = prefix + key
        expected = keys.get(key)
        if value is None and expected is not None:  # unset (TOML has no null; code may say so)
            continue
        if expected is None:
            if key.lower() not in SECRET_KEYS:
                yield _unknown(name, key, value, keys)
        elif key in TABLES_OF_TABLES and not prefix:
            yield from _tables_problems(value, TABLES_OF_TABLES[key], name)
        elif isinstance(expected, dict):
            if isinstance(value, dict):
                yield from _table_problems(value, expected, name + ".")
            else:
                yield _wrong(name, "tabel [" + name + "]", "a table [" + name + "]")
        elif not expected.accepts(value):
            yield _wrong(name, expected.name_id, expected.name_en)


def _tables_problems(value: Any, keys: dict[str, Kind], name: str):
    if not isinstance(value, dict):
        yield _wrong(name, f"tabel [{name}.NAMA]", f"a table [{name}.NAME]")
        return
    for sub, table in value.items():
        if isinstance(table, dict):
            yield from _table_problems(table, keys, f"{name}.{sub}.")
        else:
            yield _wrong(f"{name}.{sub}", f"tabel [{name}.{sub}]", f"a table [{name}.{sub}]")


def _unknown(name: str, key: str, value: Any, keys: dict[str, Any]) -> tuple[str, str]:
    close = difflib.get_close_matches(key, list(keys), n=1, cutoff=0.6)
    table = isinstance(value, dict)
    what_id, what_en = ("Tabel", "Table") if table else ("Kunci", "Key")
    text_id, text_en = f"{what_id} tidak dikenal: {name}", f"Unknown {what_en.lower()}: {name}"
    if close:
        text_id += f" (maksudnya {close[0]}?)"
        text_en += f" (did you mean {close[0]}?)"
    return text_id, text_en


def _wrong(name: str, kind_id: str, kind_en: str) -> tuple[str, str]:
    return f"'{name}' harus berupa {kind_id}", f"'{name}' must be {kind_en}"
