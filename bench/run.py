"""Every performance figure of DESIGN.md against its goal, as ratios from one run.

    pip install -e '.[bench]' && python bench/run.py            # full run, rewrites the table
    python bench/run.py --rounds 3                               # the same, fewer rounds
    python bench/run.py --quick                                  # small corpora, prints only
    python bench/run.py --sizes 200,1000 --skip jsonschema       # any part, any size; prints only

Every figure comes from whole processes (start-up included, as a user, a
pre-commit hook or CI sees it) and is compared with a baseline measured in the
same run, so the ratios mean something on any machine:

* start-up: ``iopctl --help`` and ``iopctl validate`` of the four seeds against
  F = ``python -c "from pydantic import BaseModel; import yaml"`` and against
  ``yamllint`` on the same files;
* throughput: validate, deadlines and ``report --all`` over 2,000 generated
  agreements against a bare ``yaml.CSafeLoader`` parse of the same files, and
  validate against ``check-jsonschema`` with the schema ``iopctl schema`` exports;
* memory and scaling: peak RSS of every command DESIGN names (validate, deadlines,
  ``report --all``, ``site``, and ``diff`` of a repository whose working tree changed
  every file) at 1,000 and 10,000 agreements, and their time per file from 1,000 to
  10,000; and how long ``site`` of the four seeds takes.

The commands being compared run in interleaved rounds (A B C, A B C, ...), so a
burst of load from elsewhere on a shared machine hits all of them alike; each
figure is the median of the rounds, after one warm-up run.  Each child is
reaped with ``os.wait4``, which gives its own CPU time and peak RSS alongside
the wall time.  iopctl's sources are byte-compiled first, as an installed
package is, so ``PYTHONDONTWRITEBYTECODE`` in the environment cannot make
every run compile them again.
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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from corpus import ensure, ensure_history

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "agreements"
RESULTS = ROOT / "bench" / "RESULTS.md"
PY = sys.executable
AS_OF = "2025-06-01"
IOPCTL = [PY, "-m", "iopctl"]
FLOOR = [PY, "-c", "from pydantic import BaseModel; import yaml"]
MEMORY_GOAL_MB = 300
LINEAR_GOAL = 1.25
"""How much dearer a file may be at 10,000 than at 1,000 and still count as linear."""


@dataclass(frozen=True)
class Sample:
    """One run of one command: wall and CPU seconds, peak resident memory."""

    wall: float
    cpu: float
    rss_mb: float


@dataclass(frozen=True)
class Figure:
    """The runs of one command; ``failure`` says why there are none."""

    samples: tuple[Sample, ...] = ()
    failure: str = ""

    @property
    def wall(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    @property
    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples)

    @property
    def rss_mb(self) -> float:
        return max(s.rss_mb for s in self.samples)


def run_once(command: Sequence[str], cwd: Path = ROOT) -> tuple[int, Sample, str]:
    """Run ``command`` in ``cwd`` with its output discarded: exit code, measurements, and
    stderr's last line."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(list(command), stdout=subprocess.DEVNULL, stderr=err, cwd=cwd)
        _, status, usage = os.wait4(child.pid, 0)  # reaps it: this child's own rusage
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        tail = err.read().decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    sample = Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)  # kB on Linux
    return child.returncode, sample, tail[0]


def measure(
    commands: Mapping[str, Sequence[str]],
    cwd: Mapping[str, Path] | None = None,
    *,
    rounds: int,
    warm_up: bool | None = None,
) -> dict[str, Figure]:
    """Each command in ``rounds`` interleaved rounds, after a warm-up run (by default when
    ``rounds`` > 1); a command named in ``cwd`` runs there (``iopctl diff`` in its
    repository), else in ROOT.

    The warm-up also catches a failing command, which then gets no timings
    (exit 1 is fine: it means "problems found", and the generated corpus has a few).
    """
    warm = rounds > 1 if warm_up is None else warm_up
    failures: dict[str, str] = {}
    samples: dict[str, list[Sample]] = {name: [] for name in commands}
    for number in range(rounds + warm):
        for name, command in commands.items():
            if name in failures:
                continue
            code, sample, tail = run_once(command, (cwd or {}).get(name, ROOT))
            if code not in (0, 1):
                failures[name] = f"failed (exit {code}: {tail[:80]})"
            elif number >= warm:
                samples[name].append(sample)
    return {
        name: Figure(failure=failures[name]) if name in failures else Figure(tuple(samples[name]))
        for name in commands
    }


