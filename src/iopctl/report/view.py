"""The view model of a report: what a template sees of an agreement, or of the portfolio.

It turns an agreement and what the rules compute from it (periods, notice,
payments, deadlines) into plain dicts, lists and strings, already formatted
for the report's language; ``docs/report.md`` lists every key, and that list
is the whole surface a template sees.  Values are NOT escaped here: the
renderer escapes every printed value (:mod:`iopctl.report.escape`), so a
template, bundled or the user's, cannot print one raw.

A rule's own text (a payment's explanation, a deadline's title) is read
only through the small adapters below (``payment_explanation`` …), so that
how rules hand over their words can change in one place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from dateutil.relativedelta import relativedelta

from ..document import LoadedAgreement
from ..indices import SeriesStore
from ..models import Agreement, Contribution, Meeting
from ..rules.deadlines import EXPIRY_LEAD_MONTHS, Deadline, DeadlineQuery, sort_key
from ..rules.duties import DUTY_KINDS as DUTY_TABLE
from ..rules.evaluate import Evaluation, evaluate, rows_in
from ..rules.notice import NoticeAnswer
from ..rules.payments import PaymentYear, unknown
from ..rules.reasons import Reason
from ..rules.repayments import repayment_clauses
from ..words import words
from ..words.phrases import amount_shape
from .escape import gantt_name, oneline
from .partnership import (
    activities_view,
    amendments_view,
    assumptions_view,
    covered_periods,
    parties_view,
    party_role,
    reports_view,
    scope_view,
    shares_view,
    sources_view,
)
from .render import Renderer, ReportError

View = dict[str, Any]
DeadlineOrder = tuple[dt.date, str, str, str]

DUTY_KINDS = frozenset(k.deadline_kind for k in DUTY_TABLE.values())
TIMELINE_KINDS = frozenset({"notice_deadline", "option_deadline"}) | frozenset(
    k.deadline_kind for k in DUTY_TABLE.values() if k.timeline
)
OPEN_STATUSES = frozenset({"upcoming", "due_soon"})
LATE_STATUSES = frozenset({"overdue", "missed"})
PORTFOLIO_STATUSES = frozenset({"active", "proposal", "ended"})
"""Agreements whose deadlines the overview lists; drafts and terminated ones are left out."""

LOOKBACK = relativedelta(months=12)
"""How far back a report shows duties already done: the year the meeting looks back on."""
LOOKAHEAD = relativedelta(months=12)
PORTFOLIO_AHEAD = relativedelta(months=6)

AGENDA_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("purpose", ("syftet", "purpose")),
    ("target_group", ("målgrupp", "target group", "needs")),
    ("meetings", ("operativ", "samverkan", "operational", "cooperation")),
    ("economy", ("ekonomi", "budget", "finans", "medel", "econom", "financ", "funding")),
    ("term", ("utveckling", "förändring", "förlängning", "development", "change", "renewal")),
    ("hours", ("timmar", "ideell", "hours", "volunteer")),
)
"""Which section of the report backs an agenda point, by words in the point's text.

A point may match several topics or none; the template shows the matching
sections under the point and leaves an unmatched point for the meeting.
"""


@dataclass(frozen=True, slots=True)
class ReportOptions:
    as_of: dt.date
    lang: str = "sv"
    meeting: str | None = None
    """A meeting's ``name`` in the agreement (``strategic``, …): its agenda becomes the outline."""
    expiry_lead: int = EXPIRY_LEAD_MONTHS
    """Months before the last possible end that the ``expiry`` row falls (``iopctl.toml``)."""


# --- small helpers the view model shares ---------------------------------------------


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _money(amount: Decimal | None, lang: str) -> str | None:
    return words(lang).money(amount) if amount is not None else None


def _number(value: Decimal | int | None, lang: str) -> str | None:
    return words(lang).number(value) if value is not None else None


def _day_of_year(month: int, day: int, lang: str) -> str:
    return words(lang).day_of_year(month, day)


