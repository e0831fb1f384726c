"""`iopctl deadlines`, `notice` and `payments` end to end, with golden files for the seeds.

Set ``IOPCTL_UPDATE_GOLDEN=1`` to rewrite the golden files instead of comparing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import ROOT, TESTS, Golden, Run

GOLDEN = TESTS / "golden" / "deadlines"
ALL_SEEDS = ("--as-of", "2023-06-01", "--include-past", "--until", "2031-12-31", "--status", "all")
CLI = Callable[..., Run]


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    """Paths in `source` are relative to the working folder, as a user sees them."""
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("fmt", ["json", "csv", "ics"])
def test_golden(cli: CLI, golden: Golden, fmt: str) -> None:
    run = cli("deadlines", *ALL_SEEDS, "--format", fmt)
    assert run.code == 0, run.stderr
    golden(GOLDEN / f"seeds.{fmt}", run.stdout)


def test_ics_has_one_event_per_json_row(cli: CLI) -> None:
    from icalendar import Calendar

    rows = json.loads(cli("deadlines", *ALL_SEEDS, "--format", "json").stdout)["deadlines"]
    rows = [r for r in rows if r["date"] is not None]  # a payment without a day is no event
    calendar = Calendar.from_ical(cli("deadlines", *ALL_SEEDS, "--format", "ics").stdout)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(rows) > 40
    assert [str(e["UID"]) for e in events] == [r["uid"] for r in rows]
    assert len({r["uid"] for r in rows}) == len(rows)


def test_every_row_explains_itself(cli: CLI) -> None:
    rows = json.loads(cli("deadlines", *ALL_SEEDS, "--format", "json").stdout)["deadlines"]
    kinds = {r["kind"] for r in rows}
    assert kinds >= {"term_start", "term_end", "renewal", "notice_deadline", "payment"}
    assert kinds >= {"evaluation", "report_due", "meeting_due", "task"}
    for row in rows:
        assert row["explanation"] and row["source"].startswith("agreements/")
        assert row["date"] is None or row["act_by"] <= row["date"]


def test_default_window_and_status_filter(cli: CLI) -> None:
    run = cli("deadlines", "--as-of", "2026-01-10", "--format", "json")
    rows = json.loads(run.stdout)["deadlines"]
    assert {r["agreement"] for r in rows} == {"vgr-boj-fyrbodol-2025"}  # only active ones
    outside = [r for r in rows if not "2026-01-10" <= r["date"] <= "2027-01-10"]
    # Overdue duties are shown whatever the window: neither was logged.
    assert [(r["occurrence"], r["status"]) for r in outside] == [
        ("utse-referensgrupp", "overdue"),
        ("arlig-utvardering.2025", "overdue"),
    ]
    assert any(r["date"] > "2026-06-01" for r in rows)


def test_table_output_is_plain_text(cli: CLI) -> None:
    run = cli("deadlines", *ALL_SEEDS, "--explain")
    assert run.code == 0
    assert "\x1b[" not in run.stdout
    assert "2029-08-28" in run.stdout and "2030-02-28 − 6 månader →" in run.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--within", "90d", "--until", "2024-01-01"), "either --within or --until"),
        (
            (
                "--within",
                "ninety",
            ),
            "--within wants a span",
        ),
        (("--kind", "party"), "unknown --kind"),
        (("--as-of", "2023-02-30"), "--as-of: 2023-02-30 is not a date"),
        (("--csv-sep", ";;"), "--csv-sep wants one character"),
    ],
)
def test_usage_errors(cli: CLI, args: tuple[str, ...], message: str) -> None:
    run = cli("deadlines", *args)
    assert run.code == 2 and message in run.stderr


def test_bad_files_go_to_stderr_and_good_ones_still_print(cli: CLI, tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    seed = ROOT / "agreements" / "vgr-boj-fyrbodol-2025.yaml"
    run = cli("deadlines", str(tmp_path), str(seed), "--as-of", "2025-01-01", "--format", "json")
    assert run.code == 1  # a file was skipped: a script must be able to tell
    assert "broken.yaml" in run.stderr
    assert json.loads(run.stdout)["deadlines"]


def test_output_file(cli: CLI, tmp_path: Path) -> None:
    target = tmp_path / "iop.ics"
    run = cli("deadlines", *ALL_SEEDS, "--format", "ics", "-o", str(target))
    assert run.code == 0 and run.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_notice(cli: CLI) -> None:
    run = cli("notice", "stockholm-boj-vasterort-2022", "--given", "2022-09-30", "--format", "json")
    answer = json.loads(run.stdout)
    assert answer["stops_renewal"] is True and answer["effective_end"] == "2023-03-31"
    late = json.loads(
        cli(
            "notice", "stockholm-boj-vasterort-2022", "--given", "2023-10-01", "--format", "json"
        ).stdout
    )
    assert late["stops_renewal"] is False and late["effective_end"] == "2025-03-31"
    text = cli("notice", "vgr-boj-fyrbodol-2025", "--given", "2029-09-01", "--lang", "en").stdout
    assert "2030-02-28" in text and "limited by the term" in text


def test_notice_not_allowed(cli: CLI, tmp_path: Path) -> None:
    seed = (ROOT / "agreements" / "vgr-boj-fyrbodol-2025.yaml").read_text(encoding="utf-8")
    (tmp_path / "vgr-boj-fyrbodol-2025.yaml").write_text(
        seed.replace("  by: either", "  by: public", 1), encoding="utf-8"
    )
    run = cli("notice", "vgr-boj-fyrbodol-2025", "--given", "2026-01-01", "--by", "civil",
              "--path", str(tmp_path))  # fmt: skip
    assert run.code == 1 and "termination.by" in run.stdout


def test_payments(cli: CLI) -> None:
    doc = json.loads(cli("payments", "robertsfors-boj-umea-2018", "--format", "json").stdout)
    assert [y["amount"] for y in doc["years"]] == [20352, None, 20286]
    assert doc["years"][0]["per_capita"]["stated"] == 20352
    assert doc["total_known"] == 40638 and doc["complete"] is False
    table = cli("payments", "linkoping-boj-2023").stdout
    assert "472\u00a0200\u00a0kr" in table and "OPI 2024 saknas" in table
    assert cli("payments", "no-such-id").code == 2


def test_payments_as_of_a_leap_day(cli: CLI) -> None:
    """The schedule horizon is as-of + 5 years by month arithmetic: 2024-02-29 must not crash."""
    run = cli("payments", "linkoping-boj-2023", "--as-of", "2024-02-29", "--format", "json")
    assert run.code == 0, run.stderr
    assert [row["year"] for row in json.loads(run.stdout)["years"]] == [2023, 2024, 2025]


def test_first_example_of_the_docs_lists_linkoping(cli: CLI) -> None:
    """Linköping's file says ``ended`` (today); on 2023-06-01 it was running."""
    rows = json.loads(
        cli("deadlines", "--as-of", "2023-06-01", "--within", "6m", "--format", "json").stdout
    )["deadlines"]
    assert "linkoping-boj-2023" in {r["agreement"] for r in rows}
    assert "robertsfors-boj-umea-2018" not in {r["agreement"] for r in rows}  # a proposal


