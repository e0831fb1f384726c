"""Recurring duties (DESIGN rule 12), work bounded by the window, and renewals without a cap.

A duty may recur (``every``) and fall due on a day of the year or a lag after
each period; its deliverables arrive one log entry at a time.  However long the
term, ``deadlines`` computes only the window it is asked for, and an automatic
renewal without ``latest_end`` runs on, whatever its age.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import BASE, agreement, loaded, said
from conftest import AGREEMENTS, Run
from iopctl.calendar import add_months
from iopctl.checks import CheckContext, check_log_deliverables
from iopctl.indices import SeriesStore
from iopctl.loader import load_text
from iopctl.models import Lag, MonthDay, Renewal, Term
from iopctl.rules.deadlines import Deadline, DeadlineQuery
from iopctl.rules.duties import after, duty_occurrences, next_day_of_year
from iopctl.rules.evaluate import agreement_rows, evaluate
from iopctl.rules.terms import term_periods

D = dt.date
THREE = "[verksamhetsberättelse, ekonomisk redovisning, revisionsberättelse]"
YEARLY = f"""\
term: {{start: 2023-01-01, end: 2025-12-31}}
duties:
  - kind: report
    id: vb
    title: Verksamhetsberättelse
    every: year
    due: {{month: 3, day: 31}}
    deliverables: {THREE}
