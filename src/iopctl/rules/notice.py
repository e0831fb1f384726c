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
from typing import Any, Literal

from ..calendar import ONE_DAY, add_months
from ..document import LoadedAgreement
from ..models import Agreement, Term
from .assumed import assumptions_on
from .reasons import Label, Months, Reason, reason
from .repayments import repayment_clauses
from .terms import Period, term_periods

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


@dataclass(frozen=True, slots=True, kw_only=True)
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
    explanation: tuple[Reason, ...]
    source: str
    grounds: str | None = None
    """The termination clause's grounds, in the document's words: the right is conditional."""
    renewal_conditions: str | None = None
    """What the renewal depends on, in the document's words (``term.renewal.conditions``)."""
    extension: str | None = None
    """The option to extend, in the document's words (``term.extension.text``)."""
    on_early_end: tuple[Reason, ...] = ()
    """The repayment clauses an early end sets off, when this notice ends the agreement
    before the period running on ``given`` would have (DESIGN rule 8)."""


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
) -> NoticeAnswer:
    """If notice is given on ``given`` (by ``by``), when does the agreement end, and why."""
    agreement = loaded.agreement
    termination = agreement.termination
    renewal = agreement.term.renewal
    extension = agreement.term.extension
    periods = term_periods(agreement.term, add_months(given, 12 * NOTICE_HORIZON_YEARS))
    index = _period_index(periods, given)
    current = periods[index]
    following = periods[index + 1] if index + 1 < len(periods) else None
    next_deadline = following.stop_by if following is not None else None
    stops = None if next_deadline is None else given <= next_deadline
    runs_to = periods[_runs_to(periods, index, given)]
    lines: list[Reason] = []
    if termination is not None:
        source = loaded.where("termination", "notice_months")
    elif agreement.term.renewal is not None:
        source = loaded.where("term", "renewal")
    else:
        source = loaded.where("term", "end")

    def answer(*, allowed: bool = True, **fields: Any) -> NoticeAnswer:
        """The answer with what every branch shares, and the lines said so far."""
        return NoticeAnswer(
            agreement=agreement.id, given=given, by=by, allowed=allowed,
            current_end=current.end, explanation=tuple(lines), source=source,
            grounds=termination.grounds if termination is not None else None,
            renewal_conditions=renewal.conditions if renewal is not None else None,
            extension=extension.text if extension is not None else None, **fields,
        )  # fmt: skip

    allowed = termination is None or by is None or termination.by in ("either", by)
    if not allowed:
        assert termination is not None and by is not None
        lines.append(
            reason(
                "notice.not_allowed",
                by=Label("notice.party", by),
                clause=Label("notice.party", termination.by),
            )
        )
        return answer(
            allowed=False, notice_months=termination.notice_months, effective_end=None,
            limited_by="none", stops_renewal=stops, next_renewal_deadline=next_deadline,
            latest_notice_date=None,
        )  # fmt: skip

    final_end = periods[-1].end
    months = termination.notice_months if termination is not None else None
    if given > final_end:
        # Nothing is left to end: say so instead of doing notice arithmetic.
        lines.append(reason("notice.after_end", end=final_end))
        return answer(
            notice_months=months, effective_end=final_end, limited_by="already_ended",
            stops_renewal=None, next_renewal_deadline=None, latest_notice_date=None,
        )  # fmt: skip
    start = agreement.term.start
    if given < start:
        lines.append(reason("notice.before_start", start=start))
        if months is not None and (naive := add_months(given, months)) < start:
            lines.append(
                reason(
                    "notice.never_takes_effect",
                    given=given, months=Months(months), naive=naive, start=start,
                )
            )  # fmt: skip
            return answer(
                notice_months=months, effective_end=None, limited_by="before_start",
                stops_renewal=None, next_renewal_deadline=None, latest_notice_date=None,
            )  # fmt: skip
    if next_deadline is not None:
        verdict = "in_time" if stops else "too_late"
        lines.append(
            reason(
                "notice.renewal_stop",
                start=following.start if following else None,
                deadline=next_deadline,
                verdict=Label("notice.verdict", verdict),
            )
        )

    latest: dt.date | None
    limited: LimitedBy
    if months is not None:
        naive = add_months(given, months)
        effective = min(naive, runs_to.end)
        limited = "notice_period" if naive <= runs_to.end else "term_end"
        latest = latest_notice_date(current.end, months)
        limit = (
            reason("notice.limit.term", end=runs_to.end)
            if limited == "term_end"
            else reason("notice.limit.notice_period")
        )
        lines.append(
            reason("notice.period", given=given, months=Months(months), naive=naive, limit=limit)
        )
        lines.append(reason("notice.latest", end=current.end, months=Months(months), latest=latest))
    else:
        effective = runs_to.end
        limited = "renewal_stop" if next_deadline is not None else "none"
        latest = next_deadline
        renews = agreement.term.renewal is not None and agreement.term.renewal.automatic
        if next_deadline is not None:
            lines.append(reason("notice.no_clause.stoppable", end=effective))
        elif renews:
            lines.append(reason("notice.no_clause.renews_no_further", end=effective))
        else:
            lines.append(reason("notice.no_clause.no_renewal", end=effective))
    early = repayment_clauses(agreement, "early_end") if effective < current.end else ()
    fields = ("termination.notice_months",) if months is not None else ("term.renewal.notice_by",)
    lines.extend(assumptions_on(loaded, fields))
    return answer(
        notice_months=months, effective_end=effective, limited_by=limited, stops_renewal=stops,
        next_renewal_deadline=next_deadline, latest_notice_date=latest,
        on_early_end=tuple(c.reason(loaded) for c in early),
    )  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class LoggedNotice:
    """Notice recorded in the log, and the end it gives (DESIGN rule 8)."""

    index: int
    """Position of the entry in ``log``: its line is the source of the new end."""
    answer: NoticeAnswer
    """What ``iopctl notice`` answers for the day the notice period runs from."""

    @property
    def effective_end(self) -> dt.date | None:
        return self.answer.effective_end if self.answer.allowed else None


