"""YAML front matter: the metadata block at the top of a Markdown article.

Errors carry the line number in the original file, so a journalist can find
the typo in any text editor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from editor.errors import ImportError_

KNOWN_KEYS = {
    "headline",
    "deck",
    "section",
    "tags",
    "authors",
    "signoff",
    "dateline",
    "published",
    "updated",
    "image",
    "image_alt",
    "image_caption",
    "image_credit",
    "image_focal",
    "related",
    "slug",
    "language",
}


@dataclass(slots=True)
class FrontMatter:
    data: dict[str, Any]
    body: str
    body_line: int  # 1-based line of the body's first line in the file


def split_front_matter(text: str, path: Path) -> FrontMatter:
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise ImportError_(
            "Baris pertama harus '---' (awal front matter YAML).",
            "The first line must be '---' (start of the YAML front matter).",
            path=f"{path}:1",
        )
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            data = _load_yaml("".join(lines[1:index]), path)
            return FrontMatter(data=data, body="".join(lines[index + 1 :]), body_line=index + 2)
    raise ImportError_(
        "Front matter tidak ditutup dengan '---'.",
        "The front matter is not closed with '---'.",
        path=f"{path}:1",
    )


def _load_yaml(source: str, path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(source) or {}
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 2 if exc.problem_mark else 1
        raise ImportError_(
            f"Front matter YAML tidak sah: {exc.problem}",
            f"Invalid YAML front matter: {exc.problem}",
            path=f"{path}:{line}",
        ) from exc
    if not isinstance(data, dict):
        raise ImportError_(
            "Front matter harus berisi pasangan kunci: nilai.",
            "The front matter must hold key: value pairs.",
            path=f"{path}:2",
        )
    unknown = sorted(set(map(str, data)) - KNOWN_KEYS)
    if unknown:
        raise ImportError_(
            f"Kunci front matter tidak dikenal: {', '.join(unknown)}",
            f"Unknown front matter keys: {', '.join(unknown)}",
            path=f"{path}:{_key_line(source, unknown[0])}",
        )
    return data


def _key_line(source: str, key: str) -> int:
    for number, line in enumerate(source.splitlines(), start=2):
        if line.startswith(f"{key}:"):
            return number
    return 1


def to_datetime(value: Any, zone: ZoneInfo, path: Path, key: str) -> datetime | None:
    """YAML dates and strings; a time without an offset is read in the newsroom's zone."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time(0, 0))
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        except ValueError as exc:
            raise ImportError_(
                f"{key}: waktu tidak sah '{value}' (pakai 2024-06-18T20:42+07:00).",
                f"{key}: invalid time '{value}' (use 2024-06-18T20:42+07:00).",
                path=str(path),
            ) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)
