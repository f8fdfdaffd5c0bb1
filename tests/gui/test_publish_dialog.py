"""File → Publish… from the real window, against real servers on 127.0.0.1.

A folder target, wsgidav (slowed, and with a password) and OpenSSH (host keys)
are the servers ``tests/publish`` uses; the keyring is an in-memory one, so no
test ever writes a secret anywhere.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import keyring
import platformdirs
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QLabel

from editor.gui.publish import dialog as publish_dialog
from editor.gui.publish.prompts import HostKeyQuestion, PasswordDialog
from editor.publish.failures import AuthFailed, HostKeyError, PublishCancelled
from editor.publish.secrets import account, set_secret
from editor.storage.draft import open_draft
from tests.gui.helpers import wait_tasks
from tests.gui.test_i18n import english_sources
from tests.gui.test_layout import clipped
from tests.publish.pubkit import MemoryKeyring, files_under, need, sftp_target
from tests.publish.pubservers import Sshd, WsgiDav, drop_sshd, drop_user, make_sshd, make_user
from tests.publish.sitecheck import index_records

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]

BASE = "https://situs.example"
USER, PASSWORD = "redaksi", "rahasia-" + "7f3a9c"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def settled_tasks(qtbot, make_window) -> Iterator[None]:
    """Thumbnails and publishes report back before the windows close, not in the next test."""
    yield
    wait_tasks(qtbot)


@pytest.fixture
def draft_file(tmp_path: Path, sample_draft_path: Path) -> Path:
    return Path(shutil.copy(sample_draft_path, tmp_path / "artikel.redaksi"))


@pytest.fixture
def dav(tmp_path: Path) -> Iterator[Any]:
    started: list[WsgiDav] = []

    def start(**options: Any) -> WsgiDav:
        root = tmp_path / f"dav{len(started)}"
        root.mkdir()
        started.append(WsgiDav(root, **options).start())
        return started[-1]

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def sshd() -> Iterator[Sshd]:
    user = make_user("rdkgui")
    try:
        server = need(lambda: make_sshd(user).start())
        yield server
        drop_sshd(server)
    finally:
        drop_user(user)


def write_site(tmp_path: Path, name: str, target: dict[str, Any]) -> Path:
    lines = "".join(f"{key} = {json.dumps(value)}\n" for key, value in target.items())
    site = tmp_path / "situs.toml"
    site.write_text(f'name = "Warta Pesisir"\nbase_url = "{BASE}"\n[targets.{name}]\n{lines}')
    return site


def dav_target(server: WsgiDav, **extra: Any) -> dict[str, Any]:
    return {"kind": "webdav", "url": server.url, "public_base_url": server.url, "retries": 1,
            "retry_delay": 0.05, **extra}


def open_dialog(window, site: Path):
    window.settings.set("active_site", str(site))
    window.actions["publish"].trigger()
    return window.publish_dialog


def press_publish(qtbot, dialog, button=None, timeout: int = 30_000) -> Any:
    """Click Publish (or ``button``) and wait for the run to end; its outcome or error."""
    ended: list[Any] = []
    dialog.published.connect(ended.append)
    dialog.failed.connect(ended.append)
    qtbot.mouseClick(button or dialog.publish_button, LEFT)
    qtbot.waitUntil(lambda: bool(ended), timeout=timeout)
    return ended[0]


def wait_question(qtbot, dialog, kind: type, *, from_worker: bool = True) -> Any:
    qtbot.waitUntil(lambda: isinstance(dialog.question, kind) and dialog.question.isVisible(),
                    timeout=15_000)
    assert dialog.running == from_worker, "a worker's question keeps it waiting"
    return dialog.question


def test_publish_to_a_folder_shows_the_url_and_the_draft_records_it(
        qtbot, make_window, draft_file: Path, tmp_path: Path, monkeypatch) -> None:
    www = tmp_path / "www"
    window = make_window(draft_file)
    window.session.edit("x", lambda a: setattr(a, "published", None))  # a first publish
    window.session.stack.setClean()
    dialog = open_dialog(window, write_site(tmp_path, "lokal", {"kind": "folder",
                                                                "path": str(www)}))
    assert dialog.target_box.currentText() == "lokal"
    assert str(www) in dialog.target_info.text() and BASE in dialog.target_info.text()

    outcome = press_publish(qtbot, dialog)
    url = outcome.result.url
    assert url.startswith(BASE + "/berita/") and dialog.url.text() == url
    page = www / url.removeprefix(BASE + "/") / "index.html"
    assert window.session.article.headline in page.read_text()
    assert [row["url"] for row in index_records(www)] == [url]
    assert dialog.result_row.isVisible() and "lokal" in dialog.status.text()
    assert clipped(dialog) == []

    qtbot.mouseClick(dialog.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == url
    opened: list[str] = []
    monkeypatch.setattr(publish_dialog, "open_in_browser", opened.append)
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert opened == [url]

    article = window.session.article
    # the record was the draft's only change: it is saved with it, nothing is left unsaved
    assert not window.isWindowModified() and article.published is not None
    assert f"{article.published:%Y/%m/%d}" in url  # the date the URL carries is kept
    reopened = open_draft(draft_file).article
    assert [(r.target, r.url) for r in reopened.publications] == [("lokal", url)]
    assert reopened.publications[0].at == outcome.result.at
    assert reopened.published == article.published and reopened.id == article.id
    assert "disimpan" in dialog.status.text()
    dialog.close()


def test_undo_after_publishing_keeps_the_record_and_the_address(
        qtbot, make_window, draft_file: Path, tmp_path: Path) -> None:
    """Where and when an article went live is a fact, not an edit: Ctrl+Z undoes the
    journalist's last edit (here the headline, and with it the slug) but neither removes
    the record nor moves the live article's address (slug, date); the next save keeps it."""
    window = make_window(draft_file)
    window.session.edit("x", lambda a: setattr(a, "published", None))  # a first publish
    window.session.edit("y", lambda a: a.set_headline("Rob Kembali Genangi Pesisir Semarang"))
    article = window.session.article
    assert not article.slug_locked and article.slug == "rob-kembali-genangi-pesisir-semarang"
    dialog = open_dialog(window, write_site(tmp_path, "lokal", {
        "kind": "folder", "path": str(tmp_path / "www")}))
    outcome = press_publish(qtbot, dialog)
    dialog.close()
    assert dialog.recorded == "session"  # the edits before were unsaved: saved with them
    live = (article.slug, article.slug_locked, article.published)
    assert outcome.result.url == window.session.own_url()

    for _step in range(2):
        window.actions["undo"].trigger()
    assert article.headline != "Rob Kembali Genangi Pesisir Semarang"  # the edits are undone
    assert article.publications == [outcome.record]
    assert (article.slug, article.slug_locked, article.published) == live
    assert window.session.own_url() == outcome.result.url
    assert window.meta.slug.isReadOnly()  # the slug stays frozen
    assert window.isWindowModified()  # the record is not on disk yet
    window.actions["redo"].trigger()
    assert article.publications == [outcome.record] and article.slug == live[0]

    assert window.files.save()
    reopened = open_draft(draft_file).article
    assert reopened.publications == [outcome.record]
    assert (reopened.slug, reopened.published) == (live[0], live[2])


