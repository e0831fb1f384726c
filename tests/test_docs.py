"""The CLI reference in docs/cli.md is the real ``--help`` output, and covers every command.

Regenerate with ``IOPCTL_UPDATE_GOLDEN=1 pytest tests/test_docs.py``.
"""

from __future__ import annotations

import os
import re

from typer.main import get_command
from typer.testing import CliRunner

from conftest import ROOT
from iopctl.cli import app

CLI_DOC = ROOT / "docs" / "cli.md"
WIDTH = 88
HEADER = (
    "# Command reference\n\n"
    "Generated from `iopctl COMMAND --help` (width 88); `tests/test_docs.py` fails when this\n"
    "file and the real help differ. Regenerate with\n"
    "`IOPCTL_UPDATE_GOLDEN=1 python -m pytest tests/test_docs.py`.\n"
)


def _help(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], terminal_width=WIDTH, prog_name="iopctl")
    assert result.exit_code == 0, result.output
    return result.stdout


def _commands() -> list[str]:
    group = get_command(app)
    return list(group.commands)  # type: ignore[attr-defined]


def render_reference() -> str:
    parts = [HEADER, "\n## iopctl\n\n```text\n", _help(), "```\n"]
    for name in _commands():
        parts += [f"\n## iopctl {name}\n\n```text\n", _help(name), "```\n"]
    return "".join(parts)


def test_cli_reference_matches_help() -> None:
    expected = render_reference()
    if os.environ.get("IOPCTL_UPDATE_GOLDEN"):
        CLI_DOC.write_text(expected, encoding="utf-8")
    assert CLI_DOC.read_text(encoding="utf-8") == expected


def test_every_command_has_help_and_is_in_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    group = get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help, f"{name} has no help text"
        assert re.search(rf"`iopctl {name}\b", readme), f"README does not mention iopctl {name}"


def test_readme_quick_start_has_exactly_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", quick, flags=re.S)
    assert len(blocks) == 2
    assert all(len(block.strip().splitlines()) == 1 for block in blocks)
    assert "iopctl deadlines" in blocks[0]
    assert "pytest" in blocks[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "test-command" in ci
    assert "mypy --strict src" in ci


def test_version_option() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("iopctl ")
