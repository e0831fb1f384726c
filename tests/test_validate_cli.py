"""`iopctl validate`, `schema` and `show` through the CLI: formats, exit codes, streams."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from conftest import AGREEMENTS, run_cli

MINIMAL = """\
id: {id}
title: Test
status: active
source: {{document: test.txt}}
parties:
  - {{role: public, name: Kommunen}}
  - {{role: civil, name: Föreningen, org_number: 802015-4822}}
term:
  start: 2024-01-01
  end: {end}
"""


def write(folder: Path, agreement_id: str, end: str = "2025-12-31", extra: str = "") -> Path:
    path = folder / f"{agreement_id}.yaml"
    path.write_text(MINIMAL.format(id=agreement_id, end=end) + extra, encoding="utf-8")
    return path


def test_clean_file_exits_zero_with_summary_on_stderr(tmp_path: Path) -> None:
    write(tmp_path, "ok")
    run = run_cli("validate", str(tmp_path), "--as-of", "2024-06-01", "--lang", "en")
    assert (run.code, run.stdout) == (0, "")
    assert "1 file, 0 errors, 0 warnings" in run.stderr


def test_problems_of_all_files_in_one_run(tmp_path: Path) -> None:
    write(tmp_path, "a", extra="colour: red\n")
    write(tmp_path, "b", end="2023-12-31")
    run = run_cli("validate", str(tmp_path), "--as-of", "2024-06-01", "--lang", "en")
    assert run.code == 1
    lines = run.stdout.splitlines()
    assert (
        f"{tmp_path}/a.yaml:11:1: error unknown-key unknown key 'colour' in the agreement" in lines
    )
    assert any(
        re.fullmatch(rf"{tmp_path}/b.yaml:10:8: error term-order term ends 2023-12-31, .*", line)
        for line in lines
    ), lines


def test_warnings_fail_only_with_strict(tmp_path: Path) -> None:
    write(tmp_path, "w", end="2026-12-23")  # 8 days short of three whole years
    plain = run_cli("validate", str(tmp_path), "--as-of", "2024-06-01")
    strict = run_cli("validate", str(tmp_path), "--as-of", "2024-06-01", "--strict")
    assert plain.code == 0
    assert "warning implausible-term" in plain.stdout
    assert strict.code == 1


def test_json_format_is_the_documented_structure(tmp_path: Path) -> None:
    write(tmp_path, "a", extra="colour: red\n")
    run = run_cli("validate", str(tmp_path), "--format", "json", "--as-of", "2024-06-01")
    doc = json.loads(run.stdout)
    assert run.code == 1
    assert doc["format_version"] == 1
    assert (doc["files"], doc["errors"], doc["warnings"]) == (1, 1, 0)
    (problem,) = doc["problems"]
    assert set(problem) == {
        *("path", "line", "col", "severity", "code", "message", "field"),
        *("message_id", "args"),  # added in format_version 1: fields are only added
    }
    assert (problem["line"], problem["code"], problem["field"]) == (11, "unknown-key", "colour")
    assert problem["message"] == "okänd nyckel 'colour' i avtalet"
    assert problem["message_id"] == "problem.unknown-key"
    assert problem["args"] == {
        "key": "colour",
        "where": {"type": "Label", "group": "document", "code": "agreement"},
        "suggestion": None,
    }


def test_messages_follow_lang_and_codes_do_not(tmp_path: Path) -> None:
    write(tmp_path, "a", extra="colour: red\n")
    for lang, message in (
        ("sv", "okänd nyckel 'colour' i avtalet"),
        ("en", "unknown key 'colour' in the agreement"),
    ):
        for format, shape in (
            ("text", "{path}:11:1: error unknown-key {message}\n"),
            ("github", "::error file={path},line=11,col=1,title=unknown-key::{message}\n"),
        ):
            run = run_cli(
                "validate",
                str(tmp_path),
                "--format",
                format,
                "--lang",
                lang,
                "--as-of",
                "2024-06-01",
            )
            assert run.stdout == shape.format(path=tmp_path / "a.yaml", message=message)
        run = run_cli(
            "validate", str(tmp_path), "--format", "json", "--lang", lang, "--as-of", "2024-06-01"
        )
        assert json.loads(run.stdout)["problems"][0]["message"] == message


def test_github_format_annotates_the_line(tmp_path: Path) -> None:
    write(tmp_path, "a", extra="colour: red\n")
    run = run_cli("validate", str(tmp_path), "--format", "github", "--as-of", "2024-06-01")
    assert run.stdout.startswith(
        f"::error file={tmp_path}/a.yaml,line=11,col=1,title=unknown-key::"
    )


def test_missing_path_exits_two(tmp_path: Path) -> None:
    run = run_cli("validate", str(tmp_path / "nope"))
    assert run.code == 2
    assert "not-found" in run.stdout


def test_bad_as_of_is_a_usage_error() -> None:
    run = run_cli("validate", str(AGREEMENTS), "--as-of", "1 May")
    assert run.code == 2
    assert "--as-of wants a date as YYYY-MM-DD, got '1 May'" in run.stderr
    impossible = run_cli("validate", str(AGREEMENTS), "--as-of", "2026-02-30")
    assert impossible.code == 2
    assert "--as-of: 2026-02-30 is not a date (day is out of range for month)" in impossible.stderr


def test_a_mistyped_duty_kind_gets_a_hint_at_its_line(tmp_path: Path) -> None:
    duty = "duties:\n  - {kind: evaluaton, title: Utvärdering}\n"
    write(tmp_path, "k", extra=duty)
    run = run_cli("validate", str(tmp_path), "--as-of", "2024-06-01", "--lang", "en")
    assert run.code == 1
    assert (
        f"{tmp_path}/k.yaml:12:12: error schema duties[0]: unknown kind 'evaluaton'; "
        "one of: evaluation, report, meeting, task (did you mean 'evaluation'?)"
    ) in run.stdout


def test_schema_is_json_with_dialect(tmp_path: Path) -> None:
    run = run_cli("schema")
    schema = json.loads(run.stdout)
    assert schema["$schema"].endswith("2020-12/schema")
    assert "term" in schema["properties"]


def test_schema_to_file_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "schema.json"
    assert run_cli("schema", "-o", str(target)).code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "IOP agreement (iopctl)"
    assert [p.name for p in tmp_path.iterdir()] == ["schema.json"]  # no temp file left behind
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # as a plain open() would make it
    (tmp_path / "folder.json").mkdir()
    onto_folder = run_cli("schema", "-o", str(tmp_path / "folder.json"))
    assert onto_folder.code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.json", "schema.json"]
    missing = run_cli("schema", "-o", str(tmp_path / "no" / "such" / "dir.json"))
    assert missing.code == 2
    assert "cannot write" in missing.stderr


def test_show_known_and_unknown_id() -> None:
    shown = run_cli("show", "linkoping-boj-2023", "--path", str(AGREEMENTS), "--lang", "en")
    assert shown.code == 0
    english = {" ".join(line.split()) for line in shown.stdout.splitlines()}
    assert "civil: Brottsofferjouren i Linköping (822004-0417)" in english
    assert "notice: 6 months, by either party" in english
    assert "funding: public grant: SEK 472,200 per calendar year" in english
    swedish = run_cli("show", "linkoping-boj-2023", "--path", str(AGREEMENTS))
    lines = {" ".join(line.split()) for line in swedish.stdout.splitlines()}
    assert "idéburen: Brottsofferjouren i Linköping (822004-0417)" in lines
    assert "uppsägning: 6 månader, av vardera parten" in lines
    assert "medel: offentlig bidrag: 472 200 kr per kalenderår" in lines
    values = {
        len(line) - len(line[line.index(":") + 1 :].lstrip())
        for line in swedish.stdout.splitlines()[1:]
    }
    assert len(values) == 1, "every value starts in one column"
    unknown = run_cli("show", "nope", "--path", str(AGREEMENTS))
    assert unknown.code == 2
    assert "no valid agreement with id 'nope'" in unknown.stderr
    assert "linkoping-boj-2023" in unknown.stderr


def test_streaming_validation_reports_what_a_loaded_project_does(tmp_path: Path) -> None:
    import datetime as dt

    from iopctl.problems import Problem
    from iopctl.project import open_project, validate, validate_paths

    write(tmp_path, "a", extra="colour: red\n")
    write(tmp_path, "b", end="2026-12-23")
    (tmp_path / "c.yaml").write_text(MINIMAL.format(id="b", end="2025-12-31"), encoding="utf-8")
    day = dt.date(2024, 6, 1)
    streamed = validate_paths([str(tmp_path)], day, data_dirs=[])
    loaded = validate(open_project([str(tmp_path)], data_dirs=[]), day)
    assert sorted(streamed.problems, key=Problem.sort_key) == sorted(loaded, key=Problem.sort_key)
    assert {p.code for p in loaded} == {
        "unknown-key",
        "implausible-term",
        "duplicate-id",
        "id-file-mismatch",
    }
    assert streamed.files == 3


SEEDS = str(AGREEMENTS)


@pytest.mark.parametrize(
    "args",
    [
        ["validate", SEEDS, "--as-of", "9999-12-31"],
        ["deadlines", SEEDS, "--as-of", "0001-01-01"],
        ["deadlines", SEEDS, "--within", "9999y"],
        ["report", "--all", "--path", SEEDS, "--as-of", "2200-01-01"],
        ["payments", "linkoping-boj-2023", "--path", SEEDS, "--as-of", "9999-01-01"],
    ],
)
def test_far_dates_are_usage_errors_not_crashes(args: list[str]) -> None:
    """Far dates overflow date arithmetic; they are refused where they are parsed."""
    run = run_cli(*args)
    assert run.code == 2
    assert re.search(r"in the years 1900–2199|reaches past the year 2199", run.stderr)


SERIES = """\
name: testby
title: Folkmängd Testby
publisher: SCB
unit: inhabitants
values:
  - {year: 2022, value: 1000, status: definitive, source: SCB}
  - {year: 2022, value: 1001, status: definitive, source: SCB}
