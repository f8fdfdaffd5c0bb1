"""The archive at 100,000 articles: sync, re-sync, search and suggest, with an anchor.

- **full sync**: a generated v2 site index (monthly shards, ~90 of them) read from a
  folder into an empty archive (in process; goal ≤ 10 s), and the same through the real
  ``redaksi archive sync --from FOLDER`` command;
- **no-change re-sync**: the same again (goal ≤ 0.5 s);
- **search**: ``archive.search`` for a mix of Indonesian queries (whole words, stemmed
  forms, several words, prefixes as typed), against the anchor measured in the same run:
  plain SQLite FTS5 (headline + summary, no stemming) ``ORDER BY bm25() LIMIT 10`` for the
  same words (goal: p95 ≤ 10 ms);
- **suggest**: ``archive.suggest`` for generated 800-word drafts, repeated as the editor
  does (goal: p95 ≤ 100 ms), and each draft's first call on a fresh archive object.

    .venv/bin/python benchmarks/archive_bench.py [--articles 100000] [--rounds 20]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import article  # noqa: E402
from editor.archive import SqliteArchive  # noqa: E402
from editor.archive.fetch import FileFetcher  # noqa: E402
from editor.archive.sync import Sync  # noqa: E402
from editor.archive.text import tokens  # noqa: E402
from tests.archive.corpus import records, write_site_index  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
QUERIES = [
    "banjir", "kebanjiran", "banjir rob", "serangan", "menyerang pos ronda", "harga cabai naik",
    "pertandingan final", "polisi tangkap pengedar", "tanggul laut pekalongan", "demam berdarah",
    "aplikasi layanan publik", "kurikulum baru", "pemilu", "hutan bakau", "pesilat muda",
    "korupsi dana desa", "inflasi", "vaksinasi balita", "kecerdasan buatan", "beasiswa siswa",
    "sensor banj", "kebanj", "menyer", "pertandi", "tangg", "pelabuh", "nelay", "puskesm",
    "rob semar", "harga ber", "guru honor", "jalan tol", "bantuan sos", "bulu tangk",
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def summary(values: list[float]) -> dict[str, float]:
    ms = [v * 1000 for v in values]
    return {"p50_ms": round(statistics.median(ms), 3), "p95_ms": round(percentile(ms, 0.95), 3),
            "max_ms": round(max(ms), 3), "n": len(ms)}


def build_anchor(path: Path, rows: list[dict]) -> sqlite3.Connection:
    """Plain FTS5, as one would write it without this project: no stemming, no boosts."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE VIRTUAL TABLE plain USING fts5(headline, summary, url UNINDEXED)")
    with conn:
        conn.executemany("INSERT INTO plain VALUES (?, ?, ?)",
                         [(r["headline"], r["summary"], r["url"]) for r in rows])
    return conn


def anchor_query(text: str) -> str:
    words = tokens(text)
    return " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'


def time_searches(archive: SqliteArchive, anchor: sqlite3.Connection, rounds: int
                  ) -> tuple[list[float], list[float], list[float], list[float]]:
    """Wall-clock times and CPU times (the latter hardly move when other jobs share the
    machine) of both, interleaved query by query."""
    ours, plain, ours_cpu, plain_cpu = [], [], [], []
    sql = "SELECT rowid, headline, url FROM plain WHERE plain MATCH ? ORDER BY bm25(plain) LIMIT 10"
    for _ in range(rounds):
        for query in QUERIES:  # interleaved: both see the same machine at the same moment
            start, cpu = time.perf_counter(), time.process_time()
            anchor.execute(sql, (anchor_query(query),)).fetchall()
            plain.append(time.perf_counter() - start)
            plain_cpu.append(time.process_time() - cpu)
            start, cpu = time.perf_counter(), time.process_time()
            archive.search(query)
            ours.append(time.perf_counter() - start)
            ours_cpu.append(time.process_time() - cpu)
    return ours, plain, ours_cpu, plain_cpu


