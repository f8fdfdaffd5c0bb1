"""Text-only work loads no photo pipeline and no HTTP client.

Saving a draft without photos and importing a Markdown, text or Word file run in a
fresh interpreter; afterwards neither ``editor.media`` (Pillow, pillow-heif: 41–51 ms)
nor ``httpx`` (47–70 ms) may be in ``sys.modules``. They stay lazy for the work that
needs them: a photo, or an https:// address.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from tests.support import ROOT

HEAVY = ("editor.media", "httpx", "PIL")

SCRIPT = """
import sys
from pathlib import Path
from editor.importers.sources import import_source
from editor.model.article import Article
from editor.model.blocks import Paragraph
from editor.model.draft import Draft
from editor.model.inline import text
from editor.storage.draft import open_draft, save_draft

folder = Path(sys.argv[1])
article = Article(headline="Rob Surut", body=[Paragraph(text("Air laut surut sore ini."))])
save_draft(Draft(article=article), folder / "teks.redaksi")
open_draft(folder / "teks.redaksi")
for name in sys.argv[2:]:
    result = import_source(folder / name)
    save_draft(result.draft, folder / (name + ".redaksi"))
print(",".join(name for name in {heavy!r} if name in sys.modules))
"""


def loaded_after_text_work(folder: Path, *sources: str, script: str = SCRIPT) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", script.format(heavy=HEAVY), str(folder), *sources],
        cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return [name for name in result.stdout.strip().split(",") if name]


@pytest.fixture
def sources(tmp_path: Path) -> list[str]:
    (tmp_path / "rob.md").write_text("---\nheadline: Rob Surut\n---\n\nAir laut surut.\n",
                                     encoding="utf-8")
    (tmp_path / "rob.txt").write_text("Rob Surut\n\nAir laut surut sore ini.\n", encoding="utf-8")
    document = Document()
    document.add_heading("Rob Surut", level=0)
    document.add_paragraph("Air laut surut sore ini.")
    document.save(tmp_path / "rob.docx")
    return ["rob.md", "rob.txt", "rob.docx"]


def test_text_only_saves_and_imports_load_no_photo_pipeline_or_http(
        tmp_path: Path, sources: list[str]) -> None:
    assert loaded_after_text_work(tmp_path, *sources) == []


def test_the_check_sees_a_heavy_module(tmp_path: Path) -> None:
    """The same check, with the HTTP client imported on purpose."""
    script = SCRIPT.replace("print(", "import httpx\nprint(")
    assert loaded_after_text_work(tmp_path, script=script) == ["httpx"]
