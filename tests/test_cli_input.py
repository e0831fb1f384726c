"""The CLI tells a user what it left out and why, and defaults a day to today."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import AGREEMENTS, run_cli


def test_deadlines_says_when_status_filters_out_the_named_agreement() -> None:
    run = run_cli(
        "deadlines", str(AGREEMENTS), "--agreement", "robertsfors-boj-umea-2018",
        "--as-of", "2026-11-23", "--lang", "en",
    )  # fmt: skip
    assert run.code == 0
    assert "robertsfors-boj-umea-2018 has status proposal" in run.stderr
    assert "--status all" in run.stderr
    shown = run_cli(
        "deadlines", str(AGREEMENTS), "--agreement", "robertsfors-boj-umea-2018",
        "--as-of", "2026-11-23", "--status", "all",
    )  # fmt: skip
    assert shown.stderr == ""


def test_notice_given_defaults_to_today(monkeypatch: pytest.MonkeyPatch) -> None:
    run = run_cli("notice", "vgr-boj-fyrbodol-2025", "--path", str(AGREEMENTS), "--format", "json")
    assert run.code in (0, 1), run.stderr
    assert dt.date.today().isoformat() in run.stdout


def test_a_missing_agreements_folder_is_named(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(str(tmp_path))
    run = run_cli("deadlines", "--lang", "en")
    assert run.code == 2
    assert "agreements: error not-found no such file or folder" in run.stderr
    assert f"no agreements read from agreements (in {tmp_path})" in run.stderr
    assert "name the folder (iopctl deadlines FOLDER) or set paths in iopctl.toml" in run.stderr


def test_an_empty_list_says_how_many_agreements_status_left_out() -> None:
    run = run_cli("deadlines", str(AGREEMENTS), "--as-of", "2040-01-01", "--lang", "en")
    assert (run.code, run.stdout) == (0, "No deadlines in the window.\n")
    assert "4 of 4 agreements have a status other than active on 2040-01-01" in run.stderr
    assert "--status all" in run.stderr
    shown = run_cli(
        "deadlines", str(AGREEMENTS), "--as-of", "2040-01-01", "--status", "all", "--lang", "en"
    )
    # Nothing left out, nothing to say of it: only VGR's stale status (rule 9) is said.
    assert shown.code == 0
    assert shown.stderr.splitlines() == [
        f"{AGREEMENTS / 'vgr-boj-fyrbodol-2025.yaml'}:9:9: warning status-stale status is "
        "active but the agreement ended 2030-02-28 (as of 2040-01-01)"
    ]
