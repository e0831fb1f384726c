"""One agreement on one day: every rule applied once, whatever the output language.

:func:`evaluate` is the one way the commands ask the rules about an
agreement.  It applies what is known on ``as_of`` (log entries up to that
day), the horizon that bounds an open-ended renewal, and the end the dates
run to, and returns data only: periods, payment schedule, deadline rows and
the notice position.  The words layer then says it in any language, so a
Swedish and an English report of the same day share one computation.

The :class:`Evaluation` holds no document: ``deadlines`` over 10 000 files
keeps the rows and lets each file go (:func:`select_deadlines` streams).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from ..calendar import add_months
from ..document import LoadedAgreement
from ..indices import SeriesStore
from ..models import Status
from .amendments import amended_on
from .deadlines import (
    EXPIRY_LEAD_MONTHS,
    Deadline,
    DeadlineQuery,
    agreement_deadlines,
    sort_key,
    undated_payments,
)
from .duties import duty_occurrences
from .log import known_on
from .notice import NoticeAnswer, answer_notice, ended_at, logged_notice
from .payments import PaymentYear, payment_schedule
from .responsible import names_match, row_names
from .soon import with_due_soon
from .terms import Period, current_period, open_ended, status_on, term_periods

OPEN_ENDED_YEARS = 2
"""How far ahead of ``as_of`` to list the renewals of an agreement without ``latest_end``."""

OVERDUE_YEARS = 5
"""How far before ``as_of`` ``deadlines`` looks for overdue duties (without ``--include-past``).

Overdue rows are shown whatever the window, so without a bound an agreement
whose term began in 1900 would list, and compute, every duty since; five
years covers the whole life of the usual agreement (3–5 years)."""


LIFE_YEARS = 25
"""How far either side of ``as_of`` an agreement's life is evaluated when no window is asked
(reports, the site, ``payments``, ``diff``, ``deadlines --include-past``).

A term longer than this is implausible (``implausible-term``), so every
plausible agreement is evaluated whole, from its start to its end, while a
term of 1900..2199 costs 50 years, not 300."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Evaluation:
    """What the rules say about one agreement on ``as_of``, up to ``horizon``."""

    agreement: str
    as_of: dt.date
    horizon: dt.date
    """Open-ended renewals, and so their payments and duties, are listed up to here."""
    status: Status
    """The agreement's status on ``as_of`` (:func:`~iopctl.rules.terms.status_on`)."""
    periods: tuple[Period, ...]
    current: Period | None
    end: dt.date
    """The end the dates run to: the last period's end (within ``horizon`` if open-ended)."""
    open_ended: bool
    payments: tuple[PaymentYear, ...]
    deadlines: tuple[Deadline, ...]
    notice: NoticeAnswer | None
    """Notice given on ``as_of``, when the agreement has a termination clause."""


