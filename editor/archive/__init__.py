"""The newsroom's memory: every article of a site, searchable in Indonesian.

``open_archive(site)`` gives the site's archive (an ``Archive``; the SQLite file in the
user's data folder by default). ``record_exported`` adds articles the moment Redaksi
exports (kept, not live) or publishes them (live). Filling the archive from a site index,
feeds and sitemaps is ``editor.archive.sync``. Plain Python: no Qt, no exporter, no publisher.
"""

from __future__ import annotations

from editor.lazy import attributes

_EXPORTS = {
    **dict.fromkeys(("Archive", "ArchiveEntry", "ArchiveError", "ArchiveStats", "SearchHit",
                     "Suggestion", "Suggestions", "SyncWarning"), "editor.archive.api"),
    "SqliteArchive": "editor.archive.store",
    "archive_path": "editor.archive.schema",
    **dict.fromkeys(("entry_from_index", "open_archive", "record_exported"),
                    "editor.archive.entries"),
}

__getattr__ = attributes("editor.archive", _EXPORTS)

__all__ = sorted(_EXPORTS)