# --- what the rules say, in words: the only places the report reads a rule's text ------


def payment_explanation(year: PaymentYear, lang: str) -> str:
    """How a year's amount was worked out, in the report's language."""
    return words(lang).arg(year.explanation)


def payment_unknown(year: PaymentYear, lang: str) -> str | None:
    """Why a year's amount is not known (a missing index or population value), if it is not."""
    return _said(year.unknown, lang)


def payment_missing(year: PaymentYear, lang: str) -> list[str]:
    """Each missing value as its own ``okänt: …`` sentence."""
    return [words(lang).say(unknown((m,))) for m in year.missing]


def deadline_title(deadline: Deadline, lang: str) -> str:
    return words(lang).say(deadline.title)


def deadline_explanation(deadline: Deadline, lang: str) -> str:
    return words(lang).arg(deadline.explanation)


def notice_explanation(answer: NoticeAnswer, lang: str) -> list[str]:
    return [words(lang).say(line) for line in answer.explanation]


def _said(what: Reason | None, lang: str) -> str | None:
    return words(lang).say(what) if what is not None else None


# --- view model: one agreement -------------------------------------------------------


Computed = Evaluation
"""What the rules say about one agreement, computed once and passed to the view model."""


def compute(
    loaded: LoadedAgreement,
    series: SeriesStore,
    as_of: dt.date,
    expiry_lead: int = EXPIRY_LEAD_MONTHS,
) -> Computed:
    """Run the rules for one agreement at ``as_of`` (knowing only the log up to that day)."""
    return evaluate(loaded, series, as_of, until=as_of + LOOKAHEAD, expiry_lead=expiry_lead)


def _agreement_facts(loaded: LoadedAgreement, as_of: dt.date, lang: str) -> View:
    a = loaded.agreement
    ref = a.reference
    return {
        "id": a.id,
        "title": a.title,
        "status": a.status,
        "language": a.language,
        "dnr": ref.dnr if ref else None,
        "parent": ref.parent if ref else None,
        "case_officer": ref.case_officer if ref else None,
        "unit": ref.unit if ref else None,
        "purpose": a.purpose,
        "source": {
            "document": a.source.document,
            "kind": a.source.kind,
            "section": a.source.section,
            "date": iso(a.source.date),
        },
        "sources": sources_view(a, lang),
        "parties": parties_view(loaded, as_of),
        "contacts": [
            {
                "party": party_role(a, c.party),
                "party_name": a.party_name(c.party),
                "name": c.name,
                "title": c.title,
                "email": c.email,
                "phone": c.phone,
            }
            for c in a.contacts
        ],
        "signatories": [
            {
                "party": party_role(a, s.party),
                "party_name": a.party_name(s.party),
                "name": s.name,
                "title": s.title,
                "signed": iso(s.signed),
            }
            for s in a.signatories
        ],
        "notes": list(a.notes),
    }


def _days(start: dt.date, end: dt.date | None) -> int | None:
    return (end - start).days if end is not None else None


