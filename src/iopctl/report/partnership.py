"""What a report and the site show of a partnership beyond one party per side (issue 15).

Sources with their kinds, what the partnership covers and does not, duties
counted per period, the period a report covers, each party's share per year,
a party leaving or joining, and the amendments as dated events.  The facts
come from the rules (:func:`~iopctl.rules.shares.shares`,
:func:`~iopctl.rules.amendments.party_ends`,
:func:`~iopctl.rules.amendments.extended_end`), computed once; here they are
only put into the report's language, as the rest of :mod:`.view` does, so
the markdown report and the site's agreement page say the same.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..document import LoadedAgreement
from ..indices import SeriesStore
from ..models import Agreement, Amendment, Duty, Party, Report, Source
from ..rules.amendments import extended_end, party_ends
from ..rules.duties import duty_key
from ..rules.log import known_on
from ..rules.payments import PaymentYear
from ..rules.shares import needs_shares, shares, side_of, total
from ..words import Words, words
from ..words.phrases import cite, party_name, times_text

View = dict[str, Any]


def all_sources(a: Agreement) -> list[Source]:
    """The file's ``source`` first, then its further ``sources``."""
    return [a.source, *a.sources]


def sources_view(a: Agreement, lang: str) -> list[View]:
    w = words(lang)
    return [
        {
            "id": s.id,
            "kind": s.kind,
            "document": s.document,
            "title": s.title,
            "section": s.section,
            "date": s.date.isoformat() if s.date else None,
            "cite": cite(s, w),
            "main": n == 0,
        }
        for n, s in enumerate(all_sources(a))
    ]


def assumptions_view(a: Agreement, lang: str) -> list[View]:
    """Each assumption with the source it rests on (the file's own when it names none)."""
    w = words(lang)
    return [
        {"field": x.field, "note": x.note, "source": cite(a.source_named(x.source), w)}
        for x in a.assumptions
    ]


def scope_view(a: Agreement) -> View | None:
    if a.scope is None or not (a.scope.includes or a.scope.excludes):
        return None
    return {"includes": list(a.scope.includes), "excludes": list(a.scope.excludes)}


def party_role(a: Agreement, ref: str) -> str:
    """The side a party reference belongs to (a role, or a name not a party's, stays itself)."""
    return side_of(a, ref) or ref


def _every_duty(a: Agreement) -> list[tuple[str, Duty]]:
    """Every duty of the file and of its amendments, by the key its deadline rows use."""
    found = [(duty_key(d, i), d) for i, d in enumerate(a.duties)]
    found += [(d.id or d.title, d) for x in a.amendments for d in x.duties]
    return found


def activities_view(a: Agreement, lang: str) -> list[View]:
    """Duties done a number of times per period: no deadline, but part of what is agreed."""
    w = words(lang)
    return [
        {
            "title": d.title,
            "by": party_role(a, d.by),
            "party_name": a.party_name(d.by),
            "times": times_text(d.times, w),
        }
        for _, d in _every_duty(a)
        if d.times is not None
    ]


def covered_periods(a: Agreement, lang: str) -> dict[str, str]:
    """The period each report covers, in words, by the occurrence key of its deadline row."""
    w = words(lang)
    return {
        key: w.text("report.covers", start=d.covers.start, end=d.covers.end)
        for key, d in _every_duty(a)
        if isinstance(d, Report) and d.covers is not None
    }


def reports_view(a: Agreement, lang: str) -> list[View]:
    """Each report with the period it covers, which is not its due day."""
    w = words(lang)
    return [
        {
            "title": d.title,
            # covers belongs to a one-off report, whose due is a day, not a day of the year
            "due": d.due.isoformat() if isinstance(d.due, dt.date) else None,
            "covers": w.text("report.covers", start=d.covers.start, end=d.covers.end),
        }
        for _, d in _every_duty(a)
        if isinstance(d, Report) and d.covers is not None
    ]


