"""YAML front matter: the metadata block at the top of a Markdown article.

The YAML is composed into nodes and each known key is checked against the type it
must have, so every mistake is one line naming the file, the line and the key;
values are taken as written (``headline: 1945`` stays ``"1945"``, ``yes`` stays
``"yes"``). Aliases are refused: front matter never needs them, and expanding
them is the "billion laughs" attack (389 bytes that grew to gigabytes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from editor.errors import ImportError_

NULL_TAG = "tag:yaml.org,2002:null"
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
YEARS = range(1900, 2200)  # beyond these, converting between zones overflows


class _Bad(Exception):
    """A value of the wrong kind; ``node`` says where it is."""

    def __init__(self, node: yaml.Node | yaml.Mark, text_id: str, text_en: str) -> None:
        super().__init__(text_en)
        self.mark = node if isinstance(node, yaml.Mark) else node.start_mark
        self.text_id, self.text_en = text_id, text_en


class _NodeLoader(yaml.SafeLoader):
    """Builds the node tree only; an alias stops it at once."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise _Bad(
                self.peek_event().start_mark,
                "alias YAML (*nama) tidak didukung; tulis nilainya langsung.",
                "YAML aliases (*name) are not supported; write the value itself.",
            )
        return super().compose_node(parent, index)


