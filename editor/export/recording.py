"""Every export enters the site's archive at once, whoever asks for it (``redaksi export``,
File → Export): kept with the words of its body, offered nowhere until a publish or a sync
shows it live (see docs/archive.md).

The pages are written before the archive is touched, so the export is done whatever the
archive says: a failure to record is a warning on the result, never raised. This module
imports nothing heavy itself (a batch forks its workers first).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from editor import lazy
from editor.errors import RedaksiError
from editor.model.draft import Draft
from editor.site import SiteProfile

if TYPE_CHECKING:
    from editor.export.article import ExportedArticle


def export_draft(draft: Draft, site: SiteProfile, outdir: Path, *,
                 progress: Callable[[float], None] | None = None) -> ExportedArticle:
    """One draft into ``outdir`` (the editor's File → Export), then into the archive;
    ``archive_warning`` on the result says if the archive did not take it."""
    from editor.export.article import export_article

    exported = export_article(draft, site, outdir, progress=progress)
    exported.archive_warning = record_exports(site, [exported])
    return exported


def record_exports(site: SiteProfile, exported: Sequence[ExportedArticle]) -> RedaksiError | None:
    """Record ``exported`` in ``site``'s archive in one transaction, body words included
    (they are only stored: an export is stemmed when it goes live). None, or the error
    to show as one warning line."""
    if not exported:
        return None
    lazy.ensure("editor.archive")  # first imported here, perhaps on a worker thread
    from editor.archive import ArchiveError, record_exported

    try:
        record_exported(site, [(item.entry, item.body) for item in exported])
    except RedaksiError as exc:
        return ArchiveError(
            f"Ekspor selesai, tetapi arsip situs tidak diperbarui: {exc.message('id')}",
            f"The export is done, but the site's archive was not updated: {exc.message('en')}")
    return None
