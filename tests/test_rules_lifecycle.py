"""Lifecycle (DESIGN rules 8 and 11): notice in the log ends the agreement everywhere;
only actionable days are deadlines, and every agreement gets an expiry row."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from builders import agreement, said
from conftest import AGREEMENTS, Run
from iopctl.checks import CheckContext, check_logged_notice
from iopctl.indices import SeriesStore
from iopctl.rules.evaluate import evaluate

D = dt.date

FIXED = """\
term: {start: 2023-01-01, end: 2025-12-31}
termination: {notice_months: 6, by: either, consequences: [repay_unused_funds, repay_misused_funds]}
funding: {per: calendar_year, contributions: [{payer: public, amount: 100000}]}
payments: {schedule: yearly, window: {month: 1}}
duties:
  - {kind: meeting, name: strategic, title: Strategiskt möte, times_per_year: 2}
"""
RENEWING = """\
term:
  start: 2022-04-01
  end: 2023-03-31
  renewal: {automatic: true, period_months: 12, latest_end: 2025-03-31,
            notice_by: {month: 9, day: 30}}
funding: {per: agreement_year, contributions: [{payer: public, amount: 704000}]}
"""


def with_log(body: str, entry: str) -> str:
    return body + f"log:\n  - {entry}\n"


def test_logged_notice_replaces_the_term_end_everywhere() -> None:
    loaded = agreement(with_log(FIXED, "{date: 2024-03-15, kind: notice, by: public}"))
    run = evaluate(loaded, SeriesStore(), D(2024, 4, 1))
    end = D(2024, 9, 15)  # 2024-03-15 + 6 months
    assert run.end == end
    (term_end,) = [r for r in run.deadlines if r.kind == "term_end"]
    assert term_end.date == end and term_end.source == loaded.where("log", 0)
    why = said(term_end.explanation)
    assert "uppsägning enligt loggen 2024-03-15 → avtalet upphör 2024-09-15" in why
    assert "återbetalning vid förtida upphörande" in why  # stated at the effective end
    assert "ej utnyttjade medel ska återbetalas" in why
    assert "avsett ändamål" not in why  # repaid on a finding of misuse, not on an end
    assert max(r.date for r in run.deadlines) == end
    assert not any(r.kind == "expiry" for r in run.deadlines)
    assert [y.year for y in run.payments] == [2023, 2024]
    assert evaluate(loaded, SeriesStore(), D(2024, 10, 1)).status == "terminated"
    # Before the notice was given it is not known: the full term stands.
    assert evaluate(loaded, SeriesStore(), D(2024, 3, 1)).end == D(2025, 12, 31)


def test_notice_in_time_stops_the_renewals() -> None:
    loaded = agreement(with_log(RENEWING, "{date: 2022-09-15, kind: notice, by: civil}"))
    run = evaluate(loaded, SeriesStore(), D(2022, 10, 1))
    assert run.end == D(2023, 3, 31)
    assert not any(r.kind in ("renewal", "notice_deadline") for r in run.deadlines)
    assert [y.label for y in run.payments] == ["2022/23"]


def test_notice_too_late_lets_the_next_period_run() -> None:
    loaded = agreement(with_log(RENEWING, "{date: 2022-10-15, kind: notice}"))
    run = evaluate(loaded, SeriesStore(), D(2022, 11, 1))
    assert run.end == D(2024, 3, 31)
    assert [r.date for r in run.deadlines if r.kind == "renewal"] == [D(2023, 4, 1)]


def test_received_starts_the_notice_period() -> None:
    loaded = agreement(
        with_log(FIXED, "{date: 2024-03-15, received: 2024-03-20, kind: notice, by: civil}")
    )
    assert evaluate(loaded, SeriesStore(), D(2024, 4, 1)).end == D(2024, 9, 20)


def test_notice_by_an_excluded_party_is_an_error_at_its_line() -> None:
    body = FIXED.replace("by: either", "by: public")
    loaded = agreement(with_log(body, "{date: 2024-03-15, kind: notice, by: civil}"))
    (problem,) = check_logged_notice(loaded, CheckContext(D(2024, 4, 1), SeriesStore()))
    assert (problem.code, problem.is_error) == ("notice-not-allowed", True)
    assert problem.line == loaded.line_of("log", 0, "by")
    nobody = agreement(
        with_log("term: {start: 2023-01-01, end: 2025-12-31}\n", "{date: 2024-03-15, kind: notice}")
    )
    (problem,) = check_logged_notice(nobody, CheckContext(D(2024, 4, 1), SeriesStore()))
    assert problem.line == nobody.line_of("log", 0)


@settings(max_examples=40, deadline=None)
@given(st.dates(D(2023, 1, 1), D(2025, 12, 31)))
def test_no_deadline_after_the_effective_end(given_on: dt.date) -> None:
    """Property: whatever day notice is given, nothing listed falls after the end it gives."""
    loaded = agreement(with_log(FIXED, f"{{date: {given_on}, kind: notice}}"))
    run = evaluate(loaded, SeriesStore(), given_on, until=D(2027, 1, 1))
    assert all(r.date <= run.end for r in run.deadlines)
    assert run.end <= D(2025, 12, 31)


def test_a_fixed_term_has_no_notice_row_but_an_expiry_row() -> None:
    run = evaluate(agreement(FIXED), SeriesStore(), D(2023, 6, 1))
    assert not any(r.kind == "notice_deadline" for r in run.deadlines)
    (expiry,) = [r for r in run.deadlines if r.kind == "expiry"]
    assert expiry.date == D(2025, 6, 30)
    three = evaluate(agreement(FIXED), SeriesStore(), D(2023, 6, 1), expiry_lead=3)
    assert [r.date for r in three.deadlines if r.kind == "expiry"] == [D(2025, 9, 30)]
    assert run.notice is not None and run.notice.latest_notice_date == D(2025, 6, 30)


def test_cli_on_a_seed_copy_with_notice_in_the_log(tmp_path: Path, cli: Callable[..., Run]) -> None:
    text = (AGREEMENTS / "linkoping-boj-2023.yaml").read_text(encoding="utf-8")
    (tmp_path / "linkoping-boj-2023.yaml").write_text(
        text + "log:\n  - {date: 2024-03-15, kind: notice, by: public}\n", encoding="utf-8"
    )
    args = ("--as-of", "2024-04-01", "--status", "all", "--format", "json")
    run: Run = cli("deadlines", str(tmp_path), *args, "--until", "2026-12-31")
    assert run.code == 0, run.stderr
    rows = json.loads(run.stdout)["deadlines"]
    ends = [r for r in rows if r["kind"] == "term_end"]
    assert [r["date"] for r in ends] == ["2024-09-15"]
    assert max(r["date"] for r in rows) == "2024-09-15"
    payments = cli(
        "payments", "linkoping-boj-2023", "--path", str(tmp_path), "--as-of", "2024-04-01",
        "--format", "json",
    )  # fmt: skip
    assert [y["year"] for y in json.loads(payments.stdout)["years"]] == [2023, 2024]


def test_the_status_field_is_checked_not_obeyed() -> None:
    """Rule 9: a status that contradicts the dates is a warning at the status line."""
    from iopctl.checks import check_status

    def codes(body: str, status: str, as_of: dt.date) -> list[tuple[str, int]]:
        loaded = agreement(body)
        loaded = replace(loaded, agreement=loaded.agreement.model_copy(update={"status": status}))
        found = check_status(loaded, CheckContext(as_of, SeriesStore()))
        return [(p.code, p.line) for p in found]

    status_line = agreement(FIXED).line_of("status")
    assert codes(FIXED, "ended", D(2024, 1, 1)) == [("status-contradicts-dates", status_line)]
    assert codes(FIXED, "ended", D(2026, 1, 1)) == []
    assert codes(FIXED, "terminated", D(2026, 1, 1)) == [("status-contradicts-dates", status_line)]
    noticed = with_log(FIXED, "{date: 2024-03-15, kind: notice}")
    assert codes(noticed, "terminated", D(2024, 10, 1)) == []
    assert codes(noticed, "active", D(2024, 10, 1)) == [("status-stale", status_line)]
    assert codes(FIXED, "active", D(2024, 10, 1)) == []


def test_a_conditional_right_never_reads_yes_alone(cli: Callable[..., Run]) -> None:
    """Rule 10: the notice answer states the grounds and renewal conditions in the text's words."""
    vgr = cli("notice", "vgr-boj-fyrbodol-2025", "--given", "2026-01-15")
    allowed = next(line for line in vgr.stdout.splitlines() if line.startswith("Tillåten"))
    assert "(termination.grounds)" in allowed and "väsentligt ändrade omständigheter" in allowed
    data = json.loads(
        cli("notice", "vgr-boj-fyrbodol-2025", "--given", "2026-01-15", "--format", "json").stdout
    )
    assert data["allowed"] is True and "inte uppfyller överenskomna villkor" in data["grounds"]
    stockholm = cli(
        "notice", "stockholm-boj-vasterort-2022", "--given", "2022-10-01", "--lang", "en"
    )
    assert (
        "Renewal depends on" in stockholm.stdout
        and "medel för partnerskapet finns" in stockholm.stdout
    )
    plain = cli("notice", "linkoping-boj-2023", "--given", "2025-01-15")
    assert any(line.split() == ["Tillåten", "ja"] for line in plain.stdout.splitlines())
