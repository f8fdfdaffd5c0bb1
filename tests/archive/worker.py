"""A separate process using an archive file, for the multi-process tests:

    python -m tests.archive.worker sync ARCHIVE SITE_FOLDER
    python -m tests.archive.worker write ARCHIVE BATCHES      (the editor recording publishes)
    python -m tests.archive.worker search ARCHIVE SECONDS     (prints counts it saw)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from editor.archive import SqliteArchive, entry_from_index
from editor.archive.fetch import FileFetcher
from editor.archive.sync import Sync
from tests.archive.corpus import BASE_URL, records


def main(mode: str, path: str, arg: str) -> int:
    archive = SqliteArchive(Path(path))
    if mode == "sync":
        archive.warm_stems()
        report = Sync(archive, FileFetcher(), arg).run(arg, site_root=True)
        print(report.changed, flush=True)
    elif mode == "write":
        rows = list(records(int(arg) * 20, seed=int(time.time()) % 1000 + 5000))
        # one publish after another, at addresses outside the synced site's: the sync's
        # sweep (what the site's index no longer lists is gone) rightly leaves them
        for start in range(0, len(rows), 20):
            batch = [dict(r, url=r["url"].replace(BASE_URL, "https://kabarpantura.example"))
                     for r in rows[start:start + 20]]
            archive.record([entry_from_index(r) for r in batch], source="publish")
        print(len(rows), flush=True)
    elif mode == "search":
        end = time.monotonic() + float(arg)
        seen = []
        while time.monotonic() < end:
            archive.search("banjir rob", typing=False)
            seen.append(archive.count())
        print(" ".join(map(str, seen)), flush=True)
    archive.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
