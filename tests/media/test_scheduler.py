"""The encode scheduler: memory budget, lanes, failures."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from editor.errors import MediaError
from editor.media.scheduler import Encoder, MemoryBudget
from editor.site import ImageSettings


def test_budget_limits_concurrent_use_and_serves_in_order() -> None:
    budget = MemoryBudget(100)
    seen: list[tuple[str, int]] = []
    lock = threading.Lock()

    def job(name: str, amount: int) -> None:
        budget.take(amount)
        with lock:
            seen.append((name, budget.used))
        time.sleep(0.05)
        budget.give(amount)

    budget.take(95)  # hold most of it while the others line up
    threads = []
    for name, amount in (("big", 80), ("small", 5), ("huge", 500)):
        threads.append(threading.Thread(target=job, args=(name, amount)))
        threads[-1].start()
        deadline = time.monotonic() + 5
        while budget.waiting < len(threads) and time.monotonic() < deadline:
            time.sleep(0.001)  # let each thread join the line before the next starts
    assert seen == [], "nothing fits beside 95 but 'small', which must wait its turn"
    budget.give(95)
    for thread in threads:
        thread.join()
    assert [name for name, _ in seen] == ["big", "small", "huge"]
    assert dict(seen)["small"] == 85  # ran beside "big"
    assert dict(seen)["huge"] == 500  # larger than the budget: ran alone
    assert budget.used == 0


def test_failure_reaches_the_caller_and_leaves_no_temp_files(tmp_path: Path) -> None:
    image = Image.new("RGB", (40, 30), "red")
    with pytest.raises(MediaError) as caught, Encoder(ImageSettings()) as encoder:
        encoder.submit(image, "jpeg", tmp_path / "ada.jpg")
        encoder.submit(image, "webp", tmp_path / "tidak-ada" / "x.webp")
        encoder.wait()
    assert "tidak-ada" in caught.value.path
    assert [p.name for p in tmp_path.iterdir()] == ["ada.jpg"]


def test_only_jobs_sharing_an_image_copy_it(tmp_path: Path) -> None:
    names: set[str] = set()
    original = Image.Image.copy

    def spy(self: Image.Image) -> Image.Image:
        names.add(threading.current_thread().name.split("_")[0])
        return original(self)

    image = Image.effect_noise((64, 64), 40).convert("RGB")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Image.Image, "copy", spy)
        with Encoder(ImageSettings()) as encoder:
            encoder.submit(image, "webp", tmp_path / "a.webp")
            encoder.submit_crop(image, (0, 0, 32, 32), (16, 16), tmp_path / "b.jpg", lane="avif")
            encoder.submit(image, "avif", tmp_path / "c.avif", copy=False)
            encoder.wait()
    assert names == {"redaksi-enc"}  # only WebP/JPEG jobs copy; AVIF saves the original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.webp", "b.jpg", "c.avif"]

