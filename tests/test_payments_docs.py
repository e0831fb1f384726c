"""docs/deadlines.md's payment examples are real: each agreement shown is run, and the
console blocks are the commands' output (regenerate with ``IOPCTL_UPDATE_GOLDEN=1``)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from conftest import ROOT, Golden, run_cli

DOC = ROOT / "docs" / "deadlines.md"
README = ROOT / "README.md"
README_EXAMPLE = re.compile(
    r"(<!-- payments-readme:(?P<id>[a-z0-9-]+) -->\n```console\n)(?P<console>.*?)(```\n)", re.S
)
EXAMPLE = re.compile(
    r"(<!-- payments-example:(?P<id>[a-z0-9-]+) -->\n```yaml\n(?P<yaml>.*?)```\n\n```console\n)"
    r"(?P<console>.*?)(```\n<!-- /payments-example -->)",
    re.S,
)


def _outputs(
    console: str, name: str, yaml: str, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    """The console block with each command's real output (stdout) after it, run in a
    repository of agreements that holds just the example ``name``."""
    (folder / "agreements").mkdir(parents=True)
    (folder / "agreements" / f"{name}.yaml").write_text(yaml, encoding="utf-8")
    monkeypatch.chdir(folder)
    said = []
    for command in re.findall(r"^\$ iopctl (.*)$", console, re.M):
        said += [f"$ iopctl {command}\n", run_cli(*shlex.split(command)).stdout]
    return "".join(said)


def test_the_payment_examples_are_real_output(
    golden: Golden, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = DOC.read_text(encoding="utf-8")
    found = list(EXAMPLE.finditer(text))
    assert [m["id"] for m in found] == ["kvartal-2024", "index-2023"]
    for m in found:
        real = _outputs(m["console"], m["id"], m["yaml"], tmp_path / m["id"], monkeypatch)
        text = text.replace(m.group(0), m.group(1) + real + m.group(5))
    golden(DOC, text)


def test_the_readme_payment_example_is_real_output(
    golden: Golden, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README shows an example of docs/deadlines.md; the agreement is taken from there."""
    examples = {m["id"]: m for m in EXAMPLE.finditer(DOC.read_text(encoding="utf-8"))}
    text = README.read_text(encoding="utf-8")
    (m,) = README_EXAMPLE.finditer(text)
    real = _outputs(m["console"], m["id"], examples[m["id"]]["yaml"], tmp_path, monkeypatch)
    golden(README, text.replace(m.group(0), m.group(1) + real + m.group(4)))