def evaluate(
    loaded: LoadedAgreement,
    series: SeriesStore,
    as_of: dt.date,
    *,
    until: dt.date | None = None,
    since: dt.date | None = None,
    expiry_lead: int = EXPIRY_LEAD_MONTHS,
) -> Evaluation:
    """Every rule for one agreement on ``as_of``.

    Renewals without ``latest_end`` are listed up to ``until`` (default: two
    years after ``as_of``; never before ``as_of``, so a running agreement does
    not look ended): an open-ended list has no last row.  Log entries dated
    after ``as_of`` are not known on ``as_of``
    (:func:`~iopctl.rules.log.known_on`).  The ``expiry`` row falls
    ``expiry_lead`` months before the last possible end.

    Without ``since`` the whole life is evaluated (reports, the site, diff),
    within :data:`LIFE_YEARS` either side of ``as_of``.  With it only the
    window ``since``..``horizon`` is: recurring duties due in it, the payments
    and renewals that end in it, so the work is bounded by the window whatever
    the term (rows outside it are not wanted).
    """
    loaded = amended_on(known_on(loaded, as_of), as_of)
    ended_by = logged_notice(loaded)
    if ended_by is not None and (end_by_notice := ended_by.effective_end) is not None:
        # From here on the effective end replaces the term end everywhere (rule 8).
        cut = loaded.agreement.model_copy(
            update={"term": ended_at(loaded.agreement.term, end_by_notice)}
        )
        loaded = replace(loaded, agreement=cut)
    agreement = loaded.agreement
    term = agreement.term
    horizon = max(until or add_months(as_of, 12 * OPEN_ENDED_YEARS), as_of)
    occurrences_until = horizon if since else add_months(as_of, 12 * LIFE_YEARS)
    since = since or add_months(as_of, -12 * LIFE_YEARS)
    periods = term_periods(term, horizon, since)
    termination = agreement.termination
    lead = max(12, termination.notice_months if termination else 0) + 1
    ahead = term_periods(term, add_months(horizon, lead), since)
    payments = payment_schedule(loaded, series, horizon, as_of, since=since, last=occurrences_until)
    end = periods[-1].end
    deadlines = agreement_deadlines(
        loaded,
        as_of=as_of,
        periods=periods,
        ahead=ahead,
        horizon=horizon,
        payments=payments,
        occurrences=duty_occurrences(agreement, end, since, occurrences_until),
        expiry_lead=expiry_lead,
        ended_by=ended_by,
    )
    status = status_on(agreement, as_of)
    if ended_by is not None and status == "ended":
        status = "terminated"
    return Evaluation(
        agreement=agreement.id,
        as_of=as_of,
        horizon=horizon,
        status=status,
        periods=tuple(periods),
        current=current_period(periods, as_of),
        end=end,
        open_ended=open_ended(term),
        payments=tuple(payments),
        deadlines=tuple(deadlines),
        notice=answer_notice(loaded, as_of) if termination is not None else None,
    )


def wanted(loaded: LoadedAgreement, query: DeadlineQuery) -> bool:
    """Whether ``query`` may ask for this agreement: cheap, before any evaluation.

    With a notice in the log only the evaluation knows the status (the notice
    may have ended it early), so such an agreement is evaluated and then asked.
    """
    agreement = loaded.agreement
    if query.agreements is not None and agreement.id not in query.agreements:
        return False
    if query.statuses is None or any(e.kind == "notice" for e in agreement.log):
        return True
    return status_on(agreement, query.as_of) in query.statuses


def agreement_rows(
    loaded: LoadedAgreement, series: SeriesStore, query: DeadlineQuery
) -> list[Deadline]:
    """The rows of one agreement that ``query`` asks for (none if it does not ask for it)."""
    if not wanted(loaded, query):
        return []
    since = None if query.include_past else add_months(query.as_of, -12 * OVERDUE_YEARS)
    evaluation = evaluate(
        loaded, series, query.as_of, until=query.until, since=since, expiry_lead=query.expiry_lead
    )
    if query.statuses is not None and evaluation.status not in query.statuses:
        return []
    undated = undated_payments(loaded, evaluation.payments, query.as_of)
    rows = with_due_soon(
        sorted([*evaluation.deadlines, *undated], key=sort_key), query.as_of, query.due_soon_days
    )
    if query.responsible:
        agreement = loaded.agreement
        rows = [r for r in rows if names_match(row_names(agreement, r), query.responsible)]
    return [row for row in rows if query.wants(row)]


def select_deadlines(
    agreements: Iterable[LoadedAgreement], series: SeriesStore, query: DeadlineQuery
) -> list[Deadline]:
    """The rows ``query`` asks for across ``agreements``, sorted by date.

    ``agreements`` may be a generator: each agreement is evaluated and let go
    before the next is read; only its rows are kept.
    """
    rows = [row for loaded in agreements for row in agreement_rows(loaded, series, query)]
    rows.sort(key=sort_key)
    return rows


def rows_in(evaluations: Iterable[Evaluation], query: DeadlineQuery) -> Iterator[Deadline]:
    """The rows ``query`` asks for among agreements already evaluated (the portfolio)."""
    for evaluation in evaluations:
        if query.agreements is not None and evaluation.agreement not in query.agreements:
            continue
        if query.statuses is not None and evaluation.status not in query.statuses:
            continue
        yield from (row for row in evaluation.deadlines if query.wants(row))
