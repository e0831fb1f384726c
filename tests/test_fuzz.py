"""Fuzzing ``validate`` with mutated seed agreements (issue #6).

Whatever the bytes, ``validate`` must answer with exit 0, 1 or 2 and never
raise: the in-process runner does not catch exceptions, so any traceback fails
the example and hypothesis shrinks it to a minimal file.

The CI run is 200 derandomized examples (stable across runs and machines);
``IOPCTL_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py`` runs a longer,
randomized search.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import AGREEMENTS, run_cli

EXAMPLES = int(os.environ.get("IOPCTL_FUZZ_EXAMPLES", "200"))
LONG_RUN = "IOPCTL_FUZZ_EXAMPLES" in os.environ
SEEDS = {path.name: path.read_bytes() for path in sorted(AGREEMENTS.glob("*.yaml"))}


@dataclass(frozen=True)
class Mutation:
    """One edit of a file's bytes; ``at`` and ``other`` are taken modulo the size."""

    kind: str
    at: int
    other: int

    def apply(self, data: bytes) -> bytes:
        lines = data.splitlines(keepends=True)
        if not data or not lines:
            return data
        i, j = self.at % len(lines), self.other % len(lines)
        if self.kind == "flip":
            pos = self.at % len(data)
            return data[:pos] + bytes([self.other % 256]) + data[pos + 1 :]
        if self.kind == "truncate":
            return data[: self.at % len(data)]
        if self.kind == "delete-line":
            return b"".join(lines[:i] + lines[i + 1 :])
        if self.kind == "duplicate-line":  # a duplicated key, or a repeated list item
            return b"".join([*lines[: i + 1], lines[i], *lines[i + 1 :]])
        if self.kind == "move-line":
            moved = lines.pop(i)
            lines.insert(j % (len(lines) + 1), moved)
            return b"".join(lines)
        # swap-values: exchange what follows ": " on two lines
        a, b = lines[i].partition(b": "), lines[j].partition(b": ")
        if not (a[1] and b[1]) or i == j:
            return data
        lines[i], lines[j] = a[0] + a[1] + b[2], b[0] + b[1] + a[2]
        return b"".join(lines)


KINDS = ["flip", "truncate", "delete-line", "duplicate-line", "move-line", "swap-values"]
mutations = st.builds(
    Mutation,
    kind=st.sampled_from(KINDS),
    at=st.integers(min_value=0, max_value=1 << 20),
    other=st.integers(min_value=0, max_value=1 << 20),
)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not LONG_RUN,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    seed=st.sampled_from(sorted(SEEDS)),
    edits=st.lists(mutations, min_size=1, max_size=4),
)
def test_validate_survives_mutated_seeds(seed: str, edits: list[Mutation]) -> None:
    data = SEEDS[seed]
    for edit in edits:
        data = edit.apply(data)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / seed
        path.write_bytes(data)
        run = run_cli("validate", "--as-of", "2025-06-01", str(path))
        assert path.read_bytes() == data, "validate modified its input"
    assert run.code in (0, 1, 2), run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr


def test_mutations_change_the_seed() -> None:
    """Guard against a fuzzer that silently tests only the unmodified seeds."""
    data = SEEDS[sorted(SEEDS)[0]]
    changed = [Mutation(kind, 7, 11).apply(data) != data for kind in KINDS]
    assert all(changed), dict(zip(KINDS, changed, strict=True))
