"""The payment schedule: base amount, compounded indexation, per-capita workings.

Money is ``Decimal`` throughout and rounded to whole kronor, half up, only at
the end (DESIGN rule 6).  A value the series do not hold is never invented or
taken as 0: the year's amount is ``None`` and ``missing`` says which value is
absent and where to add it (a :class:`MissingValue`, not a sentence).

Which years: the calendar years the term touches (``funding.per:
calendar_year``, the default), or each twelve-month stretch from the start
(``agreement_year``), or the whole term once (``term``).  Each year's period
is cut to the term, including every automatic renewal.

Instalments (DESIGN rule 13) are the one source of payment days for
``payments``, ``deadlines``, the report and the site: :func:`instalment_slots`
splits each period by the schedule, :func:`split` shares the amount out in
whole kronor (the last instalment takes the remainder), and
:func:`settle_log` lets each logged payment pay the instalment it names, else
the earliest one still open.

Index values are taken as known on the day (DESIGN rule 14): a year's amount
uses the values published by its first instalment's day; a value published
later that differs (a definitive OPI replacing the preliminary one) gives a
revised amount and a difference to settle, and the past amount stays as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Literal

from ..calendar import ONE_DAY, add_months, clipped_day, month_end
from ..document import LoadedAgreement
from ..indices import SeriesStore, SeriesValue
from ..models import Agreement, LogEntry, PaymentWindow, YearSpan
from .reasons import Label, Money, Reason, reason
from .shares import Share, named, needs_shares, scheduled_shares, shares, the_source, total
from .terms import scheduled_end

WHOLE_KRONOR = Decimal(1)


@dataclass(frozen=True, slots=True, kw_only=True)
class MissingValue:
    """A value a payment needs that the series do not hold: which, and where to add it."""

    kind: Literal["index", "population"]
    series: str
    year: int
    """The index year, or the year of the 31 December population count."""
    path: str
    """The file to add it to, relative to the repository: ``data/indices/opi.yaml``."""

    @property
    def reason(self) -> Reason:
        return reason(
            f"payment.missing.{self.kind}", series=self.series, year=self.year, path=self.path
        )


def unknown(missing: tuple[MissingValue, ...]) -> Reason:
    """``okänt: OPI 2024 saknas i …; OPI 2025 …``: one prefix, however many values."""
    return reason("payment.unknown", missing=tuple(m.reason for m in missing))


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexStep:
    """One year's uprating: ``factor`` = 1 + ``value``/100 of series ``series`` for ``year``."""

    year: int
    series: str
    value: Decimal
    factor: Decimal
    status: str
    published: dt.date | None
    source: str
    after_due: bool = False
    """Published only after the payment's day: nothing was known of this year on that day."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PerCapitaWorking:
    year: int
    population_year: int
    population: Decimal | None
    rate: Decimal
    source: str | None
    stated: Decimal | None
    """The amount the document itself states for ``year``, if any."""
    series: str = ""
    """The population series read (``per_capita.population``)."""
    stated_source: str | None = None
    """``path:line`` of the stated amount: the provenance of a year that uses it."""

    @property
    def amount_source(self) -> str | None:
        """Where this year's amount comes from: the stated field, else the population value."""
        return self.stated_source if self.stated is not None else self.source


