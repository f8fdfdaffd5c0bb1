"""Screenshots of File → Publish… in every state, for looking at the dialog.

    .venv/bin/python -m tests.gui.publish_screenshots -o screenshots/

Publishes the sample article to a slowed wsgidav server on 127.0.0.1 (so the
progress can be caught half way), then to one that refuses the stored password,
and shows the host-key and password questions. Writes ``publish-<state>-<lang>.png``.
Throw-away config folders and an in-memory keyring: nothing of yours is touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from editor.gui.screenshots import SAMPLE, _grab, _isolate

# Qt and the app are imported once _isolate has pointed the config folders elsewhere.

FINGERPRINT = "SHA256:9QbD5mRp0cZ0t2yv3WmYc1YgT8xw0lqk6vVq2cVbq1Q"


def _wait(app, condition: Callable[[], bool], settle: float = 0.2) -> None:
    deadline = time.monotonic() + 30
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + settle  # let the layout settle before grabbing
    while time.monotonic() < end:
        app.processEvents()


def _site(folder: Path, fast: str, slow: str) -> Path:
    site = folder / "situs.toml"
    site.write_text(
        'name = "Warta Pesisir"\nbase_url = "https://wartapesisir.example"\n'
        f'[targets.produksi]\nkind = "webdav"\nurl = "{slow}"\n'
        'public_base_url = "https://wartapesisir.example"\n'
        f'[targets.cadangan]\nkind = "webdav"\nurl = "{fast}"\nuser = "redaksi"\nretries = 0\n'
        f'[targets.lokal]\nkind = "folder"\npath = "{folder / "situs"}"\n')
    return site


def shoot(outdir: Path, languages: list[str], scratch: Path) -> list[Path]:
    import keyring

    from editor.gui.app import create_application, start
    from editor.interaction import ScriptedInteraction
    from editor.publish.secrets import account, set_secret
    from tests.publish.pubkit import MemoryKeyring
    from tests.publish.pubservers import WsgiDav

    keyring.set_keyring(MemoryKeyring())
    for name in ("slow", "fast"):
        (scratch / name).mkdir()
    slow = WsgiDav(scratch / "slow", delay=0.05).start()
    fast = WsgiDav(scratch / "fast", "redaksi", "benar").start()
    set_secret(account("webdav", "redaksi", "127.0.0.1", fast.port), "salah")
    app = create_application()
    window = start([str(SAMPLE)], answers=ScriptedInteraction(), preview=False)
    window.settings.set("active_site", str(_site(scratch, fast.url, slow.url)))
    made: list[Path] = []
    try:
        for language in languages:
            window.on_language(language)
            made += _states(app, window, outdir, language)
            made += _changed_key(app, window.publish_dialog, outdir, language)
            made += _url_taken(app, window.publish_dialog, outdir, language)
            window.publish_dialog.close()
            window.session.stack.setClean()
    finally:
        window.session.stack.setClean()
        window.close()
        slow.stop()
        fast.stop()
    return made


def _states(app, window, outdir: Path, language: str) -> list[Path]:
    from editor.gui.publish.job import Question

    made = []
    window.on_publish()
    dialog = window.publish_dialog
    _wait(app, lambda: True)
    made.append(_grab(dialog, outdir / f"publish-before-{language}.png"))
    # a new version each time, so every file is uploaded again and the progress can be seen
    window.session.edit("x", lambda article: setattr(article, "deck", article.deck + " "))
    dialog.start()
    _wait(app, lambda: dialog.progress.maximum() > 0 and dialog.progress.value() > 300, 0.05)
    made.append(_grab(dialog, outdir / f"publish-during-{language}.png"))
    _wait(app, lambda: not dialog.running)
    made.append(_grab(dialog, outdir / f"publish-done-{language}.png"))
    window.session.edit("x", lambda article: setattr(article, "deck", article.deck + " "))
    dialog.start()
    _wait(app, lambda: dialog.progress.maximum() > 0 and dialog.progress.value() > 300, 0)
    dialog.cancel_publish()
    _wait(app, lambda: not dialog.running)
    made.append(_grab(dialog, outdir / f"publish-cancelled-{language}.png"))
    dialog.target_box.setCurrentIndex(dialog.target_box.findData("cadangan"))
    dialog.start()
    _wait(app, lambda: not dialog.running)
    made.append(_grab(dialog, outdir / f"publish-error-{language}.png"))
    for kind, subject in (("host_key", "[127.0.0.1]:2222"),
                          ("password", "webdav:redaksi@127.0.0.1:8080")):
        asked = Question(kind, subject, FINGERPRINT)
        dialog.answer_question(asked)
        _wait(app, lambda: dialog.question is not None and dialog.question.isVisible())
        made.append(_grab(dialog.question, outdir / f"publish-ask-{kind}-{language}.png"))
        dialog.question.reject()
        _wait(app, lambda: dialog.question is None)
    return made


def _changed_key(app, dialog, outdir: Path, language: str) -> list[Path]:
    """Shown as the worker would report it; a real changed key needs an sshd (see the tests)."""
    from editor.publish import failures

    dialog._failed(failures.host_key_changed(
        "[127.0.0.1]:2222", FINGERPRINT, "SHA256:q7Lw1n0Zr2tC4yXk8pA3vH6sJ9mE5dF0gB1uN2oQ4iR",
        "~/.config/redaksi/known_hosts"))
    _wait(app, lambda: True)
    return [_grab(dialog, outdir / f"publish-changed-key-{language}.png")]


def _url_taken(app, dialog, outdir: Path, language: str) -> list[Path]:
    """A colleague's article already at this address: the message and Replace It."""
    from editor.publish import failures

    dialog._failed(failures.url_taken(
        "https://wartapesisir.example/berita/2024/06/18/gempa-guncang-cianjur/",
        "Gempa Guncang Cianjur, Warga Mengungsi ke Lapangan", "2024-06-18T09:12+07:00",
        "gempa-guncang-cianjur"))
    _wait(app, lambda: True)
    return [_grab(dialog, outdir / f"publish-url-taken-{language}.png")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.gui.publish_screenshots")
    parser.add_argument("--lang", action="append", choices=("id", "en"))
    parser.add_argument("-o", "--output", type=Path, default=Path("screenshots"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="redaksi-shots-") as scratch:
        _isolate(Path(scratch))
        shoot(args.output, args.lang or ["id", "en"], Path(scratch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