def _term_view(a: Agreement, c: Computed, as_of: dt.date, lang: str) -> View:
    term = a.term
    renewal = term.renewal
    capped = not c.open_ended
    last = c.periods[-1] if c.periods else None
    if c.current is not None:
        state = "running"
    elif as_of < term.start:
        state = "before"
    else:
        state = "after"
    current_number = c.current.number if c.current else None
    stop = next((p for p in c.periods if p.stop_by is not None and p.stop_by >= as_of), None)
    return {
        "start": iso(term.start),
        "end": iso(term.end),
        "state": state,
        "renewal": None
        if renewal is None
        else {
            "automatic": renewal.automatic,
            "period_months": renewal.period_months,
            "latest_end": iso(renewal.latest_end),
            "notice_by": _day_of_year(renewal.notice_by.month, renewal.notice_by.day, lang)
            if renewal.notice_by
            else None,
            "conditions": renewal.conditions,
        },
        "extension": None
        if term.extension is None
        else {
            "text": term.extension.text,
            "period_months": term.extension.period_months,
            "decide_by": iso(term.extension.decide_by),
            "by": term.extension.by,
        },
        "periods": [
            {
                "number": p.number,
                "kind": p.kind,
                "start": iso(p.start),
                "end": iso(p.end),
                "stop_by": iso(p.stop_by),
                "current": p.number == current_number,
            }
            for p in c.periods
        ],
        "period_number": current_number,
        "period_count": len(c.periods) if capped else None,
        "period_start": iso(c.current.start) if c.current else None,
        "period_end": iso(c.current.end) if c.current else None,
        "days_left": _days(as_of, c.current.end) if c.current else None,
        "final_end": iso(last.end) if capped and last else None,
        "days_to_start": _days(as_of, term.start) if state == "before" else None,
        "next_stop": None
        if stop is None or stop.stop_by is None
        else {
            "date": iso(stop.stop_by),
            "days_left": _days(as_of, stop.stop_by),
            "period_start": iso(stop.start),
        },
    }


def _notice_view(
    a: Agreement, notice: NoticeAnswer | None, as_of: dt.date, lang: str
) -> View | None:
    t = a.termination
    if t is None:
        return None
    answer = notice
    latest = answer.latest_notice_date if answer else None
    return {
        "months": t.notice_months,
        "by": t.by,
        "form": t.form,
        "grounds": t.grounds,
        "consequences": list(t.consequences),
        "note": t.note,
        "current_end": iso(answer.current_end) if answer else None,
        "latest_date": iso(latest),
        "days_left": _days(as_of, latest) if latest and latest >= as_of else None,
        "if_given_today": iso(answer.effective_end) if answer and answer.allowed else None,
        "limited_by": answer.limited_by if answer else None,
        "explanation": notice_explanation(answer, lang) if answer else [],
    }


def _repayments_view(a: Agreement, lang: str) -> list[View]:
    """Each repayment clause with its own trigger (DESIGN rule 10), not all under early end."""
    w = words(lang)
    return [
        {
            "trigger": c.trigger,
            "when": w.label("repayment.trigger", c.trigger),
            "text": c.text,
            "code": c.code,
        }
        for c in repayment_clauses(a)
    ]


def _contribution_view(c: Contribution, a: Agreement, lang: str) -> View:
    party = a.party(c.payer)
    return {
        "payer": party_role(a, c.payer),  # a party id words as its side
        "kind": c.kind,
        "label": c.label or (party.name if party else None),
        "amount": _money(c.amount, lang) or amount_shape(c, words(lang)),
        "hours": _number(c.hours, lang),
        "value": _money(c.value, lang),
        "approximate": c.approximate,
        "note": c.note,
        "lines": [
            {"label": line.label, "amount": words(lang).money(line.amount), "note": line.note}
            for line in c.lines
        ],
    }


def _due_text(y: PaymentYear, lang: str) -> str | None:
    """The payment day, or the first and last of a year's instalments (DESIGN rule 13)."""
    days = [i.due for i in y.instalments if i.due is not None]
    if len(y.instalments) < 2 or not days:
        return iso(y.due)
    return words(lang).text("report.instalments", first=days[0], last=days[-1], n=len(days))


def _payment_year_view(y: PaymentYear, as_of: dt.date, lang: str) -> View:
    pc = y.per_capita
    return {
        "year": y.year,
        "label": y.label,
        "period_start": iso(y.period_start),
        "period_end": iso(y.period_end),
        "current": y.year == as_of.year,
        "due": iso(y.due),
        "due_text": _due_text(y, lang),
        "window_start": iso(y.window_start),
        "base": _money(y.base, lang),
        "amount": _money(y.amount, lang),
        "exact": _money(y.exact, lang) if y.exact is not None and y.exact != y.amount else None,
        "known": y.amount is not None,
        "missing": payment_missing(y, lang),
        "unknown": payment_unknown(y, lang),
        "steps": [
            {
                "year": s.year,
                "series": s.series,
                "value": words(lang).percent(s.value),
                "factor": words(lang).number(s.factor),
                "status": s.status,
                "published": iso(s.published),
                "source": s.source,
            }
            for s in y.steps
        ],
        "per_capita": None
        if pc is None
        else {
            "population_year": pc.population_year,
            "population": _number(pc.population, lang),
            "rate": words(lang).money(pc.rate),
            "source": pc.amount_source,
            "stated": _money(pc.stated, lang),
        },
        "paid": _money(y.paid, lang),
        "paid_on": iso(y.paid_on),
        "explanation": payment_explanation(y, lang),
    }


