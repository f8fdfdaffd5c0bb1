"""Export many drafts in one process; a broken draft is reported and the rest go on.

Large batches use every core: ``forked`` splits the work over processes forked
before the exporter's modules are imported (Jinja rendering is CPU-bound and the
GIL would serialise threads). Results are returned in the order given; progress
is reported as drafts finish. This module imports nothing heavy itself, so that
forking happens first.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from editor.errors import DraftError, ExportError, RedaksiError, describe_os_error
from editor.export import forked
from editor.export.recording import record_exports
from editor.site import SiteProfile

if TYPE_CHECKING:
    from editor.export.article import ExportedArticle
    from editor.render.latest import LatestStory

Progress = Callable[[int, int, Path], None]
PARALLEL_FROM = 64  # below this, starting workers costs more than it saves
CHUNK = 32

@dataclass
class BatchResult:
    """The folders written, the drafts that failed (each with its error), and why the
    site's archive did not take the export, if it did not (``export.recording``)."""

    exported: list[ExportedArticle] = field(default_factory=list)
    failed: list[tuple[Path, RedaksiError]] = field(default_factory=list)
    archive_warning: RedaksiError | None = None


def collect_drafts(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders are searched (recursively) for ``*.redaksi``."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():  # files only: a publish state folder is also named ".redaksi"
            found += sorted(p for p in path.rglob("*.redaksi") if p.is_file())
        else:
            found.append(path)
    found = _once_each(found)  # a draft named twice (a file and its folder) is one draft
    if not found:
        raise DraftError("Tidak ada draf untuk diekspor.", "No drafts to export.")
    return found


def _once_each(paths: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    unique = []
    for path in paths:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            unique.append(path)
    return unique


def export_one(path: Path, site: SiteProfile, outdir: Path,
               latest: Sequence[LatestStory] | None = None) -> ExportedArticle | RedaksiError:
    """Export one draft, turning every expected failure into an error value."""
    from editor.export.article import export_article
    from editor.storage.draft import open_draft

    try:
        return export_article(open_draft(path), site, outdir, latest=latest)
    except RedaksiError as exc:
        if exc.path is None:
            exc.path = str(path)
        return exc
    except OSError as exc:
        text_id, text_en = describe_os_error(exc, path)
        return DraftError(f"Gagal menulis: {text_id}.", f"Write failed: {text_en}.",
                          path=str(path))
    except Exception as exc:  # noqa: BLE001 - one draft's bug must not stop a batch of many
        return _unexpected(path, f"{type(exc).__name__}: {exc}")


def _export_in_batch(path: Path, site: SiteProfile, outdir: Path,
                     latest: Sequence[LatestStory]) -> ExportedArticle | RedaksiError:
    from editor.export import images

    images.image_threads = 1  # one photo per core: the batch already fills the cores
    return export_one(path, site, outdir, latest)


def _unexpected(path: Path, detail: str | None) -> RedaksiError:
    """A failure the exporter did not foresee: an exception (named by the last line of its
    traceback), or (``None``) a worker process that died with this draft in hand."""
    if detail is None:
        return ExportError(
            "Proses ekspor untuk draf ini berhenti mendadak; ekspor ulang draf ini.",
            "The export process for this draft stopped unexpectedly; export this draft again.",
            path=str(path),
        )
    last = detail.strip().splitlines()[-1] if detail.strip() else "?"
    return ExportError(
        f"Ekspor draf ini gagal karena galat tak terduga ({last}); draf lain tetap diekspor.",
        f"Exporting this draft failed unexpectedly ({last}); the other drafts were exported.",
        path=str(path),
    )


def _outcomes(
    drafts: list[Path], site: SiteProfile, outdir: Path, workers: int
) -> Iterable[tuple[int, ExportedArticle | RedaksiError]]:
    from editor.export.latest import read_latest  # light: the archive loads only if there

    latest = read_latest(site)  # once for the batch: every page shows the same list
    if workers < 2 or len(drafts) < PARALLEL_FROM or not forked.available():
        yield from enumerate(export_one(path, site, outdir, latest) for path in drafts)
        return
    images = "editor.export.images"  # the workers set image_threads; the caller's is kept
    threads = getattr(sys.modules.get(images), "image_threads", None)
    try:
        yield from forked.run_forked(
            drafts,
            partial(_export_in_batch, site=site, outdir=outdir, latest=latest),
            workers=workers,
            chunk=CHUNK,
            failed=_unexpected,
        )
    finally:
        if images in sys.modules:
            sys.modules[images].image_threads = threads


def export_drafts(
    paths: Iterable[str | Path],
    site: SiteProfile,
    outdir: Path,
    progress: Progress | None = None,
    *,
    workers: int | None = None,
) -> BatchResult:
    drafts = collect_drafts(paths)
    workers = workers if workers is not None else forked.default_workers()
    outcomes: list[ExportedArticle | RedaksiError | None] = [None] * len(drafts)
    for done, (index, outcome) in enumerate(_outcomes(drafts, site, Path(outdir), workers), 1):
        outcomes[index] = outcome
        if progress:
            progress(done, len(drafts), drafts[index])
    _refuse_shared_folders(drafts, outcomes)
    result = BatchResult()
    for path, outcome in zip(drafts, outcomes, strict=True):
        if isinstance(outcome, RedaksiError):
            result.failed.append((path, outcome))
        else:
            result.exported.append(outcome)
    result.archive_warning = record_exports(site, result.exported)  # every export, at once
    return result


def _refuse_shared_folders(drafts: list[Path],
                           outcomes: list[ExportedArticle | RedaksiError | None]) -> None:
    """Two drafts that map to one article folder: both are reported, neither is kept.

    Whichever was written last overwrote the other (their photos mixed in one folder),
    so the folder is removed and each draft's error names the others.
    """
    import shutil

    sharing: dict[str, list[int]] = {}
    for index, outcome in enumerate(outcomes):
        if outcome is not None and not isinstance(outcome, RedaksiError):
            sharing.setdefault(outcome.rel_dir, []).append(index)
    for rel_dir, indexes in sharing.items():
        if len(indexes) < 2:
            continue
        shutil.rmtree(outcomes[indexes[0]].path, ignore_errors=True)  # type: ignore[union-attr]
        for index in indexes:
            others = ", ".join(str(drafts[other]) for other in indexes if other != index)
            outcomes[index] = ExportError(
                f"Draf ini dan {others} menghasilkan folder yang sama ({rel_dir}), jadi tidak "
                "satu pun diekspor ke sana. Beri salah satunya slug lain.",
                f"This draft and {others} map to the same folder ({rel_dir}), so neither was "
                "exported there. Give one of them another slug.",
                path=str(drafts[index]),
            )
