"""WebDAV publishing against real servers on 127.0.0.1: nginx (dav_methods) and wsgidav."""

from __future__ import annotations

import os
import ssl
import threading
from pathlib import Path

import httpx
import platformdirs
import pytest

from editor.errors import PublishError
from editor.publish import TransientError, publish, rollback, unpublish
from editor.publish.secrets import account, set_secret
from editor.publish.targets import load_target
from editor.publish.transport import PreconditionFailed
from editor.publish.webdav import open_webdav
from tests.publish.pubkit import files_under, make_profile
from tests.publish.pubservers import Site, make_tls

USER = "redaksi"
PASSWORD = "rahasia-" + os.urandom(6).hex()


def dav_target(url: str, **extra: object) -> dict[str, object]:
    return {"kind": "webdav", "url": url, "public_base_url": url, "retries": 1,
            "retry_delay": 0.05, **extra}


def assert_serves(url: str, folder: Path, *, index: str = "") -> None:
    for path in sorted(folder.iterdir()):
        assert httpx.get(url + path.name).content == path.read_bytes(), path.name
    assert httpx.get(url + index).content == (folder / "index.html").read_bytes()


def staged(root: Path) -> list[Path]:
    return files_under(root / ".redaksi" / "staging")


def test_nginx_publish_then_fetch(nginx, make_item, tmp_path: Path) -> None:
    site = Site(tmp_path / "www", dav=True)
    site.root.mkdir()
    nginx([site])
    item = make_item(images=12)
    result = publish(item, make_profile({"dav": dav_target(site.url)}), "dav")
    assert result.url == f"{site.url}/{item.rel_dir}/"
    assert_serves(result.url, item.local_dir)
    assert not (site.root / item.rel_dir).is_symlink()  # WebDAV has no symlinks: a real folder
    assert staged(site.root) == []


def test_nginx_wrong_password(nginx, make_item, tmp_path: Path) -> None:
    site = Site(tmp_path / "www", dav=True, user=USER, password=PASSWORD)
    site.root.mkdir()
    nginx([site])
    set_secret(account("webdav", USER, "127.0.0.1", site.port), "salah")
    with pytest.raises(PublishError) as failed:
        publish(make_item(), make_profile({"dav": dav_target(site.url, user=USER)}), "dav")
    assert not isinstance(failed.value, TransientError)
    assert "kata sandi" in failed.value.message("id")
    assert files_under(site.root) == []


def test_nginx_password_publish_leaves_no_secret(nginx, make_item, tmp_path: Path) -> None:
    site = Site(tmp_path / "www", dav=True, user=USER, password=PASSWORD)
    site.root.mkdir()
    nginx([site])
    set_secret(account("webdav", USER, "127.0.0.1", site.port), PASSWORD)
    publish(make_item(), make_profile({"dav": dav_target(site.url, user=USER)}), "dav")
    folders = [Path(platformdirs.user_config_dir("redaksi")),
               Path(platformdirs.user_data_dir("redaksi")), site.root]
    for path in [file for folder in folders for file in files_under(folder)]:
        assert PASSWORD.encode() not in path.read_bytes(), path


def test_nginx_killed_mid_upload(nginx, make_item, tmp_path: Path) -> None:
    site = Site(tmp_path / "www", dav=True)
    site.root.mkdir()
    server = nginx([site])
    profile = make_profile({"dav": dav_target(site.url)})
    first, second = make_item(images=12, image_size=60_000), make_item(version=2, images=12,
                                                                       image_size=60_000)
    url = publish(first, profile, "dav").url
    killed = threading.Event()

    def kill_halfway(done: int, total: int, message: str) -> None:
        if done > total * 0.4 and not killed.is_set():
            killed.set()
            server.kill()

    with pytest.raises(TransientError):
        publish(second, profile, "dav", progress=kill_halfway)
    server.start()
    assert_serves(url, first.local_dir)
    publish(second, profile, "dav")
    assert_serves(url, second.local_dir)
    assert staged(site.root) == []


def test_tls_is_verified(nginx, make_item, tmp_path: Path) -> None:
    site = Site(tmp_path / "www", dav=True, tls=make_tls(tmp_path / "tls"))
    site.root.mkdir()
    nginx([site])
    item = make_item()
    with pytest.raises(PublishError) as untrusted:
        publish(item, make_profile({"dav": dav_target(site.url)}), "dav")
    assert "TLS" in str(untrusted.value)
    ca = str(site.tls[0])
    profile = make_profile({"dav": dav_target(site.url, verify_tls=ca)})
    url = publish(item, profile, "dav").url
    trusting = ssl.create_default_context(cafile=ca)
    assert httpx.get(url, verify=trusting).content == (item.local_dir / "index.html").read_bytes()


def test_wsgidav_publish_rollback_unpublish(wsgidav_server, make_item, tmp_path: Path) -> None:
    server = wsgidav_server(tmp_path / "dav", USER, PASSWORD)
    set_secret(account("webdav", USER, "127.0.0.1", server.port), PASSWORD)
    profile = make_profile({"dav": dav_target(server.url, user=USER)})
    auth = (USER, PASSWORD)
    first, second = make_item(images=3), make_item(version=2, images=3)
    url = publish(first, profile, "dav").url
    publish(second, profile, "dav")
    assert httpx.get(url + "index.html", auth=auth).content == (
        second.local_dir / "index.html").read_bytes()
    rollback(first.rel_dir, profile, "dav")
    for path in first.local_dir.iterdir():
        assert httpx.get(url + path.name, auth=auth).content == path.read_bytes()
    unpublish(first.entry.slug, profile, "dav")
    assert httpx.get(url + "index.html", auth=auth).status_code == 404
    assert files_under(tmp_path / "dav" / ".redaksi" / "releases") == []


def test_if_match_refuses_a_stale_write_on_wsgidav(wsgidav_server, tmp_path: Path) -> None:
    server = wsgidav_server(tmp_path / "dav")
    target = load_target(make_profile({"dav": dav_target(server.url)}), "dav")
    with open_webdav(target) as tx:
        tx.write("index/manifest.json", b"[]", if_absent=True)
        first = tx.read("index/manifest.json")
        assert first is not None and first.tag
        tx.write("index/manifest.json", b"[1, 2]", if_match=first.tag)
        with pytest.raises(PreconditionFailed):
            tx.write("index/manifest.json", b"[3]", if_match=first.tag)
        with pytest.raises(PreconditionFailed):
            tx.write("index/manifest.json", b"[4]", if_absent=True)
        assert tx.read("index/manifest.json").data == b"[1, 2]"
