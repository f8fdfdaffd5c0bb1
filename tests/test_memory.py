"""glibc's allocator is tuned by the programs (``redaksi``, the editor), never by the pipeline."""

from __future__ import annotations

import subprocess
import sys

from tests.support import ROOT, SAMPLE_DRAFT

PHOTO = ROOT / "resources" / "samples" / "banjir-rob-semarang.jpg"


def tuned_after(code: str) -> str:
    """Run ``code`` in a fresh interpreter; then say whether the allocator was tuned."""
    script = f"{code}\nimport editor.memory as m\nprint('tuned' if m._tuned else 'untouched')\n"
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    return done.stdout.strip().splitlines()[-1]


def test_the_photo_pipeline_leaves_the_process_allocator_alone(tmp_path) -> None:
    code = ("from pathlib import Path\nfrom editor.media import process_image\n"
            "from editor.site import ImageSettings\n"
            f"process_image(Path({str(PHOTO)!r}), slug='rob', out_dir=Path({str(tmp_path)!r}), "
            "settings=ImageSettings(widths=(480,)), crops=False)")
    assert tuned_after(code) == "untouched"
    assert any(tmp_path.glob("rob-*480*")), "the photo was really processed"


def test_the_redaksi_command_tunes_it(tmp_path) -> None:
    code = f"from editor.cli import main\nmain(['check', {str(SAMPLE_DRAFT)!r}])"
    assert tuned_after(code) == "tuned"
