"""One test per semantic check: its code, its severity and the line a person must fix.

Each test starts from :data:`MINIMAL`, a small agreement with no problems (a
test asserts that), breaks one thing, and expects exactly the problem that
thing should cause.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

import pytest

from builders import loaded as load
from conftest import english
from iopctl.checks import AgreementCheck, AgreementRef, CheckContext, check_set, run_checks
from iopctl.document import LoadedAgreement
from iopctl.loader import load_series
from iopctl.problems import NO_FILE, Problem, Severity

MINIMAL = """\
id: t
title: Test
status: active
source: {document: test.txt}
parties:
  - {role: public, name: Kommunen, org_number: 212000-0449}
  - {role: civil, name: Föreningen, org_number: 802015-4822}
term:
  start: 2024-01-01
  end: 2025-12-31
"""
AS_OF = dt.date(2024, 6, 1)
ERROR, WARNING = Severity.ERROR, Severity.WARNING


def check(
    *texts: str,
    paths: Sequence[str] = ("t.yaml",),
    as_of: dt.date = AS_OF,
    extra: Sequence[AgreementCheck] = (),
) -> list[Problem]:
    """Every check's problems for agreements ``texts`` stored at ``paths``."""
    series, series_problems = load_series()
    assert series_problems == []
    agreements = [load(text, path) for text, path in zip(texts, paths, strict=True)]
    return run_checks(agreements, CheckContext(as_of=as_of, series=series), extra)


def line_of(text: str, needle: str, start: int = 1) -> int:
    """The first line at or after ``start`` that contains ``needle``."""
    lines = text.splitlines()
    return next(i for i in range(start, len(lines) + 1) if needle in lines[i - 1])


def found(problems: list[Problem]) -> list[tuple[str, Severity, int]]:
    return [(p.code, p.severity, p.line) for p in problems]


def test_minimal_agreement_has_no_problems() -> None:
    assert check(MINIMAL) == []


# --- identity -----------------------------------------------------------------------


def test_id_must_match_file_name() -> None:
    (problem,) = check(MINIMAL, paths=("agreements/other.yaml",))
    assert found([problem]) == [("id-file-mismatch", ERROR, 1)]
    assert english(problem) == "id 't' differs from file name 'other'"


def test_duplicate_ids_across_files_name_the_first_file() -> None:
    (problem,) = check(MINIMAL, MINIMAL, paths=("a/t.yaml", "b/t.yaml"))
    assert (problem.path, *found([problem])[0]) == ("b/t.yaml", "duplicate-id", ERROR, 1)
    assert "a/t.yaml:1" in english(problem)


def test_both_party_roles_are_required() -> None:
    text = MINIMAL.replace("{role: civil,", "{role: public,")
    (problem,) = check(text)
    assert found([problem]) == [("missing-party", ERROR, line_of(text, "  - {role: public"))]
    assert english(problem) == "no party with role 'civil'"


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("80201-54822", "org-number-format"),
        ('"8020154822"', "org-number-format"),  # quoted: unquoted digits are a number
        ("802015-482X", "org-number-format"),
        ("802015-4823", "org-number-checksum"),
    ],
)
def test_org_number_format_and_check_digit(number: str, code: str) -> None:
    text = MINIMAL.replace("802015-4822", number)
    (problem,) = check(text)
    assert found([problem]) == [(code, ERROR, line_of(text, number))]
    assert problem.field == "parties[1].org_number"


# --- dates --------------------------------------------------------------------------


def test_term_must_end_after_it_starts() -> None:
    text = MINIMAL.replace("end: 2025-12-31", "end: 2023-12-31")
    (problem,) = check(text, as_of=dt.date(2023, 6, 1))
    assert found([problem]) == [("term-order", ERROR, line_of(text, "end: 2023-12-31"))]


def test_renewal_cannot_end_before_the_initial_term() -> None:
    renewal = "  renewal: {period_months: 12, latest_end: 2025-06-30}\n"
    text = MINIMAL + renewal
    (problem,) = check(text)
    assert found([problem]) == [("renewal-order", ERROR, line_of(text, "renewal:"))]
    assert problem.field == "term.renewal.latest_end"


