"""The GitHub Action (action.yml): its structure, and its shell steps run here as a
runner would run them, against the seeds and against many broken files.

The emulation is deliberately small: ``uses:`` steps are left out (the test
makes the Python environment that ``actions/setup-python`` would), ``${{ }}``
is evaluated only for the expressions the action uses, and each ``run`` goes
to ``bash --noprofile --norc -eo pipefail`` with the files and variables a
runner provides (``GITHUB_STEP_SUMMARY``, ``GITHUB_OUTPUT``,
``GITHUB_ACTION_PATH``, ``RUNNER_TEMP``).  A failing step ends the run, as on
GitHub.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import AGREEMENTS, ROOT
from iopctl.github_action import ANNOTATION_LIMIT, overflow_note, summary_markdown

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS: list[dict[str, Any]] = ACTION["runs"]["steps"]
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
ON_PULL_REQUEST = "github.event_name == 'pull_request'"
AS_OF = "2026-11-23"


# --- structure ------------------------------------------------------------------------


def test_action_is_composite_with_a_shell_on_every_run_step() -> None:
    assert ACTION["runs"]["using"] == "composite"
    runs = [step for step in STEPS if "run" in step]
    assert runs
    for step in runs:
        assert step.get("shell") == "bash", step.get("name")
        # Inputs reach scripts through env only: a workflow's value is data, not code.
        assert "${{" not in step["run"], step.get("name")


def test_action_inputs_and_what_the_steps_do() -> None:
    inputs = ACTION["inputs"]
    assert {"paths", "strict", "as-of", "python-version"} <= set(inputs)
    assert all(spec.get("description") for spec in inputs.values())
    scripts = "\n".join(step.get("run", "") for step in STEPS)
    assert 'pip install --quiet --disable-pip-version-check "$GITHUB_ACTION_PATH"' in scripts
    assert "--format github" in scripts and "--format json" in scripts
    assert '>> "$GITHUB_STEP_SUMMARY"' in scripts
    assert "iopctl diff --help" in scripts  # the diff step is skipped while diff is missing
    for step in STEPS:
        for value in [*step.get("env", {}).values(), *step.get("with", {}).values()]:
            for expression in EXPRESSION.findall(str(value)):
                if expression.startswith("inputs."):
                    assert expression.removeprefix("inputs.") in inputs, expression


# --- the steps, run ---------------------------------------------------------------------


@dataclass
class Outcome:
    ran: list[str] = field(default_factory=list)
    failed: tuple[str, int] | None = None
    log: str = ""
    summary: str = ""
    outputs: dict[str, dict[str, str]] = field(default_factory=dict)


@pytest.fixture(scope="module")
def runner_bin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Python environment with iopctl installed by the action's own install step."""
    venv = tmp_path_factory.mktemp("runner") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    (install,) = [step for step in STEPS if str(step.get("name", "")).startswith("Install")]
    outcome = Outcome()
    _run_step(install, {}, _environment(venv / "bin", tmp_path_factory.mktemp("t")), outcome)
    assert outcome.failed is None, outcome.log
    return venv / "bin"


def _environment(bin_dir: Path, temp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "VIRTUAL_ENV"))}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
    env |= {
        "GITHUB_ACTION_PATH": str(ROOT),
        "GITHUB_STEP_SUMMARY": str(temp / "summary.md"),
        "RUNNER_TEMP": str(temp),
        "NO_COLOR": "1",
    }
    return env


def _run_step(
    step: dict[str, Any], context: dict[str, str], env: dict[str, str], out: Outcome
) -> None:
    def value(expression: str) -> str:
        steps = re.fullmatch(r"steps\.(\w+)\.outputs\.(\w+)", expression)
        if steps:
            return out.outputs.get(steps[1], {}).get(steps[2], "")
        return context[expression]

    output_file = Path(env["RUNNER_TEMP"]) / "github_output"
    output_file.write_text("", encoding="utf-8")
    step_env = {
        k: EXPRESSION.sub(lambda m: value(m[1]), str(v)) for k, v in step.get("env", {}).items()
    }
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        cwd=context.get("workspace"),
        env=env | step_env | {"GITHUB_OUTPUT": str(output_file)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    name = str(step.get("name"))
    out.ran.append(name)
    out.log += done.stdout + done.stderr
    if "id" in step:
        lines = output_file.read_text(encoding="utf-8").splitlines()
        out.outputs[step["id"]] = dict(line.split("=", 1) for line in lines)
    if done.returncode != 0:
        out.failed = (name, done.returncode)


def run_action(
    runner_bin: Path, workspace: Path, inputs: dict[str, str], event: str = "push"
) -> Outcome:
    """The action's steps after the install, as GitHub runs them for ``event``."""
    temp = workspace.parent / "runner-temp"
    temp.mkdir()
    env = _environment(runner_bin, temp)
    context = {f"inputs.{k}": str(spec.get("default", "")) for k, spec in ACTION["inputs"].items()}
    context |= {f"inputs.{k}": v for k, v in inputs.items()}
    context |= {"github.event_name": event, "workspace": str(workspace)}
    if event == "pull_request":
        context["github.event.pull_request.base.sha"] = _git_head(workspace)
    outcome = Outcome()
    for step in STEPS:
        if "uses" in step or str(step.get("name", "")).startswith("Install"):
            continue  # setup-python and the install: done once by the runner_bin fixture
        condition = step.get("if")
        if condition is not None:
            assert condition == ON_PULL_REQUEST, condition
            if event != "pull_request":
                continue
        _run_step(step, context, env, outcome)
        if outcome.failed:
            break
    summary = Path(env["GITHUB_STEP_SUMMARY"])
    outcome.summary = summary.read_text(encoding="utf-8") if summary.exists() else ""
    return outcome


def _git_head(repo: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env |= {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t.invalid"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t.invalid"}
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "--no-gpg-sign", "-m", "x"]):
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True)
    return head.stdout.strip()


