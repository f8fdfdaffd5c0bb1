"""Editor window benchmarks (issue 3, "Must show"): start-up, preview latency, memory.

    .venv/bin/python benchmarks/gui_bench.py [--repeat 7] [--keys 60] [--platform xvfb|offscreen]
                                             [--target auto|app|standin] [--only a,b,c]
                                             [--no-bytecode]

Every measurement runs in a fresh process (``gui_child.py``: a baseline, or the real
``redaksi`` command with the measuring hook), baselines in the same run, interleaved with the measured runs so drift
hits both alike. Results go to ``benchmarks/results/gui-*.json``; a table with the
goals is printed.

(a) Start-up, process spawn -> window's first paint flushed, vs a bare PySide6
    QMainWindow+QTextEdit (goal <= 1.5x); and spawn -> preview painted (page loaded,
    featured photo decoded, pixels on screen) vs a bare QWebEngineView loading the
    exported page of the same article (goal <= 1.3x).
(b) Keystroke -> preview DOM updated, p95, on generated 2,000- and 20,000-word articles
    (goals 50 / 150 ms), pause included: the preview waits twice what an update costs
    the UI thread (25 ms at least, the 200 ms preference at most) before it updates,
    and the work after that pause is reported beside it. Keystrokes change the draft's
    model (phone and desktop widths) and, once the window exists, are real key presses
    in its body editor (which adds the window's key handling and its QTextDocument ->
    blocks conversion, once per pause in typing).
(c) PSS summed over the process and all its children (QtWebEngineProcess), with a
    6000x4000 (24 MP) featured photo and the preview open (goal <= 500 MiB).

Redaksi's sources are byte-compiled first (``compileall``, into the ``__pycache__``
folders git ignores), as any installation has them: otherwise, with
``PYTHONDONTWRITEBYTECODE=1`` in the environment (as on the project's machines), every
measured start would compile all of ``editor/`` again (~70 ms), which the bare baselines
never pay. ``--no-bytecode`` measures that cold-checkout case instead: it deletes
``editor/``'s ``__pycache__`` folders and runs the children with
``PYTHONDONTWRITEBYTECODE=1``.

``--target app`` (the default, ``auto``) times the ``redaksi DRAFT`` command as a user
runs it, ``editor.cli.main`` with the measuring hook of ``gui_hooks.py`` on its window
(``gui_child.py app``); ``--target standin`` the stand-in window (QTextEdit |
PreviewPane) measured before the editor window existed. The table says which.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bytecode import compile_bytecode, remove_bytecode  # noqa: E402
from benchmarks.gui_fixtures import big_photo_draft, exported_page  # noqa: E402
from benchmarks.gui_procs import Xvfb, pss_tree, run_child  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
SAMPLE = ROOT / "resources" / "samples" / "banjir-rob-semarang.redaksi"
CHILD = [sys.executable, str(ROOT / "benchmarks" / "gui_child.py")]
MIB = 1024 * 1024
GOALS = {"startup": 1.5, "preview": 1.3, "p95_2000": 50.0, "p95_20000": 150.0, "pss_mib": 500.0}


def p95(values: list[float]) -> float:
    return (
        statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]
    )


def summary(values: list[float]) -> dict:
    return {
        "n": len(values),
        "median": statistics.median(values),
        "p95": p95(values),
        "min": min(values),
        "max": max(values),
        "values": values,
    }


def target_command(target: str, draft: Path) -> tuple[str, list[str]]:
    """What is measured: the ``redaksi DRAFT`` command with the measuring hook (``auto``,
    ``app``), or the stand-in window (``standin``)."""
    if target == "standin":
        return "standin", [*CHILD, "standin", str(draft)]
    return "redaksi", [*CHILD, "app", str(draft)]


def startup(work: Path, env: dict, args) -> dict:
    """(a): three programs, interleaved, ``--repeat`` times each."""
    page = exported_page(SAMPLE, work / "export-sample")
    kind, target = target_command(args.target, SAMPLE)
    programs = {
        "bare_window": [*CHILD, "bare-window"],
        "bare_web": [*CHILD, "bare-web", str(page)],
        kind: target,
    }
    events = ("shown", "preview", "preview_since_web_start")
    times: dict[str, dict[str, list[float]]] = {name: {e: [] for e in events} for name in programs}
    for run in range(args.repeat):
        order = list(programs)[run % 3 :] + list(programs)[: run % 3]
        for name in order:
            found = run_child(programs[name], env)
            for event in events:
                if event in found:
                    times[name][event].append(found[event])
    result = {name: {k: summary(v) for k, v in ev.items() if v} for name, ev in times.items()}
    result["target"] = kind
    result["ratio_shown"] = (
        result[kind]["shown"]["median"] / result["bare_window"]["shown"]["median"]
    )
    result["ratio_preview"] = (
        result[kind]["preview"]["median"] / result["bare_web"]["preview"]["median"]
    )
    since = "preview_since_web_start"
    result["ratio_preview_in_process"] = (
        result[kind][since]["median"] / result["bare_web"][since]["median"]
    )
    return result


LATENCY_KEYS = (
    "work", "since_schedule", "debounce", "render", "apply", "painted",
    "js_parse", "js_merge", "js_layout", "keystroke", "key_to_dom",
)  # fmt: skip


def latency(env: dict, args) -> dict:
    """(b): one fresh process per article size and device; model-level keystrokes, plus
    real key presses in the real window once it exists (``latency-app``)."""
    runs = [("latency", device) for device in ("phone", "desktop")]
    if (ROOT / "editor" / "gui" / "app.py").exists():
        runs.append(("latency-app", "window"))
    result = {}
    for words in (2000, 20000):
        for scenario, device in runs:
            cmd = [*CHILD, scenario, "--words", str(words), "--keys", str(args.keys)]
            if scenario == "latency":
                cmd += ["--device", device]
            data = run_child(cmd, env, event="latency", timeout=900)["latency"]
            row = {"words": data["words"], "device": device,
                   "heartbeat_max_ms": data["heartbeat_max"],
                   "heartbeat_p95_ms": data["heartbeat_p95"]}  # fmt: skip
            for key in LATENCY_KEYS:
                values = [s[key] for s in data["samples"] if s.get(key) is not None]
                if values:
                    row[key] = summary(values)
            result[f"{words}_{device}"] = row
    return result


def memory(work: Path, env: dict, args) -> dict:
    """(c): PSS of the whole process tree, sampled while the window holds still."""
    draft = big_photo_draft(SAMPLE, work / "big")
    page = exported_page(draft, work / "export-big")
    kind, target = target_command(args.target, draft)
    hold = dict(env, REDAKSI_BENCH_HOLD_MS="4000")
    programs = {
        kind: target,
        "bare_web": [*CHILD, "bare-web", str(page)],
        "bare_window": [*CHILD, "bare-window"],
    }
    result: dict = {"target": kind, "photo": "6000x4000 JPEG"}
    for name, cmd in programs.items():
        peaks, shares = [], {}
        for _ in range(max(1, args.repeat // 2)):
            after = "shown" if name == "bare_window" else "preview"
            samples = run_child(cmd, hold, sample=pss_tree, sample_after=after)["pss"]
            total, shares = max(samples, key=lambda sample: sample[0])
            peaks.append(total / MIB)
        result[name] = summary(peaks)
        result[name]["by_process_mib"] = {k: round(v / MIB, 1) for k, v in shares.items()}
    return result


def table(results: dict) -> list[tuple[str, str, str, str, str]]:
    rows = []
    if "startup" in results:
        s = results["startup"]
        kind = s["target"]
        rows.append(
            (
                f"(a) window shown, {kind}",
                f"{s[kind]['shown']['median'] * 1000:.0f} ms",
                f"bare window {s['bare_window']['shown']['median'] * 1000:.0f} ms",
                f"{s['ratio_shown']:.2f}x <= {GOALS['startup']}x",
                _ok(s["ratio_shown"] <= GOALS["startup"]),
            )
        )
        rows.append(
            (
                f"(a) preview painted, {kind}",
                f"{s[kind]['preview']['median'] * 1000:.0f} ms",
                f"bare web view {s['bare_web']['preview']['median'] * 1000:.0f} ms",
                f"{s['ratio_preview']:.2f}x <= {GOALS['preview']}x",
                _ok(s["ratio_preview"] <= GOALS["preview"]),
            )
        )
        since = "preview_since_web_start"
        rows.append(
            (
                "    same, from QtWebEngine start-up",
                f"{s[kind][since]['median'] * 1000:.0f} ms",
                f"bare web view {s['bare_web'][since]['median'] * 1000:.0f} ms",
                f"{s['ratio_preview_in_process']:.2f}x (info)",
                "info",
            )
        )
    for key, row in results.get("latency", {}).items():
        goal = GOALS["p95_2000"] if key.startswith("2000_") else GOALS["p95_20000"]
        if row["device"] == "window":
            label = f"(b) {row['words']} words, real keys, key -> DOM p95"
            measured = row["key_to_dom"]["p95"]
            detail = (
                f"key press {row['keystroke']['p95']:.1f} ms; pause {row['debounce']['p95']:.0f}"
                f" + work {row['work']['p95']:.1f} ms"
            )
        else:
            label = f"(b) {row['words']} words, {row['device']}: change -> DOM p95"
            measured = row["since_schedule"]["p95"]
            detail = (
                f"pause {row['debounce']['p95']:.0f} + work {row['work']['p95']:.1f} ms; "
                f"painted {row['painted']['p95']:.1f} ms after"
            )
        rows.append((label, f"{measured:.1f} ms", detail, f"<= {goal:.0f} ms",
                     _ok(measured <= goal)))
    if "memory" in results:
        m = results["memory"]
        kind = m["target"]
        rows.append(
            (
                f"(c) PSS, 24 MP photo, {kind}",
                f"{m[kind]['median']:.0f} MiB",
                f"bare web {m['bare_web']['median']:.0f} MiB, bare window {m['bare_window']['median']:.0f} MiB",
                f"<= {GOALS['pss_mib']:.0f} MiB",
                _ok(m[kind]["max"] <= GOALS["pss_mib"]),
            )
        )
    return rows


def _ok(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def print_table(rows: list[tuple[str, ...]]) -> None:
    header = ("measure", "Redaksi", "baseline / detail", "goal", "")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(5)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--keys", type=int, default=60)
    parser.add_argument(
        "--platform",
        choices=["xvfb", "offscreen"],
        default="xvfb" if shutil.which("Xvfb") else "offscreen",
    )
    parser.add_argument("--target", choices=["auto", "app", "standin"], default="auto")
    parser.add_argument("--only", default="a,b,c")
    parser.add_argument("--no-bytecode", action="store_true",
                        help="every start compiles editor/ from source (a checkout that never ran)")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    if args.no_bytecode:
        remove_bytecode()
    else:
        compile_bytecode()
    with (
        tempfile.TemporaryDirectory(prefix="redaksi-gui-bench-") as tmp,
        Xvfb.maybe(args.platform) as display,
    ):
        work = Path(tmp)
        env = bench_env(work, display)
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        results: dict = {"platform": args.platform, "machine": machine(),
                         "bytecode": not args.no_bytecode}
        if "a" in parts:
            results["startup"] = startup(work, env, args)
        if "b" in parts:
            results["latency"] = latency(env, args)
        if "c" in parts:
            results["memory"] = memory(work, env, args)
    rows = table(results)
    results["table"] = rows
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"gui-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print_table(rows)
    compiled = "without bytecode (compiled at every start)" if args.no_bytecode else "bytecode"
    print(f"\nplatform: {args.platform}; {compiled}; results: {out.relative_to(ROOT)}")
    return 0 if all(row[-1] != "FAIL" for row in rows) else 1


def bench_env(work: Path, display: str | None) -> dict:
    """Children get private config/data/cache folders (no recovery journal to scan)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        folder = work / var.lower()
        folder.mkdir(exist_ok=True)
        env[var] = str(folder)
    env["REDAKSI_CACHE_DIR"] = str(work / "cache")
    if display:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    return env


def machine() -> dict:
    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "system": platform.platform(),
    }


if __name__ == "__main__":
    sys.exit(main())
