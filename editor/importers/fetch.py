"""Fetching a published page (and its photo) over HTTP, within limits.

A URL a journalist pastes may point at a slow server, a huge page or something that is
not a page at all. The download goes through Redaksi's one bounded GET (``editor.net``):
a per-read timeout, a wall-clock deadline for the whole download (a server trickling one
byte a second never trips a read timeout) and a size limit checked against
``Content-Length`` and again while reading. Nothing fetched is ever executed: pages are
parsed as data, their scripts are never run.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor import net
from editor.errors import ImportError_
from editor.model.web_address import is_url
from editor.net import FetchLimits

USER_AGENT = "Redaksi/0.1 (article import)"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str


def fetch(url: str, limits: FetchLimits | None = None) -> Fetched:
    """GET ``url``; every way it can fail is an ``ImportError_`` with one clear sentence."""
    limits = limits or FetchLimits()
    if not is_url(url):
        raise ImportError_(
            "Hanya alamat http:// atau https:// yang bisa diambil.",
            "Only http:// or https:// addresses can be fetched.",
            path=url,
        )
    bounds = net.Limits(limits.max_bytes, limits.timeout, deadline=limits.timeout,
                        max_redirects=limits.max_redirects)
    try:
        with net.Session(user_agent=USER_AGENT, max_redirects=limits.max_redirects,
                         timeout=limits.timeout) as session:
            got = session.get(url, bounds)
    except net.NetError as exc:
        raise ImportError_(exc.message_id, exc.message_en, path=url) from exc
    return Fetched(got.url, got.content, got.content_type)
