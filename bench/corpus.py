"""Generate N plausible agreements from the four seeds, for the benchmarks.

Each generated file is a seed with a new id (``<seed-id>-00042``, matching its
file name), its dates moved by a whole number of years, and its money scaled
by a small whole factor (every amount in a file by the same factor, so budget
lines still add up).  The text is edited, not re-dumped, so the files keep the
seeds' comments, flow mappings and block scalars: they parse like real ones.

    python bench/corpus.py 2000            # -> bench/corpus/2000/
    python bench/corpus.py 500 --out /tmp/x

Deterministic: the same N gives the same files, byte for byte.
"""

from __future__ import annotations

import argparse
import calendar
import random
import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "agreements"
DEFAULT_OUT = ROOT / "bench" / "corpus"

_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONEY = re.compile(r"\b(amount|stated_total|value): (\d+)\b")
_ID = re.compile(r"^id: (\S+)$", re.MULTILINE)


def _shift_dates(text: str, years: int) -> str:
    def shift(match: re.Match[str]) -> str:
        year, month, day = int(match.group(1)) + years, match.group(2), match.group(3)
        if (month, day) == ("02", "29") and not calendar.isleap(year):
            day = "28"
        return f"{year:04d}-{month}-{day}"

    return _DATE.sub(shift, text)


def _scale_money(text: str, factor: int) -> str:
    return _MONEY.sub(lambda m: f"{m.group(1)}: {int(m.group(2)) * factor}", text)


def variant(seed: str, number: int, rng: random.Random) -> tuple[str, str]:
    """(new id, text) of one generated agreement."""
    match = _ID.search(seed)
    if match is None:
        raise ValueError("a seed without a top-level id")
    new_id = f"{match.group(1)}-{number:05d}"
    text = seed[: match.start()] + f"id: {new_id}" + seed[match.end() :]
    text = _shift_dates(text, rng.randint(-3, 3))
    return new_id, _scale_money(text, rng.choice((1, 1, 2, 3)))


def generate(n: int, out: Path, seed: int = 20250601) -> list[Path]:
    """Write ``n`` agreements into ``out`` (created; stale files removed) and return their paths."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.yaml"))]
    if not seeds:
        raise SystemExit(f"no seed agreements in {SEEDS}")
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.yaml"):
        stale.unlink()
    rng = random.Random(seed)
    paths = []
    for number in range(n):
        new_id, text = variant(seeds[number % len(seeds)], number, rng)
        path = out / f"{new_id}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def ensure(n: int, root: Path = DEFAULT_OUT) -> Path:
    """``root/N`` with exactly N generated files, generated only when missing."""
    out = root / str(n)
    if len(list(out.glob("*.yaml"))) != n:
        generate(n, out)
    return out


def ensure_history(n: int, root: Path = DEFAULT_OUT) -> Path:
    """``root/history-N``: a git repository for ``iopctl diff``, made only when missing.

    Its one commit holds the N agreements of :func:`generate` in ``agreements/``; in
    the working tree every amount of every file is doubled (budget lines still add
    up), so the diff of the working tree against HEAD evaluates every agreement on
    both sides and finds every payment changed.
    """
    repo = root / f"history-{n}"
    done = repo / ".git" / "iopctl-bench-complete"
    if done.exists():
        return repo
    shutil.rmtree(repo, ignore_errors=True)
    paths = generate(n, repo / "agreements")
    author = ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid"]
    for args in (["init", "-q"], ["add", "-A"], [*author, "commit", "-q", "-m", "corpus"]):
        subprocess.run(["git", *args], cwd=repo, check=True)
    for path in paths:
        path.write_text(_scale_money(path.read_text(encoding="utf-8"), 2), encoding="utf-8")
    done.touch()
    return repo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many agreements")
    parser.add_argument("--out", type=Path, help="folder [default: bench/corpus/N]")
    args = parser.parse_args()
    out = args.out or DEFAULT_OUT / str(args.n)
    generate(args.n, out)
    print(f"{args.n} agreements in {out}")


if __name__ == "__main__":
    main()
