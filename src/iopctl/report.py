"""``iopctl report``: markdown for a strategic or operational meeting, and a portfolio overview.

Two halves.  The *view model* turns an agreement and what the rules compute
from it (periods, notice, payments, deadlines) into plain dicts, lists and
strings, already formatted for the report's language; ``docs/report.md``
lists every key, and that list is the whole surface a template sees.  The
*renderer* fills a Jinja template with it and returns a string; it never
prints.

Templates are untrusted input: a municipality keeps its own layout in a
``templates/`` folder, and a pull request may change it.  They are rendered
in Jinja's sandbox with ``StrictUndefined``, and every failure (syntax,
undefined variable, sandbox violation, missing file) becomes one
:class:`ReportError` saying ``template:line: message``, which the CLI turns
into exit 2 without a traceback.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

from . import formatting as fmt
from .document import LoadedAgreement
from .indices import SeriesStore
from .models import Agreement, Contribution, Meeting
from .report_texts import texts
from .rules.deadlines import Deadline, DeadlineQuery, sort_key
from .rules.duties import DUTY_KINDS as DUTY_TABLE
from .rules.evaluate import Evaluation, evaluate, rows_in
from .rules.notice import NoticeAnswer
from .rules.payments import PaymentYear, unknown
from .rules.reasons import Reason
from .words import words

View = dict[str, Any]

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


class ReportError(Exception):
    """A report could not be rendered; the message reads ``template:line: what``."""


@dataclass(frozen=True, slots=True)
class ReportOptions:
    as_of: dt.date
    lang: str = "sv"
    meeting: str | None = None
    """A meeting's ``name`` in the agreement (``strategic``, …): its agenda becomes the outline."""


# --- small formatting helpers the view model and the templates share ---------------


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def cell(text: object) -> str:
    """Make free text safe inside one markdown table cell: ``|`` escaped, newlines as ``<br>``."""
    value = str(text).strip().replace("|", "\\|")
    return "<br>".join(line.strip() for line in value.splitlines())


def oneline(text: object) -> str:
    """Free text for a heading or list item: all whitespace collapsed to single spaces."""
    return " ".join(str(text).split())


_GANTT_UNSAFE = re.compile(r"[:;#%\n\r]+")
_GANTT_MISREAD = re.compile(
    r"(?:gantt|title|section|click|call|href|dateformat|axisformat|tickinterval|includes"
    r"|excludes|todaymarker|weekday|inclusiveenddates|topaxis|accdescr|acctitle|\d{4}-\d\d-\d\d)",
    re.IGNORECASE,
)


def gantt_name(text: object) -> str:
    """A mermaid gantt task name or title that mermaid's lexer reads as plain text.

    ``:`` ends a task name, ``;`` and ``#`` end the line, ``%`` can start a
    comment: each becomes a space.  A name that begins with one of mermaid's
    keywords (case-insensitive, matched as a prefix by its lexer) or with an
    ISO date would be read as that keyword or date, so it gets a leading dash;
    an empty name would leave the task line without one.
    """
    name = oneline(_GANTT_UNSAFE.sub(" ", str(text)))
    return f"– {name}".strip() if not name or _GANTT_MISREAD.match(name) else name


_BLANK_RUNS = re.compile(r"\n{3,}")


def tidy(markdown: str) -> str:
    """At most one blank line in a row, none at the start, one newline at the end.

    Sections that have nothing to say vanish in the templates; this keeps
    their surrounding blank lines from piling up, so templates can stay
    readable instead of micro-managing whitespace.
    """
    return _BLANK_RUNS.sub("\n\n", markdown).strip("\n") + "\n"


def _money(amount: Decimal | None, lang: str) -> str | None:
    return fmt.money(amount, lang) if amount is not None else None


def _number(value: Decimal | int | None, lang: str) -> str | None:
    return fmt.number(value, lang) if value is not None else None


# --- view model: one agreement -------------------------------------------------------


Computed = Evaluation
"""What the rules say about one agreement, computed once and passed to the view model."""


def compute(loaded: LoadedAgreement, series: SeriesStore, as_of: dt.date) -> Computed:
    """Run the rules for one agreement at ``as_of`` (knowing only the log up to that day)."""
    return evaluate(loaded, series, as_of, until=as_of + LOOKAHEAD)


def _said(what: Reason | None, lang: str) -> str | None:
    return words(lang).say(what) if what is not None else None


def _missing(year: PaymentYear, lang: str) -> list[str]:
    """Each missing value as its own ``okänt: …`` sentence."""
    return [words(lang).say(unknown((m,))) for m in year.missing]


def _agreement_facts(a: Agreement) -> View:
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
        "parties": [
            {
                "role": p.role,
                "name": p.name,
                "org_number": p.org_number,
                "unit": p.unit,
                "note": p.note,
            }
            for p in a.parties
        ],
        "contacts": [
            {"party": c.party, "name": c.name, "title": c.title, "email": c.email, "phone": c.phone}
            for c in a.contacts
        ],
        "signatories": [
            {"party": s.party, "name": s.name, "title": s.title, "signed": iso(s.signed)}
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
            "notice_by": fmt.day_month(renewal.notice_by.month, renewal.notice_by.day, lang)
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
        "explanation": [words(lang).say(line) for line in answer.explanation] if answer else [],
    }