def bare_parse(folder: Path) -> list[str]:
    """The baseline: just load every file with PyYAML's C loader, nothing else."""
    code = (
        "import sys, pathlib, yaml\n"
        "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.yaml')):\n"
        "    yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader)\n"
    )
    return [PY, "-c", code, str(folder)]


def commands_over(folder: Path | list[str]) -> dict[str, list[str]]:
    """validate, deadlines and ``report --all`` over a folder (or the seed files)."""
    paths = [str(folder)] if isinstance(folder, Path) else folder
    return {
        "validate": [*IOPCTL, "validate", "--as-of", AS_OF, *paths],
        "deadlines": [*IOPCTL, "deadlines", "--as-of", AS_OF, "--format", "json", *paths],
        "report --all": [
            *IOPCTL,
            "report",
            "--all",
            "--as-of",
            AS_OF,
            *(arg for path in paths for arg in ("--path", path)),
        ],
    }


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


def ratio_row(what: str, t: Figure, base: Figure, goal: float | None) -> Row:
    """``t / base`` in wall time (CPU time beside it) against ``goal`` (None: for information)."""
    goal_text = f"≤ {goal:g}×" if goal is not None else "—"
    if t.failure or base.failure:
        return Row(what, t.failure or base.failure, goal_text, "n/a")
    ratio = t.wall / base.wall
    figure = f"{t.wall:.3f} s vs {base.wall:.3f} s = {ratio:.2f}× (CPU {t.cpu / base.cpu:.2f}×)"
    verdict = "—" if goal is None else "met" if ratio <= goal else "MISSED"
    return Row(what, figure, goal_text, verdict)


def speedup_row(what: str, t: Figure, slow: Figure, goal: float) -> Row:
    """How many times faster ``t`` is than ``slow``, against an "at least N×" goal."""
    goal_text = f"≥ {goal:g}× faster"
    if t.failure or slow.failure:
        return Row(what, t.failure or slow.failure, goal_text, "n/a")
    speedup = slow.wall / t.wall
    figure = (
        f"{t.wall:.2f} s vs {slow.wall:.2f} s = {speedup:.1f}× faster (CPU {slow.cpu / t.cpu:.1f}×)"
    )
    return Row(what, figure, goal_text, "met" if speedup >= goal else "MISSED")


def memory_row(name: str, small: Figure, large: Figure, n_small: int, n_large: int) -> Row:
    what = f"peak memory, {name} {n_small:,} → {n_large:,}"
    goal = f"< {MEMORY_GOAL_MB} MB at {n_large:,}"
    if small.failure or large.failure:
        return Row(what, small.failure or large.failure, goal, "n/a")
    figure = f"{small.rss_mb:.0f} MB → {large.rss_mb:.0f} MB"
    return Row(what, figure, goal, "met" if large.rss_mb < MEMORY_GOAL_MB else "MISSED")


def scaling_row(
    name: str, fixed: Figure, small: Figure, large: Figure, n_small: int, n_large: int
) -> Row:
    """Time per file at both sizes, less the command's start-up (its run on the four seeds)."""
    what = f"scaling {name} {n_small:,} → {n_large:,}"
    goal = f"linear (≤ {LINEAR_GOAL:g}× per file)"
    failure = fixed.failure or small.failure or large.failure
    if failure:
        return Row(what, failure, goal, "n/a")
    per_small = (small.wall - fixed.wall) / n_small
    per_large = (large.wall - fixed.wall) / n_large
    growth = per_large / per_small
    cpu_growth = ((large.cpu - fixed.cpu) / n_large) / ((small.cpu - fixed.cpu) / n_small)
    figure = (
        f"{small.wall:.2f} s → {large.wall:.2f} s; per file "
        f"{per_small * 1e3:.2f} → {per_large * 1e3:.2f} ms ({growth:.2f}×; CPU {cpu_growth:.2f}×)"
    )
    return Row(what, figure, goal, "met" if growth <= LINEAR_GOAL else "MISSED")


