"""Where things live on a target, relative to its root.

The article folder is served at ``rel_dir``; everything Redaksi needs to keep
publishing atomic lives under ``state_dir`` (default ``.redaksi``), which must
be on the same server and file system as the site so renames stay atomic::

    {state}/staging/{rel_dir}/{content_id}/   upload in progress (resumable)
    {state}/releases/{rel_dir}/{content_id}/  complete, verified versions
    {state}/releases/{rel_dir}/manifest.json  which versions exist, newest last
    {state}/lock/                             the site-wide lock (a directory)
    {state}/trash/                            folders on their way out

Release folders are named by a hash of their content, so a retried publish
finds the work of the interrupted one instead of starting over.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import quote

from editor.publish import failures

SITE_FILES = ("index.json", "sitemap.xml", "sitemap-news.xml", "feed.xml")
INDEX_FOLDER = "index"  # the site index's shards, manifest and latest file (siteindex)


def normalize_rel_dir(rel_dir: str) -> str:
    """``rel_dir`` without surrounding slashes; refuses anything that could escape the site."""
    text = str(rel_dir).strip().strip("/")
    parts = text.split("/")
    if (
        not text
        or "\\" in text
        or any(part in ("", ".", "..") for part in parts)
        or parts[0].startswith(".")
        or parts[0] == INDEX_FOLDER
        or text in SITE_FILES
        or (text.startswith("sitemap") and text.endswith(".xml"))
    ):
        raise failures.bad_path(str(rel_dir))
    return text


def normalize_state_dir(state_dir: str, *, allow_parent: bool) -> str:
    """The state folder relative to the root; ``..`` only where the protocol can reach it."""
    text = posixpath.normpath(str(state_dir).strip() or ".redaksi")
    if text.startswith("/") or text == "." or (text.startswith("..") and not allow_parent):
        raise failures.bad_path(str(state_dir))
    return text


@dataclass(frozen=True, slots=True)
class Layout:
    state_dir: str = ".redaksi"

    def staging(self, rel_dir: str, content_id: str = "") -> str:
        return _join(self.state_dir, "staging", rel_dir, content_id)

    def releases(self, rel_dir: str) -> str:
        return _join(self.state_dir, "releases", rel_dir)

    def release(self, rel_dir: str, content_id: str) -> str:
        return _join(self.state_dir, "releases", rel_dir, content_id)

    def manifest(self, rel_dir: str) -> str:
        return _join(self.state_dir, "releases", rel_dir, "manifest.json")

    @property
    def lock(self) -> str:
        return _join(self.state_dir, "lock")

    @property
    def trash(self) -> str:
        return _join(self.state_dir, "trash")

    def check_article(self, rel_dir: str) -> str:
        """``rel_dir`` normalized, and never inside the state folder."""
        rel_dir = normalize_rel_dir(rel_dir)
        state_top = self.state_dir.split("/")[0]
        if rel_dir.split("/")[0] == state_top:
            raise failures.bad_path(rel_dir)
        return rel_dir


def _join(*parts: str) -> str:
    return "/".join(part.strip("/") for part in parts if part)


def public_url(base_url: str, rel_dir: str) -> str:
    """The address readers use: the target's public base plus the article folder."""
    return base_url.rstrip("/") + "/" + quote(rel_dir.strip("/"), safe="/") + "/"


def resolve_image(image: str | None, article_url: str, base_url: str) -> str | None:
    """An entry's image as an absolute URL (it may be relative to the article or the site)."""
    if not image:
        return None
    if image.startswith(("http://", "https://")):
        return image
    if image.startswith("/"):
        return base_url.rstrip("/") + image
    return article_url.rstrip("/") + "/" + image
