"""Phrases made from one block of the file, the same in the report, the site and ``show``.

A source is cited by its kind, date and title, so that no output calls a
decision or a press release "avtal"; a duty's count per period reads
"1–2 gånger per termin".  Only the shape is here; the words come from the
language's catalog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import ROLES, Agreement, Contribution, Source, Times

if TYPE_CHECKING:
    from . import Words


def cite(source: Source, w: Words) -> str:
    """A source as a reader cites it: its kind, date and title (else its document)."""
    kind = w.label("report.source_kind", source.kind)
    what = source.title or source.document
    if source.date is not None:
        return w.text("report.cite_dated", kind=kind, day=source.date.isoformat(), what=what)
    return w.text("report.cite", kind=kind, what=what)


def times_text(times: Times, w: Words) -> str:
    """A count or range per period: "1–2 gånger per termin", "minst 2 gånger per år"."""
    per = w.label("report.times_per", times.per)
    if times.max is None:
        key = "report.times_at_least_once" if times.min == 1 else "report.times_at_least"
        return w.text(key, n=times.min, per=per)
    if times.max == times.min:
        key = "report.times_once" if times.min == 1 else "report.times_exactly"
        return w.text(key, n=times.min, per=per)
    if times.min == 0:
        key = "report.times_at_most_once" if times.max == 1 else "report.times_at_most"
        return w.text(key, n=times.max, per=per)
    return w.text("report.times_range", min=times.min, max=times.max, per=per)


def party_name(a: Agreement, ref: str, w: Words) -> str:
    """A party by its name; a role by its one party's name, or the side's word when several."""
    if ref in ROLES:
        side = [p for p in a.parties if p.role == ref]
        if len(side) == 1:
            return side[0].name
        return w.label("report.side", ref)
    party = a.party(ref) or next((p for x in a.amendments for p in x.joins if p.id == ref), None)
    return party.name if party is not None else ref


def amount_shape(c: Contribution, w: Words) -> str | None:
    """A contribution's amount when it is not one figure: per year, per inhabitant of the
    payer's own population, or a fee per unit; None when it is one figure, or not stated."""
    if c.amount is not None or c.value is not None:
        return None
    if c.by_year:
        stated = [
            w.text("show.year_amount", year=y.year, amount=w.money(y.amount)) for y in c.by_year
        ]
        return w.text("list.separator").join(stated)
    if c.per_capita is not None:
        pc = c.per_capita
        lag = w.text(f"show.years.{'one' if pc.lag_years == 1 else 'many'}", n=pc.lag_years)
        return w.text("show.per_capita", rate=w.money(pc.rate), place=pc.population, years=lag)
    if c.rate is not None:
        return w.text("show.fee", rate=w.money(c.rate), unit=c.unit or "")
    return None