"""


def rows_of(body: str, as_of: dt.date, until: dt.date | None = None) -> list[Deadline]:
    return list(evaluate(agreement(body), SeriesStore(), as_of, until=until).deadlines)


def duty_rows(body: str, as_of: dt.date) -> list[Deadline]:
    return [r for r in rows_of(body, as_of) if r.kind in {"report_due", "task", "evaluation"}]


def test_a_yearly_report_falls_due_after_each_year_and_after_the_end() -> None:
    """'Senast 31 mars' is the first 31 March after the year reported on; the last is
    listed although it falls after the term end."""
    rows = duty_rows(YEARLY, D(2023, 6, 1))
    assert [(r.occurrence, r.date) for r in rows] == [
        ("vb.2023", D(2024, 3, 31)),
        ("vb.2024", D(2025, 3, 31)),
        ("vb.2025", D(2026, 3, 31)),
    ]
    assert said(rows[0].explanation[0]) == "datum enligt avtalet (duties[0].due)"
    assert "ska lämnas: verksamhetsberättelse; ekonomisk redovisning" in said(rows[0].explanation)


def test_deliverables_arrive_one_entry_at_a_time() -> None:
    log = (
        "log:\n"
        "  - {date: 2024-03-20, kind: report, name: vb, deliverables: [verksamhetsberättelse]}\n"
        "  - {date: 2024-03-28, kind: report, name: vb,"
        " deliverables: [ekonomisk redovisning, revisionsberättelse]}\n"
        "  - {date: 2025-03-30, kind: report, name: vb, deliverables: [ekonomisk redovisning]}\n"
    )
    partly = {r.occurrence: r for r in duty_rows(YEARLY + log, D(2024, 3, 25))}
    assert partly["vb.2023"].status == "due_soon"
    assert (
        "saknas: ekonomisk redovisning; revisionsberättelse (inlämnat: verksamhetsberättelse)"
        in said(partly["vb.2023"].explanation)
    )
    later = {r.occurrence: r for r in duty_rows(YEARLY + log, D(2025, 4, 2))}
    assert later["vb.2023"].status == "done" and later["vb.2023"].done_on == D(2024, 3, 28)
    assert later["vb.2024"].status == "overdue"  # one of three arrived: still open
    assert "saknas: verksamhetsberättelse; revisionsberättelse (inlämnat" in said(
        later["vb.2024"].explanation
    )


def test_an_entry_without_deliverables_brings_them_all() -> None:
    log = "log:\n  - {date: 2024-02-01, kind: report, name: vb}\n"
    rows = {r.occurrence: r for r in duty_rows(YEARLY + log, D(2024, 6, 1))}
    assert rows["vb.2023"].status == "done"


def test_a_late_report_counts_for_the_year_it_is_late_for() -> None:
    """Reports are about a period: the earliest open one takes the entry, not the next."""
    log = "log:\n  - {date: 2025-05-02, kind: report, name: vb}\n"
    rows = {r.occurrence: r for r in duty_rows(YEARLY + log, D(2025, 6, 1))}
    assert rows["vb.2023"].status == "done"
    assert rows["vb.2024"].status == "overdue"
    named = "log:\n  - {date: 2025-05-02, kind: report, name: vb.2024}\n"
    rows = {r.occurrence: r for r in duty_rows(YEARLY + named, D(2025, 6, 1))}
    assert rows["vb.2023"].status == "overdue" and rows["vb.2024"].status == "done"


def test_due_after_a_lag_in_months_or_days() -> None:
    """'Senast två månader efter verksamhetsårets slut', months per lag 1930:173."""
    body = """\
    term: {start: 2023-07-01, end: 2025-03-31}
    duties:
      - {kind: report, id: q, title: Kvartalsrapport, every: quarter, due_after: {days: 30}}
      - {kind: evaluation, id: e, title: Utvärdering, due_after: {months: 2}}
    """
    rows = rows_of(body, D(2023, 7, 1), until=D(2026, 12, 31))
    quarters = [(r.occurrence, r.date) for r in rows if r.kind == "report_due"]
    assert quarters[:2] == [("q.2023-Q3", D(2023, 10, 30)), ("q.2023-Q4", D(2024, 1, 30))]
    assert quarters[-1] == ("q.2025-Q1", D(2025, 4, 30))
    yearly = [r for r in rows if r.kind == "evaluation"]
    assert [(r.occurrence, r.date) for r in yearly] == [
        ("e.2023", D(2024, 2, 29)),  # 31 December + 2 months: the last day of February
        ("e.2024", D(2025, 2, 28)),
        ("e.2025", D(2025, 5, 31)),  # the short last period ends 31 March
    ]
    assert said(yearly[0].explanation[0]) == (
        "2023-12-31 + 2 månader = 2024-02-29 (duties[1].due_after)"
    )
    assert said(yearly[0].explanation[1]) == (
        "kort första period 2023-07-01–2023-12-31 (avtalet börjar 2023-07-01)"
    )
    assert said(yearly[-1].explanation[1]) == (
        "kort sista period 2025-01-01–2025-03-31 (avtalet slutar 2025-03-31)"
    )


def test_without_a_day_a_recurring_duty_falls_due_at_its_periods_end() -> None:
    body = """\
    term: {start: 2024-01-01, end: 2024-12-31}
    duties:
      - {kind: task, id: t, title: Halvårsrapport, every: half_year}
    """
    rows = [r for r in rows_of(body, D(2024, 1, 1)) if r.kind == "task"]
    assert [r.date for r in rows] == [D(2024, 6, 30), D(2024, 12, 31)]
    assert said(rows[0].explanation[0]) == (
        "inget datum angivet (2 gånger per år): förfaller vid periodens slut 2024-06-30"
    )


def test_the_vgr_evaluation_of_the_short_last_period_is_explained_as_such() -> None:
    text = (AGREEMENTS / "vgr-boj-fyrbodol-2025.yaml").read_text(encoding="utf-8")
    run = evaluate(
        loaded(text, "agreements/vgr-boj-fyrbodol-2025.yaml"), SeriesStore(), D(2029, 12, 1)
    )
    last = next(r for r in run.deadlines if r.occurrence == "arlig-utvardering.2030")
    assert last.date == D(2030, 2, 28)
    assert said(last.explanation).startswith(
        "den angivna dagen 31 december infaller efter avtalets slut; förfaller därför vid "
        "periodens slut 2030-02-28 (duties[0].due); "
        "kort sista period 2030-01-01–2030-02-28 (avtalet slutar 2030-02-28); "
        "bygger på antagande duties.arlig-utvardering.due"  # the day rests on it (cond)
    )
    assert said(last.explanation, "en").startswith("the stated day December 31 falls after")


@pytest.mark.parametrize(
    ("duty", "words"),
    [
        ("{kind: report, title: R, due: {month: 3, day: 31}}", "add every: year"),
        ("{kind: report, title: R, every: year, due: 2024-03-31}", "a day of the year"),
        ("{kind: task, title: T, due_after: {months: 2}}", "add every"),
        ("{kind: task, title: T, every: quarter, due: {month: 3, day: 31}}", "needs every: year"),
        ("{kind: report, title: R, every: year, window: {start: 2024-01-01, end: 2024-03-31}}",
         "one-off report"),
        ("{kind: report, title: R, every: year, due_after: {months: 1, days: 3}}", "one of them"),
        ("{kind: report, title: R, every: year, deliverables: [a, a]}", "listed twice"),
    ],
)  # fmt: skip
def test_inconsistent_recurrence_is_refused_at_its_line(duty: str, words: str) -> None:
    text = "id: test\ntitle: T\nstatus: active\nsource: {document: t.txt}\n" + (
        "parties: [{role: public, name: K}, {role: civil, name: F}]\n"
        "term: {start: 2024-01-01, end: 2025-12-31}\n"
        f"duties:\n  - {duty}\n"
    )
    result, problems = load_text(text, "agreements/test.yaml")
    assert result is None
    assert [p.code for p in problems] == ["schema"]
    assert problems[0].line == 8  # the duty
    assert words in str(problems[0].args)


def test_the_one_off_forms_stay_valid() -> None:
    body = """\
    term: {start: 2024-01-01, end: 2025-12-31}
    duties:
      - kind: report
        id: r
        title: R
        due: 2025-03-31
        covers: {start: 2024-01-01, end: 2024-12-31}
      - {kind: task, id: t, title: T, due: 2024-05-01}
      - {kind: evaluation, id: e, title: E, due: {month: 12, day: 1}}
    """
    rows = rows_of(body, D(2024, 1, 1))
    assert [(r.occurrence, r.date) for r in rows if r.kind in {"report_due", "task"}] == [
        ("t", D(2024, 5, 1)),
        ("r", D(2025, 3, 31)),
    ]


def test_an_unknown_deliverable_is_a_located_warning() -> None:
    la = agreement(
        YEARLY + "log:\n  - {date: 2024-03-20, kind: report, name: vb,"
        " deliverables: [verksamhetsberattelse]}\n"
    )
    problems = list(
        check_log_deliverables(la, CheckContext(as_of=D(2024, 6, 1), series=SeriesStore()))
    )
    assert [(p.code, p.line, p.severity.value) for p in problems] == [
        ("log-unknown-deliverable", 17, "warning")
    ]
    assert dict(problems[0].args)["suggestion"] == "verksamhetsberättelse"


# --- properties -------------------------------------------------------------------------

EVERY = st.sampled_from(["year", "half_year", "quarter", "month"])
LAGS = st.one_of(
    st.builds(Lag, months=st.integers(1, 24)), st.builds(Lag, days=st.integers(1, 730))
)


@settings(max_examples=60, deadline=None)
@given(
    start=st.dates(D(1990, 1, 1), D(2040, 12, 31)),
    days=st.integers(0, 4 * 366),
    every=EVERY,
    lag=st.one_of(st.none(), LAGS),
)
def test_occurrences_lie_in_the_term_plus_lag_one_per_period(
    start: dt.date, days: int, every: str, lag: Lag | None
) -> None:
    end = start + dt.timedelta(days=days)
    due_after = (
        ""
        if lag is None
        else f", due_after: {{{'months' if lag.months else 'days'}: {lag.months or lag.days}}}"
    )
    la = agreement(
        f"term: {{start: {start}, end: {end}}}\n"
        f"duties:\n  - {{kind: report, id: r, title: R, every: {every}{due_after}}}\n"
    )
    found = duty_occurrences(la.agreement, end)
    latest = after(end, lag) if lag is not None else end
    dues = [o.due for o in found]
    assert all(start <= d <= latest for d in dues)
    assert dues == sorted(set(dues))  # strictly increasing
    assert len({o.label for o in found}) == len(found)  # one per period
    assert found[0].start == start and found[-1].end == end  # the periods tile the term
    for previous, this in itertools.pairwise(found):
        assert this.start == previous.end + dt.timedelta(days=1)


@settings(max_examples=60, deadline=None)
@given(
    start=st.dates(D(1990, 1, 1), D(2040, 12, 31)),
    days=st.integers(0, 4 * 366),
    kind=st.sampled_from(["report", "evaluation", "task"]),
    month=st.integers(1, 12),
    dom=st.integers(1, 28),
)
def test_a_day_of_the_year_gives_one_occurrence_a_year_in_order(
    start: dt.date, days: int, kind: str, month: int, dom: int
) -> None:
    """A report's day follows the year it is about (at most a year after the end); an
    evaluation's or task's lies within its year, never after the end."""
    end = start + dt.timedelta(days=days)
    la = agreement(
        f"term: {{start: {start}, end: {end}}}\n"
        f"duties:\n  - {{kind: {kind}, id: d, title: D, every: year,"
        f" due: {{month: {month}, day: {dom}}}}}\n"
    )
    found = duty_occurrences(la.agreement, end)
    dues = [o.due for o in found]
    latest = end + dt.timedelta(days=366) if kind == "report" else end
    assert all(start <= d <= latest for d in dues)
    assert dues == sorted(dues)
    # strictly increasing, but for a short last period: its report may share the day
    # of the year before ("senast 31 mars" for both 2024 and January–February 2025)
    assert dues[:-1] == sorted(set(dues[:-1]))
    assert len({o.start.year for o in found}) == len(found)  # at most one a year
    if kind == "report":
        assert [o.start.year for o in found] == list(range(start.year, end.year + 1))


@given(
    day=st.dates(D(2000, 1, 1), D(2100, 12, 31)), month=st.integers(1, 12), dom=st.integers(1, 31)
)
def test_next_day_of_year_is_the_first_on_or_after(day: dt.date, month: int, dom: int) -> None:
    if dom > 29 and month == 2:
        dom = 29
    if dom == 31 and month in (4, 6, 9, 11):
        dom = 30
    found = next_day_of_year(MonthDay(month=month, day=dom), day)
    assert day <= found < day + dt.timedelta(days=367)
    assert found.month == month


# --- work bounded by the window ---------------------------------------------------------

CENTURIES = "term: {start: 1900-01-01, end: 2199-12-31}\nduties:\n" + "".join(
    f"  - {{kind: meeting, name: m{i:02d}, title: Möte {i}, times_per_year: 12}}\n"
    for i in range(50)
)


def test_a_term_of_three_centuries_costs_what_the_window_costs() -> None:
    """50 monthly meetings over 1900..2199: only the window and five years of overdue
    are generated (at most 50 × 12 × 7 occurrences), not 180 000."""
    la = agreement(CENTURIES)
    as_of = D(2026, 12, 1)
    query = DeadlineQuery(as_of=as_of, until=add_months(as_of, 12))
    rows = agreement_rows(la, SeriesStore(), query)
    assert len(rows) <= 50 * 12 * 7
    assert {r.status for r in rows} == {"overdue", "due_soon", "upcoming"}
    assert min(r.date for r in rows) >= D(2021, 12, 1)  # the documented five-year look-back
    generated = duty_occurrences(
        la.agreement, D(2199, 12, 31), since=D(2021, 12, 1), until=D(2027, 12, 1)
    )
    assert len(generated) <= 50 * 12 * 7
    two_years = duty_occurrences(
        la.agreement, D(2199, 12, 31), since=D(2150, 1, 1), until=D(2151, 12, 31)
    )
    assert len(two_years) == 50 * 12 * 2


def test_validate_stays_fast_on_it() -> None:
    """The checks generate no occurrence of the meetings at all."""
    from iopctl.checks import run_checks

    problems = run_checks(
        [agreement(CENTURIES)], CheckContext(as_of=D(2026, 12, 1), series=SeriesStore())
    )
    assert [p.code for p in problems] == ["implausible-term"]


# --- renewals without a cap -------------------------------------------------------------

MONTHLY = """\
term:
  start: 2005-01-01
  end: 2005-01-31
  renewal: {automatic: true, period_months: 1}
