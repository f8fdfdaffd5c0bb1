"""EXIF as a draft keeps it: the orientation and the time taken, nothing else.

A camera's EXIF block holds the GPS position, serial numbers of body and lens,
a maker note (often another serial, sometimes the owner's name), make, model and
software. The copy of a photo kept in a ``.redaksi`` file (e-mailed between
desks) needs only what changes how the photo looks (orientation) and the time
it was taken, for the caption; everything else is dropped by building a new
block rather than editing the old one, so nothing unknown can survive.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

from PIL import Image

ORIENTATION = 0x0112
EXIF_IFD, GPS_IFD = 0x8769, 0x8825
DATE_TAKEN, DATE_OFFSET = 0x9003, 0x9011
MAKER_NOTE = 0x927C
SERIAL_TAGS = {0xA431, 0xA435, 0xC62F}  # BodySerialNumber, LensSerialNumber, CameraSerialNumber
DATE_RE = re.compile(r"\d{4}:\d{2}:\d{2} \d{2}:\d{2}:\d{2}")
OFFSET_RE = re.compile(r"[+-]\d{2}:\d{2}")
EXIF_HEADER = b"Exif\x00\x00"


@dataclass(frozen=True, slots=True)
class CleanExif:
    """``tiff``: the new block (TIFF bytes, no ``Exif`` header), empty when nothing is
    worth keeping; ``removed``: what the old one held (``location``, ``serial``, …)."""

    tiff: bytes
    removed: frozenset[str]


def clean_exif(block: bytes) -> CleanExif:
    """Rebuild an EXIF block (TIFF bytes, with or without the ``Exif\\0\\0`` header)."""
    exif = Image.Exif()
    try:
        with warnings.catch_warnings():  # "Corrupt EXIF data": the block is dropped anyway
            warnings.simplefilter("ignore")
            exif.load(block)
            sub = _ifd(exif, EXIF_IFD)
    except Exception:  # Pillow's TIFF parser raises many types on a broken block
        return CleanExif(b"", frozenset({"other"}) if block.strip(b"\x00") else frozenset())
    removed = _removed(exif, sub)
    new = Image.Exif()
    orientation = exif.get(ORIENTATION)
    if isinstance(orientation, int) and orientation in range(2, 9):
        new[ORIENTATION] = orientation
    kept = _dates(sub)
    if kept:
        new_sub = new.get_ifd(EXIF_IFD)
        new_sub.update(kept)
    if not len(new) and not kept:
        return CleanExif(b"", removed)
    data = new.tobytes()
    return CleanExif(data.removeprefix(EXIF_HEADER), removed)


def exif_removed(exif: Image.Exif) -> frozenset[str]:
    """What a parsed EXIF block holds that a draft's copy leaves out."""
    try:
        return _removed(exif, _ifd(exif, EXIF_IFD))
    except Exception:  # Pillow's TIFF parser raises many types on a broken block
        return frozenset({"other"})


def _ifd(exif: Image.Exif, tag: int) -> dict[int, object]:
    return dict(exif.get_ifd(tag)) if tag in exif else {}


def _removed(exif: Image.Exif, sub: dict[int, object]) -> frozenset[str]:
    removed = set()
    try:
        if GPS_IFD in exif and exif.get_ifd(GPS_IFD):
            removed.add("location")
    except Exception:  # an unreadable GPS block was still a GPS block
        removed.add("location")
    if SERIAL_TAGS & (set(exif) | set(sub)):
        removed.add("serial")
    if MAKER_NOTE in sub:
        removed.add("maker_note")
    others = set(exif) - {ORIENTATION, EXIF_IFD, GPS_IFD} | set(sub) - {DATE_TAKEN, DATE_OFFSET}
    if others - SERIAL_TAGS - {MAKER_NOTE}:
        removed.add("other")
    return frozenset(removed)


def _dates(sub: dict[int, object]) -> dict[int, str]:
    """The time the photo was taken, only when it looks like one (ASCII, fixed form)."""
    taken, offset = sub.get(DATE_TAKEN), sub.get(DATE_OFFSET)
    kept: dict[int, str] = {}
    if isinstance(taken, str) and DATE_RE.fullmatch(taken.strip("\x00 ")):
        kept[DATE_TAKEN] = taken.strip("\x00 ")
        if isinstance(offset, str) and OFFSET_RE.fullmatch(offset.strip("\x00 ")):
            kept[DATE_OFFSET] = offset.strip("\x00 ")
    return kept
