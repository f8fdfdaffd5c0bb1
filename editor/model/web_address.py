"""Web addresses typed by hand: what a journalist means, and what cannot be a link.

People paste ``https://…`` but type ``www.bmkg.go.id``; that is a web address, so it
gets ``https://`` in front instead of being refused. ``https://warta`` is not one a
reader can open (a host without a dot: an unfinished name, or a machine on the
newsroom's own network), so it is refused with a reason. The reasons are codes; the
editor words them in the journalist's language.

``url_key`` says when two spellings are the same story (the checks panel, the archive
and the page's "Berita Terbaru" all ask it); ``is_url`` tells an address from a path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

WEB_SCHEMES = ("http", "https")
# A host name with at least one dot, an optional port, then anything: "www.bmkg.go.id/x".
_BARE_HOST = re.compile(r"^[\w-]+(\.[\w-]+)+(:\d+)?([/?#].*)?$", re.UNICODE)

NO_SCHEME = "no_scheme"  # not http(s), and not a bare host name either
NO_HOST = "no_host"  # "https://" with nothing after it
NO_DOT = "no_dot"  # "https://warta": a host without a dot
SPACE = "space"  # spaces inside an address

# The common spelling, keyed without urllib (an archive sync keys 100,000 URLs).
_SIMPLE_KEY = re.compile(
    r"https?://(?:www\.)?([A-Za-z0-9.-]+)((?::\d{1,5})?/?[A-Za-z0-9._~%/!$'()*+,;=:@-]*)")
_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|mc_|_ga$)")


@dataclass(frozen=True, slots=True)
class WebAddress:
    """``address`` is what to store; ``problem`` a code when it cannot be a link;
    ``completed`` when ``https://`` was put in front of what was typed."""

    address: str
    problem: str = ""
    completed: bool = False


def web_address(text: str) -> WebAddress:
    """Read a typed web address (empty text is no address and no problem)."""
    typed = text.strip()
    if not typed:
        return WebAddress("")
    if any(character.isspace() for character in typed):
        return WebAddress(typed, SPACE)
    completed = False
    if "://" not in typed and _BARE_HOST.match(typed):
        typed, completed = "https://" + typed, True
    parts = urlsplit(typed)
    if parts.scheme.lower() not in WEB_SCHEMES:
        return WebAddress(typed, NO_SCHEME)
    try:
        host = parts.hostname or ""
    except ValueError:  # an unbalanced "[" in the host part
        host = ""
    if not host:
        return WebAddress(typed, NO_HOST)
    if "." not in host.strip("."):
        return WebAddress(typed, NO_DOT)
    return WebAddress(typed, "", completed)


def is_url(text: str | object) -> bool:
    """An ``http://`` or ``https://`` address (any case), as opposed to a file's path."""
    return str(text).lower().startswith(("https://", "http://"))


def url_key(url: str) -> str:
    """One key per story whatever the spelling: ``http``/``https``, ``www.``, the host's
    case, a trailing slash, a fragment or tracking parameters (``utm_*``, ``fbclid``) do not
    make another article; any other query (``?id=2``) or a port does."""
    simple = _SIMPLE_KEY.fullmatch(url)
    if simple and not simple.group(2).startswith(":"):
        host, path = simple.groups()
        return host.lower() + (path.rstrip("/") or "/")
    parts = urlsplit(url.strip())
    try:
        host = (parts.hostname or "").lower().removeprefix("www.")
        port = parts.port
    except ValueError:  # a port that is not a number, an unbalanced "[": keyed as written
        return url.strip().lower()
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/") or "/"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not _TRACKING.match(k)))
    return urlunsplit(("", host, path, query, "")).removeprefix("//")
