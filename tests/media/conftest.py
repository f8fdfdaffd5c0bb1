"""Fixtures for the media tests: a folder of generated photos and default settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.site import ImageSettings
from tests.media import samples

# Small widths keep encoding fast; the rules (never upscale, chain, formats) are the same.
SMALL = ImageSettings(widths=(120, 240, 480))


@pytest.fixture
def settings() -> ImageSettings:
    return ImageSettings(widths=SMALL.widths)


@pytest.fixture
def phone(tmp_path: Path) -> Path:
    return samples.phone_jpeg(tmp_path / "IMG_0042.jpg")


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