def test_payments_ignore_log_entries_after_as_of(cli: CLI, tmp_path: Path) -> None:
    seed = (ROOT / "agreements" / "linkoping-boj-2023.yaml").read_text(encoding="utf-8")
    assert "\nlog:" not in seed
    (tmp_path / "linkoping-boj-2023.yaml").write_text(
        seed + "log:\n  - {date: 2024-01-20, kind: payment, amount: 480000, name: 2024}\n",
        encoding="utf-8",
    )
    args = ("payments", "linkoping-boj-2023", "--path", str(tmp_path), "--format", "json")
    paid = {y["year"]: y["paid"] for y in json.loads(cli(*args).stdout)["years"]}
    assert paid[2024] == 480000
    before = json.loads(cli(*args, "--as-of", "2024-01-19").stdout)["years"]
    assert {y["year"]: y["paid"] for y in before}[2024] is None


def test_payments_label_agreement_years_like_the_report(cli: CLI) -> None:
    args = ("payments", "stockholm-boj-vasterort-2022")
    years = json.loads(cli(*args, "--format", "json").stdout)["years"]
    assert [y["label"] for y in years] == ["2022/23", "2023/24", "2024/25"]
    table = cli(*args).stdout
    assert "2022/23" in table and "\n2022 " not in table


def test_payments_show_where_a_stated_amount_comes_from(cli: CLI) -> None:
    """Robertsfors 2018 is the amount the document states, not a population product."""
    table = cli("payments", "robertsfors-boj-umea-2018").stdout
    working = table.split("\n2018: ", 1)[1].split("\n2019: ", 1)[0]
    assert "per_capita.stated" in working and "robertsfors-boj-umea-2018.yaml:" in working
    assert "SCB" not in working


