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
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal, get_args

from ..calendar import act_by as working_day_on_or_before
from ..calendar import add_months, holiday_name
from ..document import LoadedAgreement
from ..indices import SeriesStore
from .duties import DutyOccurrence, duty_occurrences, year_periods
from .log import known_on
from .notice import latest_notice_date
from .payments import PaymentYear, payment_schedule
from .terms import NOT_IN_FORCE, Period, status_on, term_periods
from .texts import Texts, texts

DeadlineKind = Literal[
    "term_start",
    "term_end",
    "renewal",
    "notice_deadline",
    "option_deadline",
    "payment",
    "evaluation",
    "report_due",
    "meeting_due",
    "task",
]
KINDS: tuple[str, ...] = get_args(DeadlineKind)
DeadlineStatus = Literal["upcoming", "due_soon", "overdue", "done", "missed", "info"]

TERM_KINDS = frozenset({"term_start", "term_end", "renewal", "notice_deadline", "option_deadline"})
DUE_SOON_DAYS = 30
OPEN_ENDED_YEARS = 2
"""How far ahead of ``as_of`` to list the renewals of an agreement without ``latest_end``."""
PARTS_PER_YEAR = {"yearly": 1, "half_yearly": 2, "quarterly": 4, "monthly": 12}
DUTY_KIND: dict[str, DeadlineKind] = {
    "evaluation": "evaluation",
    "report": "report_due",
    "meeting": "meeting_due",
    "task": "task",
}


@dataclass(frozen=True, slots=True)
class Deadline:
    agreement: str
    kind: DeadlineKind
    occurrence: str
    """Stable within (agreement, kind): a year, a period number, a duty id; never the date."""
    date: dt.date
    act_by: dt.date
    title: str
    status: DeadlineStatus
    source: str
    """``path:line`` of the YAML field the date comes from."""
    explanation: str
    window_start: dt.date | None = None
    amount: Decimal | None = None
    currency: str | None = None
    note: str | None = None
    """E.g. why an amount is unknown: "OPI 2025 saknas i data/indices/opi.yaml"."""
    done_on: dt.date | None = None

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


@dataclass(frozen=True, slots=True)
class _Builder:
    """What every row of one agreement shares: making a row is then one call."""

    loaded: LoadedAgreement
    as_of: dt.date
    ended: bool
    t: Texts

    def row(
        self,
        kind: DeadlineKind,
        occurrence: str,
        date: dt.date,
        title: str,
        explanation: str,
        source: str,
        *,
        window_start: dt.date | None = None,
        amount: Decimal | None = None,
        currency: str | None = None,
        note: str | None = None,
        done_on: dt.date | None = None,
    ) -> Deadline:
        act = working_day_on_or_before(date, self.loaded.agreement.deadline_rolling)
        holiday = (
            holiday_name(date, "en_US" if self.t.lang == "en" else "sv") if act != date else None
        )
        explanation += self.t.act_by(date, act, holiday)
        if done_on is not None:
            explanation += self.t.done(done_on)
        binding = self.loaded.agreement.status not in NOT_IN_FORCE
        status = status_of(kind, date, self.as_of, done_on, self.ended, binding)
        return Deadline(
            self.loaded.agreement.id, kind, occurrence, date, act, title, status, source,
            explanation, window_start, amount, currency, note, done_on,
        )  # fmt: skip


def agreement_deadlines(
    loaded: LoadedAgreement,
    series: SeriesStore,
    as_of: dt.date,
    lang: str = "sv",
    until: dt.date | None = None,
) -> list[Deadline]:
    """Every deadline of one agreement, whatever its date, sorted by date.

    Renewals without ``latest_end`` are listed up to ``until`` (default: two
    years after ``as_of``; never before ``as_of``, so a running agreement does
    not look ended): an open-ended list has no last row.  Their term rows are
    built from periods a little beyond that horizon, because the deadline to
    stop a renewal comes up to a year (or the notice period) before the
    renewal itself: a stop deadline within the horizon is listed even when its
    renewal starts after it.  Log entries dated after ``as_of`` are not known
    on ``as_of`` (:func:`~iopctl.rules.log.known_on`).
    """
    loaded = known_on(loaded, as_of)
    term = loaded.agreement.term
    horizon = max(until or add_months(as_of, 12 * OPEN_ENDED_YEARS), as_of)
    periods = term_periods(term, horizon)
    builder = _Builder(loaded, as_of, periods[-1].end < as_of, texts(lang))
    termination = loaded.agreement.termination
    lead = max(12, termination.notice_months if termination else 0) + 1
    ahead = term_periods(term, add_months(horizon, lead))
    rows = [
        *(r for r in _term_rows(builder, ahead) if ahead == periods or r.date <= horizon),
        *_payment_rows(builder, payment_schedule(loaded, series, lang, horizon)),
        *_duty_rows(builder, duty_occurrences(loaded.agreement, periods[-1].end)),
    ]
    rows.sort(key=sort_key)
    return rows


def sort_key(row: Deadline) -> tuple[dt.date, str, str, str]:
    return (row.date, row.agreement, row.kind, row.occurrence)


