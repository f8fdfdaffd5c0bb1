"""First imports from several worker threads at once never fail (``editor.lazy``)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import threading, traceback
from editor import lazy
errors = []
def run(name):
    try:
        lazy.ensure(name)
    except Exception:
        errors.append(traceback.format_exc())
names = ["editor.media", "editor.media.checks", "editor.render.page", "editor.media.types"]
threads = [threading.Thread(target=run, args=(name,)) for name in names]
[t.start() for t in threads]
[t.join() for t in threads]
print(errors[0] if errors else "ok")
"""


def test_thumbnail_check_and_preview_workers_can_import_together() -> None:
    # Without the lock, about one start in six failed with KeyError: 'editor.media'.
    for _ in range(12):
        result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True)
        assert result.stdout.strip() == "ok", result.stdout + result.stderr
