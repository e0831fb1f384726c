"""The payment schedule: base amount, compounded indexation, per-capita workings.

Money is ``Decimal`` throughout and rounded to whole kronor, half up, only at
the end (DESIGN rule 6).  A value the series do not hold is never invented or
taken as 0: the year's amount is ``None`` and ``missing`` says which value is
absent and where to add it (a :class:`MissingValue`, not a sentence).

Which years: the calendar years the term touches (``funding.per:
calendar_year``, the default), or each twelve-month stretch from the start
(``agreement_year``), or the whole term once (``term``).  Each year's period
is cut to the term, including every automatic renewal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from ..calendar import ONE_DAY, add_months, clipped_day, month_end
from ..document import LoadedAgreement
from ..indices import SeriesStore
from ..models import Agreement, YearSpan
from .reasons import Label, Money, Reason, reason
from .shares import named, needs_shares, scheduled_shares, the_source, total
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

    @property
    def unknown(self) -> Reason | None:
        """Why ``amount`` is None: ``okänt: OPI 2024 saknas i …; OPI 2025 …``."""
        return unknown(self.missing) if self.missing else None

    @property
    def label(self) -> str:
        """``2023`` for a calendar year, ``2022/23`` for an agreement year from 1 April 2022.

        A bare ``2022`` next to an amount reads as the calendar year; for an
        agreement year that starts mid-year it would put the money in the
        wrong budget year.  Every output names payment years this way.
        """
        start, end = self.period_start, self.period_end
        if start is None or end is None or start.year == end.year:
            return str(self.year)
        return f"{start.year}/{end.year % 100:02d}"


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


def _window(
    agreement: Agreement, start: dt.date, end: dt.date
) -> tuple[dt.date | None, dt.date | None]:
    """``(window_start, due)`` of one period's payment; the period's end when no date is stated.

    ``schedule: unknown`` has no day (never overdue); ``once`` is its one day, in
    the period that holds it.
    """
    payments = agreement.payments
    if payments is None or payments.schedule == "unknown":
        return None, None
    if payments.date is not None:
        inside = start <= payments.date <= end
        return (payments.date, payments.date) if inside else (None, None)
    window = payments.window
    if window is None:
        return start, end
    year = start.year if window.month >= start.month else start.year + 1
    first = dt.date(year, window.month, 1)
    due = (
        clipped_day(year, window.month, window.day) if window.day else month_end(year, window.month)
    )
    if due < start or first > end:
        return None, None
    return first, due


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
    agreement: Agreement, series: SeriesStore, on: dt.date
) -> tuple[list[IndexStep], list[MissingValue]]:
    """Every adjustment from ``indexation.from`` up to ``on``, each with its series value."""
    indexation = agreement.indexation
    if indexation is None:
        return [], []
    found = series.index(indexation.index)
    steps: list[IndexStep] = []
    missing: list[MissingValue] = []
    k = 0
    while (adjusted := add_months(indexation.from_, 12 * k)) <= on:
        year = adjusted.year - (1 if indexation.index_year == "previous_year" else 0)
        value = found.get(year) if found else None
        if value is None:
            path = series_path("indices", indexation.index)
            missing.append(
                MissingValue(kind="index", series=indexation.index, year=year, path=path)
            )
        else:
            steps.append(
                IndexStep(
                    year=year, series=indexation.index, value=value.value,
                    factor=1 + value.value / 100, status=value.status,
                    published=value.published, source=value.source,
                )
            )  # fmt: skip
        k += 1
    return steps, missing


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


def payment_schedule(
    loaded: LoadedAgreement,
    series: SeriesStore,
    until: dt.date | None = None,
    since: dt.date | None = None,
    last: dt.date | None = None,
) -> list[PaymentYear]:
    """Every payment year of the term (initial term and renewals), in order.

    ``until`` bounds open-ended automatic renewals; capped terms ignore it.
    With ``since``/``last``, years that end before ``since`` or begin after ``last``
    are left out (the bounded window).
    Agreements with neither a grant nor a per-capita rule have no schedule.
    """
    agreement = loaded.agreement
    plain_base = _base_amount(agreement)
    by_share = needs_shares(agreement)
    if plain_base is None and agreement.per_capita is None and not by_share:
        return []
    side = agreement.indexation.applies_to if agreement.indexation else "public"
    source = _source(loaded)
    schedule: list[PaymentYear] = []
    for year, start, end in payment_periods(agreement, until):
        if (since is not None and end < since) or (last is not None and start > last):
            continue
        window_start, due = _window(agreement, start, end)
        parts: list[Reason] = []
        if due is not None and window_start is not None:
            stated_window = agreement.payments is not None and agreement.payments.window is not None
            if agreement.payments is not None and agreement.payments.date is not None:
                parts.append(lump_sum(agreement.payments.date, agreement.payments.covers))
            else:
                parts.append(payment_window(window_start, due, stated=stated_window))
        missing: list[MissingValue] = []
        working, base = _per_capita(loaded, series, year)
        steps: list[IndexStep] = []
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
            found = scheduled_shares(agreement, series, year, due or start, side)
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
            steps, step_missing = _index_steps(agreement, series, due or start)
            missing.extend(step_missing)
            parts.extend(index_step(s) for s in steps)
        exact: Decimal | None = None
        amount: Decimal | None = None
        if base is not None and not missing:
            exact = base
            for step in steps:
                exact *= step.factor
            amount = exact.quantize(WHOLE_KRONOR, rounding=ROUND_HALF_UP)
            parts.append(reason("payment.rounded", amount=Money(amount)))
        parts.extend(unknown((m,)) for m in missing)
        paid_entries = [
            e for e in agreement.log
            if e.kind == "payment" and e.units is None
            and _same_payment_year(e.date, year, start, end, agreement)
        ]  # fmt: skip
        paid_amounts = [e.amount for e in paid_entries if e.amount is not None]
        schedule.append(
            PaymentYear(
                year=year,
                due=due,
                window_start=window_start,
                base=base,
                steps=tuple(steps),
                per_capita=working,
                exact=exact,
                amount=amount,
                missing=tuple(missing),
                paid=sum(paid_amounts, Decimal(0)) if paid_amounts else None,
                paid_on=min((e.date for e in paid_entries), default=None),
                source=source,
                explanation=tuple(parts),
                period_start=start,
                period_end=end,
            )
        )
    return schedule


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
    """``× OPI 2024 (+4,6 %, definitivt)``: the sign apart, so a fall reads as one."""
    return reason(
        "payment.index_step", series=step.series, year=step.year,
        sign="+" if step.value >= 0 else "\u2212", value=abs(step.value),
        status=Label("index_status", step.status),
    )  # fmt: skip


def _same_payment_year(
    day: dt.date, year: int, start: dt.date, end: dt.date, agreement: Agreement
) -> bool:
    """A logged payment counts for the calendar year it falls in (or the agreement year)."""
    if agreement.funding is not None and agreement.funding.per != "calendar_year":
        return start <= day <= end
    return day.year == year


def _source(loaded: LoadedAgreement) -> str:
    agreement = loaded.agreement
    if agreement.payments is not None:
        window = agreement.payments.window
        return loaded.where("payments", "window") if window else loaded.where("payments")
    if agreement.per_capita is not None:
        return loaded.where("per_capita")
    return loaded.where("funding")
