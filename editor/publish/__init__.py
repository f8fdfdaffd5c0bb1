"""Publishing exported articles to the newsroom's web server: folder, SFTP or WebDAV.

Qt-free, blocking API; the GUI runs it in a worker thread::

    result = publish(item, site, "produksi", progress=cb, cancel=event,
                     confirm_host_key=ask_user)

See ``api`` for the guarantees (atomic switch, resumable, rollback) and
``targets`` for the profile fields.
"""

from __future__ import annotations

from editor.publish.api import PublishResult, publish, rollback, unpublish
from editor.publish.failures import HostKeyError, PublishCancelled, TransientError
from editor.publish.items import IndexEntry, PublishItem

__all__ = [
    "HostKeyError",
    "IndexEntry",
    "PublishCancelled",
    "PublishItem",
    "PublishResult",
    "TransientError",
    "publish",
    "rollback",
    "unpublish",
]