def test_kind_help_lists_every_code_and_swedish_words_work(cli: CLI) -> None:
    from iopctl.rules.kinds import KINDS
    from iopctl.words import words

    help_text = " ".join(cli("deadlines", "--help").stdout.split())
    assert all(kind in help_text for kind in KINDS)
    by_code = json.loads(
        cli("deadlines", *ALL_SEEDS, "--kind", "report_due", "--format", "json").stdout
    )
    for word in ("rapport", "Rapport"):
        run = cli("deadlines", *ALL_SEEDS, "--kind", word, "--format", "json")
        assert run.code == 0, run.stderr
        assert json.loads(run.stdout) == by_code
    assert len({words("sv").label("kind", k) for k in KINDS}) == len(KINDS)  # unambiguous
    run = cli(
        "deadlines", *ALL_SEEDS, "--kind", "möte", "--kind", "utbetalning", "--format", "json"
    )
    assert {r["kind"] for r in json.loads(run.stdout)["deadlines"]} == {"meeting_due", "payment"}


@pytest.mark.parametrize("option", [("--csv-sep", ";"), ("--csv-bom",), ("--csv-sep", ",")])
def test_csv_options_without_csv_are_usage_errors(cli: CLI, option: tuple[str, ...]) -> None:
    run = cli("deadlines", *ALL_SEEDS, *option, "--format", "json")
    assert run.code == 2 and f"{option[0]} only applies to --format csv" in run.stderr
    assert cli("deadlines", *ALL_SEEDS, *option, "--format", "csv").code == 0


def test_an_unknown_agreement_id_is_a_usage_error(cli: CLI) -> None:
    run = cli("deadlines", "--agreement", "linkoping-boj-2032", "--status", "all")
    assert run.code == 2
    assert "no valid agreement with id 'linkoping-boj-2032'" in run.stderr
    assert "linkoping-boj-2023" in run.stderr  # the known ids are named


def test_notice_labels_name_the_dates_they_speak_of(cli: CLI) -> None:
    late = cli("notice", "stockholm-boj-vasterort-2022", "--given", "2022-10-01")
    rows = {
        label.strip(): value
        for label, _, value in (line.partition("  ") for line in late.stdout.splitlines())
    }
    assert rows["Stoppar förlängningen från 2023-04-01"].strip() == "nej"
    assert rows["Senaste uppsägningsdag för slut 2023-03-31"].strip() == "2022-09-30"
    assert "Avtalet upphör" in late.stdout and "2024-03-31" in late.stdout
    plain = cli("notice", "linkoping-boj-2023", "--given", "2025-06-30")
    assert "Stoppar" not in plain.stdout  # nothing renews, so there is no renewal to stop
