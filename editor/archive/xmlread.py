"""Parsing XML from outside safely: no external entities, no network, no DTD, and a
second, forgiving pass for a feed that is not quite well-formed (one warning)."""

from __future__ import annotations

from lxml import etree

from editor.archive.api import ArchiveError, SyncWarning


def _parser(recover: bool) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, remove_comments=True, remove_pis=True,
                           recover=recover)


def parse_xml(data: bytes, where: str, warnings: list[SyncWarning]) -> etree._Element:
    try:
        return etree.fromstring(data, _parser(False))
    except etree.XMLSyntaxError as exc:
        first = str(exc).splitlines()[0][:160]
        try:
            root = etree.fromstring(data, _parser(True))
        except etree.XMLSyntaxError:
            root = None
        if root is None:
            raise ArchiveError(f"Bukan XML yang sah: {first}", f"Not valid XML: {first}",
                               path=where) from exc
        warnings.append(SyncWarning(
            where, f"XML tidak sah ({first}); dibaca sejauh yang bisa dipulihkan.",
            f"Invalid XML ({first}); read as far as it could be recovered."))
        return root


def local(tag: object) -> str:
    """``{namespace}name`` -> ``name`` (comments and the like -> "")."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def namespace(tag: object) -> str:
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


def child(element: etree._Element, name: str, ns: str | None = None) -> etree._Element | None:
    for item in element:
        if local(item.tag) == name and (ns is None or namespace(item.tag) == ns):
            return item
    return None


def children(element: etree._Element, name: str, ns: str | None = None) -> list:
    return [item for item in element
            if local(item.tag) == name and (ns is None or namespace(item.tag) == ns)]


def text_of(element: etree._Element | None) -> str:
    """The text inside an element; with child elements (an Atom ``xhtml`` title), their
    markup, for ``clean_text`` to strip (a ``<script>`` inside must not become text)."""
    if element is None:
        return ""
    if not len(element):
        return element.text or ""
    inner = "".join(etree.tostring(item, encoding="unicode", with_tail=True) for item in element)
    return (element.text or "") + inner
