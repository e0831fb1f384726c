"""``iopctl show``: one agreement as a short plain-text summary.

Plain text (no tables, no colour) so it reads the same in a terminal, a pipe
and a CI log; the full document is ``iopctl report``.
"""

from __future__ import annotations

from .models import Agreement


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
        by = f", notice by {r.notice_by.day}/{r.notice_by.month}" if r.notice_by else ""
        kind = "automatic" if r.automatic else "by decision"
        lines.append(f"  renewal:   {kind}, {r.period_months} months at a time{cap}{by}")
    if term.extension is not None:
        lines.append(f"  option:    {term.extension.text}")
    if a.termination is not None:
        t = a.termination
        lines.append(f"  notice:    {t.notice_months} months, by {t.by}")
    if a.funding is not None:
        for c in a.funding.contributions:
            amount = c.amount if c.amount is not None else c.value
            hours = f", {c.hours} hours" if c.hours is not None else ""
            shown = f"{amount} kr" if amount is not None else "amount not stated"
            lines.append(f"  funding:   {c.payer} {c.kind}: {shown}{hours} per {a.funding.per}")
    if a.indexation is not None:
        lines.append(f"  indexed:   {a.indexation.index} from {a.indexation.from_}")
    if a.per_capita is not None:
        pc = a.per_capita
        lines.append(
            f"  per head:  {pc.rate} kr × population of {pc.population}, {pc.lag_years} years back"
        )
    for duty in a.duties:
        lines.append(f"  duty:      {duty.kind}: {duty.title}")
    lines.append(f"  log:       {len(a.log)} entries; assumptions: {len(a.assumptions)}")
    return "\n".join(lines) + "\n"
