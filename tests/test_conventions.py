"""The conventions of a command-line tool: shell completion, NO_COLOR, ``--version``."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from iopctl.about import year_ranges
from iopctl.loader import load_series


def _complete(words: str) -> list[str]:
    """What bash completion offers for ``words`` (the last one being completed)."""
    env = dict(os.environ, _IOPCTL_COMPLETE="complete_bash", COMP_WORDS=words)
    env["COMP_CWORD"] = str(len(words.split()) - (0 if words.endswith(" ") else 1))
    script = Path(sys.executable).with_name("iopctl")  # completion keys on the program name
    done = subprocess.run([str(script)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_shell_completion_completes_commands_options_and_choices() -> None:
    assert _complete("iopctl dead") == ["deadlines"]
    assert _complete("iopctl deadlines --form") == ["--format"]
    assert _complete("iopctl deadlines --format ") == ["table", "json", "csv", "ics"]


def test_completion_can_be_shown_and_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    # Typer finds the shell from the process tree (shellingham), which a test run
    # started outside a shell lacks; the user's bash is what this test is about.
    import shellingham

    monkeypatch.setattr(shellingham, "detect_shell", lambda: ("bash", "/bin/bash"))
    shown = run_cli("--show-completion")
    assert shown.code == 0
    assert "_IOPCTL_COMPLETE=complete_bash" in shown.stdout
    assert "--install-completion" in run_cli("--help").stdout


def _deadlines_on_a_terminal(no_color: str | None) -> str:
    """``iopctl deadlines`` with its stdout on a pseudo-terminal, as a person sees it."""
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR"}}
    if no_color is not None:
        env["NO_COLOR"] = no_color
    controller, terminal = pty.openpty()
    command = [sys.executable, "-m", "iopctl", "deadlines", "--as-of", "2024-09-01"]
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=terminal, stderr=subprocess.PIPE):
        os.close(terminal)
        chunks = []
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal closed: the command is done
                break
            if not chunk:
                break
            chunks.append(chunk)
    os.close(controller)
    return b"".join(chunks).decode("utf-8")


@pytest.mark.parametrize(("no_color", "colored"), [(None, True), ("", True), ("1", False)])
def test_no_color_turns_off_ansi_colour(no_color: str | None, colored: bool) -> None:
    """Per no-color.org: set and non-empty means no colour; empty is as if unset."""
    shown = _deadlines_on_a_terminal(no_color)
    assert "Brottsofferjouren" in shown or "boj" in shown
    assert ("\x1b[" in shown) is colored


def test_version_names_each_bundled_series_with_its_years() -> None:
    run = run_cli("--version")
    assert run.code == 0
    first, *rest = run.stdout.splitlines()
    assert first == "iopctl 0.1.0"
    store, problems = load_series()
    assert problems == []
    bundled = [*store.indices.values(), *store.populations.values()]
    assert len(bundled) >= 2
    for series in bundled:
        years = year_ranges(series.values)
        assert any(line.startswith(f"  {series.name} (") and line.endswith(years) for line in rest)


def test_year_ranges_show_the_gaps() -> None:
    assert year_ranges([2020, 2018, 2021, 2022, 2024]) == "2018, 2020–2022, 2024"
    assert year_ranges([]) == "no years"


def test_version_builds_no_models() -> None:
    from test_startup import MODELS, RENDERING, imported

    assert imported("--version") & (MODELS | RENDERING) == {"yaml"}
