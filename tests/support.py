"""Helpers shared by tests: repository paths, reference data, required tools."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TESTDATA = SHARED / "testdata"
SAMPLE_DRAFT = ROOT / "resources" / "samples" / "banjir-rob-semarang.redaksi"
SAMPLE_MARKDOWN = ROOT / "resources" / "samples" / "banjir-rob-semarang.md"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def missing(reason: str) -> None:
    """Skip locally with a clear reason; fail under CI, where every tool must be installed."""
    if in_ci():
        pytest.fail(f"required under CI: {reason}")
    pytest.skip(reason)


def require_tool(name: str, *candidates: str) -> str:
    for candidate in candidates or (name,):
        found = shutil.which(candidate) or (candidate if Path(candidate).is_file() else None)
        if found:
            return found
    missing(f"{name} is not installed (bash .ci/setup installs it)")
    raise AssertionError("unreachable")


def node_tool(*parts: str) -> Path:
    """A file from the npm tools that ``.ci/setup`` installs (vnu-jar, axe-core)."""
    base = Path(os.environ.get("REDAKSI_NODE_TOOLS", ROOT / ".venv" / "node"))
    path = base.joinpath("node_modules", *parts)
    if not path.is_file():
        missing(f"{'/'.join(parts)} is not installed (bash .ci/setup installs it)")
    return path


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A real file system of ``size`` (tmpfs) at ``folder``: writes past it fail with ENOSPC,
    as on a full disk. Skips with the reason where mounting is not permitted (not root, or
    a container without CAP_SYS_ADMIN); where it is permitted it runs, under CI too."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs to fill up needs root and mount(8)")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill up ({mounted.stderr.strip()})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill_disk(folder: Path, leave: int = 0) -> None:
    """Fill ``folder``'s file system until only about ``leave`` bytes are free."""
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    with open(folder / "pengisi.bin", "ab") as handle:
        handle.write(b"\0" * max(0, free - leave))
