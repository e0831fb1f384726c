"""Shared fixtures: the repository's folders and an in-process CLI runner."""

from __future__ import annotations

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