def test_publishing_from_the_editor_does_not_freeze_the_window_on_a_slow_server(
        qtbot, make_window, draft_file: Path, tmp_path: Path, dav) -> None:
    """While the server holds an upload in the middle of a publish, the window goes on:
    its timers tick and it handles a key press (Escape cancels). No clock decides it —
    the server stalls until the test lets it go — so a loaded machine cannot fail it,
    and a publish run on the UI thread cannot pass it (the click would not return
    before the upload ends, and the stall would be over before anything was checked)."""
    server = dav(delay=0.03)  # 30 ms for every request
    window = make_window(draft_file)
    dialog = open_dialog(window, write_site(tmp_path, "dav", dav_target(server)))
    first = press_publish(qtbot, dialog)  # includes making the photo's variants
    live = httpx.get(first.result.url + "index.html").content  # wsgidav lists folders
    assert window.session.article.headline.encode() in live

    window.session.edit("x", lambda a: setattr(a, "deck", a.deck + " Versi kedua."))
    ended: list[Any] = []
    dialog.failed.connect(ended.append)
    dialog.published.connect(ended.append)
    server.gate.close_after("PUT", 1)  # one file of version two goes up, then the server stalls
    qtbot.mouseClick(dialog.publish_button, LEFT)
    qtbot.waitUntil(lambda: server.gate.holding > 0, timeout=30_000)
    assert dialog.running and not ended, "the upload is held in the middle"

    ticks: list[float] = []
    timer = QTimer(interval=20)  # the UI thread's heartbeat while the upload is held
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=10_000)
    timer.stop()
    QCoreApplication.postEvent(dialog, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape,
                                                 Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: not dialog.cancel_button.isEnabled(), timeout=10_000)
    assert server.gate.holding > 0 and not ended, "all of it happened while the server held"
    assert dialog.status.text().startswith("Membatalkan…")

    server.gate.open()
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert isinstance(ended[0], PublishCancelled)
    assert dialog.status.text() == ended[0].message("id")
    assert httpx.get(first.result.url + "index.html").content == live  # the site still serves version one
    assert len(window.session.article.publications) == 1
    assert dialog.publish_button.isEnabled() and dialog.close_button.isVisible()


