"""The content-hash cache: a re-export links finished files instead of encoding again."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from editor.media import ProcessedImage, encode, process_image
from editor.site import ImageSettings
from tests.media import samples


@pytest.fixture
def encodes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file the real encoder writes, in order (a spy, not a stand-in)."""
    written: list[Path] = []
    real = encode.write_image

    def spy(image, fmt, path, settings, *args):  # type: ignore[no-untyped-def]
        written.append(path)
        real(image, fmt, path, settings, *args)

    monkeypatch.setattr(encode, "write_image", spy)
    return written


def export(path: Path, out_dir: Path, cache: Path, settings: ImageSettings,
           **options: object) -> ProcessedImage:
    return process_image(path, slug="ulang", out_dir=out_dir, settings=settings,
                         cache_dir=cache, **options)


def test_second_export_does_not_encode(tmp_path: Path, phone: Path, settings: ImageSettings,
                                       encodes: list[Path]) -> None:
    cache = tmp_path / "cache"
    first = export(phone, tmp_path / "a", cache, settings)
    assert len(encodes) == len(first.files) == 13
    mtimes = {p.name: p.stat().st_mtime_ns for p in first.files}
    time.sleep(0.01)
    second = export(phone, tmp_path / "b", cache, settings)
    assert len(encodes) == 13, "a cache hit must not encode"
    assert second == ProcessedImage(
        variants=[_moved(v, tmp_path / "b") for v in first.variants],
        fallback=_moved(first.fallback, tmp_path / "b"),
        crops={k: _moved(v, tmp_path / "b") for k, v in first.crops.items()},
        width=first.width, height=first.height, had_gps=True, notices=first.notices,
        key=first.key,
    )
    for path in second.files:
        assert path.read_bytes() == (tmp_path / "a" / path.name).read_bytes()
        assert path.stat().st_mtime_ns == mtimes[path.name]  # linked or copied, not re-made


def _moved(variant, folder: Path):  # type: ignore[no-untyped-def]
    return type(variant)(variant.width, variant.height, variant.format, folder / variant.path.name)


def test_changed_inputs_miss_the_cache(tmp_path: Path, phone: Path, settings: ImageSettings,
                                       encodes: list[Path]) -> None:
    cache = tmp_path / "cache"
    first = export(phone, tmp_path / "a", cache, settings, crops=False)
    moved = export(phone, tmp_path / "a", cache, settings, crops=False, focal=(0.1, 0.1))
    assert moved.key != first.key and len(encodes) == 18
    samples.phone_jpeg(phone, size=(402, 300))
    edited = export(phone, tmp_path / "a", cache, settings, crops=False)
    assert edited.fallback.path.name != first.fallback.path.name and len(encodes) == 27


def test_crops_requested_after_a_run_without_them(tmp_path: Path, phone: Path,
                                                  settings: ImageSettings,
                                                  encodes: list[Path]) -> None:
    cache = tmp_path / "cache"
    export(phone, tmp_path / "a", cache, settings, crops=False)
    with_crops = export(phone, tmp_path / "b", cache, settings)
    assert set(with_crops.crops) == {"og", "16x9", "4x3", "1x1"} and len(encodes) == 9 + 13
    again = export(phone, tmp_path / "c", cache, settings, crops=False)
    assert again.crops == {} and len(encodes) == 22
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == sorted(
        p.path.name for p in again.variants)


def test_damaged_cache_entry_is_rebuilt(tmp_path: Path, phone: Path, settings: ImageSettings,
                                        encodes: list[Path]) -> None:
    cache = tmp_path / "cache"
    first = export(phone, tmp_path / "a", cache, settings)
    entry = cache / first.key[:2] / first.key
    os.unlink(next(entry.glob("*.avif")))
    export(phone, tmp_path / "b", cache, settings)
    assert len(encodes) == 26
    export(phone, tmp_path / "c", cache, settings)
    assert len(encodes) == 26


def test_published_file_is_never_modified_in_place(tmp_path: Path, phone: Path,
                                                   settings: ImageSettings) -> None:
    """Published files may be hard links into the cache; rewriting one (as a later
    export does) must replace the link, never write through it into the cache."""
    cache = tmp_path / "cache"
    first = export(phone, tmp_path / "a", cache, settings, crops=False)
    published = export(phone, tmp_path / "b", cache, settings, crops=False).fallback.path
    cached = cache / first.key[:2] / first.key / published.name.split("-")[-1]
    original = cached.read_bytes()
    encode.write_image(samples.striped((30, 30)), "jpeg", published, settings)
    assert cached.read_bytes() == original
    assert published.read_bytes() != original
