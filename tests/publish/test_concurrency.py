"""Two processes publishing 25 different articles each to the same target at once:
every site file must list all 50 and stay well-formed."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.publish.pubkit import sftp_target
from tests.publish.pubservers import Site
from tests.publish.sitecheck import check_site_files
from tests.support import ROOT

PER_PROCESS = 25


def run_two_publishers(tmp_path: Path, make_item, target: dict[str, Any]) -> None:
    items = [make_item(f"artikel-{n:02d}", images=1, image_size=4_000) for n in range(50)]
    profile = {"name": "Warta Pesisir", "targets": {"t": target}}
    start_at = time.time() + 1.5  # both interpreters up before either begins
    workers = []
    for half in (items[:PER_PROCESS], items[PER_PROCESS:]):
        spec = tmp_path / f"spec-{len(workers)}.json"
        spec.write_text(json.dumps({"profile": profile, "target": "t", "start_at": start_at,
                                    "items": [item.to_dict() for item in half]}))
        workers.append(subprocess.Popen(
            [sys.executable, "-m", "tests.publish.concurrent_worker", str(spec)], cwd=ROOT,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        assert json.loads(out)["published"] == PER_PROCESS


def assert_all_listed(root: Path, base_url: str) -> None:
    expected = {f"{base_url}/berita/2024/06/18/artikel-{n:02d}/" for n in range(50)}
    for name, urls in check_site_files(root).items():
        assert len(urls) == 50 and set(urls) == expected, name


@pytest.mark.slow
def test_folder(tmp_path: Path, make_item) -> None:
    root = tmp_path / "www"
    base = "https://wartapesisir.example"
    run_two_publishers(tmp_path, make_item, {"kind": "folder", "path": str(root)})
    assert_all_listed(root, base)


@pytest.mark.slow
def test_sftp(tmp_path: Path, make_item, sshd) -> None:
    base = "http://web.example"
    target = sftp_target(sshd, tmp_path / "kh", public_base_url=base, retries=3)
    run_two_publishers(tmp_path, make_item, target)
    assert_all_listed(sshd.root, base)


@pytest.mark.slow
def test_webdav_nginx(tmp_path: Path, make_item, nginx) -> None:
    site = Site(tmp_path / "www", dav=True)
    site.root.mkdir()
    nginx([site])
    run_two_publishers(tmp_path, make_item, {"kind": "webdav", "url": site.url})
    assert_all_listed(site.root, "https://wartapesisir.example")


@pytest.mark.slow
def test_webdav_wsgidav(tmp_path: Path, make_item, wsgidav_server) -> None:
    server = wsgidav_server(tmp_path / "dav")
    run_two_publishers(tmp_path, make_item, {"kind": "webdav", "url": server.url})
    assert_all_listed(tmp_path / "dav", "https://wartapesisir.example")