def logged_notice(loaded: LoadedAgreement) -> LoggedNotice | None:
    """The earliest notice in ``loaded``'s log, answered as ``iopctl notice`` would.

    The notice period runs from ``received`` when the log gives it, else from
    the day notice was given.
    """
    agreement = loaded.agreement
    entries = [
        (i, e, side)
        for i, e in enumerate(agreement.log)
        if e.kind == "notice" and (side := notice_side(agreement, e.by)) != "one_party"
    ]
    if not entries:
        return None
    index, entry, side = min(entries, key=lambda found: found[1].date)
    answer = answer_notice(loaded, entry.received or entry.date, side)
    return LoggedNotice(index=index, answer=answer)


def notice_side(
    agreement: Agreement, by: str | None
) -> Literal["public", "civil", "one_party"] | None:
    """The side a notice ends the agreement for, or ``one_party`` when ``by`` names one of
    several parties on its side: then only that party's part ends (DESIGN rule 16,
    :mod:`~iopctl.rules.shares`) and the agreement runs on for the others."""
    if by is None or by in ("public", "civil"):
        return by  # type: ignore[return-value]
    parties = [*agreement.parties, *(p for a in agreement.amendments for p in a.joins)]
    party = next((p for p in parties if p.id == by), None)
    if party is None:
        return None
    alone = sum(p.role == party.role for p in parties) == 1
    return party.role if alone else "one_party"


def ended_at(term: Term, end: dt.date) -> Term:
    """``term`` cut at ``end``: no renewal or extension beyond it (the notice took effect)."""
    if end <= term.end:
        return term.model_copy(update={"end": end, "renewal": None, "extension": None})
    assert term.renewal is not None  # an end after term.end comes from a renewal
    renewal = term.renewal.model_copy(update={"latest_end": end})
    return term.model_copy(update={"renewal": renewal, "extension": None})
