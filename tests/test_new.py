"""``iopctl new``: a skeleton of every block that fails validation until filled in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import run_cli
from iopctl.models import Agreement
from iopctl.skeleton import render_skeleton

PLACEHOLDER = re.compile(r"TODO|YYYY-MM-DD|NNNNNN-NNNN|: N\b")
"""What marks a value to replace, as the skeleton's header explains."""

FILLED = {
    "title: TODO the agreement's title as the document gives it": "title: IOP Testjouren",
    "document: TODO file name or title of the signed document": "document: avtal.pdf",
    "name: TODO the municipality's or region's board (nämnd)": "name: Socialnämnden",
    "name: TODO the non-profit organisation": "name: Testjouren",
    "start: YYYY-MM-DD": "start: 2026-01-01",
    "end: YYYY-MM-DD": "end: 2027-12-31",
}
"""The uncommented placeholders, each with the value a person would write."""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _new(agreement_id: str = "testjouren-2026") -> Path:
    run = run_cli("new", agreement_id)
    assert run.code == 0, run.stderr
    assert run.stdout == f"agreements/{agreement_id}.yaml\n"
    return Path(run.stdout.strip())


def _problems_off_placeholders(path: Path) -> list[str]:
    """validate's problems, less those on a line that holds a placeholder."""
    lines = path.read_text(encoding="utf-8").splitlines()
    run = run_cli("validate", "--as-of", "2026-06-01")
    assert run.code == 1
    assert run.stdout
    off = []
    for problem in run.stdout.splitlines():
        located = re.match(rf"{re.escape(str(path))}:(\d+):\d+: error ", problem)
        assert located, problem
        if not PLACEHOLDER.search(lines[int(located[1]) - 1]):
            off.append(problem)
    return off


def test_fresh_skeleton_fails_at_each_placeholder_and_passes_once_filled(repo: Path) -> None:
    path = _new()
    text = path.read_text(encoding="utf-8")
    # The schema rejects the dates first; with them filled in, the texts and org numbers fail.
    assert _problems_off_placeholders(path) == []
    assert "error schema term.start" in run_cli("validate").stdout
    dated = text.replace("start: YYYY-MM-DD", FILLED["start: YYYY-MM-DD"], 1)
    path.write_text(dated.replace("end: YYYY-MM-DD", FILLED["end: YYYY-MM-DD"], 1), "utf-8")
    assert _problems_off_placeholders(path) == []
    codes = re.findall(
        r"error (\S+) (\S+)", run_cli("validate", "--as-of", "2026-06-01", "--lang", "en").stdout
    )
    assert sorted(codes) == [
        ("org-number-format", "org"),
        ("org-number-format", "org"),
        ("placeholder", "parties[0].name"),
        ("placeholder", "parties[1].name"),
        ("placeholder", "source.document"),
        ("placeholder", "title"),
    ]
    for placeholder, value in FILLED.items():
        assert placeholder in text, placeholder
        text = text.replace(placeholder, value, 1)
    for number in ("212000-0449", "802015-4822"):
        text = text.replace("org_number: NNNNNN-NNNN", f"org_number: {number}", 1)
    path.write_text(text, encoding="utf-8")
    run = run_cli("validate", "--as-of", "2026-06-01")
    assert (run.code, run.stdout) == (0, "")


def test_every_block_of_the_format_is_in_the_skeleton() -> None:
    skeleton = render_skeleton("x", "iop.schema.json")
    for name, info in Agreement.model_fields.items():
        key = info.alias or name
        assert re.search(rf"^(# )?{key}:", skeleton, re.M), f"{key} is not in the skeleton"


def test_commented_blocks_fail_only_on_their_placeholders(repo: Path) -> None:
    """Uncommented, every optional block loads: its keys and shapes are the format's."""
    path = _new()
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    body = re.sub(r"^(\s*)# ", r"\1", "".join(lines[1:]), flags=re.M)
    path.write_text(lines[0] + body, encoding="utf-8")
    assert "\nfunding:" in body and "  renewal:" in body and "\nlog:" in body
    assert _problems_off_placeholders(path) == []


def test_first_line_points_at_the_schema_relative_to_the_file(repo: Path) -> None:
    path = _new()
    first, *rest = path.read_text(encoding="utf-8").splitlines()
    assert first == "# yaml-language-server: $schema=../iop.schema.json"
    assert any("iopctl schema -o iop.schema.json" in line for line in rest)
    run = run_cli("new", "other", "--path", "deep/er")
    assert run.code == 0
    first = (repo / "deep/er/other.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../iop.schema.json"


@pytest.mark.parametrize("suffix", [".yaml", ".yml"])
def test_never_overwrites(repo: Path, suffix: str) -> None:
    existing = repo / "agreements" / f"kept{suffix}"
    existing.parent.mkdir()
    existing.write_text("id: kept\n", encoding="utf-8")
    run = run_cli("new", "kept")
    assert run.code == 2
    message = "exists; iopctl new never overwrites an agreement"
    assert run.stderr == f"iopctl: {existing.relative_to(repo)} {message}\n"
    assert existing.read_text(encoding="utf-8") == "id: kept\n"
    assert sorted(p.name for p in existing.parent.iterdir()) == [f"kept{suffix}"]


@pytest.mark.parametrize("bad", ["Linkoping", "-x", "a_b", "malmö", "a/b", "../x", "", "a" * 101])
def test_refuses_an_id_the_model_refuses(repo: Path, bad: str) -> None:
    run = run_cli("new", "--", bad)
    assert run.code == 2
    assert "is not a valid agreement id" in run.stderr
    assert not (repo / "agreements").exists()
