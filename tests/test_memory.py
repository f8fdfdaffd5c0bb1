"""glibc's allocator is tuned because a program (``redaksi``, the editor) asks for it,
never because the photo pipeline was imported; and only once a photo is processed."""

from __future__ import annotations

import subprocess
import sys

from tests.support import ROOT, SAMPLE_DRAFT

PHOTO = ROOT / "resources" / "samples" / "banjir-rob-semarang.jpg"
REPORT = ("import sys, editor.memory as m\n"
          "print('tuned' if m._tuned else 'untouched', 'ctypes' in sys.modules)\n")


def after(code: str) -> str:
    """Run ``code`` in a fresh interpreter; then: was the allocator tuned, was ctypes loaded."""
    done = subprocess.run([sys.executable, "-c", code + "\n" + REPORT], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    return done.stdout.strip().splitlines()[-1]


def test_the_photo_pipeline_alone_leaves_the_process_allocator_alone(tmp_path) -> None:
    code = ("from pathlib import Path\nfrom editor.media import process_image\n"
            "from editor.site import ImageSettings\n"
            f"process_image(Path({str(PHOTO)!r}), slug='rob', out_dir=Path({str(tmp_path)!r}), "
            "settings=ImageSettings(widths=(480,)), crops=False)")
    assert after(code) == "untouched True"
    assert any(tmp_path.glob("rob-*480*")), "the photo was really processed"


def test_the_redaksi_command_tunes_it_for_photos(tmp_path) -> None:
    code = f"from editor.cli import main\nmain(['export', {str(SAMPLE_DRAFT)!r}, '-q', '-o', {str(tmp_path)!r}])"
    assert after(code) == "tuned True"


def test_a_command_without_photo_work_does_not_load_ctypes_for_it() -> None:
    code = f"from editor.cli import main\nmain(['check', {str(SAMPLE_DRAFT)!r}])"
    assert after(code) == "untouched False"
