"""Benchmarks as ratios measured in one run on one machine (DESIGN.md, performance).

    pip install -e '.[bench]' && python bench/run.py [--runs 5] [--quick]

Every figure is the median wall time of whole processes (start-up included, as
a user or CI sees it), compared with a baseline measured in the same run, so
the ratios mean something on any machine.  The table is printed and written
to ``bench/RESULTS.md``.  A command that is still a stub is reported as
"n/a (not implemented)" rather than failing the run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus import ensure

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "agreements"
RESULTS = ROOT / "bench" / "RESULTS.md"
PY = sys.executable
AS_OF = "2025-06-01"
IOPCTL = [PY, "-m", "iopctl"]


@dataclass(frozen=True)
class Timing:
    seconds: float | None  # None: the command is not implemented (yet)
    note: str = ""


def run_once(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, cwd=ROOT, check=False)


def timed(command: Sequence[str], runs: int) -> Timing:
    """Median wall time of ``runs`` runs after one warm-up (which also detects stubs)."""
    warm = run_once(command)
    if "not implemented yet" in warm.stderr:
        return Timing(None, "n/a (not implemented)")
    if warm.returncode not in (0, 1):
        tail = warm.stderr.strip().splitlines()[-1:] or ["?"]
        return Timing(None, f"failed (exit {warm.returncode}: {tail[0][:80]})")
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        run_once(command)
        samples.append(time.perf_counter() - start)
    return Timing(statistics.median(samples))


def peak_rss_mb(command: Sequence[str]) -> float:
    """Peak resident memory of ``command`` (a fresh child, so the maximum is its own)."""
    probe = (
        "import resource, subprocess, sys; "
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    done = subprocess.run(
        [PY, "-c", probe, *command], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return int(done.stdout.strip()) / 1024  # ru_maxrss is in kB on Linux


def bare_parse(folder: Path) -> list[str]:
    """The baseline: just load every file with PyYAML's C loader, nothing else."""
    code = (
        "import sys, pathlib, yaml\n"
        "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.yaml')):\n"
        "    yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader)\n"
    )
    return [PY, "-c", code, str(folder)]


def tool(name: str) -> str | None:
    """A console script from the bench extra: next to this Python, else on PATH."""
    beside = Path(PY).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


@dataclass(frozen=True)
class Row:
    what: str
    figure: str
    goal: str
    verdict: str


def ratio_row(what: str, t: Timing, base: Timing, goal: float, better: str = "lower") -> Row:
    """``t / base`` against a goal; ``better="higher"`` for "at least N× faster" goals."""
    if t.seconds is None or base.seconds is None:
        return Row(what, t.note or base.note, _goal_text(goal, better), "n/a")
    ratio = t.seconds / base.seconds
    if better == "higher":
        speedup = 1 / ratio
        ok = speedup >= goal
        figure = f"{t.seconds:.2f} s vs {base.seconds:.2f} s = {speedup:.1f}× faster"
    else:
        ok = ratio <= goal
        figure = f"{t.seconds:.3f} s vs {base.seconds:.3f} s = {ratio:.2f}×"
    return Row(what, figure, _goal_text(goal, better), "met" if ok else "MISSED")


def _goal_text(goal: float, better: str) -> str:
    return f"≥ {goal:g}× faster" if better == "higher" else f"≤ {goal:g}×"


