"""The import budget: each command loads only what it needs (DESIGN.md, performance).

These check *which* modules a real process imports, not how long it takes:
timings are machine-dependent and belong in ``bench/run.py``.  A heavy import
added at module level somewhere (``import rich`` in a shared module) fails here
with the name of the culprit, long before anyone notices a slower ``--help``.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import AGREEMENTS, ROOT

RENDERING = frozenset({"jinja2", "rich", "babel", "holidays", "icalendar"})
"""Needed by reports, tables and calendars only."""
MODELS = frozenset({"pydantic", "pydantic_core", "yaml"})
"""Needed by anything that reads an agreement, never by ``--help``."""


def imported(*args: str) -> set[str]:
    """Modules and their packages imported by ``python -X importtime -m iopctl ARGS``."""
    command = [sys.executable, "-X", "importtime", "-m", "iopctl", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    names = modules | {module.split(".")[0] for module in modules}
    assert "iopctl" in names, "no import timings: was -X importtime ignored?"
    return names


def test_help_builds_no_models() -> None:
    assert imported("--help") & (MODELS | RENDERING) == set()


def test_subcommand_help_builds_no_models() -> None:
    """Typer (0.2x) imports pydantic to coerce a command's options, so only ours are checked."""
    names = imported("deadlines", "--help")
    assert names & (RENDERING | {"yaml", "iopctl.models", "iopctl.loader"}) == set()


def test_validate_loads_no_rendering_libraries() -> None:
    names = imported("validate", str(AGREEMENTS))
    assert names >= MODELS, "validate did not read the agreements at all"
    assert names & RENDERING == set()


@pytest.mark.parametrize("module", ["iopctl.cli", "iopctl.problems"])
def test_light_modules_import_lightly(module: str) -> None:
    """The CLI module and the problem renderers must not pull in models or rendering."""
    code = f"import sys, {module}; print(' '.join(sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    loaded = {name.split(".")[0] for name in done.stdout.split()}
    assert loaded & (MODELS | RENDERING) == set()
