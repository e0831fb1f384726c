"""Who pays whom how much for a year: one share per contribution (DESIGN rule 16).

With several parties on a side, "the grant" is not one figure: eight
municipalities each pay their own rate times their own population, two
non-profits share one grant, a fee per night is known only once invoiced.
:func:`shares` gives one :class:`Share` per money contribution for a year, on
the agreement as it stood on a given day (:func:`~.amendments.agreement_on`:
a party that has left pays nothing after it left, an amendment's new amount
counts from its year).  An amount the document does not give is ``None`` with
a reason, never 0 and never guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ..indices import SeriesStore
from ..models import ROLES, Agreement, Amendment, Contribution
from .amendments import agreement_on, in_effect
from .reasons import Label, Money, Reason, reason

MONEY_KINDS = frozenset({"grant", "self_financing", "usage_fee"})
"""Contributions that are money paid; volunteer hours in kind are valued, not paid."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Share:
    """One contribution's amount for one year; ``amount`` None means not known, ``why`` says why."""

    index: int
    """The contribution's place in ``funding.contributions`` of the file."""
    payer: str
    recipient: str | None
    label: str | None
    kind: str
    year: int
    amount: Decimal | None
    why: Reason
    payer_name: str | Label
    """The payer as a reader knows it (:func:`named`): outputs say this, JSON keeps the id."""
    recipient_name: str | Label | None
    missing_population: tuple[str, int] | None = None
    """``(series, year)`` of the population count the amount needs and the series lack."""


def the_source(agreement: Agreement) -> Label:
    """The file's own source as a fact's origin: "avtalet", "ansökan" (never "avtalet" for all)."""
    return Label("source.the", agreement.source.kind)


def named(agreement: Agreement, ref: str) -> str | Label:
    """A party as a reader knows it: its name, or for a role the word for that side."""
    if ref in ROLES:
        return Label("report.role", ref)
    return agreement.party_name(ref) or ref


def amended_by(agreement: Agreement, c: Contribution, year: int, on: dt.date) -> Amendment | None:
    """The last amendment in effect on ``on`` that set ``c``'s amount for ``year``, if any."""
    found = None
    for amendment in in_effect(agreement, on):
        for change in amendment.amounts:
            if (
                change.payer == c.payer
                and change.label in {None, c.label}
                and change.from_year <= year
            ):
                found = amendment
    return found


def side_of(agreement: Agreement, ref: str) -> str | None:
    """The role a party id or role belongs to: ``public``, ``civil``, or None if unknown."""
    party = agreement.party(ref)
    return party.role if party is not None else None


def _logged_units(agreement: Agreement, c: Contribution, year: int) -> Decimal | None:
    """Units of a usage fee logged for ``year`` by its payer (or anyone on the payer's side)."""
    side = side_of(agreement, c.payer)
    units = [
        e.units
        for e in agreement.log
        if e.kind == "payment"
        and e.units is not None
        and e.date.year == year
        and (e.by == c.payer or (e.by is not None and side_of(agreement, e.by) == side))
    ]
    return sum(units, Decimal(0)) if units else None


def _amount(
    agreement: Agreement, c: Contribution, year: int, series: SeriesStore
) -> tuple[Decimal | None, Reason]:
    """The contribution's amount for ``year`` and how it was found."""
    stated = next((y.amount for y in c.by_year if y.year == year), None)
    if stated is not None:
        return stated, reason(
            "share.by_year", year=year, amount=Money(stated), document=the_source(agreement)
        )
    if c.kind == "usage_fee" and c.rate is not None:
        units = _logged_units(agreement, c, year)
        if units is None:
            return None, reason("share.fee.unlogged", rate=Money(c.rate), unit=c.unit or "")
        amount = (c.rate * units).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return amount, reason(
            "share.fee", rate=Money(c.rate), units=units, unit=c.unit or "", amount=Money(amount)
        )
    rule = c.per_capita
    if rule is not None:
        fixed = next((y.amount for y in rule.stated if y.year == year), None)
        if fixed is not None:
            return fixed, reason(
                "share.by_year", year=year, amount=Money(fixed), document=the_source(agreement)
            )
        found = series.population(rule.population)
        value = found.get(year - rule.lag_years) if found is not None else None
        if value is None:
            return None, reason(
                "share.population.missing", series=rule.population, year=year - rule.lag_years
            )
        amount = (rule.rate * value.value).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return amount, reason(
            "share.per_capita", rate=Money(rule.rate), population=value.value,
            series=rule.population, year=year - rule.lag_years, amount=Money(amount),
        )  # fmt: skip
    if c.amount is not None:
        return c.amount, reason(
            "share.amount", amount=Money(c.amount), document=the_source(agreement)
        )
    return None, reason("share.not_stated", year=year, document=the_source(agreement))


def shares(agreement: Agreement, series: SeriesStore, year: int, on: dt.date) -> Iterator[Share]:
    """Each money contribution's share of ``year``, as the agreement stood on ``on``."""
    current = agreement_on(agreement, on)
    if current.funding is None or agreement.funding is None:
        return
    original = list(agreement.funding.contributions)
    for c in current.funding.contributions:
        if c.kind not in MONEY_KINDS:
            continue
        amount, why = _amount(current, c, year, series)
        change = amended_by(agreement, c, year, on) if why.id == "share.amount" else None
        if change is not None and amount is not None:
            # Said by the decision that set it, not by the document it changed.
            why = reason(
                "share.amended", amount=Money(amount), decided=change.decided, body=change.body
            )
        missing = None
        if amount is None and c.per_capita is not None:
            missing = (c.per_capita.population, year - c.per_capita.lag_years)
        index = next(
            (i for i, o in enumerate(original) if (o.payer, o.label) == (c.payer, c.label)), -1
        )
        yield Share(
            index=index, payer=c.payer, recipient=c.recipient, label=c.label, kind=c.kind,
            year=year, amount=amount, why=why, payer_name=named(current, c.payer),
            recipient_name=named(current, c.recipient) if c.recipient else None,
            missing_population=missing,
        )  # fmt: skip


def total(found: list[Share]) -> Decimal | None:
    """The sum of the shares, or None when any of them is unknown (never a partial sum)."""
    if any(s.amount is None for s in found):
        return None
    return sum((s.amount for s in found if s.amount is not None), Decimal(0))


def needs_shares(agreement: Agreement) -> bool:
    """Whether the yearly amount must be built share by share rather than from one grant.

    True when a contribution names a party by id, states amounts per year or
    its own per-capita rule, is a usage fee, or an amendment changes amounts.
    Files written for one party per side keep the single-grant arithmetic.
    """
    contributions = agreement.funding.contributions if agreement.funding else []
    return any(a.amounts for a in agreement.amendments) or any(
        c.by_year or c.per_capita is not None or c.kind == "usage_fee" or c.payer not in ROLES
        for c in contributions
    )


def scheduled_shares(
    agreement: Agreement, series: SeriesStore, year: int, on: dt.date, side: str
) -> list[Share]:
    """The grants that ``side`` pays on the payment schedule for ``year``.

    Usage fees are invoiced as used and paid apart from the schedule, so they
    are not part of it; the log's entries with ``units`` pay them.
    """
    return [
        s
        for s in shares(agreement, series, year, on)
        if s.kind == "grant" and side_of(agreement, s.payer) == side
    ]