def drafts_800() -> tuple[list, int]:
    drafts = [article(n, paragraphs=22) for n in range(5)]
    words = sum(len(b.plain().split()) for b in drafts[0].body)
    for draft in drafts:
        draft.published = datetime.fromisoformat("2024-07-01T10:00:00+07:00")
        draft.related = []
    return drafts, words


def time_suggest_cold(path: Path) -> list[float]:
    """The first suggestion of a fresh archive object (the command line's case: no cached
    stems or word counts in memory)."""
    drafts, _ = drafts_800()
    times = []
    for draft in drafts:
        archive = SqliteArchive(path)
        start = time.perf_counter()
        archive.suggest(draft)
        times.append(time.perf_counter() - start)
        archive.close()
    return times


def time_suggest(archive: SqliteArchive, rounds: int) -> tuple[list[float], list[float], int]:
    """Repeated suggestions, as the editor refreshes them while the journalist types."""
    drafts, words = drafts_800()
    times, cpu_times = [], []
    for _ in range(rounds):
        for draft in drafts:
            start, cpu = time.perf_counter(), time.process_time()
            archive.suggest(draft)
            times.append(time.perf_counter() - start)
            cpu_times.append(time.process_time() - cpu)
    return times, cpu_times, words


def cli_sync(folder: Path, data: Path) -> float:
    env = {"REDAKSI_DATA_DIR": str(data), "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "editor.cli", "archive", "sync", "--from", str(folder)],
                   check=True, cwd=ROOT, env=env, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="redaksi-archive-bench-") as tmp:
        work = Path(tmp)
        rows = list(records(args.articles))
        folder = write_site_index(work / "situs", rows)
        archive = SqliteArchive(work / "arsip.sqlite")
        load_before = os.getloadavg()[0]
        start, cpu = time.perf_counter(), time.process_time()
        report = Sync(archive, FileFetcher(), str(folder)).run(str(folder), site_root=True)
        full, full_cpu = time.perf_counter() - start, time.process_time() - cpu
        assert report.changed == archive.count() == len(rows)
        start = time.perf_counter()
        again = Sync(archive, FileFetcher(), str(folder)).run(str(folder), site_root=True)
        resync = time.perf_counter() - start
        assert again.changed == 0
        command = cli_sync(folder, work / "data")
        anchor = build_anchor(work / "anchor.sqlite", rows)
        ours, plain, ours_cpu, plain_cpu = time_searches(archive, anchor, args.rounds)
        cold = time_suggest_cold(archive.path)
        suggest_times, suggest_cpu, words = time_suggest(archive, max(4, args.rounds // 2))
        size = archive.stats().size_bytes
        archive.close()
    result = {
        "when": datetime.now().isoformat(timespec="seconds"), "machine": platform.node(),
        "articles": args.articles, "shards": report.read,
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "full_sync_s": round(full, 3), "full_sync_cpu_s": round(full_cpu, 3),
        "full_sync_command_s": round(command, 3),
        "no_change_resync_s": round(resync, 4), "database_mb": round(size / 2**20, 1),
        "search": summary(ours), "anchor_plain_fts5": summary(plain),
        "search_cpu": summary(ours_cpu), "anchor_plain_fts5_cpu": summary(plain_cpu),
        "suggest": {**summary(suggest_times), "draft_words": words},
        "suggest_cpu": summary(suggest_cpu),
        "suggest_first_call": summary(cold),
    }
    print(json.dumps(result, indent=1))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"archive-{datetime.now():%Y%m%d-%H%M%S}.json").write_text(json.dumps(result))
    goals = [full <= 10, resync <= 0.5, result["search"]["p95_ms"] <= 10,
             result["suggest"]["p95_ms"] <= 100]
    print("goals met:" if all(goals) else "goals NOT all met:", goals)
    return 0


if __name__ == "__main__":
    sys.exit(main())
