"""Latest notice dates and the `notice` answer (DESIGN time rules 3 and 4)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builders import agreement, said
from iopctl.calendar import add_months
from iopctl.rules.notice import answer_notice, latest_notice_date

D = dt.date


@pytest.mark.parametrize(
    ("end", "months", "expected"),
    [
        (D(2030, 2, 28), 6, D(2029, 8, 31)),  # VGR: not 2029-08-28
        (D(2025, 12, 31), 6, D(2025, 6, 30)),  # Linköping
        (D(2020, 12, 23), 9, D(2020, 3, 23)),  # Robertsfors
        (D(2024, 2, 29), 1, D(2024, 1, 31)),
        (D(2025, 3, 31), 1, D(2025, 2, 28)),
    ],
)
def test_latest_notice_examples(end: dt.date, months: int, expected: dt.date) -> None:
    assert latest_notice_date(end, months) == expected


@given(st.dates(D(1990, 1, 1), D(2090, 12, 31)), st.integers(1, 60))
def test_latest_notice_is_the_latest_day_that_fits(end: dt.date, months: int) -> None:
    day = latest_notice_date(end, months)
    assert add_months(day, months) <= end
    assert add_months(day + dt.timedelta(days=1), months) > end


STOCKHOLM_LIKE = """
term:
  start: 2022-04-01
  end: 2023-03-31
  renewal: {automatic: true, period_months: 12, latest_end: 2025-03-31,
            notice_by: {month: 9, day: 30}}
"""


@pytest.mark.parametrize(
    ("given_on", "stops", "ends"),
    [
        (D(2022, 9, 30), True, D(2023, 3, 31)),  # in time for the renewal of 2023-04-01
        (D(2022, 10, 1), False, D(2024, 3, 31)),  # too late: one more year, then it stops
        (D(2023, 9, 30), True, D(2024, 3, 31)),
        (D(2024, 10, 1), None, D(2025, 3, 31)),  # no renewal beyond latest_end
    ],
)
def test_notice_stops_renewal(given_on: dt.date, stops: bool | None, ends: dt.date) -> None:
    answer = answer_notice(agreement(STOCKHOLM_LIKE), given_on)
    assert answer.stops_renewal is stops
    assert answer.effective_end == ends
    assert answer.notice_months is None  # no termination clause: notice only stops renewal


def test_notice_limited_by_term_end_or_notice_period() -> None:
    loaded = agreement(
        """
        term: {start: 2025-03-01, end: 2030-02-28}
        termination: {notice_months: 6, by: public}
        """
    )
    early = answer_notice(loaded, D(2026, 1, 15), "public")
    assert (early.effective_end, early.limited_by) == (D(2026, 7, 15), "notice_period")
    late = answer_notice(loaded, D(2029, 9, 1))
    assert (late.effective_end, late.limited_by) == (D(2030, 2, 28), "term_end")
    assert late.latest_notice_date == D(2029, 8, 31)
    refused = answer_notice(loaded, D(2026, 1, 15), "civil")
    assert not refused.allowed and refused.effective_end is None
    assert "termination.by" in said(refused.explanation[0])
    english = answer_notice(loaded, D(2026, 1, 15), "civil")
    assert "does not allow" in said(english.explanation[0], "en")


LINKOPING_LIKE = """
term: {start: 2023-01-01, end: 2025-12-31}
termination: {notice_months: 6, by: either}
"""


def test_notice_after_the_final_end_has_no_effect() -> None:
    answer = answer_notice(agreement(LINKOPING_LIKE), D(2026, 3, 1))
    assert (answer.effective_end, answer.limited_by) == (D(2025, 12, 31), "already_ended")
    # No notice-period arithmetic that pretends the notice still does something.
    assert not any("2026-09-01" in said(line) for line in answer.explanation)
    assert "redan upphört 2025-12-31" in said(answer.explanation[0])


def test_notice_before_the_start_counts_from_the_day_given() -> None:
    loaded = agreement(LINKOPING_LIKE)
    soon = answer_notice(loaded, D(2022, 12, 1))
    assert (soon.effective_end, soon.limited_by) == (D(2023, 6, 1), "notice_period")
    assert "börjar 2023-01-01" in said(soon.explanation[0])
    # Ending before the start means it never takes effect: no end date is claimed.
    never = answer_notice(loaded, D(2022, 3, 1))
    assert (never.effective_end, never.limited_by) == (None, "before_start")
    assert "never takes effect" in said(never.explanation, "en")


def test_notice_in_the_last_renewal_says_there_is_no_further_renewal() -> None:
    answer = answer_notice(agreement(STOCKHOLM_LIKE), D(2024, 10, 1))
    assert answer.effective_end == D(2025, 3, 31)
    # It renews, just not beyond latest_end: "förlängs inte" alone would be wrong.
    assert "förlängs inte längre (term.renewal.latest_end)" in said(answer.explanation)
