"""The photo pipeline runs without Qt and keeps its threads apart."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

from editor.media import process_image
from editor.site import ImageSettings
from tests.media import samples
from tests.support import ROOT


def test_processing_a_heic_loads_no_qt(tmp_path: Path) -> None:
    """Importing is not enough: libheif is registered lazily on the first HEIC."""
    source = samples.heic(tmp_path / "a.heic")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from editor.media import process_image\n"
        "from editor.render.picture import picture_html\n"
        "from editor.site import ImageSettings\n"
        f"r = process_image(Path({str(source)!r}), slug='a', out_dir=Path({str(tmp_path)!r}),"
        " settings=ImageSettings(widths=(100,)))\n"
        "picture_html(r, alt='a', sizes='100vw', featured=True)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide', 'shiboken', 'PyQt'))))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert run.stdout.strip() == "[]"


def test_parallel_encoders_keep_their_own_settings(tmp_path: Path, phone: Path) -> None:
    """If two threads shared one image object, a JPEG could be saved with another
    job's options; every JPEG must carry exactly the tables of its own quality."""
    settings = ImageSettings(widths=(60, 120, 200, 300), jpeg_quality=31, webp_quality=97,
                             avif_quality=90)
    reference = tmp_path / "ref.jpg"
    Image.new("RGB", (16, 16)).save(reference, quality=31)
    with Image.open(reference) as ref:
        expected = ref.quantization
    result = process_image(phone, slug="q", out_dir=tmp_path / "out", settings=settings)
    jpegs = [v.path for v in result.variants if v.format == "jpeg"]
    jpegs += [v.path for v in result.crops.values()]
    for path in jpegs:
        with Image.open(path) as image:
            assert image.quantization == expected, path.name