def machine() -> str:
    cpu = platform.processor() or "?"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (
        f"{os.cpu_count()} CPUs ({cpu}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def measure(runs: int, big: int) -> list[Row]:
    rows: list[Row] = []
    seeds = sorted(str(p) for p in SEEDS.glob("*.yaml"))
    floor = timed([PY, "-c", "from pydantic import BaseModel; import yaml"], runs)
    print(f"floor F: {floor.seconds:.3f} s", file=sys.stderr)
    rows.append(ratio_row("`iopctl --help` / F", timed([*IOPCTL, "--help"], runs), floor, 1.0))
    validate_seeds = timed([*IOPCTL, "validate", "--as-of", AS_OF, *seeds], runs)
    rows.append(ratio_row("`iopctl validate` (4 seeds) / F", validate_seeds, floor, 1.5))
    yamllint = tool("yamllint")
    if yamllint is not None:
        lint = timed([yamllint, *seeds], runs)
        rows.append(ratio_row("`validate` (4 seeds) / `yamllint`", validate_seeds, lint, 1.0))

    n2000 = ensure(2000)
    print(f"corpus: {n2000}", file=sys.stderr)
    parse = timed(bare_parse(n2000), runs)
    validate = timed([*IOPCTL, "validate", "--as-of", AS_OF, str(n2000)], runs)
    rows.append(ratio_row("validate 2,000 / bare CSafeLoader parse", validate, parse, 2.0))
    deadlines = timed(
        [*IOPCTL, "deadlines", "--as-of", AS_OF, "--format", "json", str(n2000)], runs
    )
    rows.append(ratio_row("deadlines 2,000 / bare parse", deadlines, parse, 3.0))
    report = timed([*IOPCTL, "report", "--all", "--as-of", AS_OF, "--path", str(n2000)], runs)
    rows.append(ratio_row("report --all 2,000 / bare parse", report, parse, 4.0))
    checker = tool("check-jsonschema")
    if checker is not None:
        with tempfile.TemporaryDirectory() as tmp:
            schema = Path(tmp) / "agreement.schema.json"
            schema.write_text(run_once([*IOPCTL, "schema"]).stdout, encoding="utf-8")
            files = sorted(str(p) for p in n2000.glob("*.yaml"))
            jsonschema = timed([checker, "--schemafile", str(schema), *files], max(1, runs // 2))
        rows.append(
            ratio_row("validate 2,000 vs check-jsonschema", validate, jsonschema, 10, "higher")
        )

    small, large = ensure(big // 10), ensure(big)
    t_small = timed([*IOPCTL, "validate", "--as-of", AS_OF, str(small)], runs)
    t_large = timed([*IOPCTL, "validate", "--as-of", AS_OF, str(large)], max(1, runs // 2))
    mem = peak_rss_mb([*IOPCTL, "validate", "--as-of", AS_OF, str(large)])
    rows.append(
        Row(
            f"peak memory, validate {big:,}",
            f"{mem:.0f} MB",
            "< 300 MB",
            "met" if mem < 300 else "MISSED",
        )
    )
    if t_small.seconds is not None and t_large.seconds is not None:
        # Subtract start-up (the 4-seed run) so the ratio compares the per-file work.
        fixed = validate_seeds.seconds or 0.0
        per_small = (t_small.seconds - fixed) / (big // 10)
        per_large = (t_large.seconds - fixed) / big
        growth = per_large / per_small
        figure = (
            f"{t_small.seconds:.2f} s → {t_large.seconds:.2f} s; "
            f"per file {per_small * 1e3:.2f} → {per_large * 1e3:.2f} ms ({growth:.2f}×)"
        )
        verdict = "met" if growth <= 1.25 else "MISSED"
        rows.append(
            Row(
                f"scaling validate {big // 10:,} → {big:,}",
                figure,
                "linear (≤ 1.25× per file)",
                verdict,
            )
        )
    return rows


def render(rows: list[Row], runs: int) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Run with: `pip install -e '.[bench]' && python bench/run.py`",
        "",
        f"- date: {dt.date.today().isoformat()}",
        f"- machine: {machine()}",
        f"- method: median wall time of {runs} runs of whole processes (after one warm-up);",
        '  F = `python -c "from pydantic import BaseModel; import yaml"` in the same run;',
        "  corpus from `bench/corpus.py` (the seeds with new ids, shifted dates, scaled money).",
        "",
        "| measure | figure | goal | verdict |",
        "|---|---|---|---|",
        *(f"| {r.what} | {r.figure} | {r.goal} | {r.verdict} |" for r in rows),
        "",
    ]
    return "\n".join(lines)


START, END = "<!-- results:start -->", "<!-- results:end -->"


def update_results(table: str) -> None:
    """Replace the generated part of RESULTS.md, keeping the hand-written analysis around it."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if START in old and END in old:
        before, rest = old.split(START, 1)
        after = rest.split(END, 1)[1]
    else:
        before, after = "", "\n## Analysis\n\n(write what the figures mean here)\n"
    RESULTS.write_text(f"{before}{START}\n{table}{END}{after}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="iopctl benchmarks (ratios, one machine)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure [5]")
    parser.add_argument("--big", type=int, default=10_000, help="largest corpus [10000]")
    parser.add_argument("--no-write", action="store_true", help="print only, keep RESULTS.md")
    args = parser.parse_args()
    rows = measure(args.runs, args.big)
    text = render(rows, args.runs)
    print(text)
    if not args.no_write:
        update_results(text)
        print(f"written to {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