@dataclass(frozen=True, slots=True, kw_only=True)
class Paying:
    """One logged payment's part in one instalment."""

    index: int
    """The entry's position in ``log``."""
    day: dt.date
    amount: Decimal | None
    """What of the entry went to this instalment; None when the entry states no amount."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Instalment:
    """One payment of a period: its day, its share of the amount, and what the log paid.

    ``key`` is the occurrence id: the deadline's UID and what a log entry's
    ``name`` uses to pay this instalment (``2024``, ``2024-Q2``, ``2024-05``,
    ``2022/23-Q1``); it never contains a date, so a corrected day keeps it.
    """

    key: str
    part: str | None
    """``Q2``, ``H1``, ``05``: which of the period's instalments; None for the only one."""
    window_start: dt.date | None
    due: dt.date | None
    """None when the document gives no day: "datum okänt", never overdue."""
    placed: Reason | None
    """Why the day is where it is (the window, the period's end, a clamped window)."""
    amount: Decimal | None
    payments: tuple[Paying, ...] = ()

    @property
    def paid(self) -> Decimal | None:
        """The sum the log paid into it; None when no entry states an amount."""
        amounts = [p.amount for p in self.payments if p.amount is not None]
        return sum(amounts, Decimal(0)) if amounts else None

    @property
    def remaining(self) -> Decimal | None:
        """What is still open: the amount less what was paid (None when either is unknown)."""
        if self.amount is None:
            return None
        if any(p.amount is None for p in self.payments):
            return Decimal(0)
        return max(self.amount - (self.paid or Decimal(0)), Decimal(0))

    @property
    def done_on(self) -> dt.date | None:
        """The day the last needed payment arrived; None while anything is open."""
        if not self.payments:
            return None
        if self.remaining:
            return None
        return self.payments[-1].day

    @property
    def late(self) -> bool:
        """Paid in full only after its window: done, but late (rule 13)."""
        done = self.done_on
        return done is not None and self.due is not None and done > self.due


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentYear:
    """What is paid for one year; ``amount`` None means unknown, with ``missing`` saying why."""

    year: int
    due: dt.date | None
    window_start: dt.date | None
    base: Decimal | None
    steps: tuple[IndexStep, ...]
    per_capita: PerCapitaWorking | None
    exact: Decimal | None
    amount: Decimal | None
    """Whole kronor, rounded half up at the end."""
    missing: tuple[MissingValue, ...]
    """Each value the amount needs and the series lack."""
    paid: Decimal | None
    paid_on: dt.date | None
    source: str
    explanation: tuple[Reason, ...]
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    """The stretch of the term this payment is for (a calendar year cut to the term)."""
    instalments: tuple[Instalment, ...] = ()
    """The payments of this period, one by one (one for a yearly schedule)."""
    revised_steps: tuple[IndexStep, ...] = ()
    """The index steps with the values known now, where a value published after the
    payment's day differs from the one it used; empty otherwise."""
    revised_amount: Decimal | None = None
    """The amount with ``revised_steps``: what the year comes to now."""
    shares: tuple[Share, ...] = ()
    """Who pays whom how much of the base, where a contribution names its parties."""
    fees: tuple[Share, ...] = ()
    """Usage fees of the year: rate × the units the log names, known only from the log."""

    @property
    def to_settle(self) -> Decimal | None:
        """The revised amount less the amount paid on the values known then (rule 14)."""
        if self.revised_amount is None or self.amount is None:
            return None
        return self.revised_amount - self.amount

    @property
    def unknown(self) -> Reason | None:
        """Why ``amount`` is None: ``okänt: OPI 2024 saknas i …; OPI 2025 …``."""
        return unknown(self.missing) if self.missing else None

    @property
    def label(self) -> str:
        """The period's name in every output: :func:`period_label`."""
        start, end = self.period_start, self.period_end
        if start is None or end is None:
            return str(self.year)
        return period_label(self.year, start, end)


def series_path(kind: str, name: str) -> str:
    """Where a user adds a missing value: their own ``data/`` folder, which wins over ours."""
    return f"data/{kind}/{name.lower()}.yaml"


def payment_periods(
    agreement: Agreement, until: dt.date | None
) -> Iterator[tuple[int, dt.date, dt.date]]:
    """``(year, start, end)`` of each stretch one payment is for, cut to the term."""
    start, end = agreement.term.start, scheduled_end(agreement.term, until)
    per = agreement.funding.per if agreement.funding else "calendar_year"
    if per == "term":
        yield start.year, start, end
    elif per == "agreement_year":
        k = 0
        while (first := add_months(start, 12 * k)) <= end:
            yield first.year, first, min(add_months(start, 12 * (k + 1)) - ONE_DAY, end)
            k += 1
    else:
        for year in range(start.year, end.year + 1):
            yield year, max(start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31))


