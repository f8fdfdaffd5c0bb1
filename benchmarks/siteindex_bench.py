"""Publishing one article to a folder target whose site index holds 100,000 archived
articles, against one holding 10 (issue 10: time ratio ≤ 1.2, peak memory ≤ 200 MB).

Both sites start as what an existing site has: a single legacy ``index.json``
(generated, invented headlines: ``tests/publish/archive_gen.py``), spread evenly over
``--months`` months; one untimed publish migrates each to the sharded index. Then each
measured publish is a fresh process, the two sites alternating, that does what
``redaksi publish`` does (``publish_draft``: export the sample draft with a new slug and
id into a temporary folder, publish it, record it) and reports the figures below. The
article is dated the last minute of last month, so that it lands, as the newest, in a
full month's shard (this month's may have just begun): 100,000 / ``--months`` articles.

- ``command``: spawn to exit of that process (interpreter, imports, export, publish);
- ``use case``: the ``publish_draft`` call alone;
- ``publish step``: from the first progress report of the publisher (connecting) to the
  end, i.e. without the export;
- peak memory: the process's maximum resident set (``ru_maxrss``).

    .venv/bin/python benchmarks/siteindex_bench.py [--articles 100000] [--months 48]
                                                   [--runs 7] [--dir /dev/shm]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.publish.archive_gen import write_v1_index  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
SAMPLE = ROOT / "resources" / "samples" / "banjir-rob-semarang.redaksi"
BASE_URL = "https://wartapesisir.example"


def child(site_toml: str, slug: str) -> None:
    """One publish in this process; prints its timings as JSON."""
    began = time.perf_counter()
    from editor.model.article import new_article_id
    from editor.publish.drafts import publish_draft
    from editor.site import load_profile
    from editor.storage.draft import open_draft

    site = load_profile(site_toml)
    draft = open_draft(SAMPLE)
    draft.path = None  # a copy: nothing is saved into (or noted against) the sample file
    draft.article.slug, draft.article.slug_locked = slug, True
    draft.article.id = new_article_id()
    month = datetime.now(site.zone).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    draft.article.published = month - timedelta(minutes=1)  # the newest of a full month
    marks: list[float] = []
    start = time.perf_counter()
    publish_draft(draft, site, save=False,
                  progress=lambda done, total, message: marks.append(time.perf_counter()))
    end = time.perf_counter()
    print(json.dumps({"use_case_s": end - start, "publish_step_s": end - marks[0],
                      "in_process_s": end - began,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def make_site(work: Path, name: str, articles: int, months: int) -> Path:
    www = work / name
    write_v1_index(www, articles, end=datetime.now().astimezone(), months=months,
                   base_url=BASE_URL)
    toml = work / f"{name}.toml"
    toml.write_text(f'name = "Warta Pesisir"\nbase_url = "{BASE_URL}"\n'
                    f'[targets.lokal]\nkind = "folder"\npath = "{www}"\n')
    return toml


def run_child(toml: Path, slug: str) -> dict[str, float]:
    """One measured publish; its archive and publish state go to the work folder, never to
    the user's data folder."""
    env = {**os.environ, "REDAKSI_DATA_DIR": str(toml.parent / "data")}
    began = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--child", str(toml), slug], cwd=ROOT,
                          capture_output=True, text=True, check=False, env=env)
    elapsed = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return {**json.loads(done.stdout.splitlines()[-1]), "command_s": elapsed}


def measure(args: argparse.Namespace, work: Path) -> dict[str, object]:
    sites = {"small": make_site(work, "small", 10, 1),
             "big": make_site(work, "big", args.articles, args.months)}
    migration = {name: run_child(toml, f"migrasi-{name}") for name, toml in sites.items()}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in sites}
    for number in range(args.runs):
        for name, toml in sites.items():
            runs[name].append(run_child(toml, f"uji-{number:03d}"))
    keys = ("command_s", "use_case_s", "publish_step_s", "peak_mb")
    medians = {name: {key: statistics.median(run[key] for run in rows) for key in keys}
               for name, rows in runs.items()}
    best = {name: {key: min(run[key] for run in rows) for key in keys}
            for name, rows in runs.items()}
    peak = max(run["peak_mb"] for rows in runs.values() for run in rows)
    return {"migration": migration, "runs": runs, "medians": medians, "best": best,
            "peak_mb": peak,
            "ratios": {key: medians["big"][key] / medians["small"][key] for key in keys[:3]},
            "best_ratios": {key: best["big"][key] / best["small"][key] for key in keys[:3]}}


def report(result: dict, args: argparse.Namespace) -> None:
    medians, ratios, best = result["medians"], result["ratios"], result["best"]
    print(f"{'median (best)':<16}{'10 articles':>20}{f'{args.articles:,} articles':>22}"
          f"{'ratio (best)':>15}")
    for key, label in (("command_s", "command"), ("use_case_s", "use case"),
                       ("publish_step_s", "publish step")):
        print(f"{label:<16}{medians['small'][key]:>11.3f}s ({best['small'][key]:.3f}s)"
              f"{medians['big'][key]:>13.3f}s ({best['big'][key]:.3f}s)"
              f"{ratios[key]:>8.2f} ({result['best_ratios'][key]:.2f})")
    print(f"{'peak memory':<16}{medians['small']['peak_mb']:>11.0f} MB"
          f"{medians['big']['peak_mb']:>17.0f} MB   (max of all runs {result['peak_mb']:.0f} MB)")
    big = result["migration"]["big"]
    print(f"first publish (migrates the legacy index.json): {big['command_s']:.2f} s, "
          f"{big['peak_mb']:.0f} MB")
    met = ratios["command_s"] <= 1.2 and result["peak_mb"] <= 200
    print("goal (command ratio ≤ 1.2, peak ≤ 200 MB):", "met" if met else "NOT met")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--months", type=int, default=48,
                        help="months the archive spans (48: a regional site's few years)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dir", help="work folder (e.g. /dev/shm); default a temporary one")
    parser.add_argument("--child", nargs=2, metavar=("SITE", "SLUG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    with tempfile.TemporaryDirectory(prefix="redaksi-siteindex-", dir=args.dir) as tmp:
        result = measure(args, Path(tmp))
    report(result, args)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"siteindex-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"machine": platform.platform(), "cpus": os.cpu_count(),
                               "python": platform.python_version(), "args": vars(args),
                               **result}, indent=1))
    print(f"-> {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