def _contribution_view(c: Contribution, a: Agreement, lang: str) -> View:
    party = a.party(c.payer)
    return {
        "payer": party.role if party is not None else c.payer,  # a party id words as its side
        "kind": c.kind,
        "label": c.label or (party.name if party else None),
        "amount": _money(c.amount, lang),
        "hours": _number(c.hours, lang),
        "value": _money(c.value, lang),
        "approximate": c.approximate,
        "note": c.note,
        "lines": [
            {"label": line.label, "amount": fmt.money(line.amount, lang), "note": line.note}
            for line in c.lines
        ],
    }


def _payment_year_view(y: PaymentYear, as_of: dt.date, lang: str) -> View:
    pc = y.per_capita
    return {
        "year": y.year,
        "label": y.label,
        "period_start": iso(y.period_start),
        "period_end": iso(y.period_end),
        "current": y.year == as_of.year,
        "due": iso(y.due),
        "window_start": iso(y.window_start),
        "base": _money(y.base, lang),
        "amount": _money(y.amount, lang),
        "exact": _money(y.exact, lang) if y.exact is not None and y.exact != y.amount else None,
        "known": y.amount is not None,
        "missing": _missing(y, lang),
        "unknown": _said(y.unknown, lang),
        "steps": [
            {
                "year": s.year,
                "series": s.series,
                "value": fmt.percent(s.value, lang),
                "factor": fmt.number(s.factor, lang),
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
            "rate": fmt.money(pc.rate, lang),
            "source": pc.amount_source,
            "stated": _money(pc.stated, lang),
        },
        "paid": _money(y.paid, lang),
        "paid_on": iso(y.paid_on),
        "explanation": words(lang).arg(y.explanation),
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
        "payment_month": fmt.month_name(a.payments.window.month, lang)
        if a.payments and a.payments.window
        else None,
        "payment_by_day": fmt.day_month(a.payments.window.month, a.payments.window.day, lang)
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
            "rate": fmt.money(a.per_capita.rate, lang),
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
        "title": words(lang).say(d.title),
        "status": d.status,
        "done_on": iso(d.done_on),
        "amount": _money(d.amount, lang),
        "note": words(lang).arg(d.note) or None,
        "source": d.source,
        "explanation": words(lang).arg(d.explanation),
    }


def _duties_view(c: Computed, as_of: dt.date, lang: str) -> list[View]:
    """Duties the meeting talks about: all that are late, the rest within a year either way."""
    first, last = as_of - LOOKBACK, as_of + LOOKAHEAD
    return [
        deadline_view(d, as_of, lang)
        for d in c.deadlines
        if d.kind in DUTY_KINDS and (d.status in LATE_STATUSES or first <= d.date <= last)
    ]


def _meeting_view(m: Meeting) -> View:
    return {
        "name": m.name,
        "title": m.title,
        "by": m.by,
        "times_per_year": m.times_per_year,
        "convenor": m.convenor,
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
            "name": gantt_name(words(lang).say(d.title)),
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


def agreement_view(loaded: LoadedAgreement, computed: Computed, options: ReportOptions) -> View:
    """Everything an agreement template gets; ``docs/report.md`` documents each key."""
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
        "agreement": _agreement_facts(a),
        "term": _term_view(a, computed, as_of, lang),
        "notice": _notice_view(a, computed.notice, as_of, lang),
        "timeline": _timeline_view(a, computed, as_of, lang),
        "economy": _economy_view(a, computed, as_of, lang),
        "duties": _duties_view(computed, as_of, lang),
        "meetings": [_meeting_view(m) for m in meetings],
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
        "assumptions": [{"field": x.field, "note": x.note} for x in a.assumptions],
    }


# --- view model: the portfolio ---------------------------------------------------------


def _portfolio_row(loaded: LoadedAgreement, c: Computed, as_of: dt.date, lang: str) -> View:
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
        "yearly_missing": _missing(this_year, lang) if this_year else [],
        "yearly_unknown": _said(this_year.unknown, lang) if this_year else None,
        "has_payment": this_year is not None,
        "has_amounts": bool(c.payments),
    }


def portfolio_view(
    agreements: Sequence[LoadedAgreement],
    computed: Sequence[Computed],
    upcoming: Sequence[Deadline],
    options: ReportOptions,
) -> View:
    """Everything the portfolio template gets; ``docs/report.md`` documents each key."""
    as_of, lang = options.as_of, options.lang
    titles = {loaded.agreement.id: loaded.agreement.title for loaded in agreements}
    rows = [
        _portfolio_row(loaded, c, as_of, lang)
        for loaded, c in zip(agreements, computed, strict=True)
    ]
    deadlines = []
    for d in upcoming:
        view = deadline_view(d, as_of, lang)
        view["agreement_title"] = titles.get(d.agreement, d.agreement)
        deadlines.append(view)
    return {
        "lang": lang,
        "as_of": iso(as_of),
        "until": iso(as_of + PORTFOLIO_AHEAD),
        "year": as_of.year,
        "agreements": sorted(rows, key=lambda r: (r["status"] != "active", r["id"])),
        "deadlines": deadlines,
    }