def _term_rows(b: _Builder, periods: list[Period]) -> Iterator[Deadline]:
    la, t = b.loaded, b.t
    term = la.agreement.term
    termination = la.agreement.termination
    renewal = term.renewal
    title, why = t.term_start()
    yield b.row("term_start", "start", term.start, title, why, la.where("term", "start"))
    for previous, period in itertools.pairwise(periods):
        assert renewal is not None
        capped = renewal.latest_end is not None and period.end == renewal.latest_end
        title, why = t.renewal(
            period.number, period.start, period.end, renewal.period_months, capped
        )
        occurrence = f"period-{period.number}"
        yield b.row("renewal", occurrence, period.start, title, why, la.where("term", "renewal"))
        stop_title = t.stop_renewal(period.start)
        if period.stop_by is not None and renewal.notice_by is not None:
            md = renewal.notice_by
            why = t.stop_by_notice_day(md.month, md.day, previous.end, period.stop_by)
            where = la.where("term", "renewal", "notice_by")
            yield b.row("notice_deadline", occurrence, period.stop_by, stop_title, why, where)
        elif termination is not None:
            months = termination.notice_months
            day = latest_notice_date(previous.end, months)
            why = t.minus_months("period", previous.end, months, day)
            where = la.where("termination", "notice_months")
            yield b.row("notice_deadline", occurrence, day, stop_title, why, where)
    open_ended = renewal is not None and renewal.automatic and renewal.latest_end is None
    if not open_ended:
        capped = len(periods) > 1
        title, why = t.term_end(capped)
        where = la.where("term", "renewal", "latest_end") if capped else la.where("term", "end")
        yield b.row("term_end", "end", periods[-1].end, title, why, where)
    if termination is not None and len(periods) == 1 and not open_ended:
        months = termination.notice_months
        day = latest_notice_date(term.end, months)
        why = t.minus_months("term", term.end, months, day)
        where = la.where("termination", "notice_months")
        yield b.row("notice_deadline", "end", day, t.notice_for_end(), why, where)
    extension = term.extension
    if extension is not None and extension.decide_by is not None:
        title, why = t.option()
        where = la.where("term", "extension", "decide_by")
        yield b.row("option_deadline", "extension", extension.decide_by, title, why, where)


def _payment_rows(b: _Builder, schedule: Sequence[PaymentYear]) -> Iterator[Deadline]:
    payments = b.loaded.agreement.payments
    parts = PARTS_PER_YEAR[payments.schedule] if payments is not None else 1
    for year in schedule:
        if year.due is None:
            continue
        note = "; ".join(year.missing) or None
        if parts == 1:
            yield b.row(
                "payment", str(year.year), year.due, b.t.payment(year.year), year.explanation,
                year.source, window_start=year.window_start, amount=year.amount, currency="SEK",
                note=note, done_on=year.paid_on,
            )  # fmt: skip
            continue
        share = (
            (year.exact / parts).quantize(Decimal(1), rounding=ROUND_HALF_UP)
            if year.exact is not None
            else None
        )
        assert year.period_start is not None and year.period_end is not None
        for label, first, last in year_periods(year.year, parts):
            if last < year.period_start or first > year.period_end:
                continue
            due = min(last, year.period_end)
            why = b.t.payment_window(max(first, year.period_start), due, False)
            why += f"; 1/{parts} × {year.explanation}"
            yield b.row(
                "payment", label, due, b.t.payment(year.year, label[5:]), why, year.source,
                window_start=max(first, year.period_start), amount=share, currency="SEK",
                note=note, done_on=year.paid_on,
            )  # fmt: skip


def _duty_rows(b: _Builder, occurrences: Sequence[DutyOccurrence]) -> Iterator[Deadline]:
    for o in occurrences:
        kind = DUTY_KIND[o.duty.kind]
        title = o.duty.title + (
            f" ({b.t.period_label(o.label, o.start, o.end)})" if o.label else ""
        )
        if o.stated is not None:
            why = b.t.due_stated(f"duties[{o.index}].{o.stated}")
            where = b.loaded.where("duties", o.index, o.stated)
        elif o.times_per_year == 0:
            why = b.t.due_at_term_end(o.due)
            where = b.loaded.where("duties", o.index)
        else:
            why = b.t.due_end_of_period(o.times_per_year, o.due, o.clipped)
            where = b.loaded.where("duties", o.index)
        yield b.row(
            kind, o.key, o.due, title, why, where, window_start=o.window_start, done_on=o.done_on
        )


@dataclass(frozen=True, slots=True)
class DeadlineQuery:
    as_of: dt.date
    until: dt.date
    include_past: bool = False
    agreements: frozenset[str] | None = None
    kinds: frozenset[str] | None = None
    statuses: frozenset[str] | None = frozenset({"active"})
    """Agreement statuses on ``as_of`` (:func:`~iopctl.rules.terms.status_on`) to include;
    None means all."""
    lang: str = "sv"


def select_deadlines(
    agreements: Sequence[LoadedAgreement], series: SeriesStore, query: DeadlineQuery
) -> list[Deadline]:
    """Deadlines in [as_of, until] (from the start with include_past), plus every overdue one."""
    rows: list[Deadline] = []
    for loaded in agreements:
        agreement = loaded.agreement
        if query.statuses is not None and status_on(agreement, query.as_of) not in query.statuses:
            continue
        if query.agreements is not None and agreement.id not in query.agreements:
            continue
        for row in agreement_deadlines(loaded, series, query.as_of, query.lang, query.until):
            if query.kinds is not None and row.kind not in query.kinds:
                continue
            in_window = row.date <= query.until and (query.include_past or row.date >= query.as_of)
            if in_window or row.status == "overdue":
                rows.append(row)
    rows.sort(key=sort_key)
    return rows
