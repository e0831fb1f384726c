"""Instalments one by one (DESIGN rule 13): rows, the log paying them, late and short payments.

One function (:func:`iopctl.rules.payments.instalment_slots`) gives the days
both ``payments`` and ``deadlines`` show; these tests hold the two side by side.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from builders import agreement, deadline_rows, said
from conftest import english
from iopctl.checks import CheckContext, check_logged_payments
from iopctl.indices import SeriesStore
from iopctl.rules.payments import PaymentYear, payment_schedule, split

D = dt.date
NONE = SeriesStore()


def quarterly(log: str = "", per: str = "calendar_year", extra: str = "") -> str:
    return f"""
        term: {{start: 2024-01-01, end: 2025-12-31}}
        funding: {{per: {per}, contributions: [{{payer: public, amount: 100001}}]}}
        payments: {{schedule: quarterly{extra}}}
        log: [{log}]
        """


def instalments(years: list[PaymentYear]) -> list[tuple[str, dt.date | None, Decimal | None]]:
    return [(i.key, i.due, i.amount) for y in years for i in y.instalments]


def test_quarterly_payments_are_four_rows_with_the_same_days_in_payments_and_deadlines() -> None:
    loaded = agreement(quarterly())
    years = payment_schedule(loaded, NONE)
    first = instalments(years)[:4]
    assert first == [
        ("2024-Q1", D(2024, 3, 31), Decimal(25000)),
        ("2024-Q2", D(2024, 6, 30), Decimal(25000)),
        ("2024-Q3", D(2024, 9, 30), Decimal(25000)),
        ("2024-Q4", D(2024, 12, 31), Decimal(25001)),  # the last takes the remaining krona
    ]
    rows = [r for r in deadline_rows(loaded, NONE, D(2024, 1, 1)) if r.kind == "payment"]
    assert [(r.occurrence, r.date, r.amount) for r in rows] == instalments(years)
    assert "delbetalning 1 av 4 av årets 100\xa0001\xa0kr" in said(rows[0].explanation)


def test_one_logged_quarter_marks_only_that_quarter_done() -> None:
    loaded = agreement(quarterly("{date: 2024-03-20, kind: payment, amount: 25000}"))
    rows = [r for r in deadline_rows(loaded, NONE, D(2024, 7, 15)) if r.kind == "payment"]
    assert [r.status for r in rows[:3]] == ["done", "overdue", "upcoming"]
    assert rows[0].done_on == D(2024, 3, 20)


def test_a_whole_year_paid_at_once_pays_every_quarter_of_it() -> None:
    loaded = agreement(quarterly("{date: 2024-01-10, kind: payment, amount: 100001}"))
    (year, _) = payment_schedule(loaded, NONE)
    assert [i.done_on for i in year.instalments] == [D(2024, 1, 10)] * 4
    assert not any(i.late for i in year.instalments)


def test_an_entry_pays_the_instalment_it_names_else_the_earliest_open_one() -> None:
    log = (
        "{date: 2024-08-01, kind: payment, amount: 25000, name: 2024-Q3}, "
        "{date: 2024-08-02, kind: payment, amount: 25000}"
    )
    (year, _) = payment_schedule(agreement(quarterly(log)), NONE)
    paid = {i.key: i.done_on for i in year.instalments}
    assert paid == {
        "2024-Q1": D(2024, 8, 2),
        "2024-Q2": None,
        "2024-Q3": D(2024, 8, 1),
        "2024-Q4": None,
    }


def test_a_short_amount_leaves_the_instalment_open_with_the_difference() -> None:
    loaded = agreement(quarterly("{date: 2024-03-20, kind: payment, amount: 20000}"))
    rows = [r for r in deadline_rows(loaded, NONE, D(2024, 4, 15)) if r.kind == "payment"]
    assert rows[0].status == "overdue"
    assert said(rows[0].note) == "betalt 20\xa0000\xa0kr, 5\xa0000\xa0kr återstår"
    (problem,) = check_logged_payments(loaded, CheckContext(D(2024, 4, 15), NONE))
    assert problem.code == "payment-amount"
    assert english(problem) == (
        "payment 2024-Q1 (due 2024-03-31) is not paid in full: SEK\xa05,000 outstanding"
    )


YEARLY = """
    term: {start: 2023-01-01, end: 2025-12-31}
    funding: {per: calendar_year, contributions: [{payer: public, amount: 472200}]}
    payments: {schedule: yearly, window: {month: 1}}
    log:
      - {date: 2023-01-20, kind: payment, amount: 472200}
      - {date: 2024-11-15, kind: payment, amount: 472200}
