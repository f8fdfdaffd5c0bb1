"""Publishing exported articles to the newsroom's web server: folder, SFTP or WebDAV.

Qt-free, blocking API; the GUI runs it in a worker thread::

    outcome = publish_draft(draft, site, "produksi", progress=cb, cancel=event,
                            confirm_host_key=ask_user)   # export, publish, record, save
    result = publish(item, site, "produksi")             # an already exported folder
    done = take_down("slug-artikel", site, "produksi")   # unpublish, and forget it locally

See ``api`` for the guarantees (atomic switch, resumable, rollback) and
``targets`` for the profile fields.
"""

from __future__ import annotations

from editor import lazy

# Loaded on first use: the API pulls in paramiko (~100 ms), which commands that
# only register their arguments, or export pages, must not pay for.
_EXPORTS = {
    "DraftPublished": "editor.publish.drafts",
    "publish_draft": "editor.publish.drafts",
    "PublishResult": "editor.publish.api",
    "publish": "editor.publish.api",
    "rollback": "editor.publish.api",
    "unpublish": "editor.publish.api",
    "take_down": "editor.publish.takedown",
    "TakenDown": "editor.publish.takedown",
    "HostKeyError": "editor.publish.failures",
    "PublishCancelled": "editor.publish.failures",
    "TransientError": "editor.publish.failures",
    "IndexEntry": "editor.model.entry",
    "PublishItem": "editor.model.entry",
}


__getattr__ = lazy.attributes("editor.publish", _EXPORTS)

__all__ = [
    "DraftPublished",
    "HostKeyError",
    "IndexEntry",
    "PublishCancelled",
    "PublishItem",
    "PublishResult",
    "TakenDown",
    "TransientError",
    "publish",
    "publish_draft",
    "rollback",
    "take_down",
    "unpublish",
]