def parties_view(loaded: LoadedAgreement, as_of: dt.date) -> list[View]:
    """Every party, those joining by an amendment too, with when its part starts or ends.

    The end is the rules' (:func:`~iopctl.rules.amendments.party_ends`): an
    amendment it leaves by, or the notice it gave, as known on ``as_of``.
    """
    a = loaded.agreement
    ends = party_ends(known_on(loaded, as_of).agreement)
    listed: list[tuple[Party, dt.date | None]] = [(p, None) for p in a.parties]
    listed += [(p, x.effective) for x in a.amendments for p in x.joins]
    return [
        {
            "role": p.role,
            "name": p.name,
            "org_number": p.org_number,
            "unit": p.unit,
            "note": p.note,
            "joins": joins.isoformat() if joins else None,
            "leaves": ends[p.id].isoformat() if p.id is not None and p.id in ends else None,
            "left": p.id is not None and p.id in ends and ends[p.id] < as_of,
        }
        for p, joins in listed
    ]


def shares_view(
    loaded: LoadedAgreement,
    series: SeriesStore,
    years: list[PaymentYear],
    as_of: dt.date,
    lang: str,
) -> list[View]:
    """Each year's amounts per payer and recipient, and their total.

    The shares are the rules' own (:func:`~iopctl.rules.shares.shares`), on the
    agreement as it stood on the year's payment day, as the payment schedule
    takes them; only an agreement whose amounts are built share by share has them.
    """
    a = known_on(loaded, as_of).agreement
    if not needs_shares(a):
        return []
    w = words(lang)
    out = []
    for y in years:
        found = list(shares(a, series, y.year, y.due or y.period_start or dt.date(y.year, 1, 1)))
        if not found:
            continue
        whole = total(found)
        out.append(
            {
                "label": y.label,
                "rows": [
                    {
                        "payer": party_name(a, s.payer, w),
                        "recipient": party_name(a, s.recipient, w) if s.recipient else None,
                        "kind": s.kind,
                        "amount": w.money(s.amount) if s.amount is not None else None,
                        "why": w.say(s.why),
                    }
                    for s in found
                ],
                "total": w.money(whole) if whole is not None else None,
            }
        )
    return out


def _changes(a: Agreement, x: Amendment, end: dt.date, w: Words) -> list[str]:
    """What one amendment changes, one phrase each, in the order of the fields."""
    out = []
    new_end = extended_end(a, end, x)
    if new_end != end:
        key = "report.change_extension" if x.extension else "report.change_term_end"
        out.append(w.text(key, end=new_end.isoformat()))
    for c in x.amounts:
        out.append(
            w.text(
                "report.change_amount",
                payer=c.label or party_name(a, c.payer, w),
                year=c.from_year,
                amount=w.money(c.amount),
            )
        )
    out += [w.text("report.change_joins", name=p.name) for p in x.joins]
    out += [w.text("report.change_leaves", name=party_name(a, ref, w)) for ref in x.leaves]
    out += [w.text("report.change_duty", title=d.title) for d in x.duties]
    out += [w.text("report.change_drops", id=ref) for ref in x.drops]
    return out


def amendments_view(a: Agreement, as_of: dt.date, lang: str) -> list[View]:
    """The amendments in the order they take effect, each with what it changes and its source.

    One not yet in effect on ``as_of`` is listed as coming: the rest of the
    report still shows the agreement without it (DESIGN rule 15).
    """
    w = words(lang)
    end = a.term.end
    out = []
    for x in sorted(a.amendments, key=lambda x: x.effective):
        out.append(
            {
                "id": x.id,
                "decided": x.decided.isoformat(),
                "body": x.body,
                "dnr": x.dnr,
                "effective": x.effective.isoformat(),
                "in_effect": x.effective <= as_of,
                "summary": x.summary,
                "changes": _changes(a, x, end, w),
                "source": cite(a.source_named(x.source), w) if x.source else None,
            }
        )
        end = extended_end(a, end, x)
    return out
