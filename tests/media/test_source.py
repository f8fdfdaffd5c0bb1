"""Bad input is refused with a clear message naming the file, before any decoding."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import ImageFile

from editor.errors import MediaError
from editor.media import probe, process_image
from editor.media.source import sniff
from editor.site import ImageSettings
from tests.media import samples


def refused(path: Path, out_dir: Path, settings: ImageSettings) -> MediaError:
    """Both entry points must refuse ``path`` the same way and write nothing."""
    with pytest.raises(MediaError) as probed:
        probe(path, settings)
    with pytest.raises(MediaError) as processed:
        process_image(path, slug="foto", out_dir=out_dir, settings=settings)
    assert probed.value.message_en == processed.value.message_en
    assert processed.value.path == str(path)
    assert list(out_dir.iterdir()) == []
    return processed.value


def test_text_file_named_jpg(tmp_path: Path, out_dir: Path, settings: ImageSettings) -> None:
    error = refused(samples.text_as_jpg(tmp_path / "foto.jpg"), out_dir, settings)
    assert "bukan foto" in error.message_id
    assert "not a supported photo" in error.message_en
    assert str(tmp_path / "foto.jpg") in error.message("id")


def test_zero_byte_file(tmp_path: Path, out_dir: Path, settings: ImageSettings) -> None:
    error = refused(samples.empty_file(tmp_path / "kosong.jpg"), out_dir, settings)
    assert error.message_id == "Berkas foto kosong (0 bita)."
    assert error.message_en == "The photo file is empty (0 bytes)."


def test_truncated_jpeg(tmp_path: Path, out_dir: Path, settings: ImageSettings) -> None:
    error = refused(samples.truncated_jpeg(tmp_path / "putus.jpg"), out_dir, settings)
    assert "terpotong" in error.message_id
    assert "truncated" in error.message_en


@pytest.mark.parametrize(("name", "fmt"), [("p.png", "PNG"), ("w.webp", "WEBP"),
                                           ("a.avif", "AVIF")])
def test_truncated_containers(tmp_path: Path, out_dir: Path, settings: ImageSettings,
                              name: str, fmt: str) -> None:
    path = samples.plain(tmp_path / name, fmt)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40])
    assert "truncated" in refused(path, out_dir, settings).message_en


@pytest.mark.parametrize(("name", "fmt"), [("t.tif", "TIFF"), ("g.gif", "GIF")])
def test_cut_files_without_an_end_marker_fail_at_decode(tmp_path: Path,
                                                        settings: ImageSettings, name: str,
                                                        fmt: str) -> None:
    """GIF and TIFF have no cheap end check; the decoder notices, and no folder is made."""
    path = samples.plain(tmp_path / name, fmt)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(MediaError) as caught:
        process_image(path, slug="foto", out_dir=tmp_path / "baru", settings=settings)
    assert "truncated" in caught.value.message_en and not (tmp_path / "baru").exists()


def test_truncated_heic(tmp_path: Path, out_dir: Path, settings: ImageSettings) -> None:
    path = samples.heic(tmp_path / "iphone.heic")
    path.write_bytes(path.read_bytes()[:-500])
    assert "truncated" in refused(path, out_dir, settings).message_en


def test_png_bomb_is_refused_quickly(tmp_path: Path, out_dir: Path, settings: ImageSettings,
                                     monkeypatch) -> None:
    """Refused from its header: not one of its 400 million pixels is decoded."""
    bomb = samples.png_bomb(tmp_path / "bom.png")
    decoded: list[object] = []
    real_load = ImageFile.ImageFile.load
    monkeypatch.setattr(ImageFile.ImageFile, "load",
                        lambda image: decoded.append(image) or real_load(image))
    error = refused(bomb, out_dir, settings)
    assert decoded == []
    assert "terlalu besar" in error.message_id
    assert "60 megapixels" in error.message_en


def test_site_pixel_limit_names_the_size(tmp_path: Path, out_dir: Path) -> None:
    path = samples.plain(tmp_path / "besar.png", "PNG", size=(1200, 1000))
    error = refused(path, out_dir, ImageSettings(max_pixels=1_000_000))
    assert "(1200×1000)" in error.message_en and "1 megapixels" in error.message_en


def test_missing_file(tmp_path: Path, out_dir: Path, settings: ImageSettings) -> None:
    error = refused(tmp_path / "hilang.jpg", out_dir, settings)
    assert error.message_en == "The photo file was not found."


def test_corrupt_header(tmp_path: Path, out_dir: Path, settings: ImageSettings) -> None:
    path = tmp_path / "rusak.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + b"\xff" * 40)
    assert "corrupt" in refused(path, out_dir, settings).message_en


def test_message_language_follows_setting(tmp_path: Path, out_dir: Path,
                                          settings: ImageSettings,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    error = refused(samples.empty_file(tmp_path / "x.jpg"), out_dir, settings)
    monkeypatch.setenv("REDAKSI_LANG", "en")
    assert str(error) == f"{tmp_path / 'x.jpg'}: The photo file is empty (0 bytes)."


@pytest.mark.parametrize(("head", "fmt"), [
    (b"\xff\xd8\xff\xe0", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF89a", "GIF"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WEBP"),
    (b"II*\x00", "TIFF"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "HEIF"),
    (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf", "AVIF"),
    (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1avif", "AVIF"),
    (b"\x00\x00\x00\x18ftypisom\x00\x00\x00\x00isomiso2", None),
    (b"%PDF-1.7", None),
    (b"<html>", None),
])
def test_sniff_reads_bytes_not_names(head: bytes, fmt: str | None) -> None:
    assert sniff(head) == fmt