def _economy_view(a: Agreement, c: Computed, as_of: dt.date, lang: str) -> View | None:
    if a.funding is None and not c.payments:
        return None
    funding = a.funding
    last_year = as_of.year + 1
    return {
        "per": funding.per if funding else None,
        "stated_total": _money(funding.stated_total if funding else None, lang),
        "contributions": [_contribution_view(x, a, lang) for x in funding.contributions]
        if funding
        else [],
        "schedule": a.payments.schedule if a.payments else None,
        "payment_month": words(lang).month_name(a.payments.window.month)
        if a.payments and a.payments.window
        else None,
        "payment_by_day": _day_of_year(a.payments.window.month, a.payments.window.day, lang)
        if a.payments and a.payments.window and a.payments.window.day
        else None,
        "payment_note": a.payments.note if a.payments else None,
        "indexation": None
        if a.indexation is None
        else {
            "index": a.indexation.index,
            "from": iso(a.indexation.from_),
            "applies_to": a.indexation.applies_to,
            "index_year": a.indexation.index_year,
        },
        "per_capita": None
        if a.per_capita is None
        else {
            "rate": words(lang).money(a.per_capita.rate),
            "population": a.per_capita.population,
            "lag_years": a.per_capita.lag_years,
        },
        "years": [_payment_year_view(y, as_of, lang) for y in c.payments if y.year <= last_year],
        "hours_logged": [
            {"date": iso(e.date), "hours": _number(e.hours, lang), "note": e.note}
            for e in a.log
            if e.kind == "hours"
        ],
    }


def deadline_view(d: Deadline, as_of: dt.date, lang: str) -> View:
    return {
        "agreement": d.agreement,
        "kind": d.kind,
        "occurrence": d.occurrence,
        "date": iso(d.date),
        "act_by": iso(d.act_by),
        "window_start": iso(d.window_start),
        "days_left": (d.date - as_of).days,
        "title": deadline_title(d, lang),
        "status": d.status,
        "done_on": iso(d.done_on),
        "amount": _money(d.amount, lang),
        "note": words(lang).arg(d.note) or None,
        "source": d.source,
        "explanation": deadline_explanation(d, lang),
    }


def _duties_view(a: Agreement, c: Computed, as_of: dt.date, lang: str) -> list[View]:
    """Duties the meeting talks about: all that are late, the rest within a year either way;
    a report with the period it covers (``covers``), which is not its due day."""
    first, last = as_of - LOOKBACK, as_of + LOOKAHEAD
    covered = covered_periods(a, lang)
    views = []
    for d in c.deadlines:
        if d.kind in DUTY_KINDS and (d.status in LATE_STATUSES or first <= d.date <= last):
            view = deadline_view(d, as_of, lang)
            view["covers"] = covered.get(d.occurrence) if d.kind == "report_due" else None
            views.append(view)
    return views


def _meeting_view(m: Meeting, a: Agreement) -> View:
    return {
        "name": m.name,
        "title": m.title,
        "by": party_role(a, m.by),
        "party_name": a.party_name(m.by),
        "times_per_year": m.times_per_year,
        "convenor": a.party_name(m.convenor) or m.convenor if m.convenor else None,
        "minutes": m.minutes,
        "participants": list(m.participants),
        "agenda": list(m.agenda),
    }


