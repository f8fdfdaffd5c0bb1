"""SFTP publishing against a real OpenSSH server on 127.0.0.1, checked over HTTP (nginx)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import httpx
import platformdirs
import pytest

from editor.errors import PublishError
from editor.publish import HostKeyError, TransientError, publish, rollback, unpublish
from editor.publish.secrets import account, key_account, set_secret
from tests.publish.pubkit import files_under, make_profile, sftp_target, trust_all
from tests.publish.pubservers import Site, Sshd, keygen
from tests.support import missing


@pytest.fixture
def web(sshd: Sshd, nginx) -> str:
    """nginx serving the SFTP root read-only, as the newsroom's web server would."""
    site = Site(sshd.root)
    nginx([site])
    return site.url


def served(url: str, name: str = "") -> bytes:
    response = httpx.get(url + name, timeout=10)
    response.raise_for_status()
    return response.content


def assert_serves(url: str, folder: Path) -> None:
    for path in sorted(folder.iterdir()):
        assert served(url, path.name) == path.read_bytes(), path.name
    assert served(url) == (folder / "index.html").read_bytes()


def staging_files(sshd: Sshd) -> list[Path]:
    return files_under(sshd.root / ".redaksi" / "staging")


def test_publish_then_fetch_over_http(sshd: Sshd, web: str, make_item, tmp_path: Path) -> None:
    profile = make_profile({"web": sftp_target(sshd, tmp_path / "kh", public_base_url=web)})
    item = make_item(images=12)
    result = publish(item, profile, "web", confirm_host_key=trust_all)
    assert result.url == f"{web}/{item.rel_dir}/"
    assert_serves(result.url, item.local_dir)
    index = httpx.get(f"{web}/index/latest.json").json()  # the site index, as readers fetch it
    assert [row["url"] for row in index["articles"]] == [result.url]
    assert staging_files(sshd) == []


def test_unknown_host_key_needs_confirmation(sshd: Sshd, make_item, tmp_path: Path) -> None:
    known_hosts = tmp_path / "known_hosts"
    profile = make_profile({"web": sftp_target(sshd, known_hosts)})
    item = make_item()
    with pytest.raises(HostKeyError) as refused:
        publish(item, profile, "web")
    assert refused.value.fingerprint == sshd.host_fingerprint
    assert sshd.host_fingerprint in refused.value.message("id")
    assert sshd.host_fingerprint in refused.value.message("en")
    assert not known_hosts.exists()

    asked: list[tuple[str, str]] = []
    publish(item, profile, "web", confirm_host_key=lambda h, f: asked.append((h, f)) or True)
    assert asked == [(f"[127.0.0.1]:{sshd.port}", sshd.host_fingerprint)]
    assert f"[127.0.0.1]:{sshd.port} ssh-ed25519 " in known_hosts.read_text()
    publish(item, profile, "web")  # now known: no question, no error


def test_changed_host_key_is_refused_with_fingerprint(sshd: Sshd, make_item,
                                                      tmp_path: Path) -> None:
    profile = make_profile({"web": sftp_target(sshd, tmp_path / "kh")})
    old = sshd.host_fingerprint
    publish(make_item(), profile, "web", confirm_host_key=trust_all)
    sshd.stop()
    sshd.new_host_key()
    sshd.start()
    with pytest.raises(HostKeyError) as refused:
        publish(make_item(version=2), profile, "web", confirm_host_key=trust_all)
    assert refused.value.changed
    assert refused.value.fingerprint == sshd.host_fingerprint != old
    assert refused.value.previous == old
    assert sshd.host_fingerprint in str(refused.value)
    assert staging_files(sshd) == []


def test_wrong_password_is_a_clear_error_and_leaves_nothing(sshd: Sshd, make_item,
                                                            tmp_path: Path) -> None:
    if sshd.user.password is None:
        missing("password login needs a dedicated system user (run the tests as root)")
    target = sftp_target(sshd, tmp_path / "kh", auth="password", key_file=None)
    set_secret(account("sftp", sshd.user.name, "127.0.0.1", sshd.port), "salah-" + "x" * 8)
    with pytest.raises(PublishError) as failed:
        publish(make_item(), make_profile({"web": target}), "web", confirm_host_key=trust_all)
    assert not isinstance(failed.value, TransientError)
    assert "kata sandi" in failed.value.message("id")
    assert "password" in failed.value.message("en")
    assert staging_files(sshd) == [] and not (sshd.root / ".redaksi").exists()


