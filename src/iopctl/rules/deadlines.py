"""Every deadline as one row type: what the table, JSON, CSV and ICS exports share.

Statuses (DESIGN "Deadlines"), decided in :func:`status_of`:

* ``done``: a matching log entry (duties, payments);
* term events (start, end, renewal, notice and option deadlines) are ``info``
  once past: giving notice is a choice, so a passed notice day is not missed;
* a duty or payment past its date and not logged is ``overdue`` while the
  agreement still runs, and ``missed`` once the agreement has ended (it can no
  longer be caught up within it);
* an agreement that is not in force (``draft`` or ``proposal``) binds no one,
  so its past dates are ``info`` too: they show what the text would have meant;
* otherwise ``due_soon`` within 30 days, else ``upcoming``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, get_args

from ..calendar import ONE_DAY, add_months, holidays_of
from ..calendar import act_by as working_day_on_or_before
from ..document import LoadedAgreement
from ..models import MonthDay
from .assumed import assumptions_on, duty_paths
from .duties import DUTY_KINDS, DutyOccurrence
from .kinds import DeadlineKind
from .notice import LoggedNotice, latest_notice_date
from .payments import PaymentYear, open_reasons, paid_reasons, unknown
from .reasons import DayOfYear, Holiday, Label, Money, Months, Reason, Weekday, reason
from .repayments import repayment_clauses
from .terms import NOT_IN_FORCE, Period, last_possible_end, open_ended

DeadlineStatus = Literal["upcoming", "due_soon", "overdue", "done", "missed", "info"]
STATUSES: tuple[str, ...] = get_args(DeadlineStatus)

TERM_KINDS = frozenset(
    {"term_start", "term_end", "expiry", "renewal", "notice_deadline", "option_deadline"}
)
DUE_SOON_DAYS = 30
EXPIRY_LEAD_MONTHS = 6
"""How long before its last possible end an agreement's ``expiry`` row falls (DESIGN rule 11)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Deadline:
    agreement: str
    kind: DeadlineKind
    occurrence: str
    """Stable within (agreement, kind): a year, a period number, a duty id; never the date."""
    date: dt.date
    act_by: dt.date
    title: Reason
    status: DeadlineStatus
    source: str
    """``path:line`` of the YAML field the date comes from."""
    explanation: tuple[Reason, ...]
    """The arithmetic, the day to act and why, and the log entry that marked it done."""
    window_start: dt.date | None = None
    amount: Decimal | None = None
    currency: str | None = None
    note: tuple[Reason, ...] = ()
    """E.g. why an amount is unknown: "okänt: OPI 2025 saknas i data/indices/opi.yaml"."""
    done_on: dt.date | None = None
    date_known: bool = True
    """False for a payment whose day the document does not give: ``date`` is then only
    where the row sorts (its period's end), every output says "datum okänt", it is never
    overdue, and no calendar gets it."""

    @property
    def uid(self) -> str:
        return f"{self.agreement}.{self.kind}.{self.occurrence}@iopctl"

    def days_left(self, as_of: dt.date) -> int:
        return (self.date - as_of).days


def status_of(
    kind: str,
    date: dt.date,
    as_of: dt.date,
    done_on: dt.date | None,
    ended: bool,
    binding: bool = True,
) -> DeadlineStatus:
    """The status rule of the module docstring, in one place."""
    if done_on is not None:
        return "done"
    if date < as_of:
        if kind in TERM_KINDS or not binding:
            return "info"
        return "missed" if ended else "overdue"
    return "due_soon" if (date - as_of).days <= DUE_SOON_DAYS else "upcoming"


def act_by_reason(date: dt.date, act: dt.date) -> Reason:
    """Why the day to act differs from the deadline: a weekend or the named holiday.

    Holidays are named (midsommarafton, julafton and nyårsafton are not legal
    holidays, only days off, so "en helgdag" would be wrong for them).
    """
    what = (
        reason("act_by.holiday", day=date, holiday=Holiday(date))
        if date in holidays_of(date.year)
        else reason("act_by.weekend", day=date, weekday=Weekday(date))
    )
    direction = "act_by.forward" if act > date else "act_by.back"
    return reason(direction, what=what, act=act, weekday=Weekday(act))


