"""Importing a long Word document: a 20-page .docx with 10 photos, goal ≤ 2 s.

    .venv/bin/python benchmarks/import_bench.py [--pages 20] [--photos 10] [--repeat 7]

Times three things on the same generated document (tests/importers/docx_factory.py):
the whole ``redaksi import FILE.docx -o OUT.redaksi`` command (a fresh process, what a
journalist waits for; saving the draft included), ``import_source`` in-process (both with
an empty cache, so the pictures are unpacked every time), and,
as the floor in the same run, mammoth's conversion alone (what any .docx import built
on it pays). Results go to ``benchmarks/results/import.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bytecode import compile_bytecode  # noqa: E402
from editor.importers.sources import import_source  # noqa: E402
from tests.importers.docx_factory import long_docx  # noqa: E402

GOAL_SECONDS = 2.0


def timed(action, repeat: int) -> list[float]:
    """Each run with an empty cache folder: the document's pictures are written anew, as
    on a journalist's first import of it (the cache would otherwise keep them)."""
    times = []
    for _ in range(repeat):
        os.environ["REDAKSI_CACHE_DIR"] = tempfile.mkdtemp(prefix="redaksi-import-cache-")
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--photos", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    compile_bytecode()
    work = Path(tempfile.mkdtemp(prefix="redaksi-import-bench-"))
    source = long_docx(work / "laporan.docx", args.pages, args.photos)
    import mammoth

    def command() -> None:
        subprocess.run(
            [sys.executable, "-m", "editor.cli", "import", "-q", str(source), "-o",
             str(work / "laporan.redaksi")],
            check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
        )

    results = {
        "docx_bytes": source.stat().st_size,
        "mammoth_only": timed(lambda: mammoth.convert_to_html(source.open("rb")), args.repeat),
        "import_in_process": timed(lambda: import_source(source), args.repeat),
        "command": timed(command, args.repeat),
    }
    draft = import_source(source).draft
    results["words"] = sum(len(b.plain().split()) for b in draft.article.body)
    results["photos"] = len(draft.media)
    for key in ("mammoth_only", "import_in_process", "command"):
        print(f"{key:18} median {statistics.median(results[key]):.3f} s  best {min(results[key]):.3f} s")
    command_median = statistics.median(results["command"])
    verdict = "met" if command_median <= GOAL_SECONDS else "NOT met"
    print(f"{results['words']} words, {results['photos']} photos, {results['docx_bytes']} bytes; "
          f"goal ≤ {GOAL_SECONDS} s for the whole command: {verdict}")
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "import.json").write_text(json.dumps(results, indent=1))
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    sys.exit(main())
