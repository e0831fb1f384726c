"""The import budget: each command loads only what it needs (DESIGN.md, performance).

These check *which* modules a real process imports, not how long it takes:
timings are machine-dependent and belong in ``bench/run.py``.  A heavy import
added at module level somewhere (``import rich`` in a shared module) fails here
with the name of the culprit, long before anyone notices a slower ``--help``.
"""

from __future__ import annotations

import importlib.util
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


PLUGIN_SCAN = frozenset({"importlib.metadata"})
"""~25 ms (``email``, ``zipfile``, ``csv``): pydantic imports it to look for plugins when it
builds its first validator, so every command that reads an agreement pays it; ``--help``
builds none and must not."""


def test_help_builds_no_models() -> None:
    assert imported("--help") & (MODELS | RENDERING | PLUGIN_SCAN) == set()


def test_subcommand_help_builds_no_models() -> None:
    """Typer (0.2x) imports pydantic to coerce a command's options, so only ours are checked."""
    names = imported("deadlines", "--help")
    assert names & (RENDERING | {"yaml", "iopctl.models", "iopctl.loader"}) == set()


OTHER_COMMANDS = frozenset(
    {
        "iopctl.export",
        "iopctl.report",
        "iopctl.site",
        "iopctl.feeds",
        "iopctl.changes",
        "iopctl.gitread",
        "iopctl.summary",
        "iopctl.rules.deadlines",
        "iopctl.rules.evaluate",
        "iopctl.words.format",
    }
)
"""What other commands compute and word: deadline rows, reports, the site, diffs, Babel's
number formats.  ``validate`` runs on every commit (pre-commit, CI) and needs none of it."""


def test_validate_loads_no_rendering_libraries() -> None:
    names = imported("validate", str(AGREEMENTS))
    assert names >= MODELS, "validate did not read the agreements at all"
    assert names & (RENDERING | OTHER_COMMANDS) == set()


def test_the_modules_kept_off_the_validate_path_exist() -> None:
    """A renamed module would make the check above pass without checking anything."""
    missing = [name for name in OTHER_COMMANDS if importlib.util.find_spec(name) is None]
    assert missing == []


def test_validate_builds_only_the_root_validators() -> None:
    """``defer_build``: the ~30 nested models get no validator of their own, only the roots do
    (their schema holds the nested ones), so start-up does not build what is never called."""
    code = (
        "import datetime as dt, sys\n"
        "from iopctl import models, project\n"
        "project.validate_paths([sys.argv[1]], dt.date(2025, 6, 1))\n"
        "todo = [models.Model]\n"
        "while todo:\n"
        "    cls = todo.pop()\n"
        "    todo.extend(cls.__subclasses__())\n"
        "    if cls.__pydantic_complete__:\n"
        "        print(cls.__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(AGREEMENTS)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert sorted(done.stdout.split()) == ["Agreement", "SeriesFile"]


def test_a_command_builds_only_itself() -> None:
    """``main`` hands typer an app holding just the command being run: the same definition
    (so the same help and parsing), without building the other commands first."""
    from typer.main import get_command
    from typer.testing import CliRunner

    from iopctl.cli import _app_for, app

    names = sorted(get_command(app).commands)  # type: ignore[attr-defined]
    assert len(names) > 1
    for name in names:
        lean = _app_for([name, "--help"])
        assert sorted(get_command(lean).commands) == [name]  # type: ignore[attr-defined]
        full_help = CliRunner().invoke(app, [name, "--help"], prog_name="iopctl").stdout
        assert CliRunner().invoke(lean, [name, "--help"], prog_name="iopctl").stdout == full_help
    for args in ([], ["--help"], ["--version"], ["no-such-command"]):
        assert _app_for(args) is app


@pytest.mark.parametrize("module", ["iopctl.cli", "iopctl.problems"])
def test_light_modules_import_lightly(module: str) -> None:
    """The CLI module and the problem renderers must not pull in models or rendering."""
    code = f"import sys, {module}; print(' '.join(sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    loaded = {name.split(".")[0] for name in done.stdout.split()}
    assert loaded & (MODELS | RENDERING) == set()