def test_report_window_must_be_in_order() -> None:
    text = MINIMAL + (
        "duties:\n"
        "  - kind: report\n"
        "    title: Återrapport\n"
        "    window: {start: 2025-03-31, end: 2025-01-01}\n"
    )
    (problem,) = check(text)
    assert found([problem]) == [("window-order", ERROR, line_of(text, "window:"))]


@pytest.mark.parametrize(
    ("end", "words"),
    [("2025-12-23", "8 days short of 2 whole years"), ("2026-01-05", "5 days past 2 whole years")],
)
def test_term_a_few_days_off_whole_years_is_implausible(end: str, words: str) -> None:
    text = MINIMAL.replace("end: 2025-12-31", f"end: {end}")
    (problem,) = check(text)
    assert found([problem]) == [("implausible-term", WARNING, line_of(text, f"end: {end}"))]
    assert words in english(problem)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2025-03-01", "2030-02-28"),  # VGR: five whole years, ending in February
        ("2024-02-29", "2027-02-27"),  # from a leap day
        ("2023-03-01", "2024-02-29"),  # over a leap day
        ("2024-01-31", "2025-01-30"),  # from a month end
        ("2024-01-01", "2024-06-30"),  # half a year is not "a few days off" anything
    ],
)
def test_whole_years_and_short_terms_are_plausible(start: str, end: str) -> None:
    text = MINIMAL.replace("start: 2024-01-01", f"start: {start}").replace(
        "end: 2025-12-31", f"end: {end}"
    )
    assert check(text, as_of=dt.date.fromisoformat(start)) == []


def test_very_long_term_is_implausible() -> None:
    text = MINIMAL.replace("end: 2025-12-31", "end: 2053-12-31")
    (problem,) = check(text)
    assert found([problem]) == [("implausible-term", WARNING, line_of(text, "end: 2053"))]
    assert english(problem) == "a term of 30 years is unusual"


def test_active_after_the_last_possible_day_is_stale() -> None:
    (problem,) = check(MINIMAL, as_of=dt.date(2026, 1, 1))
    assert found([problem]) == [("status-stale", WARNING, line_of(MINIMAL, "status:"))]


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (MINIMAL, dt.date(2025, 12, 31)),  # the last day still counts
        (MINIMAL.replace("status: active", "status: ended"), dt.date(2026, 1, 1)),
        (MINIMAL + "  renewal: {period_months: 12}\n", dt.date(2030, 1, 1)),  # open-ended
        (MINIMAL + "  renewal: {period_months: 12, latest_end: 2027-12-31}\n", dt.date(2027, 6, 1)),
    ],
    ids=["last-day", "ended", "open-ended-renewal", "within-renewal"],
)
def test_status_is_not_stale(text: str, as_of: dt.date) -> None:
    assert check(text, as_of=as_of) == []


def test_dated_duty_outside_the_term() -> None:
    text = MINIMAL + "duties:\n  - {kind: task, title: Utse referensgrupp, due: 2027-01-01}\n"
    (problem,) = check(text)
    assert found([problem]) == [("duty-outside-term", WARNING, line_of(text, "kind: task"))]
    assert problem.field == "duties[0].due"


def test_log_entry_outside_the_term_and_its_margins() -> None:
    text = MINIMAL + (
        "log:\n"
        "  - {date: 2023-10-01, kind: payment}\n"  # 3 months before the start: fine
        "  - {date: 2026-06-30, kind: payment}\n"  # 6 months after the end: fine
        "  - {date: 2026-07-01, kind: payment}\n"
    )
    (problem,) = check(text)
    assert found([problem]) == [("log-outside-term", WARNING, line_of(text, "2026-07-01"))]


def test_indexation_starting_outside_the_term() -> None:
    text = MINIMAL + "indexation: {index: OPI, from: 2030-01-01}\n"
    (problem,) = check(text)
    expected = ("indexation-outside-term", WARNING, line_of(text, "indexation:"))
    assert found([problem]) == [expected]


# --- money --------------------------------------------------------------------------

FUNDING = """\
funding:
  per: calendar_year
  stated_total: {total}
  contributions:
    - payer: public
      amount: 704000
      lines:
        - {{label: Personal, amount: 600000}}
        - {{label: Övrigt, amount: {other}}}
    - payer: civil
      kind: in_kind
      hours: 1500
      value: 341314
"""