# --- rendering -------------------------------------------------------------------------


class Renderer:
    """One sandboxed Jinja environment per run, so each template is compiled at most once.

    Templates are looked up by name in order: the user's ``--template`` file
    (by the path given), the ``override_dir`` folder (a repository's own
    ``templates/``), then the templates bundled with iopctl.  Each name is
    tried language-specific first (see :func:`template_names`).
    """

    def __init__(self, template: str | None = None, override_dir: str | None = None) -> None:
        from jinja2 import (
            ChoiceLoader,
            FileSystemLoader,
            FunctionLoader,
            PackageLoader,
            StrictUndefined,
        )
        from jinja2.loaders import BaseLoader
        from jinja2.sandbox import SandboxedEnvironment

        self.template = template
        loaders: list[BaseLoader] = []
        if template is not None:
            loaders.append(FunctionLoader(_file_loader(template)))
        if override_dir is not None and Path(override_dir).is_dir():
            loaders.append(FileSystemLoader(override_dir))
        loaders.append(PackageLoader("iopctl", "templates"))
        self.env = SandboxedEnvironment(
            loader=ChoiceLoader(loaders),
            undefined=StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
            autoescape=False,
        )
        self.env.filters.update(cell=cell, oneline=oneline, gantt=gantt_name)

    def render(self, kind: str, lang: str, view: View) -> str:
        """Render ``--template`` if one was given, else the template of ``kind`` for ``lang``.

        The template gets ``view`` and ``t``, the words of ``lang``.
        """
        from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError

        names = [self.template] if self.template else template_names(kind, lang)
        chosen = " or ".join(names)
        try:
            text = self.env.select_template(names).render(view, t=texts(lang))
        except TemplateNotFound as exc:
            raise ReportError(f"{chosen}: template not found ({exc.message})") from None
        except TemplateSyntaxError as exc:
            where = f"{exc.filename or exc.name or chosen}:{exc.lineno}"
            raise ReportError(f"{where}: {exc.message}") from None
        except (TemplateError, ArithmeticError, LookupError, TypeError, ValueError) as exc:
            raise ReportError(f"{_template_position(exc, chosen)}: {exc}") from None
        return tidy(text)


def _file_loader(template: str) -> Callable[[str], tuple[str, str, Callable[[], bool]] | None]:
    """Serve the user's template file under the name it was given on the command line."""

    def load(name: str) -> tuple[str, str, Callable[[], bool]] | None:
        if name != template:
            return None
        try:
            source = Path(template).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ReportError(f"{template}: cannot read template: {exc}") from None
        return source, template, lambda: True

    return load


def _template_position(exc: BaseException, fallback: str) -> str:
    """``file:line`` of the innermost template frame of a render error.

    Jinja rewrites the traceback so template frames carry the template's file
    name and line (their globals hold ``__jinja_exception__``).
    """
    where = fallback
    tb: types.TracebackType | None = exc.__traceback__
    while tb is not None:
        if "__jinja_exception__" in tb.tb_frame.f_globals:
            where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def template_names(kind: str, lang: str) -> list[str]:
    """The names a template of ``agreement`` or ``portfolio`` is looked up by, in order.

    The bundled layout is one file per kind whose words come from ``t``;
    a ``kind.lang.md.j2`` in the user's ``templates/`` folder still wins for
    its language, so an override written before the layouts were merged, or
    a layout that only one language needs, keeps working.
    """
    return [f"{kind}.{lang}.md.j2", f"{kind}.md.j2"]


def render_agreement_report(
    loaded: LoadedAgreement, series: SeriesStore, options: ReportOptions, renderer: Renderer
) -> str:
    """The markdown report of one agreement at ``options.as_of``."""
    computed = compute(loaded, series, options.as_of)
    view = agreement_view(loaded, computed, options)
    return renderer.render("agreement", options.lang, view)


def render_portfolio(
    agreements: Sequence[LoadedAgreement],
    series: SeriesStore,
    options: ReportOptions,
    renderer: Renderer,
) -> str:
    """One row per agreement, then every deadline in the next six months."""
    computed = [compute(a, series, options.as_of) for a in agreements]
    query = DeadlineQuery(
        as_of=options.as_of, until=options.as_of + PORTFOLIO_AHEAD, statuses=PORTFOLIO_STATUSES
    )
    upcoming = sorted(rows_in(computed, query), key=sort_key)
    view = portfolio_view(agreements, computed, upcoming, options)
    return renderer.render("portfolio", options.lang, view)
