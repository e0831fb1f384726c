"""``iopctl show``: one agreement as a short plain-text summary.

Plain text (no tables, no colour) so it reads the same in a terminal, a pipe
and a CI log; the full document is ``iopctl report``.
"""

from __future__ import annotations

import calendar

from .models import Agreement
from .plain import count, kr
from .rules.responsible import responsibilities

_PER = {"calendar_year": "per calendar year", "agreement_year": "per agreement year"}
_KIND = {"grant": "grant", "self_financing": "self-financing", "in_kind": "in kind"}
_BY = {"either": "either party", "public": "the public party", "civil": "the non-profit party"}


def render_summary(agreement: Agreement) -> str:
    """One line per fact, labels padded to one column, so ``grep`` finds e.g. ``notice:``."""
    a = agreement
    lines = [a.title, f"  id:        {a.id}", f"  status:    {a.status}"]
    if a.reference is not None and a.reference.dnr:
        lines.append(f"  dnr:       {a.reference.dnr}")
    lines.append(f"  source:    {a.source.document}")
    for party in a.parties:
        org = f" ({party.org_number})" if party.org_number else ""
        lines.append(f"  {party.role + ':':<10} {party.name}{org}")
    term = a.term
    lines.append(f"  term:      {term.start} – {term.end}")
    if term.renewal is not None:
        r = term.renewal
        cap = f", at most until {r.latest_end}" if r.latest_end else ""
        by = (
            f", notice by {r.notice_by.day} {calendar.month_name[r.notice_by.month]}"
            if r.notice_by
            else ""
        )
        kind = "automatic" if r.automatic else "by decision"
        lines.append(f"  renewal:   {kind}, {r.period_months} months at a time{cap}{by}")
    if term.extension is not None:
        lines.append(f"  option:    {term.extension.text}")
    if a.termination is not None:
        t = a.termination
        lines.append(f"  notice:    {count(t.notice_months, 'month')}, by {_BY[t.by]}")
    if a.funding is not None:
        per = _PER.get(a.funding.per, "for the whole term")
        for c in a.funding.contributions:
            amount = c.amount if c.amount is not None else c.value
            hours = f", {c.hours} hours" if c.hours is not None else ""
            shown = kr(amount) if amount is not None else "amount not stated"
            about = "about " if c.approximate else ""
            lines.append(f"  funding:   {c.payer} {_KIND[c.kind]}: {about}{shown}{hours} {per}")
    if a.indexation is not None:
        lines.append(f"  indexed:   {a.indexation.index} from {a.indexation.from_}")
    if a.per_capita is not None:
        pc = a.per_capita
        lines.append(
            f"  per head:  {kr(pc.rate)} × population of {pc.population}, "
            f"{count(pc.lag_years, 'year')} back"
        )
    for duty in a.duties:
        lines.append(f"  duty:      {duty.kind}: {duty.title}")
    for name, what in responsibilities(a):
        lines.append(f"  responsible: {name}: {what}")
    log = count(len(a.log), "log entry", "log entries")
    lines.append(f"  log:       {log}; {count(len(a.assumptions), 'assumption')}")
    return "\n".join(lines) + "\n"