@dataclass(frozen=True, slots=True)
class _Builder:
    """What every row of one agreement shares: making a row is then one call."""

    loaded: LoadedAgreement
    as_of: dt.date
    ended: bool
    ended_by: LoggedNotice | None = None
    """Notice in the log that ended the agreement early: the source of its end."""

    def row(
        self,
        kind: DeadlineKind,
        occurrence: str,
        date: dt.date,
        title: Reason,
        why: tuple[Reason, ...],
        source: str,
        *,
        window_start: dt.date | None = None,
        amount: Decimal | None = None,
        currency: str | None = None,
        note: tuple[Reason, ...] = (),
        done_on: dt.date | None = None,
        date_known: bool = True,
        said: tuple[Reason, ...] = (),
        rests_on: tuple[str, ...] = (),
    ) -> Deadline:
        """One row.  ``said`` is what the document attaches to the right or duty (a
        condition, an option, a repayment), in its words; ``rests_on`` are the fields
        the date comes from, so that every assumption covering one is cited."""
        act = working_day_on_or_before(date, self.loaded.agreement.deadline_rolling)
        explanation = list(why)
        if act != date and date_known:
            explanation.append(act_by_reason(date, act))
        if done_on is not None:
            explanation.append(reason("deadline.done", day=done_on))
        explanation += [*said, *assumptions_on(self.loaded, rests_on)]
        binding = self.loaded.agreement.status not in NOT_IN_FORCE and date_known
        status = status_of(kind, date, self.as_of, done_on, self.ended, binding)
        if not date_known and status != "done":
            status = "info"  # a day nobody stated cannot be missed
        return Deadline(
            agreement=self.loaded.agreement.id, kind=kind, occurrence=occurrence, date=date,
            act_by=act, title=title, status=status, source=source,
            explanation=tuple(explanation), window_start=window_start, amount=amount,
            currency=currency, note=note, done_on=done_on, date_known=date_known,
        )  # fmt: skip


def agreement_deadlines(
    loaded: LoadedAgreement,
    *,
    as_of: dt.date,
    periods: Sequence[Period],
    ahead: Sequence[Period],
    horizon: dt.date,
    payments: Sequence[PaymentYear],
    occurrences: Sequence[DutyOccurrence],
    expiry_lead: int = EXPIRY_LEAD_MONTHS,
    ended_by: LoggedNotice | None = None,
) -> list[Deadline]:
    """Every deadline of one agreement from what :func:`~iopctl.rules.evaluate.evaluate`
    worked out, sorted by date.

    ``ahead`` are the periods a little beyond ``horizon``: the deadline to
    stop a renewal comes up to a year (or the notice period) before the
    renewal itself, so a stop deadline within the horizon is listed even when
    its renewal starts after it.
    """
    builder = _Builder(loaded, as_of, periods[-1].end < as_of, ended_by)
    rows = [
        *(r for r in _term_rows(builder, ahead) if ahead == periods or r.date <= horizon),
        *(_expiry_rows(builder, expiry_lead) if ended_by is None else ()),
        *_payment_rows(builder, payments),
        *_duty_rows(builder, occurrences),
    ]
    if ended_by is not None and (end := ended_by.effective_end) is not None:
        rows = [row for row in rows if row.date <= end]  # nothing after the effective end
    rows.sort(key=sort_key)
    return rows


def sort_key(row: Deadline) -> tuple[dt.date, str, str, str]:
    return (row.date, row.agreement, row.kind, row.occurrence)