def _text(node: yaml.Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        return "" if node.tag == NULL_TAG else node.value.strip()
    raise _Bad(node, "harus berupa teks.", "must be text.")


def _texts(node: yaml.Node) -> list[str]:
    if isinstance(node, yaml.SequenceNode):
        return [_text(item) for item in node.value]
    if isinstance(node, yaml.ScalarNode):
        return [_text(node)] if _text(node) else []
    raise _Bad(node, "harus berupa teks atau daftar teks.", "must be text or a list of text.")


def _mapping(node: yaml.Node, allowed: tuple[str, ...], required: str) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        raise _Bad(
            node, f"setiap butir perlu {', '.join(allowed)}.", f"each item needs {', '.join(allowed)}."
        )
    fields: dict[str, yaml.Node] = {}
    for key, value in node.value:
        name = _text(key)
        fields[name] = value
        if name not in allowed:
            raise _Bad(
                key,
                f"'{name}' tidak dikenal (boleh: {', '.join(allowed)}).",
                f"'{name}' is not known (allowed: {', '.join(allowed)}).",
            )
    if not fields.get(required) or not _text(fields[required]):
        raise _Bad(node, f"'{required}' wajib diisi.", f"'{required}' is required.")
    return fields


def _authors(node: yaml.Node) -> list[dict[str, str]]:
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    authors = []
    for item in items:
        if isinstance(item, yaml.ScalarNode):
            authors.append({"name": _text(item)})
            continue
        fields = _mapping(item, ("name", "url"), "name")
        authors.append({key: _text(value) for key, value in fields.items()})
    return [author for author in authors if author["name"]]


def _time(node: yaml.Node) -> datetime | None:
    text = _text(node)
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(re.sub(r"(\d)\s+(?=[+-]\d|Z$)", r"\1", text))
    except ValueError:
        moment = None
    if moment is None or moment.year not in YEARS:
        raise _Bad(
            node,
            f"waktu tidak sah '{text}' (pakai 2024-06-18T20:42+07:00).",
            f"invalid time '{text}' (use 2024-06-18T20:42+07:00).",
        )
    return moment


def _focal(node: yaml.Node) -> list[float]:
    bad = _Bad(node, "harus dua angka 0–1, mis. [0.5, 0.4].", "must be two numbers 0–1, e.g. [0.5, 0.4].")
    if not isinstance(node, yaml.SequenceNode) or len(node.value) != 2:
        raise bad
    try:
        values = [float(_text(item)) for item in node.value]
    except ValueError:
        raise bad from None
    if not all(0 <= value <= 1 for value in values):
        raise bad
    return values


def _related(node: yaml.Node) -> list[dict[str, Any]]:
    if not isinstance(node, yaml.SequenceNode):
        raise _Bad(node, "harus berupa daftar berita.", "must be a list of stories.")
    items = []
    for item in node.value:
        fields = _mapping(item, ("title", "url", "published"), "url")
        story = {key: _text(value) for key, value in fields.items() if key != "published"}
        story["published"] = _time(fields["published"]) if "published" in fields else None
        items.append(story)
    return items


def _language(node: yaml.Node) -> str:
    text = _text(node)
    if text and not LANGUAGE.fullmatch(text):
        raise _Bad(node, f"kode bahasa tidak sah '{text}' (mis. id, en).",
                   f"invalid language code '{text}' (e.g. id, en).")
    return text


TEXT_KEYS = ("headline", "deck", "section", "signoff", "dateline", "slug",
             "image", "image_alt", "image_caption", "image_credit")
READERS: dict[str, Callable[[yaml.Node], Any]] = {
    **dict.fromkeys(TEXT_KEYS, _text),
    "tags": _texts,
    "authors": _authors,
    "published": _time,
    "updated": _time,
    "image_focal": _focal,
    "related": _related,
    "language": _language,
}
KNOWN_KEYS = set(READERS)


@dataclass(slots=True)
class FrontMatter:
    data: dict[str, Any]
    body: str
    body_line: int  # 1-based line of the body's first line in the file
    lines: dict[str, int] = field(default_factory=dict)  # key -> 1-based line in the file


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
            data, where = _load_yaml("".join(lines[1:index]), path)
            body = "".join(lines[index + 1 :])
            return FrontMatter(data=data, body=body, body_line=index + 2, lines=where)
    raise ImportError_(
        "Front matter tidak ditutup dengan '---'.",
        "The front matter is not closed with '---'.",
        path=f"{path}:1",
    )


def _line(mark: yaml.Mark | None) -> int:
    return mark.line + 2 if mark else 1  # the YAML starts on the file's second line


def _compose(source: str, path: Path) -> yaml.Node | None:
    loader = _NodeLoader(source)
    try:
        return loader.get_single_node()
    except _Bad as exc:
        raise ImportError_(exc.text_id, exc.text_en, path=f"{path}:{_line(exc.mark)}") from None
    except yaml.MarkedYAMLError as exc:
        raise ImportError_(
            f"Front matter YAML tidak sah: {exc.problem}",
            f"Invalid YAML front matter: {exc.problem}",
            path=f"{path}:{_line(exc.problem_mark)}",
        ) from None
    except RecursionError:
        raise ImportError_(
            "Front matter bersarang terlalu dalam.",
            "The front matter is nested too deeply.",
            path=f"{path}:{_line(loader.get_mark())}",
        ) from None
    finally:
        loader.dispose()


def _load_yaml(source: str, path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    root = _compose(source, path)
    if root is None:
        return {}, {}
    if not isinstance(root, yaml.MappingNode):
        raise ImportError_(
            "Front matter harus berisi pasangan kunci: nilai.",
            "The front matter must hold key: value pairs.",
            path=f"{path}:2",
        )
    data: dict[str, Any] = {}
    lines: dict[str, int] = {}
    for key_node, value_node in root.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
        where = f"{path}:{_line(key_node.start_mark)}"
        if key not in READERS:
            raise ImportError_(f"Kunci front matter tidak dikenal: {key}",
                               f"Unknown front matter key: {key}", path=where)
        if key in data:
            raise ImportError_(f"{key}: kunci ini ditulis dua kali.",
                               f"{key}: this key is written twice.", path=where)
        try:
            data[key] = READERS[key](value_node)
        except _Bad as exc:
            raise ImportError_(f"{key}: {exc.text_id}", f"{key}: {exc.text_en}",
                               path=f"{path}:{_line(exc.mark)}") from None
        lines[key] = _line(key_node.start_mark)
    return data, lines


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
