"""The editor in a child process for the crash test: type, wait for a recovery copy, type on.

Run as ``python -m tests.gui.crash_driver`` by ``test_crash_recovery``; it prints
``AUTOSAVED <journal>`` after the first recovery copy and keeps typing until the
test kills it with SIGKILL. Settings and folders come from the parent's env.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from editor.gui.app import create_application, start  # noqa: E402
from editor.interaction import ScriptedInteraction  # noqa: E402

BEFORE = "Teks yang diketik sebelum salinan pemulihan."
AFTER = " Teks sesudahnya."


def main() -> int:
    app = create_application()
    window = start([], answers=ScriptedInteraction(), preview=False)
    QTest.keyClicks(window.header.headline, "Judul sebelum mati mendadak")
    window.body.setFocus()
    QTest.keyClicks(window.body, BEFORE)

    def written(path) -> None:
        print(f"AUTOSAVED {path}", flush=True)
        QTimer.singleShot(50, lambda: QTest.keyClicks(window.body, AFTER))

    window.autosaver.written.connect(written)
    print(f"READY {os.getpid()}", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
