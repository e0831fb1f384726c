"""Shared fixtures: the repository's folders, an in-process CLI runner, golden files."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iopctl.problems import Problem
from iopctl.words import words
from iopctl.words.problems import problem_message

ROOT = Path(__file__).resolve().parent.parent
AGREEMENTS = ROOT / "agreements"
TESTS = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


def run_cli(*args: str) -> Run:
    """Run ``iopctl ARGS`` in-process; exceptions are not caught, so a traceback fails the test."""
    from iopctl.cli import app

    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return Run(result.exit_code, result.stdout, result.stderr)


@pytest.fixture(autouse=True)
def _no_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's exported ``COLUMNS`` must not change a table the tests compare."""
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture
def cli() -> Callable[..., Run]:
    return run_cli


@pytest.fixture
def asset() -> Callable[[str], Path]:
    """A file under tests/; fails if missing, so a renamed fixture can't pass silently."""

    def find(relative: str) -> Path:
        path = TESTS / relative
        if not path.exists():
            pytest.fail(f"test asset missing: {path}")
        return path

    return find


def english(problem: Problem) -> str:
    """A problem's message in English, as ``validate --lang en`` prints it."""
    return problem_message(words("en"), problem)


UPDATE_GOLDEN = "IOPCTL_UPDATE_GOLDEN"
"""Set to ``1`` to rewrite every golden file instead of comparing; review the diff after."""

Golden = Callable[[Path, str], None]


@pytest.fixture
def golden() -> Golden:
    """Compare ``text`` with the golden file ``path``; rewrite it under ``IOPCTL_UPDATE_GOLDEN=1``.

    The one place the switch is read: every golden test (reports, exports,
    ``docs/cli.md``) takes this fixture.
    """
    update = os.environ.get(UPDATE_GOLDEN) == "1"

    def check(path: Path, text: str) -> None:
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="")
            return
        if not path.exists():
            pytest.fail(f"{path} missing: create it with {UPDATE_GOLDEN}=1")
        assert text == path.read_text(encoding="utf-8"), f"{path.name} differs from the output"

    return check