PARTS_PER_YEAR = {"yearly": 1, "half_yearly": 2, "quarterly": 4, "monthly": 12}
"""Instalments per year of each recurring schedule; ``once`` and ``unknown`` pay once a period."""
PART_PREFIX = {2: "H", 4: "Q", 12: "M"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Slot:
    """Where one instalment falls: before its amount and the log are known."""

    key: str
    part: str | None
    window_start: dt.date | None
    due: dt.date | None
    placed: Reason | None


def instalment_slots(agreement: Agreement, label: str, start: dt.date, end: dt.date) -> list[Slot]:
    """The instalments of the period ``start..end`` (labelled ``label``), in order.

    A recurring schedule splits the period into stretches of 12/n months from
    an anchor: 1 January for calendar years (so quarters are calendar
    quarters), else the period's own start (an agreement year from 1 April has
    its quarters April–June …).  Each instalment falls on the ``window`` day in
    its stretch (the window names the first month of a year's instalments;
    the others follow every 12/n months), else at the stretch's end.  A window
    day outside the period (before a late start, after an early end) is moved
    into it, and says so, rather than dropped: the money is still owed.
    """
    payments = agreement.payments
    schedule = payments.schedule if payments is not None else "unknown"
    if payments is None or schedule == "unknown":
        return [Slot(key=label, part=None, window_start=None, due=None, placed=None)]
    if payments.date is not None:
        day = payments.date
        placed = lump_sum(day, payments.covers)
        return [Slot(key=label, part=None, window_start=day, due=day, placed=placed)]
    n = PARTS_PER_YEAR[schedule]
    step = 12 // n
    per = agreement.funding.per if agreement.funding else "calendar_year"
    calendar = per == "calendar_year"
    anchor = dt.date(start.year, 1, 1) if calendar else start
    stretches: list[tuple[int, dt.date, dt.date]] = []
    k = 0
    while (first := add_months(anchor, step * k)) <= end:
        last = add_months(anchor, step * (k + 1)) - ONE_DAY
        if last >= start:
            stretches.append((k + 1, first, last))
        k += 1
    slots = []
    for number, first, last in stretches:
        if n == 1 and len(stretches) == 1:
            part = None
        elif n == 12 and calendar:
            part = f"{number:02d}"
        else:
            part = f"{PART_PREFIX.get(n, 'Y')}{number}"
        window_start, due, placed = _placed(payments.window, step, (first, last), (start, end))
        key = f"{label}-{part}" if part else label
        slots.append(Slot(key=key, part=part, window_start=window_start, due=due, placed=placed))
    return slots


def _placed(
    window: PaymentWindow | None,
    step: int,
    stretch: tuple[dt.date, dt.date],
    period: tuple[dt.date, dt.date],
) -> tuple[dt.date, dt.date, Reason]:
    """``(window_start, due, why)`` of the instalment of one stretch of ``step`` months."""
    (first, last), (start, end) = stretch, period
    cut_first, cut_last = max(first, start), min(last, end)
    if window is None:
        return cut_first, cut_last, payment_window(cut_first, cut_last, stated=False)
    due, opens = last, dt.date(last.year, last.month, 1)
    for i in range(step + 1):  # a stretch from mid-month touches step + 1 months
        month = add_months(dt.date(first.year, first.month, 1), i)
        if (month.month - window.month) % step:
            continue
        day = (
            clipped_day(month.year, month.month, window.day)
            if window.day
            else month_end(month.year, month.month)
        )
        if first <= day <= last:
            due, opens = day, month
            break
    if due < start:
        return start, start, reason("payment.window.before", due=due, start=start)
    if due > end:
        return cut_last, end, reason("payment.window.after", due=due, end=end)
    return max(opens, start), due, payment_window(max(opens, start), due, stated=True)


def split(amount: Decimal | None, parts: int) -> list[Decimal | None]:
    """``amount`` in ``parts`` instalments of whole kronor that sum to it exactly.

    Each is the amount divided by ``parts``, rounded down to whole kronor; the
    last takes what remains, so the kronor a division leaves go to the last
    instalment and nothing is lost or added.
    """
    if amount is None:
        return [None] * parts
    each = (amount / parts).quantize(WHOLE_KRONOR, rounding=ROUND_FLOOR)
    even: list[Decimal | None] = [each] * (parts - 1)
    return [*even, amount - each * (parts - 1)]


def _base_amount(agreement: Agreement) -> Decimal | None:
    """The yearly grant of the payer that indexation applies to (the public party by default)."""
    if agreement.funding is None:
        return None
    payer = agreement.indexation.applies_to if agreement.indexation else "public"
    amounts = [
        c.amount
        for c in agreement.funding.contributions
        if c.payer == payer and c.kind == "grant" and c.amount is not None
    ]
    return sum(amounts, Decimal(0)) if amounts else None


def _index_steps(
    agreement: Agreement, series: SeriesStore, on: dt.date, as_of: dt.date | None
) -> tuple[list[IndexStep], list[IndexStep], list[MissingValue]]:
    """Every adjustment from ``indexation.from`` up to ``on``, each with its series value.

    Returns the steps as known on ``on`` (the payment's day), the steps as
    known on ``as_of`` (empty when no value changed since), and what is
    missing.  A year of which nothing was published by ``on`` uses the first
    value published by ``as_of``, marked ``after_due``: the amount could not
    be known on the day, but it is what the series says.
    """
    indexation = agreement.indexation
    if indexation is None:
        return [], [], []
    found = series.index(indexation.index)
    used: list[IndexStep] = []
    now: list[IndexStep] = []
    missing: list[MissingValue] = []
    k = 0
    while (adjusted := add_months(indexation.from_, 12 * k)) <= on:
        k += 1
        year = adjusted.year - (1 if indexation.index_year == "previous_year" else 0)
        known = found.known(year, as_of) if found else ()
        if not known:
            path = series_path("indices", indexation.index)
            missing.append(
                MissingValue(kind="index", series=indexation.index, year=year, path=path)
            )
            continue
        by_then = [v for v in known if v.published is None or v.published <= on]
        value = by_then[-1] if by_then else known[0]
        used.append(_step(indexation.index, year, value, after_due=not by_then))
        now.append(_step(indexation.index, year, known[-1], after_due=False))
    changed = any(u.value != n.value for u, n in zip(used, now, strict=True))
    return used, now if changed else [], missing


def _step(series: str, year: int, value: SeriesValue, *, after_due: bool) -> IndexStep:
    return IndexStep(
        year=year, series=series, value=value.value, factor=1 + value.value / 100,
        status=value.status, published=value.published, source=value.source, after_due=after_due,
    )  # fmt: skip


def _indexed(base: Decimal, steps: list[IndexStep]) -> tuple[Decimal, Decimal]:
    """``(exact, amount)``: ``base`` times every factor, rounded half up only at the end."""
    exact = base
    for step in steps:
        exact *= step.factor
    return exact, exact.quantize(WHOLE_KRONOR, rounding=ROUND_HALF_UP)


def _per_capita(
    loaded: LoadedAgreement, series: SeriesStore, year: int
) -> tuple[PerCapitaWorking | None, Decimal | None]:
    """The per-capita working for ``year`` and the base it gives (None when unknown)."""
    rule = loaded.agreement.per_capita
    if rule is None:
        return None, None
    index = next((i for i, s in enumerate(rule.stated) if s.year == year), None)
    stated = rule.stated[index].amount if index is not None else None
    stated_source = (
        loaded.where("per_capita", "stated", index, "amount") if index is not None else None
    )
    pop_year = year - rule.lag_years
    found = series.population(rule.population)
    value = found.get(pop_year) if found else None
    population = value.value if value else None
    source = value.source if value else None
    working = PerCapitaWorking(
        year=year, population_year=pop_year, population=population, rate=rule.rate,
        source=source, stated=stated, series=rule.population, stated_source=stated_source,
    )  # fmt: skip
    if stated is not None:
        return working, stated
    return working, rule.rate * population if population is not None else None


@dataclass(frozen=True, slots=True, kw_only=True)
class LogNote:
    """What the log did that a human should look at: a late, short or extra payment."""

    kind: Literal["late", "short", "excess", "unmatched"]
    index: int
    """The log entry's position in ``log``."""
    key: str | None = None
    """The instalment it concerns (None for a name that matches none)."""
    due: dt.date | None = None
    day: dt.date | None = None
    amount: Decimal | None = None
    """Late: the days late; short: what is still open; excess: what nothing was open for."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentBook:
    """The schedule with the log applied, and what the log did that needs a look."""

    years: list[PaymentYear]
    notes: list[LogNote]


def payment_schedule(
    loaded: LoadedAgreement,
    series: SeriesStore,
    until: dt.date | None = None,
    as_of: dt.date | None = None,
    *,
    since: dt.date | None = None,
    last: dt.date | None = None,
) -> list[PaymentYear]:
    """Every payment year of the term (initial term and renewals), in order.

    ``until`` bounds open-ended automatic renewals; capped terms ignore it.
    ``as_of`` is the day index values must have been published by to be known
    (None: every value in the series).  With ``since``/``last``, years that end
    before ``since`` or begin after ``last`` are left out (the bounded window of
    :func:`~iopctl.rules.evaluate.evaluate`).  Agreements with neither a grant
    nor a per-capita rule have no schedule.
    """
    return payment_book(loaded, series, until, as_of, since=since, last=last).years


def payment_book(
    loaded: LoadedAgreement,
    series: SeriesStore,
    until: dt.date | None = None,
    as_of: dt.date | None = None,
    *,
    since: dt.date | None = None,
    last: dt.date | None = None,
) -> PaymentBook:
    """:func:`payment_schedule` with the notes on the log (for ``validate``)."""
    agreement = loaded.agreement
    plain_base = _base_amount(agreement)
    by_share = needs_shares(agreement)
    if plain_base is None and agreement.per_capita is None and not by_share:
        return PaymentBook(years=[], notes=[])
    side = agreement.indexation.applies_to if agreement.indexation else "public"
    source = _source(loaded)
    schedule: list[PaymentYear] = []
    for year, start, end in payment_periods(agreement, until):
        if (since is not None and end < since) or (last is not None and start > last):
            continue
        label = period_label(year, start, end)
        slots = instalment_slots(agreement, label, start, end)
        first = slots[0]
        on = first.due or start
        parts: list[Reason] = []
        if first.placed is not None and len(slots) == 1:
            parts.append(first.placed)
        missing: list[MissingValue] = []
        working, base = _per_capita(loaded, series, year)
        steps: list[IndexStep] = []
        revised: list[IndexStep] = []
        found: list[Share] = []
        if working is not None:
            if working.stated is not None:
                parts.append(
                    reason(
                        "payment.stated",
                        document=the_source(agreement),
                        amount=Money(working.stated),
                    )
                )
            else:
                pop_year = working.population_year
                parts.append(
                    reason(
                        "payment.per_capita", rate=Money(working.rate),
                        population=working.population if working.population is not None
                        else reason("value.unknown"),
                        year=pop_year, lag=working.year - pop_year,
                    )
                )  # fmt: skip
                if working.population is None:
                    path = series_path("populations", working.series)
                    missing.append(
                        MissingValue(
                            kind="population", series=working.series, year=pop_year, path=path
                        )
                    )
        elif by_share:
            found = scheduled_shares(agreement, series, year, on, side)
            base = total(found)
            parts.extend(
                reason("payment.share_of", payer=named(agreement, s.payer), why=s.why)
                for s in found
            )
            for share in found:
                if share.missing_population is not None:
                    name, count_year = share.missing_population
                    path = series_path("populations", name)
                    missing.append(
                        MissingValue(kind="population", series=name, year=count_year, path=path)
                    )
            if base is not None:
                parts.append(reason("payment.base", amount=Money(base)))
        else:
            base = plain_base
            if base is not None:
                parts.append(reason("payment.base", amount=Money(base)))
        if working is None or working.stated is None:
            steps, revised, step_missing = _index_steps(agreement, series, on, as_of)
            missing.extend(step_missing)
            parts.extend(index_step(s) for s in steps)
        exact: Decimal | None = None
        amount: Decimal | None = None
        revised_amount: Decimal | None = None
        if base is not None and not missing:
            exact, amount = _indexed(base, steps)
            parts.append(reason("payment.rounded", amount=Money(amount)))
            if revised:
                revised_amount = _indexed(base, revised)[1]
                parts.append(_revision(revised, steps, amount, revised_amount))
        parts.extend(unknown((m,)) for m in missing)
        if len(slots) > 1:
            parts.append(reason("payment.instalments", n=len(slots)))
        fees = (
            [s for s in shares(agreement, series, year, on) if s.kind == "usage_fee"]
            if by_share
            else []
        )
        schedule.append(
            PaymentYear(
                year=year,
                due=first.due,
                window_start=first.window_start,
                base=base,
                steps=tuple(steps),
                per_capita=working,
                exact=exact,
                amount=amount,
                missing=tuple(missing),
                paid=None,
                paid_on=None,
                source=source,
                explanation=tuple(parts),
                period_start=start,
                period_end=end,
                instalments=_instalments(slots, amount),
                revised_steps=tuple(revised),
                revised_amount=revised_amount,
                shares=tuple(found),
                fees=tuple(fees),
            )
        )
    # In a bounded window an unnamed payment logged before the first year kept
    # paid a year left out; it must not pay a kept one as "the earliest open".
    before = schedule[0].period_start if since is not None and schedule else None
    return settle_log(schedule, agreement.log, unnamed_from=before)


def _instalments(slots: list[Slot], amount: Decimal | None) -> tuple[Instalment, ...]:
    return tuple(
        Instalment(
            key=slot.key, part=slot.part, window_start=slot.window_start, due=slot.due,
            placed=slot.placed, amount=share,
        )
        for slot, share in zip(slots, split(amount, len(slots)), strict=True)
    )  # fmt: skip


def _revision(
    revised: list[IndexStep], used: list[IndexStep], amount: Decimal, revised_amount: Decimal
) -> Reason:
    """``OPI 2023 publicerades senare som +4,6 % (definitivt, 2023-04-19): … att reglera``."""
    changed = tuple(
        reason(
            "payment.revised.step", series=n.series, year=n.year, was=u.value, value=n.value,
            status=Label("index_status", n.status), published=n.published,
        )
        for u, n in zip(used, revised, strict=True)
        if u.value != n.value
    )  # fmt: skip
    return reason(
        "payment.revised", steps=changed, amount=Money(revised_amount),
        difference=Money(revised_amount - amount),
    )  # fmt: skip


def period_label(year: int, start: dt.date, end: dt.date) -> str:
    """``2023`` for a calendar year, ``2022/23`` for an agreement year from 1 April 2022.

    A bare ``2022`` next to an amount reads as the calendar year; for an
    agreement year that starts mid-year it would put the money in the
    wrong budget year.  Every output names payment years this way.
    """
    if start.year == end.year:
        return str(year)
    return f"{start.year}/{end.year % 100:02d}"


def settle_log(
    years: list[PaymentYear], log: list[LogEntry], *, unnamed_from: dt.date | None = None
) -> PaymentBook:
    """Each logged payment pays the instalment it names, else the earliest one still open.

    Entries are taken in date order.  An amount beyond what the instalment
    still needs pays the next open instalments in turn (a whole year paid at
    once pays all four quarters); an entry without an amount pays its
    instalment in full.  A short amount leaves the instalment open with the
    rest shown; an instalment completed after its day is done but ``late``.
    Entries with ``units`` pay a usage fee, not the schedule.  Unnamed entries
    dated before ``unnamed_from`` are left out (they paid years outside the window).
    """
    order = sorted(
        (i for y in years for i in y.instalments),
        key=lambda i: (i.due or dt.date.max, i.key),
    )
    paid: dict[str, list[Paying]] = {i.key: [] for i in order}
    keys = {i.key: i for i in order}
    aliases = {y.label: y.instalments[0].key for y in years if len(y.instalments) == 1}
    aliases |= {str(y.year): y.instalments[0].key for y in years if len(y.instalments) == 1}
    notes: list[LogNote] = []
    entries = sorted(
        (
            (i, e)
            for i, e in enumerate(log)
            if e.kind == "payment"
            and e.units is None
            and (unnamed_from is None or e.name is not None or e.date >= unnamed_from)
        ),
        key=lambda found: found[1].date,
    )

    def open_amount(key: str) -> Decimal | None:
        amount = keys[key].amount
        got = paid[key]
        if any(p.amount is None for p in got) or (amount is None and got):
            return Decimal(0)
        if amount is None:
            return None
        return amount - sum((p.amount or Decimal(0) for p in got), Decimal(0))

    def is_open(key: str) -> bool:
        rest = open_amount(key)
        return rest is None or rest > 0

    for index, entry in entries:
        named = entry.name
        if named is not None:
            target = named if named in keys else aliases.get(named)
            if target is None:
                notes.append(LogNote(kind="unmatched", index=index, day=entry.date))
                continue
        else:
            target = next((i.key for i in order if is_open(i.key)), None)
            if target is None:
                notes.append(
                    LogNote(kind="excess", index=index, day=entry.date, amount=entry.amount)
                )
                continue
        if entry.amount is None:
            paid[target].append(Paying(index=index, day=entry.date, amount=None))
            continue
        left = entry.amount
        key: str | None = target
        last = target
        while key is not None and left > 0:
            rest = open_amount(key)
            take = left if rest is None else min(left, rest)
            if take > 0:
                paid[key].append(Paying(index=index, day=entry.date, amount=take))
                last = key
            left -= take
            key = next((i.key for i in order if is_open(i.key)), None) if left > 0 else None
        if left > 0:
            notes.append(LogNote(kind="excess", index=index, key=last, day=entry.date, amount=left))
    settled = [
        replace(
            y,
            instalments=tuple(replace(i, payments=tuple(paid[i.key])) for i in y.instalments),
        )
        for y in years
    ]
    for y in settled:
        for i in y.instalments:
            if not i.payments:
                continue
            final = i.payments[-1]
            if i.late and i.done_on is not None and i.due is not None:
                late = Decimal((i.done_on - i.due).days)
                notes.append(
                    LogNote(kind="late", index=final.index, key=i.key, due=i.due,
                            day=i.done_on, amount=late)
                )  # fmt: skip
            elif i.remaining:
                notes.append(
                    LogNote(kind="short", index=final.index, key=i.key, due=i.due,
                            day=final.day, amount=i.remaining)
                )  # fmt: skip
    return PaymentBook(years=[_with_paid(y) for y in settled], notes=notes)


def _with_paid(year: PaymentYear) -> PaymentYear:
    """The year's totals of its instalments: what the report's one line per year shows
    (the sum paid, and the day of the latest payment)."""
    amounts = [i.paid for i in year.instalments if i.paid is not None]
    days = [p.day for i in year.instalments for p in i.payments]
    return replace(
        year,
        paid=sum(amounts, Decimal(0)) if amounts else None,
        paid_on=max(days, default=None),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class PartyTotal:
    """What one payer pays one recipient over the schedule (DESIGN rule 16)."""

    payer: str
    recipient: str | None
    payer_name: str | Label
    recipient_name: str | Label | None
    amount: Decimal
    """The sum of the years whose share is known, each indexed and rounded to whole kronor."""
    unknown: tuple[str, ...]
    """Labels of the years whose share is not known (never counted as 0)."""


def party_totals(schedule: Sequence[PaymentYear]) -> list[PartyTotal]:
    """Each payer → recipient pair's total, in the order the contributions are listed.

    A share is indexed like the year it belongs to and rounded half up to
    whole kronor per year, so the pairs' totals can differ from the yearly
    totals by a krona where rounding falls differently.
    """
    sums: dict[tuple[str, str | None], tuple[Decimal, list[str]]] = {}
    names: dict[tuple[str, str | None], tuple[str | Label, str | Label | None]] = {}
    for year in schedule:
        factor = Decimal(1)
        for step in year.steps:
            factor *= step.factor
        for share in year.shares:
            amount, unknown_years = sums.get((share.payer, share.recipient), (Decimal(0), []))
            if share.amount is None or (year.steps and year.amount is None):
                unknown_years.append(year.label)
            else:
                amount += (share.amount * factor).quantize(WHOLE_KRONOR, rounding=ROUND_HALF_UP)
            sums[(share.payer, share.recipient)] = (amount, unknown_years)
            names[(share.payer, share.recipient)] = (share.payer_name, share.recipient_name)
    return [
        PartyTotal(
            payer=pair[0],
            recipient=pair[1],
            payer_name=names[pair][0],
            recipient_name=names[pair][1],
            amount=amount,
            unknown=tuple(years),
        )
        for pair, (amount, years) in sums.items()
    ]


def paid_reasons(part: Instalment) -> tuple[Reason, ...]:
    """What the log paid into an instalment, and whether it came late.

    One entry that paid it in full needs no line of its own: the row's "done
    according to the log" says it; several entries, or one without an amount,
    are listed.
    """
    whole = len(part.payments) == 1 and part.payments[0].amount == part.amount
    said = tuple(
        reason("payment.paid", day=p.day, amount=Money(p.amount))
        if p.amount is not None
        else reason("payment.paid.no_amount", day=p.day)
        for p in ([] if whole else part.payments)
    )
    if part.late and part.done_on is not None and part.due is not None:
        days = (part.done_on - part.due).days
        said += (reason("payment.late", due=part.due, day=part.done_on, days=days),)
    return said


def open_reasons(part: Instalment) -> tuple[Reason, ...]:
    """What is still open of a partly paid instalment: the difference, shown (rule 13)."""
    if part.payments and part.remaining:
        paid = part.paid or Decimal(0)
        return (reason("payment.short", paid=Money(paid), remaining=Money(part.remaining)),)
    return ()


def payment_window(start: dt.date, due: dt.date, *, stated: bool) -> Reason:
    """The window the agreement states, or the period's end when it states none."""
    if stated:
        return reason("payment.window.stated", start=start, due=due)
    return reason("payment.window.unstated", due=due)


def lump_sum(day: dt.date, covers: YearSpan | None) -> Reason:
    """One payment on the day the agreement states, for the years it covers."""
    if covers is None:
        return reason("payment.once", day=day)
    return reason("payment.once.covers", day=day, first=covers.first, last=covers.last)


def index_step(step: IndexStep) -> Reason:
    """``× OPI 2024 (+4,6 %, definitivt)``: the sign apart, so a fall reads as one.

    A value published only after the payment's day says so: the amount could
    not have been known then.
    """
    return reason(
        "payment.index_step.after_due" if step.after_due else "payment.index_step",
        series=step.series, year=step.year,
        sign="+" if step.value >= 0 else "\u2212", value=abs(step.value),
        status=Label("index_status", step.status),
        **({"published": step.published} if step.after_due else {}),
    )  # fmt: skip


def _source(loaded: LoadedAgreement) -> str:
    agreement = loaded.agreement
    if agreement.payments is not None:
        window = agreement.payments.window
        return loaded.where("payments", "window") if window else loaded.where("payments")
    if agreement.per_capita is not None:
        return loaded.where("per_capita")
    return loaded.where("funding")
