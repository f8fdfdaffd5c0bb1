"""Every importer's text is set by the house typography (one module, editor.model.typography),
and ``redaksi import --no-typography`` keeps it as written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from editor.importers.sources import import_source
from editor.model.typography import OFF
from editor.storage.draft import open_draft

TEXT = ('Tanggul Jebol Lagi\n\nSEMARANG - Warga berkata, "air naik lagi..."  '
        "Lihat https://contoh.example/?q='rob'.\n")


def test_a_text_import_is_set_by_the_house_rules(tmp_path: Path) -> None:
    source = tmp_path / "rob.txt"
    source.write_text(TEXT, encoding="utf-8")
    body = [block.plain() for block in import_source(source).draft.article.body]
    assert "Warga berkata, “air naik lagi…” Lihat https://contoh.example/?q='rob'." in body
    raw = [block.plain() for block in import_source(source, typography=OFF).draft.article.body]
    assert any('"air naik lagi..."  Lihat' in text for text in raw)


def test_the_command_line_switch(tmp_path: Path) -> None:
    source = tmp_path / "rob.txt"
    source.write_text(TEXT, encoding="utf-8")
    for flag, expected in (([], "“air naik lagi…”"), (["--no-typography"], '"air naik lagi..."')):
        target = tmp_path / f"rob{len(flag)}.redaksi"
        result = subprocess.run([sys.executable, "-m", "editor.cli", "import", str(source),
                                 "-o", str(target), "-q", *flag], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        text = " ".join(block.plain() for block in open_draft(target).article.body)
        assert expected in text
