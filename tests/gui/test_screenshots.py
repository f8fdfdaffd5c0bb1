"""The documented screenshot command works and makes pictures of the right size."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PIL import Image

from tests.support import ROOT

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]


def test_screenshot_command(tmp_path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), REDAKSI_NO_WEBENGINE="1")
    result = subprocess.run(
        [sys.executable, "-m", "editor.gui.screenshots", "--lang", "en", "--size", "1024x700",
         "-o", str(tmp_path)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=100)
    assert result.returncode == 0, result.stderr[-800:]
    with Image.open(tmp_path / "main-en-1024x700.png") as image:
        assert image.size == (1024, 700)
