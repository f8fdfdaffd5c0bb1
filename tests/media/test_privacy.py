"""``editor.media.privacy`` on broken and hostile files: a clear error or a clean file."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from editor.errors import MediaError
from editor.media.privacy import clean_photo
from tests.media import samples

BOMB_XMP = (
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>&e;&e;&e;&e;</dc:description>'
    "</rdf:Description></rdf:RDF></x:xmpmeta>"
)


def test_an_entity_bomb_in_xmp_is_not_expanded(tmp_path: Path) -> None:
    path = tmp_path / "bom.jpg"
    samples.striped((64, 48)).save(path, "JPEG", xmp=BOMB_XMP.encode())
    result = clean_photo(path.read_bytes())  # expanded, the caption would be 400,000 letters
    assert len(result.text.caption) < 1000 and b"ENTITY" not in result.data


def test_junk_exif_is_dropped_and_the_photo_still_opens(tmp_path: Path) -> None:
    path = samples.plain(tmp_path / "a.jpg", "JPEG")
    data = path.read_bytes()
    junk = b"Exif\x00\x00MM\x00*\xff\xff\xff\xff" + b"\x13" * 40
    segment = b"\xff\xe1" + struct.pack(">H", len(junk) + 2) + junk
    result = clean_photo(data[:2] + segment + data[2:])
    assert b"\x13" * 40 not in result.data and result.data.startswith(b"\xff\xd8")


def test_a_cut_off_download_is_cleaned_as_far_as_it_goes(tmp_path: Path) -> None:
    data = samples.truncated_jpeg(tmp_path / "putus.jpg").read_bytes()
    assert clean_photo(data).data.startswith(b"\xff\xd8\xff")


@pytest.mark.parametrize("data", [b"Ini bukan foto.", b"", b"\x00\x00\x00\x18ftypheic" + b"\x00" * 8
                                  + b"\xff\xff\xff\xffmeta"], ids=["text", "empty", "broken-heif"])
def test_what_cannot_be_cleaned_is_refused_with_a_clear_message(data: bytes) -> None:
    with pytest.raises(MediaError) as caught:
        clean_photo(data, "IMG_9.heic")
    assert "GPS" in caught.value.message("id") and caught.value.path == "IMG_9.heic"
