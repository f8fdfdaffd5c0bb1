"""``process_image``: widths, formats, names, crops, orientation, inputs of every kind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from editor.media import ProcessedImage, process_image
from editor.site import ImageSettings
from tests.media import samples
from tests.media.forensics import close, edge_colours, red_edges

NAME = re.compile(r"berita-[0-9a-f]{8}-(\d+|og|16x9|4x3|1x1)\.(avif|webp|jpg)")


def run(path: Path, out_dir: Path, settings: ImageSettings, **options: object) -> ProcessedImage:
    return process_image(path, slug="berita", out_dir=out_dir, settings=settings, **options)


def test_every_width_in_every_format(tmp_path: Path, out_dir: Path,
                                     settings: ImageSettings) -> None:
    result = run(samples.plain(tmp_path / "a.jpg", "JPEG", size=(600, 400)), out_dir, settings)
    assert [(v.format, v.width, v.height) for v in result.variants] == [
        (fmt, w, h) for fmt in ("avif", "webp", "jpeg")
        for w, h in ((120, 80), (240, 160), (480, 320))
    ]
    for variant in result.variants:
        with Image.open(variant.path) as image:
            assert image.size == (variant.width, variant.height)
            assert image.format == {"jpeg": "JPEG", "webp": "WEBP", "avif": "AVIF"}[variant.format]
        assert variant.mime == f"image/{variant.format}"
        assert NAME.fullmatch(variant.path.name) and variant.path.parent == out_dir
    assert result.fallback.format == "jpeg" and result.fallback.width == 480
    assert (result.width, result.height) == (600, 400)


def test_never_upscaled_and_source_width_added(tmp_path: Path, out_dir: Path) -> None:
    path = samples.plain(tmp_path / "kecil.png", "PNG", size=(500, 250))
    result = run(path, out_dir, ImageSettings(widths=(300, 800)), crops=False)
    assert sorted({v.width for v in result.variants}) == [300, 500]
    assert result.crops == {}
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(p.name for p in result.files)


def test_crops_are_1200_wide_when_the_source_allows(tmp_path: Path, out_dir: Path) -> None:
    path = samples.plain(tmp_path / "besar.jpg", "JPEG", size=(2000, 1500), quality=80)
    result = run(path, out_dir, ImageSettings(widths=(160,)))
    sizes = {name: (v.width, v.height) for name, v in result.crops.items()}
    assert sizes == {"og": (1200, 630), "16x9": (1200, 675), "4x3": (1200, 900),
                     "1x1": (1200, 1200)}
    for variant in result.crops.values():
        assert variant.format == "jpeg" and NAME.fullmatch(variant.path.name)
        with Image.open(variant.path) as image:
            assert image.size == (variant.width, variant.height)


def test_crops_of_a_small_source_use_the_largest_possible(tmp_path: Path, out_dir: Path,
                                                         settings: ImageSettings) -> None:
    result = run(samples.plain(tmp_path / "s.png", "PNG", size=(800, 600)), out_dir, settings)
    sizes = {name: (v.width, v.height) for name, v in result.crops.items()}
    assert sizes == {"og": (800, 420), "16x9": (800, 450), "4x3": (800, 600), "1x1": (600, 600)}


@pytest.mark.parametrize(("focal", "side"), [((1.0, 0.5), "right"), ((0.0, 0.5), "left")])
def test_square_crop_follows_the_focal_point(tmp_path: Path, out_dir: Path,
                                             settings: ImageSettings,
                                             focal: tuple[float, float], side: str) -> None:
    image = Image.new("RGB", (900, 300), samples.BODY)
    image.paste(samples.RED, (870, 0, 900, 300))  # a red post at the far right
    image.save(tmp_path / "pantai.png")
    result = run(tmp_path / "pantai.png", out_dir, settings, focal=focal)
    with Image.open(result.crops["1x1"].path) as square:
        assert ("right" in red_edges(square)) == (side == "right")


def test_phone_photo_is_turned_upright_everywhere(phone: Path, out_dir: Path,
                                                  settings: ImageSettings) -> None:
    result = run(phone, out_dir, settings)
    assert (result.width, result.height) == (300, 400)
    assert all(v.height > v.width for v in result.variants)
    for path in result.files:
        with Image.open(path) as image:
            assert red_edges(image) == {"right"}, path.name  # the top stripe, turned 90° CW


@pytest.mark.parametrize("orientation", [3, 8])
def test_other_orientations(tmp_path: Path, out_dir: Path, settings: ImageSettings,
                            orientation: int) -> None:
    path = samples.phone_jpeg(tmp_path / f"o{orientation}.jpg", orientation=orientation)
    result = run(path, out_dir, settings, crops=False)
    with Image.open(result.fallback.path) as image:
        assert red_edges(image) == {3: {"bottom"}, 8: {"left"}}[orientation]


def test_heic_from_an_iphone(tmp_path: Path, out_dir: Path, settings: ImageSettings) -> None:
    result = run(samples.heic(tmp_path / "IMG_0001.HEIC"), out_dir, settings)
    assert (result.width, result.height) == (240, 320) and result.had_gps
    with Image.open(result.fallback.path) as image:
        assert red_edges(image) == {"right"}


def test_animated_gif_uses_the_first_frame(tmp_path: Path, out_dir: Path,
                                           settings: ImageSettings) -> None:
    result = run(samples.animated_gif(tmp_path / "gerak.gif"), out_dir, settings, crops=False)
    assert [n.code for n in result.notices] == ["animated", "narrow"]
    with Image.open(result.fallback.path) as image:
        assert close(image.convert("RGB").getpixel((30, 20)), samples.RED)


@pytest.mark.parametrize(("name", "fmt"), [("t.tif", "TIFF"), ("w.webp", "WEBP"),
                                           ("a.avif", "AVIF"), ("p.png", "PNG")])
def test_other_input_formats(tmp_path: Path, out_dir: Path, settings: ImageSettings,
                             name: str, fmt: str) -> None:
    result = run(samples.plain(tmp_path / name, fmt), out_dir, settings, crops=False)
    assert {v.format for v in result.variants} == {"avif", "webp", "jpeg"}
    with Image.open(result.fallback.path) as image:
        assert red_edges(image) == {"top"}
        assert close(edge_colours(image)["bottom"], samples.BODY)


def test_hash_changes_with_bytes_focal_and_settings(tmp_path: Path, out_dir: Path,
                                                    settings: ImageSettings) -> None:
    path = samples.plain(tmp_path / "h.png", "PNG", size=(200, 100))
    first = run(path, out_dir, settings, crops=False).key
    assert run(path, out_dir, settings, crops=False).key == first
    assert run(path, out_dir, settings, crops=False, focal=(0.2, 0.5)).key != first
    other = ImageSettings(widths=settings.widths, jpeg_quality=70)
    assert run(path, out_dir, other, crops=False).key != first
    samples.plain(path, "PNG", size=(201, 100))
    assert run(path, out_dir, settings, crops=False).key != first


def test_bad_slug_is_a_programming_error(phone: Path, out_dir: Path,
                                         settings: ImageSettings) -> None:
    with pytest.raises(ValueError):
        process_image(phone, slug="../etc", out_dir=out_dir, settings=settings)


def test_single_thread_mode_gives_the_same_files(tmp_path: Path, phone: Path,
                                                 settings: ImageSettings) -> None:
    """``threads=1`` (for process pools) changes scheduling only. (libaom may choose
    differently with two threads on large images, so AVIF is compared by size.)"""
    two = run(phone, tmp_path / "two", settings)
    one = process_image(phone, slug="berita", out_dir=tmp_path / "one", settings=settings,
                        threads=1)
    assert [p.name for p in one.files] == [p.name for p in two.files]
    for a, b in zip(one.files, two.files, strict=True):
        if a.suffix == ".avif":
            with Image.open(a) as left, Image.open(b) as right:
                assert left.size == right.size
        else:
            assert a.read_bytes() == b.read_bytes(), a.name


def test_progress_counts_every_written_file_up_to_the_total(tmp_path: Path, out_dir: Path,
                                                            settings: ImageSettings) -> None:
    path = samples.plain(tmp_path / "a.jpg", "JPEG", size=(1600, 1000), quality=80)
    calls: list[tuple[int, int]] = []
    result = run(path, out_dir, settings, progress=lambda done, total: calls.append((done, total)))
    total = len(result.files)
    assert calls == [(n, total) for n in range(1, total + 1)]  # crops counted too
    cache_dir = tmp_path / "cache"
    run(path, tmp_path / "o1", settings, cache_dir=cache_dir)
    again: list[tuple[int, int]] = []
    run(path, tmp_path / "o2", settings, cache_dir=cache_dir,
        progress=lambda done, total: again.append((done, total)))
    assert again == [(total, total)]  # from the cache: done at once
