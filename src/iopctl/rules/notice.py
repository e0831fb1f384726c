"""Notice: latest notice dates, and what notice given on a day leads to.

Two clauses can end an agreement early, and they combine:

* ``termination`` (uppsägning / frånträde): notice on G ends the agreement at
  G + N months, but never later than the end of the period it would otherwise
  run to (DESIGN rule 3);
* an automatic renewal with ``notice_by``: notice on or before a period's
  ``stop_by`` stops the next renewal, so the agreement ends with that period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from ..calendar import ONE_DAY, add_months
from ..document import LoadedAgreement
from .terms import Period, term_periods
from .texts import texts

LimitedBy = Literal[
    "notice_period", "term_end", "renewal_stop", "none", "already_ended", "before_start"
]
"""What fixed ``effective_end``; the last two mean the notice changes nothing / ends it unborn."""

NOTICE_HORIZON_YEARS = 10
"""How far to list open-ended renewals when answering a notice question."""


def latest_notice_date(end: dt.date, months: int) -> dt.date:
    """The latest day G with G + ``months`` months <= ``end`` (DESIGN time rule 3).

    ``end - N months`` is a candidate, but month-end clipping means a later day
    may still fit (2030-02-28 − 6 months = 2029-08-28, yet 2029-08-31 + 6
    months is 2030-02-28 too): step forward while the next day still fits.
    At most three steps are ever needed (31 − 28).
    """
    day = add_months(end, -months)
    while add_months(day + ONE_DAY, months) <= end:
        day += ONE_DAY
    return day


@dataclass(frozen=True, slots=True)
class NoticeAnswer:
    agreement: str
    given: dt.date
    by: Literal["public", "civil"] | None
    allowed: bool
    """False when the termination clause reserves notice to the other party."""
    notice_months: int | None
    effective_end: dt.date | None
    limited_by: LimitedBy
    current_end: dt.date | None
    """End of the period running on ``given`` (or the term end before the start)."""
    stops_renewal: bool | None
    """Whether notice on ``given`` is in time to stop the next automatic renewal."""
    next_renewal_deadline: dt.date | None
    latest_notice_date: dt.date | None
    """Latest day notice still ends the agreement at ``current_end`` or earlier."""
    explanation: tuple[str, ...]
    source: str


def _period_index(periods: list[Period], given: dt.date) -> int:
    """The period running on ``given``; the first before the start, the last after the end."""
    for i, period in enumerate(periods):
        if given <= period.end:
            return i
    return len(periods) - 1


def _runs_to(periods: list[Period], index: int, given: dt.date) -> int:
    """The last period the agreement runs through when notice on ``given`` stops renewals."""
    for i in range(index, len(periods) - 1):
        stop_by = periods[i + 1].stop_by
        if stop_by is not None and given <= stop_by:
            return i
    return len(periods) - 1


def answer_notice(
    loaded: LoadedAgreement,
    given: dt.date,
    by: Literal["public", "civil"] | None = None,
    lang: str = "sv",
) -> NoticeAnswer:
    """If notice is given on ``given`` (by ``by``), when does the agreement end, and why."""
    t = texts(lang)
    agreement = loaded.agreement
    termination = agreement.termination
    periods = term_periods(agreement.term, add_months(given, 12 * NOTICE_HORIZON_YEARS))
    index = _period_index(periods, given)
    current = periods[index]
    following = periods[index + 1] if index + 1 < len(periods) else None
    next_deadline = following.stop_by if following is not None else None
    stops = None if next_deadline is None else given <= next_deadline
    runs_to = periods[_runs_to(periods, index, given)]
    lines: list[str] = []
    if termination is not None:
        source = loaded.where("termination", "notice_months")
    elif agreement.term.renewal is not None:
        source = loaded.where("term", "renewal")
    else:
        source = loaded.where("term", "end")

    allowed = termination is None or by is None or termination.by in ("either", by)
    if not allowed:
        assert termination is not None and by is not None
        lines.append(t.notice_not_allowed(by, termination.by))
        return NoticeAnswer(
            agreement.id, given, by, False, termination.notice_months, None, "none",
            current.end, stops, next_deadline, None, tuple(lines), source,
        )  # fmt: skip

    final_end = periods[-1].end
    months = termination.notice_months if termination is not None else None
    if given > final_end:
        # Nothing is left to end: say so instead of doing notice arithmetic.
        lines.append(t.notice_after_end(final_end))
        return NoticeAnswer(
            agreement.id, given, by, True, months, final_end, "already_ended",
            current.end, None, None, None, tuple(lines), source,
        )  # fmt: skip
    start = agreement.term.start
    if given < start:
        lines.append(t.notice_before_start(start))
        if months is not None and (naive := add_months(given, months)) < start:
            lines.append(t.never_takes_effect(given, months, naive, start))
            return NoticeAnswer(
                agreement.id, given, by, True, months, None, "before_start",
                current.end, None, None, None, tuple(lines), source,
            )  # fmt: skip
    if next_deadline is not None:
        lines.append(t.renewal_stop(following.start if following else None, next_deadline, stops))

    latest: dt.date | None
    limited: LimitedBy
    if months is not None:
        naive = add_months(given, months)
        effective = min(naive, runs_to.end)
        limited = "notice_period" if naive <= runs_to.end else "term_end"
        latest = latest_notice_date(current.end, months)
        lines.append(t.notice_period(given, months, naive, runs_to.end, limited == "term_end"))
        lines.append(t.latest_notice(current.end, months, latest))
    else:
        effective = runs_to.end
        limited = "renewal_stop" if next_deadline is not None else "none"
        latest = next_deadline
        renews = agreement.term.renewal is not None and agreement.term.renewal.automatic
        lines.append(t.no_termination_clause(next_deadline is not None, renews, effective))
    return NoticeAnswer(
        agreement.id, given, by, True, months, effective, limited,
        current.end, stops, next_deadline, latest, tuple(lines), source,
    )  # fmt: skip
