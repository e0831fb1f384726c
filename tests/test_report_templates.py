"""Hostile templates (issue 11): each stops with ``template:line: message`` and exit 2.

Time, output size, operand size, memory and recursion are bounded; a filter's
assertion is a message, not a traceback; a symlink that leads out of a
template folder is refused, also when a ``--template`` includes it.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import AGREEMENTS, Run
from iopctl.report import Limits, Renderer, ReportError, ReportOptions, render_agreement_report
from report_helpers import AS_OF, seeds
from template_attacks import HOSTILE, SMALL

Cli = Callable[..., Run]


def _render(tmp_path: Path, source: str, limits: Limits = SMALL) -> str:
    template = tmp_path / "t.md.j2"
    template.write_text(source, encoding="utf-8")
    loaded = seeds().find("linkoping-boj-2023")
    assert loaded is not None
    renderer = Renderer(template=str(template), limits=limits)
    return render_agreement_report(loaded, seeds().series, ReportOptions(as_of=AS_OF), renderer)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_template_is_a_report_error_naming_the_template(tmp_path: Path, name: str) -> None:
    source, message = HOSTILE[name]
    started = time.monotonic()
    with pytest.raises(ReportError) as caught:
        _render(tmp_path, source)
    assert str(caught.value).startswith(str(tmp_path / "t.md.j2")), caught.value
    assert message in str(caught.value)
    assert time.monotonic() - started < 30


def test_time_limit_leaves_no_pending_interrupt(tmp_path: Path) -> None:
    """A render that ends just before its limit must not be interrupted afterwards."""
    for _ in range(3):
        assert _render(tmp_path, "ok", Limits(seconds=0.05)) == "ok\n"
    time.sleep(0.1)  # an interrupt sent late would land here and fail the test


def test_hostile_template_on_the_command_line_exits_2(cli: Cli, tmp_path: Path) -> None:
    template = tmp_path / "t.md.j2"
    template.write_text("{% macro m() %}{{ m() }}{% endmacro %}\n{{ m() }}\n", encoding="utf-8")
    run = cli(
        "report", "linkoping-boj-2023", "--path", str(AGREEMENTS), "--template", str(template)
    )
    assert run.code == 2 and "Traceback" not in run.stderr
    assert f"{template}:1: too deeply nested or recursive" in run.stderr


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository in ``tmp_path``: one agreement, an empty ``templates/``; the working dir."""
    (tmp_path / "agreements").mkdir()
    shutil.copy(AGREEMENTS / "linkoping-boj-2023.yaml", tmp_path / "agreements")
    (tmp_path / "templates").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_template_including_itself_exits_2(cli: Cli, repo: Path) -> None:
    (repo / "templates" / "agreement.md.j2").write_text(
        'a\n{% include "agreement.md.j2" %}\n', encoding="utf-8"
    )
    run = cli("report", "linkoping-boj-2023")
    assert run.code == 2 and "Traceback" not in run.stderr
    assert "agreement.md.j2:2: too deeply nested or recursive" in run.stderr


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("HEMLIGT\n", encoding="utf-8")
    return path


def test_symlink_out_of_the_templates_folder_is_refused(cli: Cli, repo: Path, secret: Path) -> None:
    (repo / "templates" / "agreement.md.j2").symlink_to(secret)
    run = cli("report", "linkoping-boj-2023")
    assert run.code == 2 and "HEMLIGT" not in run.stdout + run.stderr
    assert "leads outside the template folder" in run.stderr


def test_template_option_cannot_include_a_symlink_out(cli: Cli, repo: Path, secret: Path) -> None:
    (repo / "templates" / "leak.j2").symlink_to(secret)
    (repo / "mine.j2").write_text('{% include "leak.j2" %}\n', encoding="utf-8")
    run = cli("report", "linkoping-boj-2023", "--template", "mine.j2")
    assert run.code == 2 and "HEMLIGT" not in run.stdout + run.stderr
    assert "leak.j2: leads outside the template folder" in run.stderr


def test_symlink_inside_the_templates_folder_is_fine(cli: Cli, repo: Path) -> None:
    folder = repo / "templates"
    (folder / "real.j2").write_text("Egen: {{ agreement.id }}\n", encoding="utf-8")
    (folder / "agreement.md.j2").symlink_to(folder / "real.j2")
    run = cli("report", "linkoping-boj-2023")
    assert (run.code, run.stdout) == (0, "Egen: linkoping-boj-2023\n")


def test_template_option_reads_only_a_regular_file(cli: Cli, tmp_path: Path) -> None:
    """A FIFO would wait for a writer forever and ``/dev/zero`` never end."""
    fifo = tmp_path / "fifo.md.j2"
    os.mkfifo(fifo)
    for template in (str(fifo), "/dev/zero"):
        run = cli("report", "linkoping-boj-2023", "--path", str(AGREEMENTS), "--template", template)
        assert run.code == 2 and "Traceback" not in run.stderr
        assert f"{template}: not a regular file" in run.stderr


def test_template_option_refuses_a_huge_file(cli: Cli, tmp_path: Path) -> None:
    template = tmp_path / "huge.md.j2"
    template.write_text("x" * 1_000_001, encoding="utf-8")
    run = cli(
        "report", "linkoping-boj-2023", "--path", str(AGREEMENTS), "--template", str(template)
    )
    assert run.code == 2 and f"{template}: 1000001 bytes; a template has at most" in run.stderr
