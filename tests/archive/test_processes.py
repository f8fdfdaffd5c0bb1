"""The archive with several processes at once (the editor and the CLI), and a sync
killed at random moments: the archive must always open, check out and search."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.archive import SqliteArchive
from tests.archive.corpus import records, write_site_index
from tests.support import ROOT

pytestmark = pytest.mark.slow


def worker(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "tests.archive.worker", *args], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen, timeout: float = 120) -> str:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err
    return out


def healthy(path: Path) -> SqliteArchive:
    """Opens, passes SQLite's and FTS5's integrity checks, and searches."""
    archive = SqliteArchive(path)
    assert archive.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    archive.conn.execute("INSERT INTO fts(fts) VALUES ('integrity-check')")
    rows = archive.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert archive.count() == rows  # the kept count commits with the rows
    archive.search("banjir", typing=False)
    return archive


def test_a_sync_an_export_and_searches_at_once(tmp_path):
    path = tmp_path / "arsip.sqlite"
    site = write_site_index(tmp_path / "situs", list(records(20_000, seed=21)))
    SqliteArchive(path).close()
    procs = [worker("sync", str(path), str(site)), worker("write", str(path), "40"),
             worker("search", str(path), "3")]
    synced, written, seen = (finish(p) for p in procs)
    counts = [int(n) for n in seen.split()]
    assert counts and counts == sorted(counts)  # each search sees a consistent snapshot
    archive = healthy(path)
    assert archive.count() == int(synced) + int(written) == 20_000 + 800
    archive.close()


def test_sync_killed_at_random_moments_leaves_a_usable_archive(tmp_path):
    rng = random.Random(20240618)
    path = tmp_path / "arsip.sqlite"
    old = list(records(4_000, seed=31))
    site = write_site_index(tmp_path / "situs", old)
    finish(worker("sync", str(path), str(site)))
    newer = [*old, *records(30_000, seed=32, newest=records_start(old))]
    write_site_index(site, newer)
    start = time.monotonic()
    proc = worker("sync", str(path), str(site))
    finish(proc)
    full = time.monotonic() - start
    # back to the old archive, then interrupt the same sync again and again
    path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    write_site_index(site, old)
    finish(worker("sync", str(path), str(site)))
    write_site_index(site, newer)
    needle = old[17]["headline"]
    counts = []
    for _ in range(6):
        proc = worker("sync", str(path), str(site))
        time.sleep(rng.uniform(0.05, full * 0.9))
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        archive = healthy(path)
        counts.append(archive.count())
        assert len(old) <= counts[-1] <= len(newer)
        assert needle in [h.headline for h in archive.search(needle, typing=False, limit=50)]
        archive.close()
    finish(worker("sync", str(path), str(site)))
    archive = healthy(path)
    assert archive.count() == len(newer)
    assert counts != [len(old)] * len(counts)  # some runs were killed after real progress
    archive.close()


def records_start(rows: list[dict]):
    from datetime import datetime, timedelta

    return min(datetime.fromisoformat(r["published"]) for r in rows) - timedelta(minutes=1)
