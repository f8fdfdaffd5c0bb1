"""XMP and IPTC as a draft keeps them: caption, credit, creator, source and rights.

Agencies and photo desks write the caption and credit into the photo itself,
as IPTC (an APP13 block) and XMP (an XML packet). Both can also hold the GPS
position, the city, the camera's serial number and editing history. The copy
kept in a draft keeps only the words a newsroom publishes with the photo, and
they prefill the caption and credit fields (``PhotoText``). Both blocks are
rebuilt from those words, never edited in place, so nothing else survives.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from xml.sax.saxutils import escape

from lxml import etree

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
}
XMP_FIELDS = {"caption": "dc:description", "creator": "dc:creator", "rights": "dc:rights",
              "credit": "photoshop:Credit", "source": "photoshop:Source"}
# IIM record 2 datasets kept: by-line, headline, credit, source, copyright, caption.
IPTC_FIELDS = {80: "creator", 105: "headline", 110: "credit", 115: "source", 116: "rights",
               120: "caption"}
IPTC_LOCATION = {26, 90, 92, 95, 100, 101}  # location code, city, sublocation, province, country
IPTC_RESOURCE = 0x0404
UTF8_MARK = b"\x1b%G"


@dataclass(frozen=True, slots=True)
class PhotoText:
    """The words that travel with a photo: caption and credit as the fields show them."""

    caption: str = ""
    credit: str = ""

    def merged(self, other: PhotoText) -> PhotoText:
        return PhotoText(self.caption or other.caption, self.credit or other.credit)


def photo_text(fields: dict[str, str]) -> PhotoText:
    """``REUTERS/Nama Fotografer``: the credit line, then the creator when not in it."""
    credit, creator = fields.get("credit", ""), fields.get("creator", "")
    if credit and creator and creator.casefold() not in credit.casefold():
        line = f"{credit}/{creator}"
    else:
        line = credit or creator or fields.get("source", "")
    return PhotoText(fields.get("caption", "").strip(), line.strip())


# -- XMP ---------------------------------------------------------------------
def read_xmp(packet: bytes) -> dict[str, str] | None:
    """The kept fields of an XMP packet; ``None`` when it is not XML we can read."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(packet.strip(b"\x00 \t\r\n"), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    fields = {}
    for key, name in XMP_FIELDS.items():
        prefix, local = name.split(":")
        value = _xmp_value(root, f"{{{NS[prefix]}}}{local}")
        if value:
            fields[key] = value
    return fields


def _xmp_value(root: etree._Element, tag: str) -> str:
    """A property as an attribute of ``rdf:Description`` or an element (``rdf:Alt``/``Seq``)."""
    for description in root.iter(f"{{{NS['rdf']}}}Description"):
        if description.get(tag):
            return description.get(tag).strip()
    for element in root.iter(tag):
        items = element.findall(f".//{{{NS['rdf']}}}li")
        text = (items[0].text if items else element.text) or ""
        if text.strip():
            return text.strip()
    return ""


def build_xmp(fields: dict[str, str]) -> bytes:
    """A new XMP packet holding only ``fields`` (empty bytes for none)."""
    if not fields:
        return b""
    parts = []
    for key, name in XMP_FIELDS.items():
        value = escape(fields.get(key, ""))
        if not value:
            continue
        if name in ("dc:description", "dc:rights"):
            value = f'<rdf:Alt><rdf:li xml:lang="x-default">{value}</rdf:li></rdf:Alt>'
        elif name == "dc:creator":
            value = f"<rdf:Seq><rdf:li>{value}</rdf:li></rdf:Seq>"
        parts.append(f"<{name}>{value}</{name}>")
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="{NS["rdf"]}">'
        f'<rdf:Description rdf:about="" xmlns:dc="{NS["dc"]}" '
        f'xmlns:photoshop="{NS["photoshop"]}">{"".join(parts)}</rdf:Description>'
        '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def xmp_removed(packet: bytes, kept: dict[str, str] | None) -> frozenset[str]:
    removed = set()
    if b"GPSLatitude" in packet or b"GPSLongitude" in packet or b"LocationCreated" in packet:
        removed.add("location")
    if b"SerialNumber" in packet:
        removed.add("serial")
    if kept is None or len(packet) > len(build_xmp(kept)) + 200:
        removed.add("other")
    return frozenset(removed)


# -- IPTC (Photoshop image resources) ------------------------------------------
def read_resources(block: bytes) -> list[tuple[int, bytes]]:
    """``(id, data)`` of each ``8BIM`` resource; stops quietly at a broken one."""
    resources, pos = [], 0
    while pos + 12 <= len(block) and block[pos:pos + 4] == b"8BIM":
        ident = struct.unpack(">H", block[pos + 4:pos + 6])[0]
        name_len = block[pos + 6]
        pos += 6 + ((name_len + 2) & ~1)  # Pascal name padded to an even length
        if pos + 4 > len(block):
            break
        size = struct.unpack(">I", block[pos:pos + 4])[0]
        resources.append((ident, block[pos + 4:pos + 4 + size]))
        pos += 4 + size + (size & 1)
    return resources


def read_iptc(records: bytes) -> tuple[dict[str, str], frozenset[str]]:
    """The kept datasets of an IIM block, and what else it held."""
    datasets, pos = [], 0
    while pos + 5 <= len(records) and records[pos] == 0x1C:
        record, number = records[pos + 1], records[pos + 2]
        size = struct.unpack(">H", records[pos + 3:pos + 5])[0]
        if size & 0x8000:  # extended length: never a caption or credit
            break
        datasets.append((record, number, records[pos + 5:pos + 5 + size]))
        pos += 5 + size
    utf8 = any(r == 1 and n == 90 and UTF8_MARK in v for r, n, v in datasets)
    fields: dict[str, str] = {}
    removed = set()
    for record, number, value in datasets:
        key = IPTC_FIELDS.get(number) if record == 2 else None
        if key and key not in fields:
            fields[key] = _decode(value, utf8).strip()
        elif record == 2 and number in IPTC_LOCATION:
            removed.add("location")
        elif (record, number) not in ((1, 90), (2, 0)) and record in (1, 2):
            removed.add("other")
    return {k: v for k, v in fields.items() if v}, frozenset(removed)


def _decode(value: bytes, utf8: bool) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("utf-8" if utf8 else "cp1252", "replace")


def build_iptc(fields: dict[str, str]) -> bytes:
    """A Photoshop resource block with one IPTC resource (UTF-8) holding ``fields``."""
    numbers = {key: number for number, key in IPTC_FIELDS.items()}
    records = b"\x1c\x01\x5a" + struct.pack(">H", len(UTF8_MARK)) + UTF8_MARK
    for key, value in fields.items():
        data = value.encode("utf-8")[:2000]
        if key in numbers and data:
            records += b"\x1c\x02" + bytes([numbers[key]]) + struct.pack(">H", len(data)) + data
    block = b"8BIM" + struct.pack(">H", IPTC_RESOURCE) + b"\x00\x00"
    block += struct.pack(">I", len(records)) + records + b"\x00" * (len(records) & 1)
    return block