def test_budget_that_adds_up_is_clean() -> None:
    assert check(MINIMAL + FUNDING.format(total=1045314, other=104000)) == []


def test_budget_lines_must_sum_to_the_contribution() -> None:
    text = MINIMAL + FUNDING.format(total=1045314, other=104001)
    (problem,) = check(text)
    assert found([problem]) == [("budget-sum", ERROR, line_of(text, "label: Personal"))]
    assert english(problem) == (
        "budget lines sum to SEK\xa0704,001 but the contribution states SEK\xa0704,000"
    )


def test_contributions_must_sum_to_the_stated_total() -> None:
    text = MINIMAL + FUNDING.format(total=813514, other=104000)
    (problem,) = check(text)
    assert found([problem]) == [("funding-total", ERROR, line_of(text, "stated_total:"))]
    assert "SEK\xa01,045,314" in english(problem)


def test_in_kind_hours_times_rate_must_give_the_value() -> None:
    close = MINIMAL + FUNDING.format(total=1045314, other=104000).replace(
        "hours: 1500", "hours: 1500\n      hourly_rate: 227.54"
    )
    assert check(close) == []  # 1500 × 227,54 = 341 310 kr: within half a percent
    off = close.replace("hourly_rate: 227.54", "hourly_rate: 200")
    (problem,) = check(off)
    assert found([problem]) == [("in-kind-value", WARNING, line_of(off, "value: 341314"))]
    assert english(problem) == (
        "1,500 hours × SEK\xa0200 = SEK\xa0300,000, but the stated value is SEK\xa0341,314"
    )


def test_a_grant_needs_an_amount() -> None:
    text = MINIMAL + "funding:\n  per: term\n  contributions:\n    - {payer: public}\n"
    (problem,) = check(text)
    assert found([problem]) == [("funding-amount", ERROR, line_of(text, "- {payer: public}"))]


# --- series and names ---------------------------------------------------------------


def test_indexation_must_name_a_known_series() -> None:
    text = MINIMAL + "indexation: {index: KPIX, from: 2025-01-01}\n"
    (problem,) = check(text)
    assert found([problem]) == [("unknown-series", ERROR, line_of(text, "indexation:"))]
    assert "data/indices/kpix.yaml" in english(problem)


def test_per_capita_must_name_a_known_population() -> None:
    text = MINIMAL + "per_capita: {rate: 3, population: nowhere, lag_years: 2}\n"
    (problem,) = check(text)
    assert found([problem]) == [("unknown-series", ERROR, line_of(text, "per_capita:"))]
    assert "data/populations/nowhere.yaml" in english(problem)


def test_bundled_series_are_known() -> None:
    text = MINIMAL + (
        "indexation: {index: opi, from: 2025-01-01}\n"
        "per_capita: {rate: 3, population: robertsfors, lag_years: 2}\n"
    )
    assert check(text) == []


MEETINGS = """\
duties:
  - {kind: meeting, name: strategic, title: Strategiskt möte, times_per_year: 2}
  - {kind: evaluation, id: utvardering, title: Årlig utvärdering}
  - {kind: meeting, name: %s, title: Operativt möte, times_per_year: 2}
"""


@pytest.mark.parametrize("second", ["strategic", "utvardering"])
def test_duty_ids_and_meeting_names_are_unique(second: str) -> None:
    text = MINIMAL + MEETINGS % second
    first = line_of(text, f"name: {second}" if second == "strategic" else f"id: {second}")
    again = line_of(text, "Operativt möte")
    problems = check(text)
    assert found(problems) == [("duplicate-duty", ERROR, first), ("duplicate-duty", ERROR, again)]


def test_a_meeting_may_use_its_name_as_its_id() -> None:
    text = MINIMAL + (
        "duties:\n"
        "  - {kind: meeting, id: strategic, name: strategic, title: M, times_per_year: 2}\n"
    )
    assert check(text) == []


# --- the runner ---------------------------------------------------------------------


