"""Web addresses typed by hand: what a journalist means, and what cannot be a link.

People paste ``https://…`` but type ``www.bmkg.go.id``; that is a web address, so it
gets ``https://`` in front instead of being refused. ``https://warta`` is not one a
reader can open (a host without a dot: an unfinished name, or a machine on the
newsroom's own network), so it is refused with a reason. The reasons are codes; the
editor words them in the journalist's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")
# A host name with at least one dot, an optional port, then anything: "www.bmkg.go.id/x".
_BARE_HOST = re.compile(r"^[\w-]+(\.[\w-]+)+(:\d+)?([/?#].*)?$", re.UNICODE)

NO_SCHEME = "no_scheme"  # not http(s), and not a bare host name either
NO_HOST = "no_host"  # "https://" with nothing after it
NO_DOT = "no_dot"  # "https://warta": a host without a dot
SPACE = "space"  # spaces inside an address


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
