"""No published file may reveal where a photo was taken or which camera took it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, IptcImagePlugin

from editor.media import process_image
from editor.site import ImageSettings
from tests.media import samples
from tests.media.forensics import FORBIDDEN, metadata_leaks


def check_clean(source: Path, out_dir: Path, settings: ImageSettings) -> None:
    result = process_image(source, slug="rahasia", out_dir=out_dir, settings=settings)
    assert result.had_gps
    assert result.notices[0].message_id == "Lokasi GPS dihapus dari foto."
    assert len(result.files) == len(result.variants) + 4 and len(result.variants) >= 6
    for path in result.files:
        assert metadata_leaks(path) == [], path.name


def test_source_really_carries_the_secrets(phone: Path) -> None:
    """Guard against a test that passes because the sample was clean to begin with."""
    data = phone.read_bytes()
    assert all(needle in data for needle in FORBIDDEN)
    with Image.open(phone) as image:
        assert image.getexif().get_ifd(0x8825) and "xmp" in image.info
        assert "comment" in image.info
        assert IptcImagePlugin.getiptcinfo(image)[(2, 90)] == b"Semarang"


def test_phone_jpeg_outputs_are_clean(phone: Path, out_dir: Path,
                                      settings: ImageSettings) -> None:
    check_clean(phone, out_dir, settings)


def test_heic_outputs_are_clean(tmp_path: Path, out_dir: Path, settings: ImageSettings) -> None:
    check_clean(samples.heic(tmp_path / "iphone.heic"), out_dir, settings)


@pytest.mark.parametrize(("name", "fmt"), [("m.webp", "WEBP"), ("m.png", "PNG"),
                                           ("m.avif", "AVIF"), ("m.tif", "TIFF")])
def test_metadata_in_other_formats_is_dropped(tmp_path: Path, out_dir: Path,
                                              settings: ImageSettings, name: str,
                                              fmt: str) -> None:
    source = samples.plain(tmp_path / name, fmt, exif=samples.phone_exif(1).tobytes(),
                           xmp=samples.XMP.encode(), icc_profile=samples.swapped_rgb_icc())
    check_clean(source, out_dir, settings)


def test_helper_detects_a_leak(tmp_path: Path) -> None:
    """The leak detector itself must fail on a file that does carry EXIF and XMP."""
    leaky = tmp_path / "bocor.jpg"
    samples.striped((50, 40)).save(leaky, exif=samples.phone_exif(), xmp=samples.XMP.encode())
    leaks = metadata_leaks(leaky)
    assert any("Exif" in leak for leak in leaks) and any("FFE1" in leak for leak in leaks)
