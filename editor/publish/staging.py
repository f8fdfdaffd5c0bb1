"""Getting an article's files onto the server as a complete, verified release.

Files go to a staging folder named after the content, so an interrupted upload
resumes: a file already there with the right size (and hash, where the
protocol gives one) is not sent again. Once every file checks out, one rename
turns the staging folder into a release folder, which is therefore complete by
construction; a release that already exists is simply reused.
"""

from __future__ import annotations

import contextlib
import posixpath

from editor.publish import failures
from editor.publish.layout import Layout
from editor.publish.localfiles import LocalFile
from editor.publish.progress import Progress
from editor.publish.transport import AlreadyExists, Transport


def ensure_release(tx: Transport, layout: Layout, rel_dir: str, files: list[LocalFile],
                   content_id: str, progress: Progress) -> str:
    """The path of a verified release holding exactly ``files``; uploads only what is missing."""
    release = layout.release(rel_dir, content_id)
    if _complete(tx, release, files[:1]):
        progress.add(sum(item.size for item in files), sent=False)
        return release
    staging = layout.staging(rel_dir, content_id)
    _clear_other_staging(tx, layout, rel_dir, content_id)
    _upload_missing(tx, staging, files, progress)
    progress.step("Memeriksa berkas di server", "Checking the files on the server")
    _verify(tx, staging, files)
    tx.makedirs(layout.releases(rel_dir))
    with contextlib.suppress(AlreadyExists):  # an identical publish finished first
        tx.rename(staging, release)
    tx.remove_tree(layout.staging(rel_dir))  # ours, and leftovers of earlier versions
    return release


def _complete(tx: Transport, folder: str, files: list[LocalFile]) -> bool:
    return all(tx.size(posixpath.join(folder, item.rel)) == item.size for item in files)


def _clear_other_staging(tx: Transport, layout: Layout, rel_dir: str, content_id: str) -> None:
    """Leftovers of an interrupted upload of a different version (where we can list them)."""
    names = tx.list_dir(layout.staging(rel_dir))
    for name in names or []:
        if name != content_id:
            tx.remove_tree(layout.staging(rel_dir, name))


def _upload_missing(tx: Transport, staging: str, files: list[LocalFile],
                    progress: Progress) -> None:
    resuming = tx.exists(staging)
    for folder in sorted({posixpath.dirname(posixpath.join(staging, f.rel)) for f in files}):
        tx.makedirs(folder)
    for item in files:
        remote = posixpath.join(staging, item.rel)
        if resuming and _matches(tx, remote, item):
            progress.add(item.size, sent=False)
            continue
        progress.step(f"Mengunggah {item.rel}", f"Uploading {item.rel}")
        tx.upload(item.path, remote, progress.add)


def _matches(tx: Transport, remote: str, item: LocalFile) -> bool:
    if tx.size(remote) != item.size:
        return False
    digest = tx.digest(remote)
    return digest is None or digest == item.sha256


def _verify(tx: Transport, staging: str, files: list[LocalFile]) -> None:
    """Every file has its size (and hash where available); a bad one is removed and retried."""
    for item in files:
        remote = posixpath.join(staging, item.rel)
        size = tx.size(remote)
        if size != item.size:
            tx.remove(remote)
            raise failures.verify_failed(item.rel, f"{size} != {item.size} bytes")
        digest = tx.digest(remote)
        if digest is not None and digest != item.sha256:
            tx.remove(remote)
            raise failures.verify_failed(item.rel, "SHA-256")