"""


def _repo_with_series(root: Path, series: str) -> Path:
    """A repository elsewhere: agreements/ with a per-capita agreement, data/ beside it."""
    agreements = root / "agreements"
    agreements.mkdir()
    per_capita = "per_capita: {rate: 3, population: testby, lag_years: 1}\n"
    write(agreements, "pc", extra=per_capita)
    (root / "data" / "populations").mkdir(parents=True)
    (root / "data" / "populations" / "testby.yaml").write_text(series, encoding="utf-8")
    return agreements


def test_data_beside_the_agreements_is_found_from_any_working_directory(tmp_path: Path) -> None:
    agreements = _repo_with_series(
        tmp_path, SERIES.replace("year: 2022, value: 1001", "year: 2023, value: 1001")
    )
    run = run_cli("validate", str(agreements), "--as-of", "2024-06-01")
    assert (run.code, run.stdout) == (0, ""), run.stdout


def test_a_year_listed_twice_in_a_series_is_an_error(tmp_path: Path) -> None:
    agreements = _repo_with_series(tmp_path, SERIES)
    run = run_cli("validate", str(agreements), "--as-of", "2024-06-01", "--lang", "en")
    assert run.code == 1
    series_file = tmp_path / "data" / "populations" / "testby.yaml"
    assert (
        f"{series_file}:7:12: error duplicate-year year 2022 is listed twice (lines 6 and 7)"
        in (run.stdout)
    )


def test_commands_leave_out_an_agreement_that_fails_its_checks(tmp_path: Path) -> None:
    write(tmp_path, "good")
    write(tmp_path, "bad", end="2023-12-31")  # ends before it starts: every date would mislead
    run = run_cli("deadlines", str(tmp_path), "--as-of", "2024-01-01", "--format", "json")
    assert run.code == 1
    assert "bad.yaml:10:8: error term-order" in run.stderr
    agreements = {row["agreement"] for row in json.loads(run.stdout)["deadlines"]}
    assert agreements == {"good"}
    shown = run_cli("show", "bad", "--path", str(tmp_path))
    assert shown.code == 2
    assert "term-order" in shown.stderr
    assert "no valid agreement with id 'bad'" in shown.stderr
