"""What a packager gets: ``python -m build`` makes an sdist and a wheel, and the wheel,
installed in a fresh virtual environment outside the checkout, exports, checks, imports
and opens the editor on its own bundled sample (templates, themes, schema, icons,
translations and the sample profile all travel inside it).

The fresh environment gets the wheel's files only; the libraries it depends on are
borrowed from the test's own environment through a ``.pth`` line (downloading PySide6
again would cost ~700 MB per run), and it runs from a folder far from the checkout with
no ``PYTHONPATH``, so nothing can come from the source tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


@dataclass(frozen=True)
class Installed:
    venv: Path
    wheel: Path
    sdist: Path
    work: Path

    def python(self, code: str, **env: str) -> subprocess.CompletedProcess[str]:
        return self.run([str(self.venv / "bin" / "python"), "-c", code], **env)

    def redaksi(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run([str(self.venv / "bin" / "redaksi"), *args])

    def run(self, argv: list[str], **env: str) -> subprocess.CompletedProcess[str]:
        environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        environment.update(QT_QPA_PLATFORM="offscreen", REDAKSI_LANG="id", **env)
        return subprocess.run(argv, cwd=self.work, env=environment, capture_output=True,
                              text=True, timeout=300)


def build(out: Path) -> tuple[Path, Path]:
    done = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return next(out.glob("redaksi-*.whl")), next(out.glob("redaksi-*.tar.gz"))


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    wheel, sdist = build(base / "dist")
    venv = base / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    pip = [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
           "--quiet", "--no-deps", "--no-index", str(wheel)]
    done = subprocess.run(pip, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    site = subprocess.run([str(venv / "bin" / "python"), "-c",
                           "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "redaksi-test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = base / "elsewhere"
    work.mkdir()
    return Installed(venv, wheel, sdist, work)


def resource_files() -> set[str]:
    folder = ROOT / "resources"
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def test_the_wheel_and_the_sdist_carry_every_resource(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        in_wheel = {name.removeprefix("editor/resources/") for name in wheel.namelist()
                    if name.startswith("editor/resources/")}
    with tarfile.open(installed.sdist) as sdist:
        in_sdist = {name.split("/resources/", 1)[1] for name in sdist.getnames()
                    if "/resources/" in name}
    expected = resource_files()
    assert {"templates/page.html.j2", "schema/article.schema.json", "i18n/redaksi_id.ts",
            "sites/warta-pesisir.toml", "samples/banjir-rob-semarang.redaksi"} <= expected
    assert expected - in_wheel == set()
    assert expected - in_sdist == set()


def test_the_installed_package_is_the_wheel_not_the_checkout(installed: Installed) -> None:
    done = installed.python("import editor, editor.paths as p; print(editor.__file__); "
                            "print(p.RESOURCES)")
    assert done.returncode == 0, done.stderr
    for line in done.stdout.split():
        assert Path(line).is_relative_to(installed.venv), line


def sample(installed: Installed, name: str) -> str:
    done = installed.python(f"from editor.paths import RESOURCES; "
                            f"print(RESOURCES / 'samples' / {name!r})")
    return done.stdout.strip()


def test_export_check_and_import_run_from_the_wheel(installed: Installed) -> None:
    draft = sample(installed, "banjir-rob-semarang.redaksi")
    exported = installed.redaksi("export", draft, "-o", "out")
    assert exported.returncode == 0, exported.stderr
    page = next((installed.work / "out").rglob("index.html")).read_text(encoding="utf-8")
    assert "Banjir Rob Rendam Kawasan Pesisir Semarang" in page and "<picture>" in page
    checked = installed.redaksi("check", draft)
    assert checked.returncode == 0, checked.stderr
    assert "Lokasi GPS dihapus" in checked.stdout  # the photo checks ran too
    made = installed.redaksi("import", sample(installed, "banjir-rob-semarang.md"),
                             "-o", "impor.redaksi")
    assert made.returncode == 0, made.stderr
    assert installed.redaksi("check", "impor.redaksi").returncode == 0


EDITOR = """
import sys
from PySide6.QtCore import QTimer
from editor.gui.app import create_application, start
from editor.paths import SAMPLE_DRAFT

app = create_application()
window = start([str(SAMPLE_DRAFT)])

def settled():
    if window.preview.is_settled():
        page = window.preview._ensure_folder().page_path.read_text(encoding="utf-8")
        print(window.session.article.headline)
        print(window.toolbar.windowTitle())
        print("preview" if window.session.article.headline in page else "no preview")
        app.quit()
    else:
        QTimer.singleShot(50, settled)

QTimer.singleShot(0, settled)
QTimer.singleShot(60_000, lambda: (print("timeout"), app.exit(1)))
sys.exit(app.exec())
"""


def test_the_editor_opens_the_bundled_sample_with_its_preview(installed: Installed) -> None:
    done = installed.python(EDITOR, QTWEBENGINE_DISABLE_SANDBOX="1")
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    headline, toolbar, preview = done.stdout.strip().splitlines()[-3:]
    assert headline.startswith("Banjir Rob Rendam Kawasan Pesisir Semarang")
    assert toolbar == "Format"  # Indonesian: the translations came with the wheel
    assert preview == "preview"