def _seeds(tmp_path: Path) -> Path:
    workspace = tmp_path / "workspace"
    shutil.copytree(AGREEMENTS, workspace / "agreements")
    return workspace


def test_seeds_pass_with_the_warning_annotated_and_summarised(
    runner_bin: Path, tmp_path: Path
) -> None:
    outcome = run_action(runner_bin, _seeds(tmp_path), {"as-of": AS_OF})
    assert outcome.failed is None, outcome.log
    assert outcome.ran == ["Validate", "Fail on problems"]  # no diff outside pull requests
    where = "agreements/robertsfors-boj-umea-2018.yaml"
    assert f"::warning file={where},line=41,col=8,title=implausible-term::" in outcome.log
    assert outcome.summary.startswith("## iopctl validate\n\n4 files, 0 errors, 1 warning\n")
    assert f"| {where}:41:8 | warning | implausible-term | avtalstiden 2018-01-01..2020-12-23" in (
        outcome.summary
    )
    assert "GitHub shows only" not in outcome.log + outcome.summary
    assert outcome.outputs["validate"] == {"errors": "0", "warnings": "1", "status": "0"}


def test_strict_fails_on_the_warning(runner_bin: Path, tmp_path: Path) -> None:
    outcome = run_action(runner_bin, _seeds(tmp_path), {"as-of": AS_OF, "strict": "true"})
    assert outcome.failed == ("Fail on problems", 1)
    assert "1 warning" in outcome.summary  # the summary is written before the step fails


def test_more_problems_than_annotations_are_said_so_and_all_summarised(
    runner_bin: Path, tmp_path: Path
) -> None:
    workspace = _seeds(tmp_path)
    folder = workspace / "agreements"
    linkoping = (folder / "linkoping-boj-2023.yaml").read_text(encoding="utf-8")
    robertsfors = (folder / "robertsfors-boj-umea-2018.yaml").read_text(encoding="utf-8")
    for i in range(11):  # 11 bad check digits, 11 + 1 implausible terms
        bad = linkoping.replace("id: linkoping-boj-2023", f"id: bad-{i}")
        (folder / f"bad-{i}.yaml").write_text(bad.replace("822004-0417", "822004-0418"), "utf-8")
        odd = robertsfors.replace("id: robertsfors-boj-umea-2018", f"id: odd-{i}")
        (folder / f"odd-{i}.yaml").write_text(odd, encoding="utf-8")
    outcome = run_action(runner_bin, workspace, {"as-of": AS_OF, "paths": "agreements"})
    assert outcome.failed == ("Fail on problems", 1), outcome.log
    note = "11 errors and 12 warnings: GitHub shows only the first 10 annotations of each kind"
    assert f"iopctl: {note}" in outcome.log
    assert f"> **Note:** {note}" in outcome.summary
    assert outcome.log.count("::error file=") == 11
    rows = [line for line in outcome.summary.splitlines() if line.startswith("| agreements/")]
    assert len(rows) == 23


def test_on_a_pull_request_the_diff_step_runs_or_says_why_not(
    runner_bin: Path, tmp_path: Path
) -> None:
    workspace = _seeds(tmp_path)
    outcome = run_action(runner_bin, workspace, {"as-of": AS_OF}, event="pull_request")
    assert outcome.failed is None, outcome.log
    assert "What the change means (iopctl diff)" in outcome.ran
    has_diff = subprocess.run([runner_bin / "iopctl", "diff", "--help"], capture_output=True)
    if has_diff.returncode != 0:
        note = "This iopctl has no diff command yet"
        assert note in outcome.log and f"_{note}" in outcome.summary
    else:
        assert "::warning title=iopctl diff" not in outcome.log


# --- the summary's words ----------------------------------------------------------------


def _report(errors: int, warnings: int) -> dict[str, Any]:
    return {"files": 1, "errors": errors, "warnings": warnings, "problems": []}


def test_overflow_note_only_past_the_limit() -> None:
    assert overflow_note(_report(ANNOTATION_LIMIT, ANNOTATION_LIMIT)) is None
    assert overflow_note(_report(ANNOTATION_LIMIT + 1, 0)) == (
        "11 errors: GitHub shows only the first 10 annotations of each kind; "
        "the job summary lists every problem."
    )


def test_summary_cells_cannot_break_the_table() -> None:
    problem = {"path": "a.yaml", "line": 0, "col": 0, "severity": "error", "code": "x"}
    report = _report(1, 0) | {"problems": [problem | {"message": "a | b\nc <d>"}]}
    assert "| a.yaml | error | x | a \\| b c &lt;d> |\n" in summary_markdown(report)


def test_readme_recipe_uses_the_action_with_its_inputs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install iopctl" not in readme  # not on PyPI: from the repository only
    blocks = [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", readme, re.S)]
    workflows = [b for b in blocks if isinstance(b, dict) and "jobs" in b]
    steps = [s for w in workflows for job in w["jobs"].values() for s in job["steps"]]
    (ours,) = [s for s in steps if str(s.get("uses", "")).endswith("/iopctl@main")]
    recipe = readme.split("uses: OWNER/iopctl@main", 1)[1].split("```", 1)[0]
    shown = set(ours["with"]) | set(re.findall(r"^\s+# ([a-z-]+):", recipe, re.M))
    assert shown == set(ACTION["inputs"])
