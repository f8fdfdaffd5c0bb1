"""Publishing speed on loopback, per target kind: folder, SFTP (OpenSSH), WebDAV (nginx, wsgidav).

For each target: one article with 12 photos published cold (everything uploaded), the
same article again (nothing to upload: only the switch and the site files), a new
version of it, and 50 different articles in a row (the site index, sitemaps and feed
grow to 50 entries). Servers are started here on free ports and stopped by PID.

    .venv/bin/python benchmarks/publish_bench.py [--photo-kb 250] [--series 50]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import pwd
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor.publish import IndexEntry, PublishItem, publish  # noqa: E402
from editor.site import profile_from_dict  # noqa: E402
from tests.publish.pubservers import (  # noqa: E402
    Site,
    SshUser,
    ToolMissing,
    WsgiDav,
    make_sshd,
    start_nginx,
)

RESULTS = ROOT / "benchmarks" / "results"
WIB = timezone(timedelta(hours=7))
PHOTOS = 12


def make_article(folder: Path, slug: str, version: int, photo_bytes: int) -> PublishItem:
    folder.mkdir(parents=True)
    (folder / "index.html").write_text(f"<!doctype html><h1>{slug} {version}</h1>" + "x" * 30_000)
    (folder / "fragment.html").write_text(f"<h1>{slug}</h1>" + "x" * 12_000)
    (folder / "article.json").write_text(json.dumps({"slug": slug, "pad": "x" * 8_000}))
    for number in range(PHOTOS):
        (folder / f"foto-{number:02d}.jpg").write_bytes(os.urandom(photo_bytes))
    entry = IndexEntry(slug, "", f"Judul berita {slug}", "Daerah", ["banjir rob"],
                       datetime.now(WIB), image="foto-00.jpg", summary="Ringkasan berita.")
    return PublishItem(f"berita/2024/06/18/{slug}", folder, entry)


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    began = time.perf_counter()
    result = action()
    return time.perf_counter() - began, result


def run_target(name: str, target: dict[str, Any], work: Path, args: argparse.Namespace) -> dict:
    site = profile_from_dict({"name": "Warta Pesisir", "targets": {name: target}})
    trust = {"confirm_host_key": lambda host, fingerprint: True}
    big = args.photo_kb * 1024
    first = make_article(work / name / "a1", "satu", 1, big)
    second = make_article(work / name / "a2", "satu", 2, big)
    cold, result = timed(lambda: publish(first, site, name, **trust))
    same, _ = timed(lambda: publish(first, site, name, **trust))
    update, _ = timed(lambda: publish(second, site, name, **trust))
    series = [make_article(work / name / f"s{n}", f"seri-{n:03d}", 1, args.series_kb * 1024)
              for n in range(args.series)]
    times = [timed(lambda item=item: publish(item, site, name, **trust))[0] for item in series]
    size = sum(p.stat().st_size for p in first.local_dir.iterdir())
    return {
        "article_bytes": size, "cold_s": cold, "cold_mb_s": size / cold / 1e6,
        "uploaded_bytes": result.uploaded_bytes, "same_again_s": same, "new_version_s": update,
        "series_articles": len(times), "series_total_s": sum(times),
        "series_median_s": statistics.median(times), "series_max_s": max(times),
        "series_article_bytes": sum(p.stat().st_size for p in series[0].local_dir.iterdir()),
    }


@contextmanager
def servers(work: Path) -> Iterator[dict[str, dict[str, Any]]]:
    """Every target this machine can offer; missing tools are reported and skipped."""
    targets: dict[str, dict[str, Any]] = {"folder": {"kind": "folder", "path": str(work / "www")}}
    with ExitStack() as stack:
        try:
            sshd = make_sshd(SshUser(pwd.getpwuid(os.geteuid()).pw_name)).start()
            stack.callback(lambda: (sshd.stop(), shutil.rmtree(sshd.workdir, True)))
            targets["sftp"] = {"kind": "sftp", "host": "127.0.0.1", "port": sshd.port,
                               "user": sshd.user.name, "root": str(sshd.root),
                               "key_file": str(sshd.client_key), "system_known_hosts": False,
                               "known_hosts": str(work / "known_hosts")}
            dav = Site(work / "nginx-dav", dav=True)
            dav.root.mkdir()
            stack.callback(start_nginx([dav], work / "nginx").stop)
            targets["webdav-nginx"] = {"kind": "webdav", "url": dav.url}
        except ToolMissing as exc:
            print(f"skipped: {exc}", file=sys.stderr)
        (work / "wsgidav").mkdir()
        wsgidav = WsgiDav(work / "wsgidav")
        stack.callback(wsgidav.start().stop)
        targets["webdav-wsgidav"] = {"kind": "webdav", "url": wsgidav.url}
        yield targets


def report(results: dict[str, dict]) -> None:
    print(f"{'target':<16}{'cold':>9}{'MB/s':>7}{'again':>9}{'update':>9}"
          f"{'50 in a row':>13}{'median':>9}{'max':>8}")
    for name, r in results.items():
        print(f"{name:<16}{r['cold_s']:>8.3f}s{r['cold_mb_s']:>7.1f}{r['same_again_s']:>8.3f}s"
              f"{r['new_version_s']:>8.3f}s{r['series_total_s']:>12.2f}s"
              f"{r['series_median_s']:>8.3f}s{r['series_max_s']:>7.3f}s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photo-kb", type=int, default=250, help="size of each of 12 photos")
    parser.add_argument("--series", type=int, default=50, help="articles published in a row")
    parser.add_argument("--series-kb", type=int, default=40, help="photo size in the series")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="redaksi-publish-bench-") as tmp:
        work = Path(tmp)
        with servers(work) as targets:
            results = {name: run_target(name, target, work, args)
                       for name, target in targets.items()}
    report(results)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"publish-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"machine": platform.platform(), "cpus": os.cpu_count(),
                               "python": platform.python_version(), "photos": PHOTOS,
                               "args": vars(args), "results": results}, indent=1))
    print(f"-> {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
