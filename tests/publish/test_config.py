"""Items, target settings from the profile, article paths and the keyring rules."""

from __future__ import annotations

import re
import tomllib
from datetime import datetime
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from editor.errors import PublishError
from editor.model.entry import IndexEntry, PublishItem
from editor.publish.layout import Layout, normalize_rel_dir, public_url
from editor.publish.secrets import get_secret, set_secret
from editor.publish.targets import load_target
from editor.site import DEFAULT_PROFILE, load_profile, profile_from_dict
from tests.publish.pubkit import WIB, make_profile


def test_items_round_trip_through_json() -> None:
    entry = IndexEntry("rob", "https://x.example/rob/", "Rob", "Daerah", ["a"],
                       datetime(2024, 6, 18, 20, 42, tzinfo=WIB), image="f.jpg")
    item = PublishItem("berita/rob", Path("/tmp/rob"), entry)
    assert PublishItem.from_dict(item.to_dict()) == item
    assert entry.last_modified == entry.published


def test_times_without_a_zone_are_refused() -> None:
    with pytest.raises(ValueError):
        IndexEntry("rob", "", "Rob", "", [], datetime(2024, 6, 18, 20, 42))


def test_the_sample_profile_has_a_local_folder_target() -> None:
    target = load_target(load_profile(), None)
    assert target.name == "lokal" and target.kind == "folder"
    assert target.public_base_url == "https://wartapesisir.example"
    assert target.layout == Layout(".redaksi")


def test_a_password_in_the_profile_is_refused() -> None:
    profile = make_profile({"s": {"kind": "sftp", "host": "h", "user": "u", "password": "x"}})
    with pytest.raises(PublishError, match="keyring"):
        load_target(profile, "s")


def test_unknown_target_names_the_defined_ones() -> None:
    with pytest.raises(PublishError, match="lokal"):
        load_target(make_profile({"lokal": {"kind": "folder", "path": "/tmp/x"}}), "produksi")


def test_tls_verification_cannot_be_switched_off() -> None:
    from editor.publish.webdav import open_webdav

    target = load_target(make_profile({"d": {"kind": "webdav", "url": "https://h.example/",
                                             "verify_tls": False}}), "d")
    with pytest.raises(PublishError, match="verify_tls"):
        open_webdav(target)


def test_state_folder_may_sit_outside_the_web_root_except_on_webdav() -> None:
    sftp = {"kind": "sftp", "host": "h", "user": "u", "state_dir": "../redaksi-state"}
    assert load_target(make_profile({"s": sftp}), "s").layout.state_dir == "../redaksi-state"
    dav = {"kind": "webdav", "url": "https://h.example/", "state_dir": "../x"}
    with pytest.raises(PublishError):
        load_target(make_profile({"d": dav}), "d")


def test_article_paths_are_normalized_and_quoted() -> None:
    assert normalize_rel_dir("/berita/2024/06/18/rob/") == "berita/2024/06/18/rob"
    assert public_url("https://x.example/", "berita/jalan raya") == (
        "https://x.example/berita/jalan%20raya/")


def test_no_keyring_is_a_clear_error_not_a_file() -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(PublishError, match="keyring"):
        get_secret("sftp:u@h:22")


def test_plain_text_keyrings_are_refused() -> None:
    class PlaintextKeyring(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("must not be called")

        def delete_password(self, service: str, username: str) -> None:
            pass

    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(PublishError, match="file"):
        set_secret("sftp:u@h:22", "rahasia")


def test_the_commented_target_examples_in_the_sample_profile_are_valid() -> None:
    text = DEFAULT_PROFILE.read_text(encoding="utf-8")
    uncommented = re.sub(r"(?m)^# (?=\[targets\.|[a-z_]+ = )", "", text)
    profile = profile_from_dict(tomllib.loads(uncommented))
    kinds = {name: load_target(profile, name).kind for name in profile.targets}
    assert kinds == {"lokal": "folder", "produksi": "sftp", "dav": "webdav"}
    assert load_target(profile, "produksi").layout.state_dir == "../.redaksi-wartapesisir"
