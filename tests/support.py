"""Helpers shared by tests: repository paths, reference data, required tools."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
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


# The helper that keeps a tmpfs mounted in its own user and mount namespace (no root
# needed): it mounts, says "ready", then remounts read-only on "ro" until its stdin closes.
_HOLDER = """
import subprocess, sys
folder, size = sys.argv[1:3]
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder], check=True)
print("ready", flush=True)
for line in sys.stdin:
    subprocess.run(["mount", "-o", "remount,ro", folder], check=True)
    print("done", flush=True)
"""
_holders: dict[Path, subprocess.Popen[str]] = {}


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A real file system of ``size`` (tmpfs): writes past it fail with ENOSPC, as on a
    full disk. Use the path it yields.

    As root it is mounted at ``folder``. Otherwise (or where root may not mount, in a
    container) ``unshare`` (util-linux) mounts it in a user and mount namespace of a helper
    process, and the test reaches it through that process's view of the file system,
    ``/proc/PID/root/...``. Where neither works it skips with the reason; under CI it fails.
    """
    folder.mkdir(parents=True, exist_ok=True)
    problems = []
    if os.geteuid() == 0 and shutil.which("mount"):
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                                  str(folder)], capture_output=True, text=True)
        if mounted.returncode == 0:
            try:
                yield folder
            finally:
                subprocess.run(["umount", "-l", str(folder)], check=True)
            return
        problems.append(f"mount: {mounted.stderr.strip()}")
    with _namespace_disk(folder, size, problems) as disk:
        yield disk


@contextlib.contextmanager
def _namespace_disk(folder: Path, size: str, problems: list[str]) -> Iterator[Path]:
    unshare = shutil.which("unshare")
    if unshare is None:
        missing(f"a small tmpfs needs root or unshare (util-linux) {problems}")
    holder = subprocess.Popen(
        [unshare, "--user", "--map-root-user", "--mount", sys.executable, "-c", _HOLDER,
         str(folder), size], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    if holder.stdout.readline().strip() != "ready":
        holder.kill()
        missing(f"cannot mount a small tmpfs {problems} (unshare: {holder.communicate()[1]})")
    disk = Path(f"/proc/{holder.pid}/root") / folder.resolve().relative_to("/")
    _holders[disk] = holder
    try:
        yield disk
    finally:
        del _holders[disk]
        holder.stdin.close()
        holder.wait(30)


def read_only(disk: Path) -> None:
    """Make the small disk read-only (as root in its namespace: file modes do not stop root)."""
    holder = _holders.get(disk)
    if holder is None:
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        return
    holder.stdin.write("ro\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "done"


def fill_disk(folder: Path, leave: int = 0) -> None:
    """Fill ``folder``'s file system until only about ``leave`` bytes are free."""
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    with open(folder / "pengisi.bin", "ab") as handle:
        handle.write(b"\0" * max(0, free - leave))
