"""Widths, crop boxes, decode sizes, and the two-band resize."""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops

from editor.media.geometry import (
    clamp_focal,
    crop_box,
    crop_plan,
    decode_size,
    scale_box,
    variant_widths,
)
from editor.media.resize import shrink


@pytest.mark.parametrize(("source", "wanted", "widths"), [
    (6000, (480, 800, 1200, 1600), [1600, 1200, 800, 480]),
    (1300, (480, 800, 1200, 1600), [1300, 1200, 800, 480]),
    (1200, (480, 800, 1200, 1600), [1200, 800, 480]),
    (300, (480, 800), [300]),
    (480, (480,), [480]),
])
def test_variant_widths_never_upscale(source: int, wanted: tuple[int, ...],
                                      widths: list[int]) -> None:
    assert variant_widths(source, wanted) == widths


def test_crop_box_is_centred_on_the_focal_point_but_stays_inside() -> None:
    assert crop_box((1000, 500), (1, 1), (0.5, 0.5)) == (250.0, 0.0, 750.0, 500.0)
    assert crop_box((1000, 500), (1, 1), (0.9, 0.5)) == (500.0, 0.0, 1000.0, 500.0)
    assert crop_box((1000, 500), (1, 1), (0.0, 0.0)) == (0.0, 0.0, 500.0, 500.0)
    left, top, right, bottom = crop_box((400, 1000), (16, 9), (0.5, 0.1))
    assert (left, right, top) == (0.0, 400.0, 0.0) and bottom == pytest.approx(225.0)


def test_decode_size_covers_every_output() -> None:
    size = (6000, 4000)
    assert decode_size(size, [1600, 1200], []) == (1600, 1067)
    assert decode_size(size, [1600], crop_plan(size, (0.5, 0.5))) == (1800, 1200)  # 1x1 crop
    assert decode_size((800, 600), [800], crop_plan((800, 600), (0.5, 0.5))) == (800, 600)


def test_scale_box_and_clamp() -> None:
    assert scale_box((100, 50, 300, 150), (400, 200), (200, 100)) == (50, 25, 150, 75)
    assert clamp_focal((-1, 2)) == (0.0, 1.0)


def test_two_band_resize_matches_a_single_resize() -> None:
    source = Image.effect_noise((1800, 1200), 60).convert("RGB")
    whole = source.resize((1000, 667), Image.Resampling.LANCZOS)
    banded = shrink(source, (1000, 667), split=True)
    assert banded.size == whole.size
    assert max(high for _, high in ImageChops.difference(whole, banded).getextrema()) <= 1
