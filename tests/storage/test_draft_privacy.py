"""Photos in a ``.redaksi`` file keep no GPS, serial number or maker note (issue 9, item 15).

Every check reads the bytes stored in the zip back, the way someone who received
the draft by e-mail would: raw byte searches, Pillow's EXIF and IPTC readers,
the XMP packet parsed as XML. What the newsroom needs must survive: orientation,
colour profile, caption and credit, and the pixels themselves.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image, IptcImagePlugin

from editor.media.privacy import clean_copy
from editor.media.source import register_heif
from editor.model.draft import Draft
from editor.model.image import ImageRef
from editor.model.serialize import article_to_dict
from editor.storage.draft import MIMETYPE, open_draft, save_draft
from tests.factories import ready_article
from tests.media import samples

GPS_IFD, EXIF_IFD = 0x8825, 0x8769
PRIVATE = (b"GPSLatitude", b"GPSLongitude", samples.SERIAL.encode(), samples.MAKE.encode(),
           samples.MODEL.encode(), b"maker note", b"thumbnl", b"camera ", b"City")
DC = "{http://purl.org/dc/elements/1.1/}"
WRITERS: dict[str, Callable[[Path], Path]] = {
    "IMG_0042.jpg": samples.agency_jpeg,
    "grafik.png": samples.agency_png,
    "IMG_0043.heic": samples.agency_heic,
}


def stored(draft_path: Path, key: str) -> bytes:
    with zipfile.ZipFile(draft_path) as archive:
        return archive.read(key)


def open_bytes(data: bytes) -> Image.Image:
    register_heif()
    return Image.open(io.BytesIO(data))


def leaks(data: bytes) -> list[str]:
    """Private metadata found in a stored photo; empty when clean."""
    found = [f"bytes {needle!r}" for needle in PRIVATE if needle in data]
    with open_bytes(data) as image:
        exif = image.getexif()
        if GPS_IFD in exif and exif.get_ifd(GPS_IFD):
            found.append(f"GPS IFD {dict(exif.get_ifd(GPS_IFD))}")
        found += [f"EXIF tag {tag:#x}" for tag in set(exif) | set(exif.get_ifd(EXIF_IFD))
                  if tag not in (0x0112, EXIF_IFD, 0x9003)]
    return found


def xmp_caption(image: Image.Image) -> str:
    packet = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
    packet = packet.encode() if isinstance(packet, str) else packet
    root = etree.fromstring(packet.strip(b"\x00 "))
    return "".join(root.find(f".//{DC}description").itertext()).strip()


@pytest.fixture(params=sorted(WRITERS))
def photo(request, tmp_path: Path) -> Path:
    return WRITERS[request.param](tmp_path / request.param)


def draft_with(photo: Path) -> Draft:
    draft = Draft(article=ready_article())
    key = draft.add_media(photo)
    draft.article.featured_image = ImageRef(key, "Pengendara motor di genangan air", "K", "C")
    return draft


def test_a_saved_draft_holds_the_photo_without_private_metadata(photo: Path,
                                                                tmp_path: Path) -> None:
    original = photo.read_bytes()
    assert leaks(original), "the sample must carry private metadata to begin with"
    draft = draft_with(photo)
    path = save_draft(draft, tmp_path / "rob.redaksi")
    key = draft.article.featured_image.file
    assert key == f"media/{photo.stem.lower().replace('_', '-')}{photo.suffix}"
    kept = stored(path, key)
    assert leaks(kept) == []
    with open_bytes(original) as before, open_bytes(kept) as after:
        assert after.size == before.size
        assert after.tobytes() == before.tobytes()  # the pixels were not re-encoded
        assert xmp_caption(after) == samples.CAPTION
        if photo.suffix != ".heic":  # pillow-heif shows the colour as nclx, not ICC
            assert after.info["icc_profile"] == samples.swapped_rgb_icc()
        if photo.suffix == ".heic":  # phones store the rotation as a transform (irot)
            assert after.info["original_orientation"] == 6
        elif photo.suffix == ".jpg":
            assert after.getexif()[0x0112] == 6


def test_the_jpeg_keeps_iptc_caption_and_credit_but_not_the_place(tmp_path: Path) -> None:
    draft = draft_with(samples.agency_jpeg(tmp_path / "IMG_0042.jpg"))
    path = save_draft(draft, tmp_path / "rob.redaksi")
    with open_bytes(stored(path, draft.article.featured_image.file)) as image:
        iptc = IptcImagePlugin.getiptcinfo(image)
    assert iptc[(2, 120)].decode() == samples.CAPTION
    assert (iptc[(2, 80)], iptc[(2, 110)]) == (samples.BYLINE.encode(), samples.CREDIT.encode())
    assert (2, 90) not in iptc and (2, 101) not in iptc  # city, country


def test_the_trailing_image_a_phone_appends_is_not_stored(tmp_path: Path) -> None:
    photo = samples.agency_jpeg(tmp_path / "IMG_0042.jpg")
    draft = draft_with(photo)
    kept = stored(save_draft(draft, tmp_path / "rob.redaksi"), draft.article.featured_image.file)
    assert photo.read_bytes().count(b"\xff\xd8\xff") == 2  # main image and a depth map
    assert kept.count(b"\xff\xd8\xff") == 1 and kept.endswith(b"\xff\xd9")


def test_a_draft_saved_before_the_cleaning_is_cleaned_when_saved(tmp_path: Path) -> None:
    """An old draft holds the original photo; opening leaves it alone, saving cleans it."""
    photo = samples.agency_jpeg(tmp_path / "IMG_0042.jpg")
    old = tmp_path / "lama.redaksi"
    article = ready_article()
    article.featured_image = ImageRef("media/img-0042.jpg", "Pengendara motor", "K", "C")
    with zipfile.ZipFile(old, "w") as archive:  # as Redaksi wrote drafts until now
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, zipfile.ZIP_STORED)
        archive.writestr("article.json", json.dumps(article_to_dict(article)))
        archive.writestr("media/img-0042.jpg", photo.read_bytes())
    draft = open_draft(old)
    assert leaks(stored(old, "media/img-0042.jpg"))
    save_draft(draft)
    assert leaks(stored(old, "media/img-0042.jpg")) == []
    assert leaks(draft.media_path("media/img-0042.jpg").read_bytes()) == []


def test_clean_copy_names_what_was_removed_and_the_words_to_keep(tmp_path: Path) -> None:
    path, result = clean_copy(samples.agency_jpeg(tmp_path / "IMG_0042.jpg"))
    assert path.name == "IMG_0042.jpg" and leaks(path.read_bytes()) == []
    assert result.removed >= {"location", "serial", "maker_note"}
    assert (result.text.caption, result.text.credit) == (
        samples.CAPTION, f"{samples.CREDIT}/{samples.BYLINE}")
    assert result.notice() == (
        "Lokasi (GPS), nomor seri kamera dan catatan pabrik kamera dihapus dari salinan foto "
        "di draf.",
        "Location (GPS), camera serial number and maker notes removed from the draft's copy "
        "of the photo.")
    assert clean_copy(path)[0] == path  # a clean photo is not copied again
    assert clean_copy(path)[1].notice() is None


@pytest.mark.parametrize("writer", [samples.plain, samples.animated_gif, samples.cmyk_jpeg],
                         ids=["tiff", "gif", "cmyk-jpeg"])
def test_other_formats_keep_their_pixels(writer, tmp_path: Path) -> None:
    source = writer(tmp_path / "foto.tif", "TIFF") if writer is samples.plain \
        else writer(tmp_path / "foto.bin")
    path, _result = clean_copy(source)
    with open_bytes(source.read_bytes()) as before, open_bytes(path.read_bytes()) as after:
        assert (after.size, after.mode) == (before.size, before.mode)
        assert after.tobytes() == before.tobytes()
