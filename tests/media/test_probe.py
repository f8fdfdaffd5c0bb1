"""``probe``: upright size, privacy facts and warnings, from headers only."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from editor.media import ImageInfo, probe
from editor.media.decode import open_photo
from tests.media import samples


def codes(info: ImageInfo) -> list[str]:
    return [n.code for n in info.warnings]


def test_phone_photo_reports_upright_size_and_gps(phone: Path) -> None:
    info = probe(phone)
    assert (info.width, info.height) == (300, 400)  # stored 400×300, orientation 6
    assert info.format == "JPEG" and info.mode == "RGB"
    assert info.has_exif and info.has_gps
    gps = info.warnings[0]
    assert gps.message_id == "Lokasi GPS dihapus dari foto."
    assert gps.message_en == "GPS location removed from the photo."
    assert codes(info) == ["gps", "narrow"]


def test_narrow_photo_is_a_warning_for_discover(tmp_path: Path) -> None:
    info = probe(samples.plain(tmp_path / "kecil.png", "PNG", size=(1199, 700)))
    assert codes(info) == ["narrow"]
    assert "1199" in info.warnings[0].message_id and "Google Discover" in info.warnings[0].message_en
    assert not info.has_exif and not info.has_gps


def test_wide_clean_photo_has_no_warnings(tmp_path: Path) -> None:
    info = probe(samples.plain(tmp_path / "lebar.jpg", "JPEG", size=(1200, 300)))
    assert info.warnings == [] and (info.width, info.height) == (1200, 300)


def test_animated_gif_gets_first_frame_notice(tmp_path: Path) -> None:
    info = probe(samples.animated_gif(tmp_path / "gerak.gif"))
    assert info.animated and "animated" in codes(info)
    assert "bingkai pertama" in info.warnings[0].message_id


def test_heic_size_and_gps(tmp_path: Path) -> None:
    info = probe(samples.heic(tmp_path / "iphone.heic"))
    assert info.format == "HEIF"
    assert (info.width, info.height) == (240, 320)
    assert info.has_gps and info.has_exif


def test_gps_only_in_xmp_is_found(tmp_path: Path) -> None:
    path = tmp_path / "lightroom.jpg"
    samples.striped((200, 100)).save(path, "JPEG", xmp=samples.XMP.encode())
    info = probe(path)
    assert info.has_gps and not info.has_exif


def test_probe_does_not_decode_pixels(phone: Path) -> None:
    with open_photo(phone, max_pixels=10**8) as photo:
        assert isinstance(photo.image, Image.Image)
        assert photo.image.tile, "header only: the decoder has not run yet"
        pixels = photo.pixels()
        assert photo.image is None and pixels.size == (300, 400)


def test_tiff_tags_are_not_camera_metadata(tmp_path: Path) -> None:
    plain = probe(samples.plain(tmp_path / "scan.tif", "TIFF"))
    assert not plain.has_exif and not plain.has_gps
    tagged = probe(samples.plain(tmp_path / "kamera.tif", "TIFF",
                                 exif=samples.phone_exif(1).tobytes()))
    assert tagged.has_exif and tagged.has_gps
