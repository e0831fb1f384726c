"""Swedish working days and month arithmetic (DESIGN time rules 1 and 5)."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from iopctl.calendar import act_by, add_months, holidays_of, is_working_day

D = dt.date


@pytest.mark.parametrize(
    ("anchor", "months", "expected"),
    [
        (D(2025, 1, 31), 1, D(2025, 2, 28)),  # February is shorter: its last day
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year
        (D(2025, 1, 31), 2, D(2025, 3, 31)),  # from the anchor, not Jan 31 -> Feb 28 -> Mar 28
        (D(2025, 8, 31), 6, D(2026, 2, 28)),  # DESIGN's own example
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2023, 2, 28), 6, D(2023, 8, 28)),  # a month end is not "the last day" by itself
        (D(2029, 8, 31), 6, D(2030, 2, 28)),
        (D(2030, 2, 28), -6, D(2029, 8, 28)),
    ],
)
def test_add_months_clips_to_month_end(anchor: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(anchor, months) == expected


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2199, 12, 31)), st.integers(-1200, 1200))
def test_add_months_is_dateutils_month_arithmetic(anchor: dt.date, months: int) -> None:
    """Our own arithmetic (for speed) against dateutil's, which implements the same rule."""
    assert add_months(anchor, months) == anchor + relativedelta(months=months)


@pytest.mark.parametrize("year", range(2020, 2036))
def test_easter_dependent_holidays(year: int) -> None:
    sunday = easter(year)  # dateutil's Western Easter: an independent computation
    table = holidays_of(year)
    assert sunday - dt.timedelta(days=2) in table  # långfredagen
    assert sunday + dt.timedelta(days=1) in table  # annandag påsk
    assert sunday + dt.timedelta(days=39) in table  # Kristi himmelsfärds dag
    assert sunday + dt.timedelta(days=49) in table  # pingstdagen
    assert not is_working_day(sunday - dt.timedelta(days=2))
    assert not is_working_day(sunday + dt.timedelta(days=39))
    # Skärtorsdagen is a working day in Sweden.
    assert sunday - dt.timedelta(days=3) not in table


@pytest.mark.parametrize("year", range(2020, 2036))
def test_de_facto_holidays(year: int) -> None:
    table = holidays_of(year)
    midsommarafton = [d for d in table if d.month == 6 and d.weekday() == 4 and 19 <= d.day <= 25]
    assert len(midsommarafton) == 1
    assert D(year, 12, 24) in table  # julafton
    assert D(year, 12, 31) in table  # nyårsafton
    assert D(year, 6, 6) in table  # nationaldagen


def test_only_real_holidays_are_listed() -> None:
    # No ordinary Sundays ("Söndag" in some releases of the holidays package).
    assert len(holidays_of(2023)) < 20


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        (D(2023, 9, 30), D(2023, 9, 29)),  # Saturday -> Friday
        (D(2023, 12, 31), D(2023, 12, 29)),  # Sunday (and nyårsafton) -> Friday
        (D(2024, 3, 31), D(2024, 3, 28)),  # Easter Sunday -> Maundy Thursday (Good Friday off)
        (D(2024, 12, 26), D(2024, 12, 23)),  # annandag jul, juldagen, julafton -> Monday 23rd
        (D(2025, 6, 20), D(2025, 6, 19)),  # midsommarafton 2025 -> Thursday
        (D(2022, 9, 30), D(2022, 9, 30)),  # a Friday stays
    ],
)
def test_act_by_moves_backward(deadline: dt.date, expected: dt.date) -> None:
    assert act_by(deadline) == expected


def test_act_by_forward_rolling() -> None:
    assert act_by(D(2023, 9, 30), "forward") == D(2023, 10, 2)
    assert act_by(D(2024, 12, 24), "forward") == D(2024, 12, 27)


@given(st.dates(D(2015, 1, 1), D(2040, 12, 31)))
def test_act_by_is_the_last_working_day_on_or_before(deadline: dt.date) -> None:
    day = act_by(deadline)
    assert day <= deadline
    assert is_working_day(day)
    between = day + dt.timedelta(days=1)
    while between <= deadline:
        assert not is_working_day(between)
        between += dt.timedelta(days=1)


def test_holiday_names_do_not_depend_on_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # Left to itself the holidays package picks its language from the
    # environment; the names end up in explanations, so they must not.
    from iopctl.calendar import _holiday_names, holiday_name

    for lang_env in ("C.UTF-8", "sv_SE.UTF-8", "en_US.UTF-8"):
        monkeypatch.setenv("LANG", lang_env)
        _holiday_names.cache_clear()
        assert holiday_name(D(2025, 12, 31)) == "Nyårsafton"
        assert holiday_name(D(2025, 6, 20), "en_US") == "Midsummer Eve"
        assert holiday_name(D(2025, 6, 19)) is None
