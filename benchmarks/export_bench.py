"""Export speed: 1,000 text-only drafts in one ``redaksi export`` run vs Hugo building the same articles.

Both are timed as whole processes (start-up included), several times, in the same run on the
same machine; the goal is Redaksi's median ≤ 1.0× Hugo's. Hugo gets a comparable single-page
template (same CSS inlined, the same head metadata, Baca Juga boxes, related list) and writes
the same ``/berita/yyyy/mm/dd/slug/index.html`` folders. Also reports single-article export
p50, in-process and as a whole ``redaksi export`` command.

    .venv/bin/python benchmarks/export_bench.py [--articles 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bytecode import compile_bytecode  # noqa: E402
from benchmarks.corpus import article  # noqa: E402
from benchmarks.hugo_site import write_hugo_site  # noqa: E402
from editor.export import export_article  # noqa: E402
from editor.model.draft import Draft  # noqa: E402
from editor.model.stats import word_count  # noqa: E402
from editor.site import load_profile  # noqa: E402
from editor.storage.draft import open_draft, save_draft  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


def make_drafts(folder: Path, count: int) -> list:
    folder.mkdir(parents=True)
    articles = [article(n) for n in range(count)]
    for n, item in enumerate(articles):
        save_draft(Draft(article=item), folder / f"berita-{n:05d}.redaksi")
    return articles


def compare(work: Path, count: int, repeat: int) -> dict:
    articles = make_drafts(work / "drafts", count)
    hugo_site = write_hugo_site(work / "hugo", articles, load_profile())
    redaksi = [sys.executable, "-m", "editor.cli", "export", str(work / "drafts"), "-q"]
    hugo = [shutil.which("hugo") or "hugo", "--quiet", "-s", str(hugo_site)]
    times: dict[str, list[float]] = {"redaksi": [], "hugo": []}
    for run in range(repeat):
        for name, cmd in (("redaksi", redaksi), ("hugo", hugo)):
            out = work / f"out-{name}-{run}"
            times[name].append(timed([*cmd, "-o" if name == "redaksi" else "-d", str(out)]))
    pages = {name: len(list((work / f"out-{name}-0").rglob("index.html"))) for name in times}
    medians = {name: statistics.median(values) for name, values in times.items()}
    return {
        "articles": count,
        "words_per_article": word_count(articles[0]),
        "pages_written": pages,
        "seconds": times,
        "median_seconds": medians,
        "ratio_redaksi_to_hugo": medians["redaksi"] / medians["hugo"],
        # Robust on a machine whose disk slows down now and then: each run against the Hugo
        # run right after it, and the best of each.
        "ratio_paired_median": statistics.median(
            r / h for r, h in zip(times["redaksi"], times["hugo"], strict=True)
        ),
        "ratio_best": min(times["redaksi"]) / min(times["hugo"]),
    }


def single(work: Path, runs: int = 50) -> dict:
    path = save_draft(Draft(article=article(1)), work / "satu.redaksi")
    site = load_profile()
    in_process = []
    for n in range(runs):
        start = time.perf_counter()
        export_article(open_draft(path), site, work / f"one-{n}")
        in_process.append(time.perf_counter() - start)
    command = [
        timed(
            [
                sys.executable,
                "-m",
                "editor.cli",
                "export",
                str(path),
                "-q",
                "-o",
                str(work / f"cmd-{n}"),
            ]
        )
        for n in range(7)
    ]
    return {
        "in_process_p50_ms": statistics.median(in_process) * 1000,
        "command_p50_ms": statistics.median(command) * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--dir",
        type=Path,
        default=RESULTS,
        help="where drafts and outputs go (default: the project's disk; /dev/shm takes the "
        "disk's ups and downs out of the comparison)",
    )
    args = parser.parse_args()
    if not shutil.which("hugo"):
        print("hugo is not installed (bash .ci/setup installs it)", file=sys.stderr)
        return 2
    compile_bytecode()  # as installed: no process below compiles editor/ from source
    RESULTS.mkdir(parents=True, exist_ok=True)
    # Both tools write to the same kind of folder (the project's disk unless --dir).
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        result = compare(Path(tmp), args.articles, args.repeat)
        result["single"] = single(Path(tmp))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "export.json").write_text(json.dumps(result, indent=2))
    med = result["median_seconds"]
    print(
        f"{result['articles']} articles (~{result['words_per_article']} words), median of {args.repeat}:"
    )
    print(f"  redaksi export  {med['redaksi']:.2f} s   pages {result['pages_written']['redaksi']}")
    print(f"  hugo            {med['hugo']:.2f} s   pages {result['pages_written']['hugo']}")
    verdict = "met" if result["ratio_redaksi_to_hugo"] <= 1.0 else "NOT met"
    print(f"  ratio           {result['ratio_redaksi_to_hugo']:.2f}x  (goal <= 1.0x: {verdict})")
    print(
        f"  paired ratio    {result['ratio_paired_median']:.2f}x median of runs; "
        f"best vs best {result['ratio_best']:.2f}x"
    )
    print(
        f"single article: in-process p50 {result['single']['in_process_p50_ms']:.1f} ms, "
        f"whole command p50 {result['single']['command_p50_ms']:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
