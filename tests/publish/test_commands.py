"""``redaksi publish / unpublish / rollback`` on the sample draft."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from editor.cli import main
from editor.publish.secrets import account
from editor.storage.draft import open_draft, save_draft
from tests.publish.pubkit import sftp_target
from tests.publish.pubservers import Sshd
from tests.support import SAMPLE_DRAFT

BASE = "https://situs.example"


def write_site(tmp_path: Path, targets: str) -> Path:
    site = tmp_path / "situs.toml"
    site.write_text(f'name = "Warta Pesisir"\nbase_url = "{BASE}"\n{targets}')
    return site


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    """The sample, saved once: it predates drafts without GPS, so its first save (the
    publish record) would clean its photo and so change the page between two publishes."""
    path = Path(shutil.copy(SAMPLE_DRAFT, tmp_path / "artikel.redaksi"))
    return save_draft(open_draft(path))


@pytest.fixture
def folder_site(tmp_path: Path) -> Path:
    return write_site(tmp_path, f'[targets.lokal]\nkind = "folder"\npath = "{tmp_path / "www"}"\n')


def test_publish_prints_the_url_and_records_it_in_the_draft(
        draft: Path, folder_site: Path, tmp_path: Path, capsys) -> None:
    assert main(["publish", str(draft), "--site", str(folder_site), "--target", "lokal"]) == 0
    url = capsys.readouterr().out.strip()
    article = open_draft(draft).article
    rel_dir = url.removeprefix(BASE + "/")
    assert url.startswith(BASE + "/berita/2024/06/18/") and article.effective_slug() in url
    assert (tmp_path / "www" / rel_dir / "index.html").is_file()
    (record,) = article.publications
    assert (record.target, record.url) == ("lokal", url) and record.at.tzinfo is not None

    assert main(["publish", str(draft), "--site", str(folder_site)]) == 0  # the first target
    assert len(open_draft(draft).article.publications) == 2
    assert main(["rollback", article.effective_slug(), "--site", str(folder_site)]) == 1
    assert "versi sebelumnya" in capsys.readouterr().err
    assert main(["unpublish", article.effective_slug(), "--site", str(folder_site)]) == 0
    assert not (tmp_path / "www" / rel_dir).exists()


def test_unknown_host_key_needs_the_flag(draft: Path, sshd: Sshd, tmp_path: Path,
                                         capsys) -> None:
    target = sftp_target(sshd, tmp_path / "kh")
    lines = "".join(f"{key} = {json.dumps(value)}\n" for key, value in target.items())
    site = str(write_site(tmp_path, "[targets.sftp]\n" + lines))
    assert main(["publish", str(draft), "--site", site]) == 1
    assert sshd.host_fingerprint in capsys.readouterr().err
    assert main(["publish", str(draft), "--site", site, "--trust-host-key", "SHA256:salah"]) == 1
    assert main(["publish", str(draft), "--site", site, "--trust-host-key",
                 sshd.host_fingerprint]) == 0
    assert capsys.readouterr().out.startswith(BASE)


def test_save_password_goes_to_the_keyring(folder_site: Path, tmp_path: Path, memory_keyring,
                                           monkeypatch, draft: Path) -> None:
    site = write_site(tmp_path, '[targets.s]\nkind = "sftp"\nhost = "127.0.0.1"\nport = 1\n'
                                'user = "wartawan"\nretries = 0\n')
    monkeypatch.setattr("getpass.getpass", lambda prompt: "sandi-baru")
    assert main(["publish", str(draft), "--site", str(site), "--save-password"]) == 1
    assert memory_keyring.entries[("redaksi", account("sftp", "wartawan", "127.0.0.1", 1))] == (
        "sandi-baru")
    assert "sandi-baru" not in site.read_text()