def agenda_topics(text: str) -> list[str]:
    """The report sections that back one agenda point (see :data:`AGENDA_TOPICS`)."""
    lowered = text.lower()
    return [topic for topic, words in AGENDA_TOPICS if any(w in lowered for w in words)]


def _timeline_view(a: Agreement, c: Computed, as_of: dt.date, lang: str) -> View:
    events = [
        {
            "kind": d.kind,
            "name": gantt_name(deadline_title(d, lang)),
            "start": iso(d.window_start or d.date),
            "end": iso(d.date),
            "milestone": d.window_start is None,
        }
        for d in c.deadlines
        if d.kind in TIMELINE_KINDS
    ]
    return {
        "title": gantt_name(a.title),
        "as_of": iso(as_of),
        "notices": [e for e in events if e["kind"] != "report_due"],
        "reports": [e for e in events if e["kind"] == "report_due"],
    }


def agreement_view(
    loaded: LoadedAgreement, computed: Computed, options: ReportOptions, series: SeriesStore
) -> View:
    """Everything an agreement template gets; ``docs/report.md`` documents each key.

    ``series`` gives each party's share of a year (:func:`.partnership.shares_view`).
    """
    a = loaded.agreement
    lang, as_of = options.lang, options.as_of
    meetings = [d for d in a.duties if isinstance(d, Meeting)]
    outline: list[View] = []
    chosen: Meeting | None = None
    if options.meeting is not None:
        chosen = next((m for m in meetings if m.name == options.meeting), None)
        if chosen is None:
            known = ", ".join(m.name for m in meetings) or "none"
            raise ReportError(
                f"{loaded.path}: no {options.meeting} meeting in this agreement (meetings: {known})"
            )
        outline = [
            {"number": n, "text": oneline(point), "topics": agenda_topics(point)}
            for n, point in enumerate(chosen.agenda, start=1)
        ]
    target = a.target_group
    return {
        "lang": lang,
        "as_of": iso(as_of),
        "meeting": options.meeting,
        "meeting_title": chosen.title if chosen else None,
        "outline": outline,
        "agreement": _agreement_facts(loaded, as_of, lang),
        "term": _term_view(a, computed, as_of, lang),
        "notice": _notice_view(a, computed.notice, as_of, lang),
        "repayments": _repayments_view(a, lang),
        "timeline": _timeline_view(a, computed, as_of, lang),
        "economy": _economy_view(a, computed, as_of, lang),
        "shares": shares_view(
            loaded, series, [y for y in computed.payments if y.year <= as_of.year + 1], as_of, lang
        ),
        "duties": _duties_view(a, computed, as_of, lang),
        "activities": activities_view(a, lang),
        "reports": reports_view(a, lang),
        "scope": scope_view(a),
        "amendments": amendments_view(a, as_of, lang),
        "meetings": [_meeting_view(m, a) for m in meetings],
        "obligations": [{"by": o.by, "party": o.party, "text": o.text} for o in a.obligations],
        "service_levels": list(a.service_levels),
        "target_group": None
        if target is None
        else {
            "description": target.description,
            "min_age": target.min_age,
            "area": target.area,
            "referrals": [{"condition": r.condition, "to": r.to} for r in target.referrals],
        },
        "assumptions": assumptions_view(a, lang),
    }


# --- view model: the portfolio ---------------------------------------------------------


def portfolio_row(loaded: LoadedAgreement, c: Computed, options: ReportOptions) -> View:
    """One agreement's row of the overview (``agreements`` of :func:`portfolio_view`)."""
    as_of, lang = options.as_of, options.lang
    a = loaded.agreement
    coming = [d for d in c.deadlines if d.date >= as_of and d.status in OPEN_STATUSES]
    this_year = next((y for y in c.payments if y.year == as_of.year), None)
    term = _term_view(a, c, as_of, lang)
    return {
        "id": a.id,
        "title": a.title,
        "status": a.status,
        "start": term["start"],
        "end": term["end"],
        "final_end": term["final_end"],
        "state": term["state"],
        "period_number": term["period_number"],
        "period_count": term["period_count"],
        "period_end": term["period_end"],
        "next_deadline": deadline_view(coming[0], as_of, lang) if coming else None,
        "overdue": sum(d.status == "overdue" for d in c.deadlines),
        "yearly_amount": _money(this_year.amount, lang) if this_year else None,
        "yearly_missing": payment_missing(this_year, lang) if this_year else [],
        "yearly_unknown": payment_unknown(this_year, lang) if this_year else None,
        "has_payment": this_year is not None,
        "has_amounts": bool(c.payments),
    }