def test_unknown_host_key_is_asked_and_no_stops_with_the_fingerprint(
        qtbot, make_window, draft_file: Path, tmp_path: Path, sshd: Sshd) -> None:
    known_hosts = tmp_path / "known_hosts"
    target = sftp_target(sshd, known_hosts, public_base_url=BASE)
    window = make_window(draft_file)
    dialog = open_dialog(window, write_site(tmp_path, "sftp", target))
    assert f"@127.0.0.1:{sshd.port}" in dialog.target_info.text()

    ended: list[Any] = []
    dialog.failed.connect(ended.append)
    qtbot.mouseClick(dialog.publish_button, LEFT)
    box = wait_question(qtbot, dialog, HostKeyQuestion)
    assert sshd.host_fingerprint in box.informativeText()
    assert box.defaultButton() is box.refuse_button  # Enter does not trust
    qtbot.mouseClick(box.refuse_button, LEFT)
    qtbot.waitUntil(lambda: bool(ended), timeout=15_000)
    assert isinstance(ended[0], HostKeyError) and not ended[0].changed
    assert sshd.host_fingerprint in dialog.fingerprint.text() and dialog.fingerprint.isVisible()
    assert "tidak dipercaya" in dialog.status.text()
    assert not known_hosts.exists() and not (sshd.root / "berita").exists()

    qtbot.mouseClick(dialog.publish_button, LEFT)
    qtbot.mouseClick(wait_question(qtbot, dialog, HostKeyQuestion).trust_button, LEFT)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=15_000)
    assert f"[127.0.0.1]:{sshd.port} ssh-ed25519" in known_hosts.read_text()
    rel_dir = dialog.outcome.result.url.removeprefix(BASE + "/")
    assert (sshd.root / rel_dir / "index.html").is_file()

    old = sshd.host_fingerprint
    sshd.stop()
    sshd.new_host_key()
    sshd.start()
    error = press_publish(qtbot, dialog)
    assert isinstance(error, HostKeyError) and error.changed
    assert old in dialog.fingerprint.text() and sshd.host_fingerprint in dialog.fingerprint.text()
    assert sshd.host_fingerprint in dialog.status.text()


def test_a_missing_password_is_asked_for_and_kept_only_in_the_keyring(
        qtbot, make_window, draft_file: Path, tmp_path: Path, dav, memory_keyring) -> None:
    server = dav(user=USER, password=PASSWORD)
    window = make_window(draft_file)
    dialog = open_dialog(window, write_site(tmp_path, "dav", dav_target(server, user=USER)))
    assert dialog.password_button.isVisible()
    ended: list[Any] = []
    dialog.published.connect(ended.append)
    qtbot.mouseClick(dialog.publish_button, LEFT)
    prompt = wait_question(qtbot, dialog, PasswordDialog)
    assert f"{USER}@127.0.0.1:{server.port}" in prompt.intro.text()
    assert prompt.remember.isChecked()
    qtbot.keyClicks(prompt.password, PASSWORD)
    qtbot.mouseClick(prompt.ok_button, LEFT)
    qtbot.waitUntil(lambda: bool(ended), timeout=15_000)
    name = account("webdav", USER, "127.0.0.1", server.port)
    assert memory_keyring.entries == {("redaksi", name): PASSWORD}
    folders = [platformdirs.user_config_dir("redaksi"), platformdirs.user_data_dir("redaksi"),
               platformdirs.user_cache_dir("redaksi"), tmp_path]
    for path in [file for folder in folders for file in files_under(Path(folder))]:
        assert PASSWORD.encode() not in path.read_bytes(), path


