"""Run every ``benchmarks/*_bench.py`` in turn (each compares against its own baseline):
archive, export, gui, images, import, publish, siteindex, spelling.

    .venv/bin/python benchmarks/run_all.py [NAME...]     # e.g. export images archive siteindex
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    scripts = sorted(HERE.glob("*_bench.py"))
    if names:
        scripts = [s for s in scripts if s.stem.removesuffix("_bench") in names]
    failed = 0
    for script in scripts:
        print(f"\n=== {script.stem} ===", flush=True)
        failed += subprocess.run([sys.executable, str(script)], cwd=HERE.parent).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