@dataclass(frozen=True, slots=True)
class PortfolioEntry:
    """What the overview keeps of one agreement: its row and its coming deadlines, as views.

    ``report --all`` evaluates one agreement at a time and keeps only this,
    so memory does not grow with the documents (their line marks and log).
    """

    row: View
    deadlines: list[tuple[DeadlineOrder, View]]


def portfolio_entry(
    loaded: LoadedAgreement, series: SeriesStore, options: ReportOptions
) -> PortfolioEntry:
    """One agreement's share of the overview: its row, and its deadlines in the next months."""
    as_of = options.as_of
    query = DeadlineQuery(as_of=as_of, until=as_of + PORTFOLIO_AHEAD, statuses=PORTFOLIO_STATUSES)
    computed = compute(loaded, series, as_of, options.expiry_lead)
    title = loaded.agreement.title
    deadlines = [
        (sort_key(d), portfolio_deadline(d, title, options)) for d in rows_in([computed], query)
    ]
    return PortfolioEntry(row=portfolio_row(loaded, computed, options), deadlines=deadlines)


def portfolio_deadline(d: Deadline, title: str, options: ReportOptions) -> View:
    """A deadline of the overview (``deadlines`` of :func:`portfolio_view`): its view,
    with the title of its agreement."""
    view = deadline_view(d, options.as_of, options.lang)
    view["agreement_title"] = title
    return view


def portfolio_view(entries: Iterable[PortfolioEntry], options: ReportOptions) -> View:
    """Everything the portfolio template gets; ``docs/report.md`` documents each key."""
    as_of = options.as_of
    rows: list[View] = []
    deadlines: list[tuple[DeadlineOrder, View]] = []
    for entry in entries:
        rows.append(entry.row)
        deadlines.extend(entry.deadlines)
    deadlines.sort(key=lambda pair: pair[0])
    return {
        "lang": options.lang,
        "as_of": iso(as_of),
        "until": iso(as_of + PORTFOLIO_AHEAD),
        "year": as_of.year,
        "agreements": sorted(rows, key=lambda r: (r["status"] != "active", r["id"])),
        "deadlines": [view for _, view in deadlines],
    }


# --- the two reports ---------------------------------------------------------------------


def render_agreement_report(
    loaded: LoadedAgreement, series: SeriesStore, options: ReportOptions, renderer: Renderer
) -> str:
    """The markdown report of one agreement at ``options.as_of``."""
    computed = compute(loaded, series, options.as_of, options.expiry_lead)
    view = agreement_view(loaded, computed, options, series)
    return renderer.render("agreement", options.lang, view)


def render_portfolio(
    agreements: Iterable[LoadedAgreement],
    series: SeriesStore,
    options: ReportOptions,
    renderer: Renderer,
) -> str:
    """One row per agreement, then every deadline in the next six months.

    ``agreements`` may be a generator: each is evaluated and let go before the next.
    """
    entries = (portfolio_entry(loaded, series, options) for loaded in agreements)
    return render_portfolio_entries(entries, options, renderer)


def render_portfolio_entries(
    entries: Iterable[PortfolioEntry], options: ReportOptions, renderer: Renderer
) -> str:
    """The overview from entries already made (:func:`portfolio_entry`, one agreement at a time)."""
    view = portfolio_view(entries, options)
    return renderer.render("portfolio", options.lang, view)
