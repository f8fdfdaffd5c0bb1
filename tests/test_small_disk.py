"""The full-disk tests run wherever the suite runs: ``small_disk`` needs no root.

As root it mounts a tmpfs; anyone else gets one through ``unshare`` in a user and mount
namespace, reached at ``/proc/PID/root/...``. This runs that second way (as uid 1000 in a
user namespace of its own when the suite runs as root) and checks the disk really fills
up, turns read-only on request, and is gone afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, missing

SCRIPT = """
import errno, os, sys
from pathlib import Path
from tests.support import fill_disk, read_only, small_disk

with small_disk(Path(sys.argv[1]), "1m") as disk:
    print(os.geteuid(), str(disk).startswith("/proc/"))
    fill_disk(disk)
    try:
        (disk / "berita.html").write_bytes(b"x" * 100_000)
    except OSError as exc:
        print(errno.errorcode[exc.errno])
    os.remove(disk / "pengisi.bin")
    read_only(disk)
    try:
        (disk / "berita.html").write_bytes(b"x")
    except OSError as exc:
        print(errno.errorcode[exc.errno])
print(sorted(os.listdir(sys.argv[1])))
"""


def _in_chroot() -> bool:
    """Our root is not a mount point (a debootstrap chroot, as fresh-debian uses): the
    mount table, which lists mounts relative to our root, then has none at "/"."""
    try:
        lines = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return False
    return not any(line.split()[4] == "/" for line in lines if len(line.split()) > 4)


def test_a_small_disk_needs_no_root(tmp_path: Path) -> None:
    prefix = []
    if os.geteuid() == 0:
        if shutil.which("unshare") is None:
            missing("unshare (util-linux) is not installed")
        prefix = ["unshare", "--user", "--map-user=1000", "--map-group=1000"]
        tried = subprocess.run([*prefix, "true"], capture_output=True, text=True)
        if tried.returncode != 0 and _in_chroot():
            pytest.skip("a chrooted process gets no user namespace from the kernel "
                        "(unshare(2): EPERM), so the non-root way cannot exist here; as root "
                        "the full-disk tests mount their tmpfs directly")
        if tried.returncode != 0:
            missing(f"user namespaces are not available here: {tried.stderr.strip()}")
    result = subprocess.run([*prefix, sys.executable, "-c", SCRIPT, str(tmp_path / "disk")],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["1000 True" if prefix else f"{os.geteuid()} True",
                                          "ENOSPC", "EROFS", "[]"]  # nothing left behind
