"""Archive entries from what Redaksi exports, and the site's archive opened by profile."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from editor.archive.api import ArchiveEntry
from editor.archive.clean import BODY_MAX, SUMMARY_MAX, clean_text, clean_url, slug_headline
from editor.archive.schema import archive_path
from editor.archive.store import SqliteArchive
from editor.model.article import parse_time
from editor.site import SiteProfile


def open_archive(site: SiteProfile) -> SqliteArchive:
    """The site's archive, created empty on first use (one file per base URL)."""
    return SqliteArchive(archive_path(site.base_url), ad_slots=site.ad_slots)


def entry_from_index(entry: Mapping[str, Any] | Any, body_text: str = "") -> ArchiveEntry:
    """An archive entry from a site index record, the exporter's entry dict or an
    ``IndexEntry`` (anything with the same fields). Raises ``ValueError`` without a URL."""
    get = entry.get if isinstance(entry, Mapping) else (lambda key, d=None: getattr(entry, key, d))
    url = clean_url(get("url"))
    if url is None:
        raise ValueError(f"no usable URL: {get('url')!r}")
    headline, _ = clean_text(get("headline"))
    return ArchiveEntry(
        url=url,
        headline=headline or slug_headline(url),
        headline_guessed=not headline,
        summary=clean_text(get("summary") or "", SUMMARY_MAX)[0],
        section=clean_text(get("section") or "")[0],
        tags=tuple(t for t in (clean_text(tag)[0] for tag in get("tags") or ()) if t),
        published=parse_time(get("published")),
        updated=parse_time(get("updated")),
        image=clean_url(get("image"), url),
        body=clean_text(body_text, BODY_MAX)[0] if body_text else "",
        article_id=str(get("id") or get("article_id") or ""),
        language=str(get("language") or "id"),
    )


def record_exported(site: SiteProfile, items: Iterable[tuple[Mapping[str, Any] | Any, str]],
                    *, source: str = "export") -> int:
    """Add articles Redaksi just exported (kept, offered nowhere until a publish or a sync
    shows them live) or published (``source="publish"``: live) to the site's archive at
    once, in one transaction. ``items``: (index entry, the words of its body). Returns how
    many were recorded (an entry without a usable URL is left out). Raises ``ArchiveError``;
    callers that already exported or published treat it as a warning."""
    entries = []
    for entry, body in items:
        try:
            entries.append(entry_from_index(entry, body))
        except ValueError:
            continue
    if entries:
        with open_archive(site) as archive:
            archive.record(entries, source=source)
    return len(entries)
