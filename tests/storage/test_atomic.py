from __future__ import annotations

from pathlib import Path

import pytest

from editor.storage.atomic import atomic_writer


def test_error_inside_writer_leaves_target_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "berkas.bin"
    target.write_bytes(b"lama")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"baru setengah")
        raise RuntimeError("listrik padam")
    assert target.read_bytes() == b"lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["berkas.bin"]
