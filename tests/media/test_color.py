"""Colour: ICC profiles, CMYK, 16-bit and transparency all end up as correct 8-bit sRGB."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageCms

from editor.media import process_image
from editor.media.color import flatten, to_srgb
from editor.site import ImageSettings
from tests.media import samples
from tests.media.forensics import close


def outputs(path: Path, out_dir: Path, settings: ImageSettings) -> dict[str, Image.Image]:
    result = process_image(path, slug="warna", out_dir=out_dir, settings=settings, crops=False)
    widest = max(v.width for v in result.variants)
    return {v.format: _read(v.path) for v in result.variants if v.width == widest}


def _read(path: Path) -> Image.Image:
    with Image.open(path) as image:
        return image.copy()


def test_embedded_profile_is_converted_to_srgb(tmp_path: Path, out_dir: Path,
                                               settings: ImageSettings) -> None:
    path = tmp_path / "profil.jpg"
    Image.new("RGB", (64, 48), (255, 0, 0)).save(path, quality=95,
                                                  icc_profile=samples.swapped_rgb_icc())
    for fmt, image in outputs(path, out_dir, settings).items():
        r, g, b = image.convert("RGB").getpixel((32, 24))
        assert g > 200 and r < 60 and b < 60, (fmt, (r, g, b))  # the profile says "green"


def test_srgb_profile_is_left_alone() -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    image = Image.new("RGB", (4, 4), (200, 100, 50))
    image.info["icc_profile"] = srgb
    result = to_srgb(image)
    assert result.getpixel((0, 0)) == (200, 100, 50) and result.info == {}


def test_broken_profile_falls_back_to_srgb() -> None:
    image = Image.new("RGB", (4, 4), (10, 20, 30))
    image.info["icc_profile"] = b"not a profile"
    assert to_srgb(image).getpixel((0, 0)) == (10, 20, 30)


def test_cmyk_jpeg_becomes_rgb(tmp_path: Path, out_dir: Path, settings: ImageSettings) -> None:
    for fmt, image in outputs(samples.cmyk_jpeg(tmp_path / "agensi.jpg"), out_dir,
                              settings).items():
        assert image.mode in ("RGB", "RGBA")
        assert close(image.convert("RGB").getpixel((32, 24)), (0, 255, 255), 30), fmt


def test_16bit_png_with_alpha(tmp_path: Path, out_dir: Path, settings: ImageSettings) -> None:
    images = outputs(samples.png16_alpha(tmp_path / "logo.png"), out_dir, settings)
    jpeg = images["jpeg"].convert("RGB")
    assert close(jpeg.getpixel((8, 16)), (255, 0, 0))
    assert close(jpeg.getpixel((56, 16)), (255, 255, 255)), "alpha flattened onto white"
    for fmt in ("webp", "avif"):
        rgba = images[fmt].convert("RGBA")
        assert rgba.getpixel((56, 16))[3] < 10 and rgba.getpixel((8, 16))[3] > 245, fmt


def test_16bit_grey_is_scaled_not_clipped(tmp_path: Path, out_dir: Path,
                                          settings: ImageSettings) -> None:
    images = outputs(samples.png16_grey(tmp_path / "abu.png", value=32768), out_dir, settings)
    assert close(images["jpeg"].convert("RGB").getpixel((16, 16)), (128, 128, 128), 6)


def test_palette_transparency_and_flatten() -> None:
    image = Image.new("P", (4, 4), 0)
    image.putpalette([0, 0, 0, 255, 0, 0])
    image.info["transparency"] = 0
    rgba = to_srgb(image)
    assert rgba.mode == "RGBA" and rgba.getpixel((0, 0))[3] == 0
    assert flatten(rgba).getpixel((0, 0)) == (255, 255, 255)


def test_opaque_alpha_channel_is_dropped() -> None:
    assert to_srgb(Image.new("RGBA", (4, 4), (1, 2, 3, 255))).mode == "RGB"
    assert to_srgb(Image.new("LA", (4, 4), (9, 254))).mode == "RGBA"