PARTS = ("startup", "throughput", "jsonschema", "scaling")
"""The parts of a run, each skippable: start-up against F and yamllint, the 2,000-file
ratios, check-jsonschema (one run over the same files, so skipping ``throughput`` skips
it too), memory and scaling."""


@dataclass(frozen=True)
class Plan:
    """How big and how often: the issue's full run, ``--quick`` for development, or
    either with its sizes, rounds and parts changed on the command line."""

    startup_rounds: int
    rounds: int
    throughput: int
    small: int
    large: int
    parts: frozenset[str] = frozenset(PARTS)

    def faithful(self) -> bool:
        """Every figure of the issue, at the issue's sizes: only such a run rewrites the
        table (fewer rounds are allowed: the method line says how many)."""
        return self.parts == frozenset(PARTS) and (self.throughput, self.small, self.large) == (
            FULL.throughput,
            FULL.small,
            FULL.large,
        )


FULL = Plan(startup_rounds=20, rounds=5, throughput=2000, small=1000, large=10_000)
QUICK = Plan(
    startup_rounds=5,
    rounds=2,
    throughput=200,
    small=100,
    large=1000,
    parts=frozenset(PARTS) - {"jsonschema"},
)


def startup_rows(plan: Plan) -> list[Row]:
    seeds = sorted(str(p) for p in SEEDS.glob("*.yaml"))
    commands = {
        "F": FLOOR,
        "help": [*IOPCTL, "--help"],
        "validate": [*IOPCTL, "validate", "--as-of", AS_OF, *seeds],
    }
    yamllint = tool("yamllint")
    if yamllint is not None:
        commands["yamllint"] = [yamllint, *seeds]
    got = measure(commands, rounds=plan.startup_rounds)
    lint = got.get("yamllint", Figure(failure="yamllint not installed"))
    return [
        ratio_row("`iopctl --help` / F", got["help"], got["F"], 1.0),
        ratio_row("`iopctl --help` / `yamllint` (4 seeds)", got["help"], lint, None),
        ratio_row("`iopctl validate` (4 seeds) / F", got["validate"], got["F"], 1.5),
        ratio_row("`iopctl validate` (4 seeds) / `yamllint`", got["validate"], lint, 1.0),
    ]


def throughput_rows(plan: Plan) -> list[Row]:
    n = plan.throughput
    folder = ensure(n)
    print(f"corpus: {folder}", file=sys.stderr)
    got = measure({"parse": bare_parse(folder), **commands_over(folder)}, rounds=plan.rounds)
    rows = [
        ratio_row(f"{name} {n:,} / bare CSafeLoader parse", got[name], got["parse"], goal)
        for name, goal in (("validate", 2.0), ("deadlines", 3.0), ("report --all", 4.0))
    ]
    checker = tool("check-jsonschema")
    what = f"validate {n:,} vs check-jsonschema"
    if "jsonschema" in plan.parts and checker is None:
        missing = Figure(failure="check-jsonschema not installed")
        rows.append(speedup_row(what, got["validate"], missing, 10))
    elif "jsonschema" in plan.parts and checker is not None:
        with tempfile.TemporaryDirectory() as tmp:
            schema = Path(tmp) / "agreement.schema.json"
            exported = subprocess.run(
                [*IOPCTL, "schema"], capture_output=True, text=True, check=True
            )
            schema.write_text(exported.stdout, encoding="utf-8")
            files = sorted(str(p) for p in folder.glob("*.yaml"))
            slow = measure(
                {"check-jsonschema": [checker, "--schemafile", str(schema), *files]}, rounds=1
            )
        rows.append(speedup_row(what, got["validate"], slow["check-jsonschema"], 10))
    return rows


SITE_GOAL_SECONDS = 5.0
"""DESIGN: "``site`` of the four seeds in a few seconds"; read as at most five."""


