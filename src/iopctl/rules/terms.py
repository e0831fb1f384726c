"""Periods of an agreement's term: the initial term and every automatic renewal.

Term ends are inclusive (DESIGN rule 2): a renewal starts the day after the
previous end.  Renewal k runs from ``initial end + 1 day + (k-1)·n months`` to
the day before ``initial end + 1 day + k·n months``, always computed from that
one anchor (rule 1), and is cut at ``latest_end``: there is no renewal beyond
it, and so no deadline to stop one (rule 4).

An agreement's status on a given day (:func:`status_on`) follows from the
same periods: the file's ``status`` describes today, not every day.

Two ends, each computed here and nowhere else: :func:`last_possible_end` is
the last day the text allows (a renewal cap, even a renewal by agreement;
None when an automatic renewal has no cap, see :func:`open_ended`), and
:func:`scheduled_end` is the last day the automatic renewals run to within a
horizon: where payments and duties stop.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from ..calendar import ONE_DAY, add_months, clipped_day
from ..models import Agreement, MonthDay, Status, Term

NOT_IN_FORCE = frozenset({"draft", "proposal"})
"""Agreement statuses whose dates bind no one (yet)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    """One stretch of the term; ``number`` 1 is the initial term, 2.. the renewals.

    ``stop_by`` is the last day notice stops this period from starting (only
    for automatic renewals with a ``notice_by`` day); ``None`` otherwise.
    """

    number: int
    kind: Literal["initial", "renewal"]
    start: dt.date
    end: dt.date
    stop_by: dt.date | None = None


def last_recurring_before(day: MonthDay, end: dt.date) -> dt.date:
    """The last date with ``day``'s month and day strictly before ``end`` (DESIGN rule 4)."""
    candidate = clipped_day(end.year, day.month, day.day)
    if candidate >= end:
        candidate = clipped_day(end.year - 1, day.month, day.day)
    return candidate


def term_periods(
    term: Term, horizon: dt.date | None = None, since: dt.date | None = None
) -> list[Period]:
    """The initial term and its renewals up to ``latest_end`` (or ``horizon`` if uncapped).

    Without ``latest_end`` and without ``horizon`` only the initial term is
    returned: an open-ended list has no last element.  With ``since`` the
    renewals that ended before it are left out (the initial term always stays):
    renewal k is computed from the anchor directly (:func:`renewal_period`), so
    the work is bounded by ``since``..``horizon`` however long ago the term began.
    """
    periods = [Period(number=1, kind="initial", start=term.start, end=term.end)]
    renewal = term.renewal
    if renewal is None or not renewal.automatic:
        return periods
    cap = renewal.latest_end or horizon
    if cap is None:
        return periods
    k = 1 if since is None else max(1, _renewals_before(term, renewal.period_months, since))
    while (period := renewal_period(term, k)).start <= cap:
        if since is None or period.end >= since:
            periods.append(period)
        k += 1
    return periods


def _renewals_before(term: Term, months: int, day: dt.date) -> int:
    """A renewal number k whose period starts no later than ``day`` (a lower bound, cheaply)."""
    anchor = term.end + ONE_DAY
    elapsed = (day.year - anchor.year) * 12 + day.month - anchor.month
    return elapsed // months


def renewal_period(term: Term, k: int) -> Period:
    """Renewal ``k`` (1 is the first after the initial term), from the anchor (DESIGN rule 1)."""
    renewal = term.renewal
    assert renewal is not None
    anchor = term.end + ONE_DAY
    start = add_months(anchor, (k - 1) * renewal.period_months)
    end = add_months(anchor, k * renewal.period_months) - ONE_DAY
    if renewal.latest_end is not None:
        end = min(end, renewal.latest_end)
    previous_end = start - ONE_DAY
    stop_by = (
        last_recurring_before(renewal.notice_by, previous_end)
        if renewal.notice_by is not None
        else None
    )
    return Period(number=k + 1, kind="renewal", start=start, end=end, stop_by=stop_by)


def open_ended(term: Term) -> bool:
    """An automatic renewal without ``latest_end``: the agreement has no last day."""
    renewal = term.renewal
    return renewal is not None and renewal.automatic and renewal.latest_end is None


def last_possible_end(term: Term) -> dt.date | None:
    """The last day the text lets the agreement run, renewals included; None if open-ended.

    A renewal by agreement (not automatic) with ``latest_end`` counts too: the
    parties may still renew up to it, so a duty or log entry before it is
    inside the term.
    """
    if open_ended(term):
        return None
    renewal = term.renewal
    if renewal is not None and renewal.latest_end is not None:
        return max(term.end, renewal.latest_end)
    return term.end


def scheduled_end(term: Term, horizon: dt.date | None) -> dt.date:
    """The end of the last period that runs: automatic renewals up to their cap or ``horizon``."""
    return term_periods(term, horizon)[-1].end


def current_period(periods: list[Period], as_of: dt.date) -> Period | None:
    """The period containing ``as_of``, or None before the start / after the end."""
    return next((p for p in periods if p.start <= as_of <= p.end), None)


def status_on(agreement: Agreement, as_of: dt.date) -> Status:
    """The agreement's status on ``as_of``, whatever the file says about today.

    A ``draft`` or ``proposal`` stays one.  A signed agreement is ``active`` up
    to its last possible end (renewals included; an open-ended renewal has
    none, so it stays active), and ended after it: ``ended``, or
    ``terminated`` when the file says so.  Inside the term the file's
    ``ended``/``terminated`` is not trusted, because it describes today.  A
    day before the start counts as active: the start is its first deadline.
    """
    if agreement.status in NOT_IN_FORCE:
        return agreement.status
    if as_of <= scheduled_end(agreement.term, as_of):
        return "active"
    return "terminated" if agreement.status == "terminated" else "ended"