def test_a_wrong_password_is_a_clear_error_and_can_be_typed_again(
        qtbot, make_window, draft_file: Path, tmp_path: Path, dav, memory_keyring) -> None:
    server = dav(user=USER, password=PASSWORD)
    name = account("webdav", USER, "127.0.0.1", server.port)
    set_secret(name, "salah")
    window = make_window(draft_file)
    dialog = open_dialog(window, write_site(tmp_path, "dav", dav_target(server, user=USER)))
    error = press_publish(qtbot, dialog)
    assert isinstance(error, AuthFailed) and error.who in error.message("id")
    assert dialog.status.text() == (
        f"Penerbitan gagal: server menolak kata sandi atau kunci untuk {error.who}. Tidak ada "
        "yang diterbitkan. Periksa nama pengguna di profil situs, lalu ketik ulang kata "
        "sandinya dengan tombol Kata Sandi…")  # the editor's way, not the command line's
    assert not dialog.state_icon.pixmap().isNull()
    assert not (server.root / "berita").exists()
    assert dialog.password_button.isVisible() and dialog.password_button.isEnabled()

    qtbot.mouseClick(dialog.password_button, LEFT)
    prompt = wait_question(qtbot, dialog, PasswordDialog, from_worker=False)
    qtbot.keyClicks(prompt.password, PASSWORD)
    prompt.remember.setChecked(False)  # for this publish only
    outcome = press_publish(qtbot, dialog, prompt.ok_button)
    assert outcome.result.url.startswith(server.url)
    assert memory_keyring.entries == {}


def test_the_dialog_follows_a_language_switch_even_for_core_errors(
        qtbot, make_window, draft_file: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    window = make_window(draft_file, language="id")
    dialog = open_dialog(window, write_site(tmp_path, "lokal", {
        "kind": "folder", "path": str(blocker / "www"), "retries": 0}))
    error = press_publish(qtbot, dialog)
    assert dialog.status.text() == "Penerbitan gagal: " + error.message("id")
    assert dialog.windowTitle() == "Terbitkan"
    shown = {widget.text().replace("&", "") for widget in
             dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)}
    assert shown & english_sources() == set()
    window.actions["lang_en"].trigger()
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Publish")
    assert dialog.status.text() == "Publishing failed: " + error.message("en")
    assert dialog.target_info.text().startswith("Folder · ")
    for language in ("en", "id"):
        window.on_language(language)
        qtbot.wait(10)
        assert clipped(dialog) == [], language


def test_a_longer_button_text_is_laid_out_at_once(make_window, draft_file: Path,
                                                   tmp_path: Path) -> None:
    """"Terbitkan" becomes "Terbitkan Lagi" as the run ends; the very next look (a test's,
    or a screenshot's) must not find it clipped before the event loop turns again."""
    window = make_window(draft_file)
    dialog = open_dialog(window, write_site(tmp_path, "lokal", {
        "kind": "folder", "path": str(tmp_path / "www")}))
    dialog.outcome = object()  # as after a publish
    dialog._update_buttons()
    dialog._set_status(lambda: "Terbit.", "ok")  # what _done does next; no events in between
    assert dialog.publish_button.text() == "Terbitkan Lagi"
    assert clipped(dialog) == []


# --- one article, one identity; a record that cannot be saved (issue 9, items 2 and 3) ---


def colleague_publishes_first(tmp_path: Path, site: Path, draft_file: Path) -> str:
    """Another journalist's article with the same headline and date goes live first."""
    from editor.publish.drafts import publish_draft
    from editor.site import load_profile

    theirs = open_draft(shutil.copy(draft_file, tmp_path / "rekan.redaksi"))
    theirs.article.id = "rekan-" + "0" * 30
    theirs.article.deck = "Versi rekan: warga mengungsi ke balai kelurahan."
    return publish_draft(theirs, load_profile(site)).result.url