def crashing(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    raise ZeroDivisionError("boom")
    yield  # pragma: no cover - makes this a generator like the real checks


def test_a_crashing_check_is_reported_and_the_others_still_run() -> None:
    text = MINIMAL.replace("end: 2025-12-31", "end: 2023-12-31")
    problems = check(text, as_of=dt.date(2023, 6, 1), extra=[crashing])
    assert [p.code for p in problems] == ["term-order", "check-crashed"]
    crash = problems[1]
    assert (crash.path, crash.line, crash.severity) == ("t.yaml", 0, ERROR)
    assert english(crash) == "check crashing crashed: ZeroDivisionError: boom"


def crashing_across(refs: Sequence[AgreementRef], ctx: CheckContext) -> Iterator[Problem]:
    raise KeyError("gone")
    yield  # pragma: no cover - makes this a generator like the real checks


def test_a_crashing_check_across_files_is_reported_without_a_file() -> None:
    series, _ = load_series()
    refs = [AgreementRef.of(load(MINIMAL)), AgreementRef.of(load(MINIMAL, "other/t.yaml"))]
    problems = check_set(refs, CheckContext(as_of=AS_OF, series=series), [crashing_across])
    assert [p.code for p in problems] == ["duplicate-id", "check-crashed"]
    assert (problems[1].path, problems[1].line) == (NO_FILE, 0)
    assert english(problems[1]) == "check crashing_across crashed: KeyError: 'gone'"


# --- the log ------------------------------------------------------------------------

PAID = """\
funding:
  per: calendar_year
  contributions:
    - {payer: public, kind: grant, amount: 1000}
payments: {schedule: yearly, window: {month: 1}}
duties:
  - {kind: meeting, name: strategic, title: Strategiska möten, times_per_year: 2}
log:
  - {date: 2024-01-20, kind: payment, amount: 1000}
  - {date: 2025-01-20, kind: payment, amount: 1}
  - {date: 2024-05-02, kind: meeting, name: strategic}
  - {date: 2024-11-02, kind: meeting, name: strategc}
"""


def test_a_logged_payment_that_leaves_its_instalment_short_is_a_warning() -> None:
    text = MINIMAL + PAID
    problems = [p for p in check(text, as_of=dt.date(2025, 6, 1)) if p.code == "payment-amount"]
    assert found(problems) == [("payment-amount", WARNING, line_of(text, "amount: 1}"))]
    assert english(problems[0]) == (
        "payment 2025 (due 2025-01-31) is not paid in full: SEK\xa0999 outstanding"
    )


def test_a_log_entry_naming_no_duty_is_a_warning() -> None:
    text = MINIMAL + PAID
    problems = [p for p in check(text, as_of=dt.date(2025, 6, 1)) if p.code == "log-unmatched"]
    assert found(problems) == [("log-unmatched", WARNING, line_of(text, "name: strategc"))]
    assert english(problems[0]).endswith("(did you mean 'strategic'?)")


def test_warning_checks_only_warn_so_commands_may_skip_them() -> None:
    """Commands other than validate run ERROR_CHECKS only; that must find every error."""
    from conftest import AGREEMENTS
    from iopctl.checks import ERROR_CHECKS, WARNING_CHECKS
    from iopctl.project import open_project

    project = open_project([str(AGREEMENTS)])
    broken = MINIMAL.replace("end: 2025-12-31", "end: 2023-12-23") + PAID
    agreements = [*project.agreements, load(broken)]
    ctx = CheckContext(as_of=dt.date(2025, 6, 1), series=project.series)
    every = run_checks(agreements, ctx)
    assert any(not p.is_error for p in every) and any(p.is_error for p in every)
    assert [p for p in every if p.is_error] == run_checks(agreements, ctx, checks=ERROR_CHECKS)
    assert all(not p.is_error for p in run_checks(agreements, ctx, checks=WARNING_CHECKS))


def test_a_final_report_due_long_after_the_end_may_be_logged_on_time() -> None:
    """The log's margin follows the last due day of any duty, not a fixed 6 months."""
    text = MINIMAL + (
        "duties:\n"
        "  - {kind: report, id: slut, title: Slutrapport, every: year, due_after: {months: 9}}\n"
        "log:\n"
        "  - {date: 2026-09-30, kind: report, name: slut}\n"  # due 2026-09-30: on time
        "  - {date: 2027-03-30, kind: payment}\n"  # 6 months after that: fine
        "  - {date: 2027-04-01, kind: payment}\n"
    )
    (problem,) = check(text)
    assert found([problem]) == [("log-outside-term", WARNING, line_of(text, "2027-04-01"))]
