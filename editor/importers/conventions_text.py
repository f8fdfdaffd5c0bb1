"""The patterns of the newsroom's conventions, on plain text (see ``conventions``).

Kept apart from the code that rewrites the article so each pattern can be read,
and tested, on its own.
"""

from __future__ import annotations

import re

BACA_JUGA = re.compile(r"^\s*Baca\s+(?:Juga|Pula)\s*[:\-–—]\s*(?P<title>\S.*?)\s*$", re.I | re.S)

# "(m/ci)", "(ant/bs)", "(ado)" alone on the last line; "… kata dia. (m/ci)" at its end
SIGNOFF_ALONE = re.compile(r"^\(\s*(?P<code>[a-z0-9]{1,8}(?:\s*/\s*[a-z0-9]{1,8}){0,3})\s*\)$", re.I)
SIGNOFF_TRAILING = re.compile(r"\s*\((?P<code>[a-z0-9]{1,8}(?:/[a-z0-9]{1,8}){1,3})\)\s*$", re.I)

_DASH = r"\s*(?:--|[-–—])\s*"
_SITE = r"[A-Za-z0-9][\w-]*(?:\.[A-Za-z]{2,})+"  # Situs.com, okezone.co.id
_CITY = r"[A-Z][A-Za-z'.]*(?:\s+[A-Z][A-Za-z'.]*){0,3}"
_CAPS_CITY = r"[A-Z][A-Z'.]+(?:\s+[A-Z][A-Z'.]+){0,3}"
DATELINE = re.compile(
    rf"^\s*(?:"
    rf"(?P<city1>{_CITY})\s*,\s*(?P<site1>{_SITE}|[A-Z][\w]*(?:\s+[A-Z][\w]*){{0,2}}){_DASH}"
    rf"|(?P<city2>{_CITY})\s*\(\s*(?P<agency>[A-Za-z][\w .]{{1,24}})\s*\){_DASH}"
    rf"|(?P<city3>{_CAPS_CITY}){_DASH}"
    rf"|(?P<site4>{_SITE}){_DASH}"
    rf")(?=\S)"
)

_FOTO_ALONE = re.compile(
    r"^\s*(?:\(\s*(?:Foto|Photo)\s*:\s*(?P<inner>[^()]+?)\s*\)|(?:Foto|Photo)\s*:\s*(?P<rest>.+?))\s*$",
    re.I | re.S,
)
_FOTO_TRAILING = re.compile(r"^(?P<caption>.+?)\s*\(\s*(?:Foto|Photo)\s*:\s*(?P<credit>[^()]+?)\s*\)\s*$", re.I | re.S)
_CREDIT_IN_PARENS = re.compile(r"^(?P<caption>.+?)\s*\((?P<credit>[^()]+)\)\s*$", re.S)
_CREDIT_ROLES = {
    "penulis": "author", "reporter": "author", "pewarta": "author", "wartawan": "author",
    "editor": "editor", "penyunting": "editor", "redaktur": "editor",
}
_CREDIT = re.compile(r"^\s*(?P<role>[A-Za-z]+)\s*:\s*(?P<names>\S.*?)\s*$")
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\bdan\b|\band\b)\s*")


def dateline_prefix(text: str) -> tuple[str, int] | None:
    """``(city, length of the prefix)`` when ``text`` opens with a dateline; city may be ""."""
    match = DATELINE.match(text)
    if match is None:
        return None
    city = match["city1"] or match["city2"] or match["city3"] or ""
    if city.isupper():
        city = city.title()
    return city.strip(), match.end()


def foto_line(text: str) -> tuple[str, str] | None:
    """``(caption, credit)`` from a ``Foto: …`` line or a caption ending ``(Foto: …)``."""
    text = " ".join(text.split())
    trailing = _FOTO_TRAILING.match(text)
    if trailing:
        return trailing["caption"].strip(), trailing["credit"].strip()
    alone = _FOTO_ALONE.match(text)
    if alone is None:
        return None
    rest = (alone["inner"] or alone["rest"]).strip()
    inner = _CREDIT_IN_PARENS.match(rest)
    if inner and len(inner["caption"].split()) >= 3:
        return inner["caption"].strip(), inner["credit"].strip()
    if len(rest.split()) <= 5 and not rest.endswith("."):
        return "", rest  # "Foto: ANTARA/Budi", "(Foto: Istimewa)"
    return rest, ""


def credit_lines(text: str) -> list[tuple[str, list[str]]] | None:
    """``[("author", names), ("editor", names)]`` for ``Penulis: A | Editor: B`` lines."""
    found: list[tuple[str, list[str]]] = []
    for part in re.split(r"\s*[|;\n]\s*", text.strip()):
        if not part:
            continue
        match = _CREDIT.match(part)
        role = _CREDIT_ROLES.get(match["role"].lower()) if match else None
        if role is None or len(match["names"]) > 120:
            return None
        names = [n.strip(" .") for n in _NAME_SPLIT.split(match["names"]) if n.strip(" .")]
        if not names:
            return None
        found.append((role, names))
    return found or None
