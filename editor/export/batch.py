"""Export many drafts in one process; a broken draft is reported and the rest go on."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from editor.errors import DraftError, RedaksiError
from editor.export.article import ExportedArticle, export_article
from editor.site import SiteProfile
from editor.storage.draft import open_draft

Progress = Callable[[int, int, Path], None]


@dataclass
class BatchResult:
    exported: list[ExportedArticle] = field(default_factory=list)
    failed: list[tuple[Path, RedaksiError]] = field(default_factory=list)


def collect_drafts(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders are searched (recursively) for ``*.redaksi``."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(path.rglob("*.redaksi"))
        else:
            found.append(path)
    if not found:
        raise DraftError("Tidak ada draf untuk diekspor.", "No drafts to export.")
    return found


def export_drafts(
    paths: Iterable[str | Path], site: SiteProfile, outdir: Path, progress: Progress | None = None
) -> BatchResult:
    drafts = collect_drafts(paths)
    result = BatchResult()
    for index, path in enumerate(drafts, start=1):
        try:
            result.exported.append(export_article(open_draft(path), site, outdir))
        except RedaksiError as exc:
            if exc.path is None:
                exc.path = str(path)
            result.failed.append((path, exc))
        except OSError as exc:
            result.failed.append(
                (path, DraftError(f"Gagal menulis: {exc}", f"Write failed: {exc}", path=str(path)))
            )
        if progress:
            progress(index, len(drafts), path)
    return result
