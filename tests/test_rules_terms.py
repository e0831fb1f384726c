"""Term periods and automatic renewals (DESIGN time rules 2 and 4)."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given
from hypothesis import strategies as st

from iopctl.models import MonthDay, Renewal, Term
from iopctl.rules.terms import current_period, last_recurring_before, term_periods

D = dt.date


def test_stockholm_renewals() -> None:
    term = Term(
        start=D(2022, 4, 1),
        end=D(2023, 3, 31),
        renewal=Renewal(
            period_months=12, latest_end=D(2025, 3, 31), notice_by=MonthDay(month=9, day=30)
        ),
    )
    periods = term_periods(term)
    assert [(p.start, p.end, p.stop_by) for p in periods] == [
        (D(2022, 4, 1), D(2023, 3, 31), None),
        (D(2023, 4, 1), D(2024, 3, 31), D(2022, 9, 30)),
        (D(2024, 4, 1), D(2025, 3, 31), D(2023, 9, 30)),
    ]
    assert current_period(periods, D(2023, 6, 1)) == periods[1]
    assert current_period(periods, D(2025, 4, 1)) is None


def test_last_recurring_before_is_strict() -> None:
    day = MonthDay(month=3, day=31)
    assert last_recurring_before(day, D(2024, 3, 31)) == D(2023, 3, 31)
    assert last_recurring_before(MonthDay(month=2, day=29), D(2025, 6, 1)) == D(2025, 2, 28)


def test_open_ended_renewal_stops_at_horizon() -> None:
    term = Term(start=D(2024, 1, 1), end=D(2024, 12, 31), renewal=Renewal(period_months=12))
    assert len(term_periods(term)) == 1
    periods = term_periods(term, D(2027, 6, 1))
    assert periods[-1].start == D(2027, 1, 1)


@given(
    start=st.dates(D(2000, 1, 1), D(2040, 12, 31)),
    days=st.integers(0, 2000),
    months=st.integers(1, 36),
    extra=st.integers(0, 3000),
)
def test_periods_tile_the_term(start: dt.date, days: int, months: int, extra: int) -> None:
    end = start + dt.timedelta(days=days)
    latest = end + dt.timedelta(days=extra)
    term = Term(
        start=start,
        end=end,
        renewal=Renewal(
            period_months=months, latest_end=latest, notice_by=MonthDay(month=9, day=30)
        ),
    )
    periods = term_periods(term)
    assert periods[0].start == start
    assert periods[-1].end == latest
    for previous, period in itertools.pairwise(periods):
        assert period.start == previous.end + dt.timedelta(days=1)  # no gap, no overlap
        assert period.start <= period.end
        assert period.stop_by is not None and period.stop_by < previous.end
        assert period.stop_by > previous.end - dt.timedelta(days=367)


def test_status_on_follows_the_term_not_todays_file() -> None:
    """The file's status describes today; on another day the term decides (bug: --status)."""
    from builders import agreement
    from iopctl.rules.terms import status_on

    renewing = """
    term: {start: 2022-04-01, end: 2023-03-31,
           renewal: {automatic: true, period_months: 12, latest_end: 2025-03-31}}
    """
    active = agreement(renewing).agreement
    ended = active.model_copy(update={"status": "ended"})
    assert status_on(ended, D(2022, 1, 1)) == "active"  # signed, not yet started
    assert status_on(ended, D(2024, 6, 1)) == "active"  # in a renewal
    assert status_on(ended, D(2025, 3, 31)) == "active"  # the last day, inclusive
    assert status_on(ended, D(2025, 4, 1)) == "ended"
    assert status_on(active, D(2025, 4, 1)) == "ended"  # the file is behind: the term is over
    terminated = ended.model_copy(update={"status": "terminated"})
    assert status_on(terminated, D(2025, 4, 1)) == "terminated"
    assert status_on(terminated, D(2023, 1, 1)) == "active"
    for draft in ("draft", "proposal"):
        assert status_on(active.model_copy(update={"status": draft}), D(2024, 1, 1)) == draft