def _term_rows(b: _Builder, periods: Sequence[Period]) -> Iterator[Deadline]:
    la = b.loaded
    term = la.agreement.term
    termination = la.agreement.termination
    renewal = term.renewal
    conditions = (
        (reason("deadline.renewal.conditions", text=renewal.conditions,
                source=la.where("term", "renewal", "conditions")),)
        if renewal is not None and renewal.conditions is not None
        else ()
    )  # fmt: skip
    grounds = (
        (reason("deadline.notice.grounds", text=termination.grounds,
                source=la.where("termination", "grounds")),)
        if termination is not None and termination.grounds is not None
        else ()
    )  # fmt: skip
    yield b.row(
        "term_start", "start", term.start, reason("deadline.term_start.title"),
        (reason("deadline.term_start.why"),), la.where("term", "start"), rests_on=("term.start",),
    )  # fmt: skip
    for period in periods[1:]:
        previous_end = period.start - ONE_DAY  # renewals start the day after (rule 2)
        assert renewal is not None
        capped = renewal.latest_end is not None and period.end == renewal.latest_end
        title = reason("deadline.renewal.title", start=period.start, end=period.end)
        why = reason(
            "deadline.renewal.why", number=period.number, start=period.start,
            months=Months(renewal.period_months), end=period.end,
            cap=reason("deadline.renewal.cap") if capped else None,
        )  # fmt: skip
        occurrence = f"period-{period.number}"
        yield b.row(
            "renewal", occurrence, period.start, title, (why,), la.where("term", "renewal"),
            said=conditions, rests_on=("term.renewal.period_months",),
        )  # fmt: skip
        stop_title = reason("deadline.stop_renewal.title", start=period.start)
        if period.stop_by is not None and renewal.notice_by is not None:
            md = renewal.notice_by
            why = reason(
                "deadline.stop_by_notice_day", day=DayOfYear(md.month, md.day),
                end=previous_end, deadline=period.stop_by,
            )  # fmt: skip
            where = la.where("term", "renewal", "notice_by")
            yield b.row(
                "notice_deadline", occurrence, period.stop_by, stop_title, (why,), where,
                rests_on=("term.renewal.notice_by",),
            )  # fmt: skip
        elif termination is not None:
            months = termination.notice_months
            day = latest_notice_date(previous_end, months)
            why = reason(
                "deadline.minus_months.period",
                end=previous_end,
                months=Months(months),
                deadline=day,
            )
            where = la.where("termination", "notice_months")
            yield b.row(
                "notice_deadline", occurrence, day, stop_title, (why,), where, said=grounds,
                rests_on=("termination.notice_months",),
            )  # fmt: skip
    notice = b.ended_by
    if notice is not None and notice.effective_end is not None:
        why = reason(
            "deadline.term_end.notice", given=notice.answer.given, end=notice.effective_end,
            limited_by=Label("notice.limited_by", notice.answer.limited_by),
        )  # fmt: skip
        title = reason("deadline.term_end.title")
        yield b.row(
            "term_end", "end", periods[-1].end, title, (why,), la.where("log", notice.index),
            said=notice.answer.on_early_end,
            rests_on=("termination.notice_months", f"log.{notice.index}"),
        )  # fmt: skip
    elif not open_ended(term):
        capped = len(periods) > 1
        why = reason("deadline.term_end.capped" if capped else "deadline.term_end.why")
        where = la.where("term", "renewal", "latest_end") if capped else la.where("term", "end")
        title = reason("deadline.term_end.title")
        field = "term.renewal.latest_end" if capped else "term.end"
        yield b.row("term_end", "end", periods[-1].end, title, (why,), where, rests_on=(field,))
    extension = term.extension
    if extension is not None and extension.decide_by is not None:
        where = la.where("term", "extension", "decide_by")
        yield b.row(
            "option_deadline", "extension", extension.decide_by, reason("deadline.option.title"),
            (reason("deadline.option.why"),), where, said=(_option(la),),
            rests_on=("term.extension.decide_by",),
        )  # fmt: skip


def _option(la: LoadedAgreement) -> Reason:
    """The extension option in the document's words (DESIGN rule 10)."""
    extension = la.agreement.term.extension
    assert extension is not None
    return reason("deadline.option.text", text=extension.text, source=la.where("term", "extension"))


