"""Editor thumbnails: small, upright, sRGB, and decoded at reduced scale."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from editor.errors import MediaError
from editor.media import make_thumbnail
from editor.media.decode import open_photo
from tests.media import samples
from tests.media.forensics import red_edges


@pytest.fixture(scope="module")
def big_jpeg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 4000×3000 (12 MP) phone photo, lying on its side like one straight off a phone."""
    return samples.phone_jpeg(tmp_path_factory.mktemp("big") / "besar.jpg", size=(4000, 3000))


def test_thumbnail_is_small_and_upright(big_jpeg: Path) -> None:
    thumb = make_thumbnail(big_jpeg, 256)
    assert isinstance(thumb, Image.Image) and thumb.mode == "RGB"
    assert thumb.size == (192, 256)
    assert red_edges(thumb) == {"right"}
    assert thumb.info == {}


def test_jpeg_is_decoded_at_reduced_scale(big_jpeg: Path) -> None:
    """Draft mode: asking for ~256 px never materialises the 12-megapixel bitmap."""
    with open_photo(big_jpeg, max_pixels=10**8) as photo:
        pixels = photo.pixels((192, 256))
    assert pixels.size == (375, 500)  # 1/8 scale, already turned upright


def test_thumbnail_of_other_formats(tmp_path: Path) -> None:
    heic = make_thumbnail(samples.heic(tmp_path / "a.heic"), 100)
    assert heic.size == (75, 100) and red_edges(heic) == {"right"}
    alpha = make_thumbnail(samples.png16_alpha(tmp_path / "b.png"), 32)
    assert alpha.mode == "RGBA" and alpha.size == (32, 16)


def test_small_photo_is_not_enlarged(tmp_path: Path) -> None:
    assert make_thumbnail(samples.plain(tmp_path / "k.png", "PNG", (80, 40)), 512).size == (80, 40)


def test_broken_file_raises_media_error(tmp_path: Path) -> None:
    with pytest.raises(MediaError):
        make_thumbnail(samples.text_as_jpg(tmp_path / "x.jpg"), 128)
