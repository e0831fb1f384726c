"""``iopctl show``: one agreement as a short plain-text summary, in the words of ``--lang``.

Plain text (no tables, no colour) so it reads the same in a terminal, a pipe
and a CI log; the full document is ``iopctl report``.  Every word comes from
the catalog's ``show.*`` entries (and the report's words for the codes both
print: status, kind of contribution, per), numbers and money from
:mod:`iopctl.words`.
"""

from __future__ import annotations

from .models import ROLES, Agreement, Contribution, Report
from .rules.amendments import party_ends
from .rules.repayments import repayment_clauses
from .rules.responsible import responsibilities
from .words import Words, words
from .words.phrases import amount_shape, cite, party_name, times_text

NBSP = "\u00a0"
LABELS = (
    *("id", "status", "dnr", "source", "public", "civil", "joint", "term", "renewal", "option"),
    *("notice", "repayment", "funding", "indexed", "per_capita", "duty", "responsible", "log"),
    *("source_more", "excludes", "amendment"),
)
"""Every line's label: all are padded to the longest in the language, whatever is shown."""


def _plain(text: str) -> str:
    """Ordinary spaces: these lines are read in a terminal and searched with ``grep``,
    where the reports' no-break space in ``472 200 kr`` only gets in the way."""
    return text.replace(NBSP, " ")


def _count(w: Words, message: str, n: int) -> str:
    return w.text(f"{message}.{'one' if n == 1 else 'many'}", n=n)


def render_summary(agreement: Agreement, lang: str = "sv") -> str:
    """One line per fact, labels padded to one column, so ``grep`` finds e.g. ``notice:``."""
    w = words(lang)
    a = agreement
    facts: list[tuple[str, str]] = [
        ("id", a.id),
        ("status", w.label("report.status", a.status)),
    ]
    if a.reference is not None and a.reference.dnr:
        facts.append(("dnr", a.reference.dnr))
    kind = w.label("report.source_kind", a.source.kind)
    dated = f" {a.source.date}" if a.source.date else ""
    facts.append(("source", f"{a.source.document} ({kind}{dated})"))
    facts.extend(("source_more", cite(s, w)) for s in a.sources)
    ends = party_ends(a)
    joined = [(p, x.effective) for x in a.amendments for p in x.joins]
    for party, joins in [*((p, None) for p in a.parties), *joined]:
        org = f" ({party.org_number})" if party.org_number else ""
        when = w.text("show.party_joins", day=joins) if joins else ""
        if party.id is not None and party.id in ends:
            when += w.text("show.party_leaves", day=ends[party.id])
        facts.append((party.role, f"{party.name}{org}{when}"))
    term = a.term
    facts.append(("term", f"{term.start} – {term.end}"))
    if term.renewal is not None:
        r = term.renewal
        cap = w.text("show.renewal_cap", end=r.latest_end) if r.latest_end else ""
        by = (
            w.text("show.renewal_notice_by", day=w.day_of_year(r.notice_by.month, r.notice_by.day))
            if r.notice_by
            else ""
        )
        kind = w.text("show.automatic" if r.automatic else "show.by_decision")
        conditions = w.text("show.conditions", text=r.conditions) if r.conditions else ""
        facts.append(
            (
                "renewal",
                w.text("show.renewal", kind=kind, months=r.period_months) + cap + by + conditions,
            )
        )
    if term.extension is not None:
        facts.append(("option", term.extension.text))
    if a.termination is not None:
        t = a.termination
        who = w.label("show.by", t.by)
        grounds = w.text("show.grounds", text=t.grounds) if t.grounds else ""
        months = _count(w, "show.months", t.notice_months)
        facts.append(("notice", w.text("show.notice", months=months, by=who) + grounds))
    for clause in repayment_clauses(a):
        what = (
            f'"{clause.text}"'
            if clause.text is not None
            else w.label("report.consequence", clause.code or "")
        )
        when = w.label("repayment.trigger", clause.trigger)
        facts.append(("repayment", w.text("show.repayment", when=when, what=what)))
    if a.funding is not None:
        per = w.label("report.per", a.funding.per)
        for c in a.funding.contributions:
            facts.append(("funding", _contribution(w, a, c, per)))
    if a.indexation is not None:
        facts.append(
            ("indexed", w.text("show.indexed", index=a.indexation.index, start=a.indexation.from_))
        )
    if a.per_capita is not None:
        pc = a.per_capita
        facts.append(
            (
                "per_capita",
                w.text(
                    "show.per_capita",
                    rate=_plain(w.money(pc.rate)),
                    place=pc.population,
                    years=_count(w, "show.years", pc.lag_years),
                ),
            )
        )
    for duty in a.duties:
        more = f", {times_text(duty.times, w)}" if duty.times is not None else ""
        if isinstance(duty, Report) and duty.covers is not None:
            more += ", " + w.text("report.covers", start=duty.covers.start, end=duty.covers.end)
        facts.append(("duty", f"{w.label('show.duty', duty.kind)}: {duty.title}{more}"))
    if a.scope is not None:
        facts.extend(("excludes", text) for text in a.scope.excludes)
    for x in sorted(a.amendments, key=lambda x: x.effective):
        facts.append(
            (
                "amendment",
                w.text(
                    "show.amendment",
                    decided=x.decided,
                    body=x.body,
                    effective=x.effective,
                    summary=" ".join(x.summary.split()),
                ),
            )
        )
    for name, what in responsibilities(a):
        facts.append(("responsible", f"{party_name(a, name, w)}: {what}"))
    log = _count(w, "show.log_entries", len(a.log))
    facts.append(("log", f"{log}; {_count(w, 'show.assumptions', len(a.assumptions))}"))
    labelled = [(w.label("show.label", key) + ":", value) for key, value in facts]
    width = max(len(w.label("show.label", key)) + 1 for key in LABELS)
    return (
        "\n".join([a.title, *(f"  {label:<{width}} {value}" for label, value in labelled)]) + "\n"
    )


def _amount(w: Words, c: Contribution) -> str:
    """What the file states of a contribution's amount, in whatever shape it has."""
    amount = c.amount if c.amount is not None else c.value
    if amount is not None:
        return _plain(w.money(amount))
    shape = amount_shape(c, w)
    return _plain(shape) if shape is not None else w.text("show.amount_not_stated")


def _contribution(w: Words, a: Agreement, c: Contribution, per: str) -> str:
    about = w.text("show.about") if c.approximate else ""
    hours = w.text("show.hours", n=_plain(w.number(c.hours))) if c.hours is not None else ""
    payer = w.label("show.label", c.payer) if c.payer in ROLES else party_name(a, c.payer, w)
    return w.text(
        "show.funding",
        payer=payer,
        kind=w.label("report.kind", c.kind),
        amount=f"{about}{_amount(w, c)}",
        hours=hours,
        per=per,
    )
