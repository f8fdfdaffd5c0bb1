"""The site's archive synced from a publish target: its site index read through the
publisher's own transports (folder, SFTP, WebDAV), with the target's credentials.

It lives here, not in ``editor.archive``, because the archive sits below the publisher in
the layers; ``redaksi archive sync --target`` calls ``sync_target``, and the editor window
can call it the same way from a worker thread.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable

from editor.archive.api import DocumentState, SyncStore
from editor.archive.fetch import Fetched
from editor.archive.sync import Sync, SyncReport
from editor.publish.hostkeys import ConfirmHostKey
from editor.publish.targets import load_target, open_transport
from editor.publish.transport import Transport
from editor.site import SiteProfile

TARGET_SOURCE = "target:"  # an archive source read from a publish target: "target:NAME"


class TransportFetcher:
    """Reads a site's index files from a publish target, for ``Sync``."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def fetch(self, location: str, known: DocumentState | None = None,
              kind: str = "document") -> Fetched:
        found = self.transport.read(location)
        if found is None:
            return Fetched(location, missing=True)
        if known is not None and known.sha256 and found.tag and found.tag == known.etag:
            return Fetched(location, etag=found.tag)
        return Fetched(location, bytes(found.data), etag=found.tag)

    def join(self, root: str, path: str) -> str:
        return posixpath.normpath(posixpath.join(root, path)) if root else path

    def resolve(self, base: str, ref: str) -> str:
        return posixpath.normpath(posixpath.join(posixpath.dirname(base), ref))

    def close(self) -> None:
        pass


def sync_target(archive: SyncStore, site: SiteProfile, name: str | None = None, *,
                progress: Callable[[int, int, str], None] | None = None,
                confirm_host_key: ConfirmHostKey | None = None) -> SyncReport:
    """Sync ``archive`` from the site index on publish target ``name`` (the profile's
    first without it); the source is named ``target:NAME``, so a later sync finds it."""
    target = load_target(site, name)
    with open_transport(target, confirm_host_key) as transport:
        sync = Sync(archive, TransportFetcher(transport), TARGET_SOURCE + target.name,
                    progress=progress)
        return sync.run("", site_root=True)