"""


def test_a_january_payment_logged_in_november_is_done_but_late_with_a_located_warning() -> None:
    loaded = agreement(YEARLY)
    rows = [r for r in deadline_rows(loaded, NONE, D(2024, 12, 1)) if r.kind == "payment"]
    assert [(r.occurrence, r.status, r.done_on) for r in rows[:2]] == [
        ("2023", "done", D(2023, 1, 20)),
        ("2024", "done", D(2024, 11, 15)),
    ]
    assert "fullt betald 289 dagar efter förfallodagen 2024-01-31 (för sent)" in said(
        rows[1].explanation
    )
    (problem,) = check_logged_payments(loaded, CheckContext(D(2024, 12, 1), NONE))
    assert (problem.code, problem.line) == ("payment-late", loaded.line_of("log", 1, "date"))
    assert english(problem) == (
        "payment 2024 was due 2024-01-31 but was paid in full only on 2024-11-15, 289 days late"
    )


def test_a_name_that_is_no_instalment_pays_nothing_and_warns() -> None:
    loaded = agreement(quarterly("{date: 2024-03-20, kind: payment, amount: 25000, name: 2024-Q5}"))
    (year, _) = payment_schedule(loaded, NONE)
    assert all(not i.payments for i in year.instalments)
    (problem,) = check_logged_payments(loaded, CheckContext(D(2024, 4, 1), NONE))
    assert (problem.code, problem.line) == ("log-unmatched", loaded.line_of("log", 0, "name"))


def test_agreement_years_get_every_quarter_including_the_next_calendar_year() -> None:
    loaded = agreement(
        """
        term: {start: 2022-04-01, end: 2023-03-31}
        funding: {per: agreement_year, contributions: [{payer: public, amount: 704000}]}
        payments: {schedule: quarterly}
        """
    )
    assert instalments(payment_schedule(loaded, NONE)) == [
        ("2022/23-Q1", D(2022, 6, 30), Decimal(176000)),
        ("2022/23-Q2", D(2022, 9, 30), Decimal(176000)),
        ("2022/23-Q3", D(2022, 12, 31), Decimal(176000)),
        ("2022/23-Q4", D(2023, 3, 31), Decimal(176000)),
    ]


def test_a_window_day_before_the_agreement_year_start_falls_in_the_next_calendar_year() -> None:
    loaded = agreement(
        """
        term: {start: 2022-04-15, end: 2024-04-14}
        funding: {per: agreement_year, contributions: [{payer: public, amount: 1000}]}
        payments: {schedule: yearly, window: {month: 4, day: 10}}
        """
    )
    assert [(y.label, y.due) for y in payment_schedule(loaded, NONE)] == [
        ("2022/23", D(2023, 4, 10)),
        ("2023/24", D(2024, 4, 10)),
    ]


def test_the_window_names_the_first_month_of_a_years_instalments() -> None:
    loaded = agreement(quarterly(extra=", window: {month: 2, day: 15}", per="agreement_year"))
    days = [due for _, due, _ in instalments(payment_schedule(loaded, NONE))]
    assert days[:5] == [D(2024, 2, 15), D(2024, 5, 15), D(2024, 8, 15), D(2024, 11, 15),
                        D(2025, 2, 15)]  # fmt: skip


def test_a_window_before_a_late_start_moves_to_the_start_and_says_so() -> None:
    loaded = agreement(
        """
        term: {start: 2022-04-15, end: 2023-12-31}
        funding: {per: calendar_year, contributions: [{payer: public, amount: 1000}]}
        payments: {schedule: yearly, window: {month: 1}}
        """
    )
    first, second = payment_schedule(loaded, NONE)
    assert (first.due, second.due) == (D(2022, 4, 15), D(2023, 1, 31))
    assert "betalningsdagen 2022-01-31 ligger före periodens början: förfaller 2022-04-15" in said(
        first.explanation
    )


def test_per_term_quarterly_pays_every_quarter_of_the_term() -> None:
    loaded = agreement(quarterly(per="term"))
    (term,) = payment_schedule(loaded, NONE)
    assert [i.key for i in term.instalments] == [f"2024/25-Q{k}" for k in range(1, 9)]
    assert sum(i.amount or 0 for i in term.instalments) == term.amount


def test_schedule_unknown_has_no_day_and_no_row() -> None:
    loaded = agreement(
        """
        term: {start: 2019-01-01, end: 2020-12-31}
        funding: {per: calendar_year, contributions: [{payer: public, amount: 1000}]}
        payments: {schedule: unknown}
        """
    )
    assert [i.due for y in payment_schedule(loaded, NONE) for i in y.instalments] == [None, None]
    assert [r for r in deadline_rows(loaded, NONE, D(2021, 6, 1)) if r.kind == "payment"] == []


@given(
    amount=st.integers(0, 10**11),
    schedule=st.sampled_from(["yearly", "half_yearly", "quarterly", "monthly"]),
    per=st.sampled_from(["calendar_year", "agreement_year", "term"]),
    start=st.dates(D(2000, 1, 1), D(2030, 12, 31)),
    months=st.integers(1, 40),
    window=st.one_of(st.none(), st.tuples(st.integers(1, 12), st.integers(1, 31))),
)
def test_the_instalments_of_a_year_sum_exactly_to_the_years_amount(
    amount: int,
    schedule: str,
    per: str,
    start: dt.date,
    months: int,
    window: tuple[int, int] | None,
) -> None:
    from iopctl.calendar import add_months

    end = add_months(start, months) - dt.timedelta(days=1)
    stated = f", window: {{month: {window[0]}, day: {min(window[1], 28)}}}" if window else ""
    loaded = agreement(
        f"""
        term: {{start: {start}, end: {end}}}
        funding: {{per: {per}, contributions: [{{payer: public, amount: {amount}}}]}}
        payments: {{schedule: {schedule}{stated}}}
        """
    )
    for year in payment_schedule(loaded, NONE):
        assert year.instalments
        assert sum(i.amount or 0 for i in year.instalments) == year.amount
        assert all(i.amount is not None and i.amount >= 0 for i in year.instalments)
        assert all(
            year.period_start <= i.due <= year.period_end  # type: ignore[operator]
            for i in year.instalments
        )
        assert len({i.key for i in year.instalments}) == len(year.instalments)


@given(st.decimals(0, 10**12, places=0), st.integers(1, 12))
def test_split_loses_and_adds_nothing_and_the_last_takes_the_remainder(
    amount: Decimal, parts: int
) -> None:
    shares = split(amount, parts)
    assert sum(s or 0 for s in shares) == amount
    assert len(set(shares[:-1])) <= 1
    assert all(s is not None and 0 <= (shares[-1] or 0) - s < parts for s in shares[:-1])


def test_an_entry_without_an_amount_pays_its_instalment_in_full() -> None:
    (year, _) = payment_schedule(agreement(quarterly("{date: 2024-02-01, kind: payment}")), NONE)
    first = year.instalments[0]
    assert (first.done_on, first.paid, first.remaining) == (D(2024, 2, 1), None, Decimal(0))
    assert year.instalments[1].done_on is None


def test_a_usage_fee_entry_pays_no_instalment() -> None:
    log = "{date: 2024-02-01, kind: payment, units: 3, amount: 25000}"
    (year, _) = payment_schedule(agreement(quarterly(log)), NONE)
    assert not any(i.payments for i in year.instalments)


def test_money_beyond_everything_open_is_a_warning_at_its_line() -> None:
    loaded = agreement(
        """
        term: {start: 2024-01-01, end: 2024-12-31}
        funding: {per: calendar_year, contributions: [{payer: public, amount: 1000}]}
        payments: {schedule: yearly, window: {month: 1}}
        log: [{date: 2024-01-10, kind: payment, amount: 1500}]
        """
    )
    (year,) = payment_schedule(loaded, NONE)
    assert year.instalments[0].done_on == D(2024, 1, 10)
    (problem,) = check_logged_payments(loaded, CheckContext(D(2024, 2, 1), NONE))
    assert (problem.code, problem.line) == ("payment-amount", loaded.line_of("log", 0, "amount"))
    assert (
        english(problem) == "the payment of 2024-01-10 is SEK\xa0500 more than what was left to pay"
    )


def test_a_missing_value_warns_for_a_later_instalment_within_the_horizon() -> None:
    from iopctl.checks import check_payment_data

    loaded = agreement(
        """
        term: {start: 2024-01-01, end: 2024-12-31}
        funding: {per: calendar_year, contributions: [{payer: public, amount: 1000}]}
        payments: {schedule: quarterly}
        indexation: {index: OPI, from: 2024-01-01}
        """
    )
    (problem,) = check_payment_data(loaded, CheckContext(D(2024, 5, 1), NONE))
    assert english(problem).startswith("payment due 2024-06-30 is unknown: OPI 2024 missing")


def test_a_part_paid_before_its_day_is_no_warning_until_the_day_has_passed() -> None:
    loaded = agreement(quarterly("{date: 2024-02-01, kind: payment, amount: 20000}"))
    assert list(check_logged_payments(loaded, CheckContext(D(2024, 3, 1), NONE))) == []
    (problem,) = check_logged_payments(loaded, CheckContext(D(2024, 4, 1), NONE))
    assert problem.code == "payment-amount"
