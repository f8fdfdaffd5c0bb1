"""Reading a site's published index: v2 (manifest + monthly shards) or legacy v1.

The contract is ``docs/site-index.md`` (written by the publisher): ``index/manifest.json``
lists the shards with their SHA-256, so an incremental reader fetches only the shards
whose hash changed. Unknown keys are ignored; a record that cannot be read is skipped
with a warning and never stops the rest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from editor.archive.api import ArchiveEntry, ArchiveError, SyncWarning
from editor.model.web_address import is_url, url_key

FORMAT = "redaksi-site-index"
MANIFEST = "index/manifest.json"
LEGACY = "index.json"


@dataclass(frozen=True, slots=True)
class Shard:
    file: str
    sha256: str
    count: int = 0


@dataclass
class Manifest:
    shards: list[Shard] = field(default_factory=list)
    total: int = 0


def load_json(data: bytes, where: str) -> Any:
    try:
        return json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ArchiveError(f"Indeks situs bukan JSON yang sah: {exc}",
                           f"The site index is not valid JSON: {exc}", path=where) from exc


def is_site_index(document: Any) -> bool:
    return isinstance(document, dict) and str(document.get("format", "")).startswith(FORMAT)


def read_manifest(document: Any, where: str) -> Manifest:
    try:
        if document.get("version") != 2 or not isinstance(document["shards"], list):
            raise ValueError("version 2 with a list of shards expected")
        shards = [Shard(_shard_file(row["file"]), str(row.get("sha256", "")),
                        int(row.get("count", 0) or 0)) for row in document["shards"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ArchiveError(f"Manifes indeks situs tidak sah: {exc}",
                           f"Invalid site index manifest: {exc}", path=where) from exc
    return Manifest(shards, int(document.get("total", 0) or 0))


def _shard_file(value: object) -> str:
    """A shard path below the site root; anything that could leave it is refused."""
    text = str(value).strip().lstrip("/")
    if not text or ".." in text.split("/") or "\\" in text or "://" in text:
        raise ValueError(f"bad shard path {value!r}")
    return text


def read_records(document: Any, where: str
                 ) -> tuple[list[ArchiveEntry], list[SyncWarning], set[str]]:
    """The articles of a shard or a v1 index, a warning per record left out or stored
    without its (missing or unreadable) date, and the site's base URLs (as ``url_key``
    prefixes: each record's ``url`` is its base plus its ``path``)."""
    rows = document.get("articles") if isinstance(document, dict) else document
    if not isinstance(rows, list):
        raise ArchiveError("Indeks situs tanpa daftar 'articles'.",
                           "The site index has no 'articles' list.", path=where)
    entries, warnings = [], []
    bases = _Bases()
    for number, row in enumerate(rows, 1):
        bases.add(row)
        shown = str(row.get("url") or row.get("path") or "") if isinstance(row, dict) else ""
        label = f"{where} #{number} {shown}".rstrip()
        entry, problem = _entry(row)
        if entry is not None:
            entries.append(entry)
        if problem:
            warnings.append(SyncWarning(label, *problem))
    return entries, warnings, bases.keys


class _Bases:
    """Base URLs from records; a URL under a base seen already costs one ``startswith``."""

    def __init__(self) -> None:
        self.raw: tuple[str, ...] = ()
        self.keys: set[str] = set()

    def add(self, row: Any) -> None:
        url = row.get("url") if isinstance(row, dict) else None
        path = row.get("path") if isinstance(row, dict) else None
        if not isinstance(url, str) or not isinstance(path, str) or url.startswith(self.raw):
            return
        tail = "/" + quote(path.strip("/"), safe="/") + "/"
        if path.strip("/") and url.endswith(tail) and is_url(url):
            raw = url[: -len(tail) + 1]
            self.raw += (raw,)
            self.keys.add(url_key(raw).rstrip("/") + "/")


def _entry(row: Any) -> tuple[ArchiveEntry | None, tuple[str, str] | None]:
    from editor.archive import entry_from_index  # the one way a record becomes an entry

    try:
        entry = entry_from_index(row)
    except (ValueError, TypeError, AttributeError) as exc:
        if not isinstance(row, dict) or not row.get("published"):
            return None, (f"data tidak sah ({exc}); dilewati.", f"invalid data ({exc}); skipped.")
        try:  # only the dates are wrong: keep the article, without them
            entry = entry_from_index({**row, "published": None, "updated": None})
        except (ValueError, TypeError) as again:
            return None, (f"data tidak sah ({again}); dilewati.",
                          f"invalid data ({again}); skipped.")
        shown = str(row.get("published"))[:40]
        return entry, (f"tanggal tidak sah ({shown!r}); disimpan tanpa tanggal.",
                       f"invalid date ({shown!r}); stored without a date.")
    if entry.published is None:
        return entry, ("tanpa tanggal terbit; disimpan tanpa tanggal.",
                       "no publication date; stored without a date.")
    return entry, None
