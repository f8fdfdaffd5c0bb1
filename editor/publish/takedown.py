"""Taking an article down: the one use case behind ``redaksi unpublish``.

``take_down`` runs the publisher's ``unpublish`` (the page, its kept versions and its
place in the site files go) and then takes the article out of the site's local archive
at once, so the next draft is never offered a link to a page that is gone. The article
is down whatever the archive says: an archive that cannot be written is a warning for
the caller to show, never a failure of the take-down.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor import lazy
from editor.errors import RedaksiError, say
from editor.publish.api import unpublish
from editor.publish.hostkeys import ConfirmHostKey
from editor.publish.layout import public_url
from editor.publish.targets import load_target
from editor.site import SiteProfile


@dataclass(frozen=True, slots=True)
class TakenDown:
    """Where the article was (``rel_dir`` on the target, its public ``url``), and, if the
    local archive could not forget it, one line saying why (``archive_warning``)."""

    rel_dir: str
    url: str
    archive_warning: str | None = None


def take_down(slug_or_rel_dir: str, site: SiteProfile, target_name: str | None = None, *,
              confirm_host_key: ConfirmHostKey | None = None) -> TakenDown:
    """Unpublish the article the site index lists as ``slug_or_rel_dir``, then forget it
    in the site's archive."""
    target = load_target(site, target_name)
    rel_dir = unpublish(slug_or_rel_dir, site, target.name, confirm_host_key=confirm_host_key)
    url = public_url(target.public_base_url, rel_dir)
    return TakenDown(rel_dir, url, forget_in_archive(site, url))


def forget_in_archive(site: SiteProfile, url: str) -> str | None:
    """Take ``url`` out of the site's archive; None, or one line (in the user's language)
    saying why the archive could not be changed."""
    lazy.ensure("editor.archive")  # first imported here, perhaps on a worker thread
    from editor.archive import open_archive

    try:
        with open_archive(site) as archive:
            archive.forget(url)
    except RedaksiError as exc:
        return say("berita sudah diturunkan, tetapi arsip lokal mungkin masih "
                   f"mencantumkannya: {exc.message('id')}",
                   f"the article is down, but the local archive may still list it: "
                   f"{exc.message('en')}")
    return None