"""


def test_a_monthly_renewal_from_2005_runs_on_in_2026(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    """It ran out after 200 renewals (2021) when the list had a cap."""
    la = agreement(MONTHLY)
    run = evaluate(la, SeriesStore(), D(2026, 12, 1), until=D(2027, 12, 1))
    assert run.status == "active"
    assert run.current is not None and run.current.start == D(2026, 12, 1)
    (tmp_path / "test.yaml").write_text(BASE + MONTHLY, encoding="utf-8")
    out = cli("deadlines", str(tmp_path), "--as-of", "2026-12-01", "--format", "json")
    assert out.code == 0, out.stderr
    renewals = [r for r in json.loads(out.stdout)["deadlines"] if r["kind"] == "renewal"]
    assert renewals[0]["date"] == "2026-12-01" and renewals[0]["occurrence"] == "period-264"
    assert renewals[1]["date"] == "2027-01-01"


@settings(max_examples=80, deadline=None)
@given(
    start=st.dates(D(1950, 1, 1), D(2030, 12, 31)),
    days=st.integers(0, 800),
    months=st.integers(1, 120),
    since=st.dates(D(1950, 1, 1), D(2060, 12, 31)),
    ahead=st.integers(1, 400),
)
def test_renewals_since_a_day_are_those_of_the_whole_list(
    start: dt.date, days: int, months: int, since: dt.date, ahead: int
) -> None:
    """Renewal k computed directly equals renewal k listed from the start."""
    term = Term(
        start=start, end=start + dt.timedelta(days=days), renewal=Renewal(period_months=months)
    )
    horizon = add_months(since, ahead)
    whole = term_periods(term, horizon)
    window = term_periods(term, horizon, since)
    assert window[0] == whole[0]
    assert window[1:] == [p for p in whole[1:] if p.end >= since]
    assert whole[-1].start <= horizon < add_months(whole[-1].start, months) or len(whole) == 1


def test_a_seed_copy_with_a_yearly_report_and_three_deliverables(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    """Linköping with a yearly verksamhetsberättelse due 31 March, one year partly logged."""
    text = (AGREEMENTS / "linkoping-boj-2023.yaml").read_text(encoding="utf-8")
    duty = (
        "  - kind: report\n    id: verksamhetsberattelse\n    title: Verksamhetsberättelse\n"
        "    by: civil\n    every: year\n    due: {month: 3, day: 31}\n"
        f"    deliverables: {THREE}\n"
    )
    text = text.replace("duties:\n", "duties:\n" + duty, 1) + (
        "log:\n  - {date: 2024-03-15, kind: report, name: verksamhetsberattelse,"
        " deliverables: [verksamhetsberättelse, ekonomisk redovisning]}\n"
    )
    (tmp_path / "linkoping-boj-2023.yaml").write_text(text, encoding="utf-8")
    assert cli("validate", str(tmp_path), "--as-of", "2024-04-01").code == 0
    out = cli(
        "deadlines", str(tmp_path), "--as-of", "2024-04-01", "--until", "2026-12-31",
        "--kind", "report_due", "--format", "json", "--status", "all",
    )  # fmt: skip
    assert out.code == 0, out.stderr
    rows = {r["occurrence"]: r for r in json.loads(out.stdout)["deadlines"]}
    assert [(k, r["date"], r["status"]) for k, r in rows.items() if "." in k] == [
        ("verksamhetsberattelse.2023", "2024-03-31", "overdue"),
        ("verksamhetsberattelse.2024", "2025-03-31", "upcoming"),
        ("verksamhetsberattelse.2025", "2026-03-31", "upcoming"),
    ]
    assert (
        "saknas: revisionsberättelse (inlämnat: verksamhetsberättelse; ekonomisk redovisning)"
        in rows["verksamhetsberattelse.2023"]["explanation"]
    )


def test_the_whole_life_of_an_absurd_term_is_bounded_too() -> None:
    """report, site, payments and diff evaluate without a window: 25 years either side of
    as_of (LIFE_YEARS), not 1900..2199; monthly payments since 1900 are not all overdue."""
    from iopctl.rules.evaluate import LIFE_YEARS

    text = CENTURIES.replace(
        "duties:\n",
        "funding:\n  per: calendar_year\n  contributions:\n    - {payer: public, amount: 120000}\n"
        "payments: {schedule: monthly}\nduties:\n",
    )
    as_of = D(2026, 12, 1)
    evaluation = evaluate(agreement(text), SeriesStore(), as_of, until=add_months(as_of, 12))
    years = [p.year for p in evaluation.payments]
    assert (years[0], years[-1]) == (2026 - LIFE_YEARS, 2026 + LIFE_YEARS)  # not 1900..2199
    payments = [d for d in evaluation.deadlines if d.kind == "payment"]
    assert len(payments) == 12 * len(years)
    overdue = [d for d in payments if d.status == "overdue"]
    assert len(overdue) == 12 * LIFE_YEARS + 11  # 2001-01 .. 2026-11, none logged
    meetings = [d for d in evaluation.deadlines if d.kind == "meeting_due"]
    assert len(meetings) == 50 * 12 * 2 * LIFE_YEARS  # 2001-12 .. 2051-11
    assert min(d.date for d in meetings) == D(2001, 12, 31)