def test_an_address_live_for_another_article_is_replaced_only_on_request(
        qtbot, make_window, draft_file: Path, tmp_path: Path) -> None:
    www = tmp_path / "www"
    site = write_site(tmp_path, "lokal", {"kind": "folder", "path": str(www)})
    url = colleague_publishes_first(tmp_path, site, draft_file)
    page = www / url.removeprefix(BASE + "/") / "index.html"
    theirs = page.read_bytes()
    window = make_window(draft_file)
    dialog = open_dialog(window, site)
    assert not dialog.replace_button.isVisible()

    error = press_publish(qtbot, dialog)
    assert type(error).__name__ == "UrlTaken" and page.read_bytes() == theirs
    assert url in dialog.status.text() and window.session.article.headline in dialog.status.text()
    assert "Tidak ada yang diganti" in dialog.status.text()
    assert dialog.replace_button.isVisible() and window.session.article.publications == []
    assert clipped(dialog) == []

    outcome = press_publish(qtbot, dialog, dialog.replace_button)
    assert outcome.result.url == url and page.read_bytes() != theirs
    assert b"Versi rekan" not in page.read_bytes()
    assert not dialog.replace_button.isVisible()


def test_a_record_the_window_cannot_save_now_is_kept_for_the_next_save(
        qtbot, make_window, draft_file: Path, tmp_path: Path, monkeypatch) -> None:
    from editor.gui.window import file_ops

    window = make_window(draft_file)
    dialog = open_dialog(window, write_site(tmp_path, "lokal", {
        "kind": "folder", "path": str(tmp_path / "www")}))
    before = draft_file.read_bytes()

    def disk_full(draft, path):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(file_ops, "save_draft", disk_full)
        outcome = press_publish(qtbot, dialog)
    assert dialog.recorded == "kept" and "catatan penerbitannya disimpan terpisah" in dialog.status.text()
    assert window.session.article.publications[-1] == outcome.record
    assert window.isWindowModified() and draft_file.read_bytes() == before
    state = Path(platformdirs.user_data_dir("redaksi")) / "publish-state"
    assert [p.stem for p in state.glob("*.json")] == [window.session.article.id]

    assert window.files.save() and not window.isWindowModified()
    assert list(state.glob("*.json")) == []
    assert open_draft(draft_file).article.publications == [outcome.record]


def test_with_other_unsaved_changes_the_record_waits_for_the_journalists_save(
        qtbot, make_window, draft_file: Path, tmp_path: Path) -> None:
    window = make_window(draft_file)
    window.session.edit("x", lambda article: setattr(article, "deck", "Lead yang baru."))
    dialog = open_dialog(window, write_site(tmp_path, "lokal", {
        "kind": "folder", "path": str(tmp_path / "www")}))
    before = draft_file.read_bytes()
    outcome = press_publish(qtbot, dialog)
    assert dialog.recorded == "session" and "simpan draf" in dialog.status.text()
    assert window.isWindowModified() and draft_file.read_bytes() == before  # not its choice
    assert open_draft(draft_file).article.publications == [outcome.record]  # kept meanwhile
    assert window.files.save()
    reopened = open_draft(draft_file).article
    assert reopened.deck == "Lead yang baru." and reopened.publications == [outcome.record]


def test_a_broken_archive_is_one_more_sentence_after_a_successful_publish(
        qtbot, make_window, draft_file: Path, tmp_path: Path) -> None:
    """The article is live before the local archive is written: a damaged archive shows
    as a sentence in the dialog (it was a log line in English only), the publish stands."""
    from editor.archive import archive_path
    from editor.site import load_profile

    site = write_site(tmp_path, "lokal", {"kind": "folder", "path": str(tmp_path / "www")})
    broken = archive_path(load_profile(site).base_url)
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_bytes(b"bukan basis data SQLite " * 100)
    window = make_window(draft_file)
    dialog = open_dialog(window, site)
    outcome = press_publish(qtbot, dialog)
    assert dialog.url.text() == outcome.result.url and outcome.archive_warning
    assert "Berita sudah tayang, tetapi arsip lokal belum mencantumkannya" in dialog.status.text()
    assert str(broken) in dialog.status.text() and clipped(dialog) == []
    dialog.close()