def every_command(
    folder: Path | list[str], history: Path, site_out: str
) -> tuple[dict[str, list[str]], dict[str, Path]]:
    """The commands DESIGN's memory goal names, over one corpus, and where each runs:
    validate, deadlines and ``report --all`` over ``folder``, ``site`` of it into
    ``site_out``, and ``diff`` of ``history``'s working tree against its last commit; and
    ``report ID`` of its last agreement, which must find one without keeping them all."""
    paths = [str(folder)] if isinstance(folder, Path) else folder
    files = sorted(folder.glob("*.yaml")) if isinstance(folder, Path) else folder
    last = Path(files[-1]).stem  # an agreement's id is its file's name
    commands = commands_over(folder)
    each = [arg for path in paths for arg in ("--path", path)]
    commands["report ID"] = [*IOPCTL, "report", last, "--as-of", AS_OF, *each]
    commands["site"] = [*IOPCTL, "site", "--as-of", AS_OF, "--output", site_out, *paths]
    commands["diff"] = [*IOPCTL, "diff", "--as-of", AS_OF, "--format", "json"]
    return commands, {"diff": history}


def read_through(*folders: Path) -> None:
    """Read every file under ``folders`` once, so that the one run at the large size does
    not pay the disk for the first command only (on a machine with a small page cache,
    the first command over 10,000 files read them cold: 1.3x per file)."""
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                path.read_bytes()


