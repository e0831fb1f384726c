"""Swedish working days and month arithmetic: the two calendar facts every deadline needs.

Months follow lag (1930:173) om beräkning av lagstadgad tid: *n months after
D* is the same day number n months later, or that month's last day when it is
shorter (2025-08-31 + 6 months = 2026-02-28).  Always compute from an anchor
(``add_months(anchor, k * n)``), never by adding one month repeatedly, which
drifts (Jan 31 -> Feb 28 -> Mar 28).

Working days exclude Saturdays, Sundays, the public holidays of lag (1989:253)
and the de facto holidays midsommarafton, julafton and nyårsafton.  The
``holidays`` package supplies them; it is imported on first use only (it costs
tens of milliseconds), and each year's table is built once per process.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
from functools import lru_cache
from typing import Literal

Rolling = Literal["none", "forward"]
"""``none``: act on the last working day on or before; ``forward``: the next one on or after."""

ONE_DAY = dt.timedelta(days=1)


def add_months(anchor: dt.date, months: int) -> dt.date:
    """``anchor`` plus ``months`` months, clipped to the month's last day (lag 1930:173).

    What ``anchor + relativedelta(months=months)`` gives (a test holds them equal), at a
    sixth of the cost: every schedule, window and check calls this, ~5 times per file
    that ``validate`` reads."""
    years, month = divmod(anchor.month - 1 + months, 12)
    return clipped_day(anchor.year + years, month + 1, anchor.day)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _stdlib_calendar.monthrange(year, month)[1])


def clipped_day(year: int, month: int, day: int) -> dt.date:
    """``day`` of the month, or its last day when shorter (29 February in a common year)."""
    return dt.date(year, month, min(day, _stdlib_calendar.monthrange(year, month)[1]))


@lru_cache(maxsize=256)
def _holiday_names(year: int, language: str) -> dict[dt.date, str]:
    """Public and de facto holidays of one year with their names, from the ``holidays`` package.

    The language is always passed: left out, the package picks it from the
    environment, and the names (and so the output) would change with it.
    Older releases listed every Sunday as "Söndag" for Sweden; Sundays are
    never working days anyway, so such entries change nothing and are dropped
    to keep the table to real holidays.
    """
    import holidays

    table = holidays.country_holidays(
        "SE", years=year, categories=("public", "de_facto"), language=language
    )
    return {
        day: name
        for day, name in table.items()
        if not (day.weekday() == 6 and name in ("Söndag", "Sunday"))
    }


@lru_cache(maxsize=256)
def holidays_of(year: int) -> frozenset[dt.date]:
    """The days of :func:`_holiday_names`, as a set: what the working-day test needs."""
    return frozenset(_holiday_names(year, "sv"))


def holiday_name(day: dt.date, language: str = "sv") -> str | None:
    """``Nyårsafton`` (``sv``) / ``New Year's Eve`` (``en_US``); None for an ordinary day.

    ``language`` is the ``holidays`` package's code, which the words layer keeps
    per language: the rules never name a holiday themselves.
    """
    return _holiday_names(day.year, language).get(day)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in holidays_of(day.year)


def act_by(deadline: dt.date, rolling: Rolling = "none") -> dt.date:
    """The safe day to act: the last working day on or before ``deadline``.

    With ``rolling="forward"`` (an agreement that opts into lag 1930:173's
    rule) it is the first working day on or after instead.  The deadline
    itself is never changed; this is the day to put in the calendar.
    """
    step = ONE_DAY if rolling == "forward" else -ONE_DAY
    day = deadline
    while not is_working_day(day):
        day += step
    return day