def _expiry_rows(b: _Builder, lead: int) -> Iterator[Deadline]:
    """The decision every agreement with a last day needs: continue, renegotiate or let it end.

    A fixed term's latest notice day is no row (DESIGN rule 11): letting it
    pass changes nothing, since the agreement ends anyway.  This row is what
    does need deciding, ``lead`` months ahead of the last possible end.
    """
    term = b.loaded.agreement.term
    end = last_possible_end(term)
    if end is None:
        return
    day = add_months(end, -lead)
    capped = end != term.end
    where = (
        b.loaded.where("term", "renewal", "latest_end") if capped else b.loaded.where("term", "end")
    )
    why = reason("deadline.expiry.why", end=end, months=Months(lead), deadline=day)
    option = (_option(b.loaded),) if term.extension is not None else ()
    field = "term.renewal.latest_end" if capped else "term.end"
    yield b.row(
        "expiry", "end", day, reason("deadline.expiry.title"), (why,), where, said=option,
        rests_on=(field,),
    )  # fmt: skip


def undated_payments(
    loaded: LoadedAgreement, schedule: Sequence[PaymentYear], as_of: dt.date
) -> list[Deadline]:
    """The payments whose day the document does not give, as "datum okänt" rows.

    Only ``iopctl deadlines`` (table, JSON, CSV) lists them; calendars, the
    report and the site show dated rows, and the payments table says
    "datum okänt" itself.  Each sorts at its period's end and is never overdue.
    """
    b = _Builder(loaded, as_of, False)
    return list(_payment_rows(b, schedule, dated=False))


def _payment_rows(
    b: _Builder, schedule: Sequence[PaymentYear], *, dated: bool = True
) -> Iterator[Deadline]:
    """One row per instalment with a day (:mod:`~iopctl.rules.payments`, rule 13); with
    ``dated`` False, one per instalment without one."""
    for year in schedule:
        note = tuple(unknown((m,)) for m in year.missing)
        count = len(year.instalments)
        for number, part in enumerate(year.instalments, start=1):
            if (part.due is not None) != dated or year.period_end is None:
                continue
            if count == 1:
                title = reason("deadline.payment.title", year=year.label)
                why = year.explanation
            else:
                title = reason("deadline.payment.title_part", year=year.label, part=part.part)
                of = reason(
                    "payment.instalment.of", number=number, count=count,
                    total=Money(year.amount) if year.amount is not None
                    else reason("value.unknown_amount"),
                )  # fmt: skip
                why = (*((part.placed,) if part.placed else ()), of, *year.explanation)
            settle = (
                (reason("payment.settle", difference=Money(year.to_settle)),)
                if number == 1 and year.to_settle
                else ()
            )
            unstated = () if dated else (reason("payment.date_unknown", end=year.period_end),)
            yield b.row(
                "payment", part.key, part.due or year.period_end, title,
                (*unstated, *why, *paid_reasons(part)), year.source,
                window_start=part.window_start, amount=part.amount, currency="SEK",
                note=(*note, *settle, *open_reasons(part)), done_on=part.done_on,
                date_known=dated,
            )  # fmt: skip


def _duty_rows(b: _Builder, occurrences: Sequence[DutyOccurrence]) -> Iterator[Deadline]:
    clauses = repayment_clauses(b.loaded.agreement, "evaluation_finding")
    misuse = tuple(c.reason(b.loaded) for c in clauses)
    for o in occurrences:
        kind = DUTY_KINDS[o.duty.kind].deadline_kind
        title = (
            reason(
                "deadline.duty.title_period", title=o.duty.title,
                period=reason("duty.period", label=o.label, start=o.start, end=o.end),
            )
            if o.label
            else reason("deadline.duty.title", title=o.duty.title)
        )  # fmt: skip
        why, where = _duty_why(b.loaded, o)
        yield b.row(
            kind, o.key, o.due, title, (why, *_duty_notes(o)), where,
            window_start=o.window_start, done_on=o.done_on,
            said=misuse if kind == "evaluation" else (),
            rests_on=duty_paths(o.index, o.duty, o.stated or "due"),
        )  # fmt: skip