def test_password_publish_leaves_no_secret_in_redaksi_folders(
        sshd: Sshd, make_item, tmp_path: Path) -> None:
    if sshd.user.password is None:
        missing("password login needs a dedicated system user (run the tests as root)")
    target = sftp_target(sshd, tmp_path / "unused", auth="password", key_file=None)
    del target["known_hosts"]  # the default: Redaksi's config folder
    set_secret(account("sftp", sshd.user.name, "127.0.0.1", sshd.port), sshd.user.password)
    publish(make_item(), make_profile({"web": target}), "web", confirm_host_key=trust_all)
    config = Path(platformdirs.user_config_dir("redaksi"))
    assert str(config).startswith(os.environ["XDG_CONFIG_HOME"]), "must be the test's own"
    written = files_under(config) + files_under(Path(platformdirs.user_data_dir("redaksi")))
    assert config / "known_hosts" in written
    secret = sshd.user.password.encode()
    for path in written + files_under(sshd.root):
        assert secret not in path.read_bytes(), path


def test_server_killed_mid_upload_keeps_previous_version(sshd: Sshd, web: str, make_item,
                                                         tmp_path: Path) -> None:
    profile = make_profile({"web": sftp_target(sshd, tmp_path / "kh", public_base_url=web)})
    first = make_item(images=12, image_size=60_000)
    url = publish(first, profile, "web", confirm_host_key=trust_all).url
    second = make_item(version=2, images=12, image_size=60_000)
    killed = threading.Event()

    def kill_halfway(done: int, total: int, message: str) -> None:
        if done > total * 0.4 and not killed.is_set():
            killed.set()
            sshd.kill()

    with pytest.raises(TransientError):
        publish(second, profile, "web", progress=kill_halfway, confirm_host_key=trust_all)
    assert killed.is_set()
    assert_serves(url, first.local_dir)
    assert staging_files(sshd), "the interrupted upload should be resumable"

    sshd.start()
    result = publish(second, profile, "web")
    total = sum(p.stat().st_size for p in second.local_dir.iterdir())
    assert 0 < result.uploaded_bytes < total  # resumed, not started over
    assert_serves(url, second.local_dir)
    assert staging_files(sshd) == []


def test_rollback_and_unpublish(sshd: Sshd, web: str, make_item, tmp_path: Path) -> None:
    profile = make_profile({"web": sftp_target(sshd, tmp_path / "kh", public_base_url=web)})
    first, second = make_item(), make_item(version=2)
    url = publish(first, profile, "web", confirm_host_key=trust_all).url
    publish(second, profile, "web")
    assert_serves(url, second.local_dir)
    rollback(first.entry.slug, profile, "web")
    assert_serves(url, first.local_dir)
    assert "versi 1" in httpx.get(f"{web}/index/latest.json").json()["articles"][0]["headline"]
    unpublish(first.rel_dir, profile, "web")
    assert httpx.get(url).status_code == 404
    assert httpx.get(f"{web}/index/latest.json").json()["articles"] == []
    assert files_under(sshd.root / ".redaksi" / "releases") == []


def test_key_passphrase_comes_from_the_keyring(sshd: Sshd, make_item, tmp_path: Path) -> None:
    locked = keygen(tmp_path / "locked_ed25519", passphrase="kunci-rahasia")
    with (sshd.workdir / "authorized_keys").open("a") as keys:
        keys.write(locked.with_suffix(".pub").read_text())
    profile = make_profile({"web": sftp_target(sshd, tmp_path / "kh", key_file=str(locked))})
    item = make_item()
    with pytest.raises(PublishError) as no_passphrase:
        publish(item, profile, "web", confirm_host_key=trust_all)
    assert "keyring" in no_passphrase.value.message("en")
    set_secret(key_account(str(locked)), "kunci-rahasia")
    publish(item, profile, "web", confirm_host_key=trust_all)