def around_one_run(
    runs: Sequence[tuple[Sequence[str], Path]], large: tuple[Sequence[str], Path], rounds: int
) -> tuple[list[Figure], Figure]:
    """``large`` run once, in the middle of ``rounds`` interleaved rounds of ``runs`` (the
    same command at smaller sizes): half of the rounds before it, half after.

    The machine's speed drifts by 20-45 % between runs.  Measured one size after
    the other, the run at 10,000 files came minutes after the runs at 1,000 and
    scored up to 1.7x per file in one run and 1.1x in the next; bracketed, both
    sizes see the same minutes.
    """
    named = {str(i): command for i, (command, _) in enumerate(runs)}
    where = {str(i): folder for i, (_, folder) in enumerate(runs)}
    before = measure(named, where, rounds=rounds - rounds // 2, warm_up=True)
    once = measure({"large": large[0]}, {"large": large[1]}, rounds=1)["large"]
    after = measure(named, where, rounds=rounds // 2, warm_up=False)
    figures = [
        Figure(failure=b.failure or a.failure)
        if b.failure or a.failure
        else Figure(b.samples + a.samples)
        for b, a in zip(before.values(), after.values(), strict=True)
    ]
    return figures, once


def scaling_rows(plan: Plan) -> list[Row]:
    seeds = sorted(str(p) for p in SEEDS.glob("*.yaml"))
    small, large = ensure(plan.small), ensure(plan.large)
    histories = [ensure_history(n) for n in (len(seeds), plan.small, plan.large)]
    print(f"corpora: {small}, {large}, {', '.join(map(str, histories))}", file=sys.stderr)
    fixed: dict[str, Figure] = {}
    at_small: dict[str, Figure] = {}
    at_large: dict[str, Figure] = {}
    with tempfile.TemporaryDirectory() as site_out:
        sizes = [
            every_command(folder, history, site_out)
            for folder, history in zip((seeds, small, large), histories, strict=True)
        ]
        read_through(large, histories[2])
        for name in sizes[0][0]:
            seeds_run, small_run, large_run = (
                (commands[name], cwd.get(name, ROOT)) for commands, cwd in sizes
            )
            (fixed[name], at_small[name]), at_large[name] = around_one_run(
                [seeds_run, small_run], large_run, plan.rounds
            )
    site = fixed["site"]
    rows = [
        Row(
            "`iopctl site` of the 4 seeds",
            site.failure or f"{site.wall:.2f} s (CPU {site.cpu:.2f} s)",
            f"≤ {SITE_GOAL_SECONDS:g} s",
            "n/a" if site.failure else "met" if site.wall <= SITE_GOAL_SECONDS else "MISSED",
        )
    ]
    rows += [
        memory_row(name, at_small[name], at_large[name], plan.small, plan.large) for name in fixed
    ]
    rows += [
        scaling_row(name, fixed[name], at_small[name], at_large[name], plan.small, plan.large)
        for name in fixed
    ]
    return rows


def compile_sources() -> None:
    """Byte-compile iopctl where it is imported from, as installing a package does."""
    where = subprocess.run(
        [PY, "-c", "import iopctl; print(iopctl.__path__[0])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    subprocess.run([PY, "-m", "compileall", "-q", where], check=True)


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


COMPARED = (
    "pydantic",
    "PyYAML",
    "typer",
    "yamllint",
    "check-jsonschema",
    "jsonschema",
    "ruamel.yaml",
)
"""What the figures depend on besides iopctl: its own libraries and the tools it is compared
with (check-jsonschema took 65 s over 2,000 files on 2026-12-02 and 35-41 s the next day,
with versions nobody had written down)."""


def versions() -> str:
    def one(name: str) -> str:
        try:
            return f"{name} {version(name)}"
        except PackageNotFoundError:
            return f"{name} not installed"

    return ", ".join(one(name) for name in COMPARED)


def render(rows: list[Row], plan: Plan, seconds: float) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Run with: `pip install -e '.[bench]' && python bench/run.py`",
        "",
        f"- date: {dt.date.today().isoformat()}; the whole run took {seconds / 60:.0f} min",
        f"- machine: {machine()}",
        f"- versions: {versions()}",
        f"- method: medians of interleaved rounds of whole processes after one warm-up "
        f"({plan.startup_rounds} rounds for start-up, {plan.rounds} for the corpora; one run "
        f"of check-jsonschema, and one of each command at {plan.large:,} files, its files read "
        "once before, in the middle of that command's rounds at the smaller sizes); ratios of "
        "wall time, CPU time (user + sys of the child) beside them; memory is the child's "
        "peak RSS (`os.wait4`);",
        '  F = `python -c "from pydantic import BaseModel; import yaml"`; corpus from '
        "`bench/corpus.py` (the seeds with new ids, shifted dates, scaled money).",
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


def _sizes(text: str) -> tuple[int, int]:
    """``--sizes 1000,10000``: the two corpus sizes of the memory and scaling rows."""
    small, large = (int(part) for part in text.split(","))
    if not 0 < small < large:
        raise argparse.ArgumentTypeError(f"want SMALL,LARGE with 0 < SMALL < LARGE, got {text}")
    return small, large


def plan_of(args: argparse.Namespace) -> Plan:
    """The preset (full or ``--quick``) with what the command line changes."""
    base = QUICK if args.quick else FULL
    small, large = args.sizes or (base.small, base.large)
    return Plan(
        startup_rounds=args.startup_rounds or base.startup_rounds,
        rounds=args.rounds or base.rounds,
        throughput=args.throughput or base.throughput,
        small=small,
        large=large,
        parts=base.parts - set(args.skip),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="iopctl benchmarks (ratios, one machine)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="small corpora, few rounds, no check-jsonschema; prints only (for development)",
    )
    parser.add_argument(
        "--startup-rounds", type=int, metavar="N", help=f"[default: {FULL.startup_rounds}]"
    )
    parser.add_argument(
        "--rounds", type=int, metavar="N", help=f"rounds over the corpora [default: {FULL.rounds}]"
    )
    parser.add_argument(
        "--throughput",
        type=int,
        metavar="N",
        help=f"files of the throughput ratios [default: {FULL.throughput}]",
    )
    parser.add_argument(
        "--sizes",
        type=_sizes,
        metavar="SMALL,LARGE",
        help=f"files of the memory and scaling rows [default: {FULL.small},{FULL.large}]",
    )
    parser.add_argument(
        "--skip", action="append", choices=PARTS, default=[], help="leave a part out (repeatable)"
    )
    parser.add_argument("--no-write", action="store_true", help="print only, keep RESULTS.md")
    args = parser.parse_args()
    plan = plan_of(args)
    started = time.perf_counter()
    compile_sources()
    rows: list[Row] = []
    for part, rows_of in (
        ("startup", startup_rows),
        ("throughput", throughput_rows),
        ("scaling", scaling_rows),
    ):
        if part in plan.parts:
            rows += rows_of(plan)
            elapsed = (time.perf_counter() - started) / 60
            print(f"{part} done after {elapsed:.1f} min", file=sys.stderr)
    text = render(rows, plan, time.perf_counter() - started)
    print(text)
    if args.no_write or args.quick or not plan.faithful():
        print("RESULTS.md left as it was", file=sys.stderr)
    else:
        update_results(text)
        print(f"written to {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