def _duty_why(la: LoadedAgreement, o: DutyOccurrence) -> tuple[Reason, str]:
    """Where one occurrence's date comes from, and the ``path:line`` of that field."""
    field = ".".join(
        f"[{part}]" if isinstance(part, int) else part for part in (*o.path, o.stated or "")
    ).replace(".[", "[")
    due_day = getattr(o.duty, "due", None)
    lag = getattr(o.duty, "due_after", None)
    if o.moved and isinstance(due_day, MonthDay):
        day = DayOfYear(due_day.month, due_day.day)
        why = reason("duty.due.short_last", day=day, end=o.due, field=field)
    elif o.stated == "due_after" and lag is not None:
        amount = reason("duty.lag.months", months=Months(lag.months)) if lag.months else (
            reason("duty.lag.days", n=lag.days or 0)
        )  # fmt: skip
        why = reason("duty.due.after", end=o.end, lag=amount, due=o.due, field=field)
    elif o.stated is not None:
        assumed = assumptions_on(la, duty_paths(o.index, o.duty, o.stated))
        if assumed:
            why = reason("duty.due.assumed", field=field)
        elif o.at and o.at[0] == "amendments" and isinstance(o.at[1], int):
            # Stated by a later decision, not the agreement: say which (never overclaim).
            change = la.agreement.amendments[o.at[1]]
            why = reason("duty.due.amended", decided=change.decided, body=change.body, field=field)
        else:
            why = reason("duty.due.stated", field=field)
    elif o.times_per_year == 0:
        return reason("duty.due.term_end", end=o.due), la.where(*o.path)
    else:
        how = (
            reason("duty.times.once")
            if o.times_per_year == 1
            else reason("duty.times.n", n=o.times_per_year)
        )
        return reason("duty.due.period_end", how=how, end=o.due), la.where(*o.path)
    return why, la.where(*o.path, o.stated or "due")


def _duty_notes(o: DutyOccurrence) -> Iterator[Reason]:
    """A short first or last period, and the deliverables an open occurrence still lacks."""
    for end in o.short:
        yield reason(f"duty.period.short_{end}", start=o.start, end=o.end)
    if o.done_on is None and o.missing:
        names = tuple(reason("duty.deliverable", name=n) for n in o.missing)
        arrived = tuple(reason("duty.deliverable", name=n) for n in o.arrived)
        yield (
            reason("duty.deliverables.partly", arrived=arrived, missing=names)
            if arrived
            else reason("duty.deliverables.all", missing=names)
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class DeadlineQuery:
    as_of: dt.date
    until: dt.date
    include_past: bool = False
    agreements: frozenset[str] | None = None
    kinds: frozenset[str] | None = None
    statuses: frozenset[str] | None = frozenset({"active"})
    """Agreement statuses on ``as_of`` (:func:`~iopctl.rules.terms.status_on`) to include;
    None means all."""
    responsible: tuple[str, ...] = ()
    """Only rows someone of these names answers for (:mod:`~iopctl.rules.responsible`)."""
    due_soon_days: int = DUE_SOON_DAYS
    """How near an open row counts as due soon (``iopctl.toml``)."""
    expiry_lead: int = EXPIRY_LEAD_MONTHS
    """Months before the last possible end that the ``expiry`` row falls (``iopctl.toml``)."""

    def wants(self, row: Deadline) -> bool:
        """In [as_of, until] (from the start with include_past) and of a wanted kind,
        or overdue: an overdue row is shown whatever the window."""
        if self.kinds is not None and row.kind not in self.kinds:
            return False
        in_window = row.date <= self.until and (self.include_past or row.date >= self.as_of)
        return in_window or row.status == "overdue"
