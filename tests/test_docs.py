"""The docs tell the truth: docs/cli.md is the real ``--help``, and the README's samples,
problem codes and format excerpt match the code.

Regenerate with ``IOPCTL_UPDATE_GOLDEN=1 pytest tests/test_docs.py``.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from conftest import AGREEMENTS, ROOT, Golden, run_cli
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


def test_cli_reference_matches_help(golden: Golden) -> None:
    golden(CLI_DOC, render_reference())


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


# --- the README tells the truth ----------------------------------------------------

README = ROOT / "README.md"
SRC = ROOT / "src" / "iopctl"

_CODE_ARG = {"problem": 3, "make_problem": 3, "_problem": 2}
"""Where each problem-making helper takes its code (``self.problem`` in yamlread: 1)."""


def _section(title: str) -> str:
    """The text of a README section, from its heading to the next heading."""
    text = README.read_text(encoding="utf-8")
    return text.split(title + "\n", 1)[1].split("\n#", 1)[0]


def _emitted_codes() -> set[str]:
    """Every problem code written as a literal in the source."""
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = _CODE_ARG.get(name)
            if isinstance(func, ast.Attribute) and name == "problem" and path.name == "yamlread.py":
                index = 1
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
    return found


def test_the_readme_table_of_codes_is_the_table_in_the_code(golden: Golden) -> None:
    """``problems.CODES`` is the source; the README shows it, row for row."""
    from iopctl.problems import codes_table

    table = _section("### Problem codes").split("\n\n", 1)[1].strip() + "\n"
    text = README.read_text(encoding="utf-8")
    golden(README, text.replace(table, codes_table()))


def test_every_code_the_source_emits_is_in_the_table() -> None:
    from iopctl.checks import YIELDS
    from iopctl.problems import CODES

    emitted = _emitted_codes()
    assert len(emitted) > 40  # the scan itself works
    declared = {code for codes in YIELDS.values() for code in codes}
    assert emitted | declared <= set(CODES)
    assert set(CODES) <= emitted | declared, "a code in the table that nothing emits"


def test_readme_validate_sample_is_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    block = re.search(r"```console\n\$ iopctl validate\n(.*?)```", README.read_text("utf-8"), re.S)
    assert block is not None
    monkeypatch.chdir(ROOT)
    run = run_cli("validate", "--as-of", "2026-11-23")
    assert run.code == 0
    assert run.stdout + run.stderr == block.group(1)


def test_readme_json_structure_has_the_keys_of_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    block = re.search(r"```json\n(.*?)```", _section("## Validate"), re.S)
    assert block is not None
    sample = json.loads(block.group(1).replace('"…"', '""'))
    monkeypatch.chdir(ROOT)
    real = json.loads(run_cli("validate", "--format", "json", "--as-of", "2026-11-23").stdout)
    assert list(sample) == list(real)
    assert sample["format_version"] == real["format_version"]
    assert list(sample["problems"][0]) == list(real["problems"][0])


def _excerpt() -> str:
    block = re.search(r"```yaml\n(id: linkoping.*?)```", README.read_text("utf-8"), re.S)
    assert block is not None
    return block.group(1)


def _subset(shown: Any, real: Any) -> bool:
    """Whether everything ``shown`` says is in ``real``; ``…`` ends an abridged text."""
    if isinstance(shown, dict):
        return isinstance(real, dict) and all(
            key in real and _subset(value, real[key]) for key, value in shown.items()
        )
    if isinstance(shown, list):
        return isinstance(real, list) and all(any(_subset(s, r) for r in real) for s in shown)
    if isinstance(shown, str) and shown.endswith("…"):
        return isinstance(real, str) and real.startswith(shown[:-1].rstrip())
    return bool(shown == "..." or shown == real)


def test_readme_format_excerpt_is_what_the_file_says() -> None:
    from iopctl.yamlread import parse

    shown, _, problems = parse(_excerpt(), "README.md")
    assert problems == []
    real, _, _ = parse((AGREEMENTS / "linkoping-boj-2023.yaml").read_text("utf-8"), "x.yaml")
    assert _subset(shown, real)


def test_readme_format_excerpt_and_its_commented_examples_are_valid() -> None:
    """The commented-out blocks are examples: uncommented, they must load and pass the checks."""
    from iopctl.checks import CheckContext, check_agreement
    from iopctl.loader import load_series, load_text

    text = re.sub(r"^(\s*)# ", r"\1", _excerpt(), flags=re.M)
    assert "\nlog:" in text and "  renewal:" in text
    loaded, problems = load_text(text, "agreements/linkoping-boj-2023.yaml")
    assert problems == []
    assert loaded is not None
    ctx = CheckContext(as_of=dt.date(2023, 2, 1), series=load_series()[0])
    assert [p for p in check_agreement(loaded, ctx) if p.is_error] == []


def test_deadlines_doc_recurring_example_is_real_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/deadlines.md's recurring duties: the file shown, run as shown, prints what it shows."""
    text = (ROOT / "docs" / "deadlines.md").read_text(encoding="utf-8")
    example = text.split("<!-- recurring-example -->\n", 1)[1].split("<!-- /recurring-example", 1)[
        0
    ]
    found = re.search(
        r"```yaml\n(id: (\S+)\n.*?)```.*?```console\n\$ iopctl (.*?)\n(.*?)```", example, re.S
    )
    assert found is not None
    yaml_text, agreement_id, command, shown = found.groups()
    (tmp_path / "agreements").mkdir()
    (tmp_path / "agreements" / f"{agreement_id}.yaml").write_text(yaml_text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run_cli("validate", "--as-of", "2025-04-01").code == 0
    run = run_cli(*command.split())
    assert run.code == 0, run.stderr
    assert run.stdout == shown
    assert "saknas: revisionsberättelse" in shown
