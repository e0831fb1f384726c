"""The pre-commit hook really runs: ``pre-commit try-repo`` of this working copy, in a
git repository of agreements, green on the seeds and red on a broken file.

``try-repo`` installs iopctl from the repository it is given into a fresh
environment (about half a minute each).  Given a repository with uncommitted
changes it commits only tracked files to a shadow copy, so a new module or a
new hook file would be missing; the tests therefore snapshot the working copy
(tracked and untracked files, as git would see them after ``git add -A``)
into a repository of its own and hand that over.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import AGREEMENTS, ROOT

GIT_ENV = {
    "GIT_AUTHOR_NAME": "iopctl tests",
    "GIT_AUTHOR_EMAIL": "tests@iopctl.invalid",
    "GIT_COMMITTER_NAME": "iopctl tests",
    "GIT_COMMITTER_EMAIL": "tests@iopctl.invalid",
}

if shutil.which("git") is None and not os.environ.get("CI"):
    pytest.skip("git is not installed (CI installs it)", allow_module_level=True)


def _git(cwd: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")} | GIT_ENV
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def _commit_all(repo: Path) -> None:
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "--no-gpg-sign", "-m", "snapshot")


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This working copy as it is now, committed into a repository of its own."""
    listed = _git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    target = tmp_path_factory.mktemp("iopctl-snapshot")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if not source.is_symlink() and not source.is_file():
            continue  # deleted in the working copy, not yet in git
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target / name, follow_symlinks=False)
    _commit_all(target)
    return target


def _agreements_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "agreements-repo"
    shutil.copytree(AGREEMENTS, repo / "agreements")
    return repo


def _try_repo(repo: Path, hook_repo: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    _commit_all(repo)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")} | GIT_ENV
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo)]
    return subprocess.run(
        [*command, "iopctl-validate", "--all-files", "--color", "never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_hook_passes_on_the_seeds(hook_repo: Path, tmp_path: Path) -> None:
    done = _try_repo(_agreements_repo(tmp_path), hook_repo, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "iopctl validate" in done.stdout and "Passed" in done.stdout


def test_hook_fails_on_a_broken_file_naming_its_line(hook_repo: Path, tmp_path: Path) -> None:
    repo = _agreements_repo(tmp_path)
    broken = repo / "agreements" / "linkoping-boj-2023.yaml"
    text = broken.read_text(encoding="utf-8")
    assert "org_number: 822004-0417" in text
    broken.write_text(text.replace("822004-0417", "822004-0418"), encoding="utf-8")
    done = _try_repo(repo, hook_repo, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Failed" in done.stdout
    assert "agreements/linkoping-boj-2023.yaml:28:17: error org-number-checksum" in done.stdout


def test_hook_validates_everything_whatever_the_commit_touched() -> None:
    """A commit of data/ only must re-check the agreements that use the series, and
    duplicate ids need every file: so pre-commit passes no names and the hook runs
    ``iopctl validate`` on the default ``./agreements`` (with ``./data``)."""
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "iopctl-validate"
    assert hook["language"] == "python"
    assert hook["entry"] == "iopctl validate"
    assert hook["pass_filenames"] is False
    pattern = re.compile(hook["files"])
    for path in ("agreements/x.yaml", "data/indices/opi.yaml", "data/populations/a.yml"):
        assert pattern.search(path), path
    for path in ("README.md", "src/iopctl/data/indices/opi.yaml", "agreements/notes.txt"):
        assert not pattern.search(path), path
