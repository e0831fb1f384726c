"""Deadline rows, notice answers and payment schedules as text: table, JSON, CSV, ICS.

Every renderer returns a string and never prints; the CLI decides where it
goes.  One row type (:class:`~iopctl.rules.deadlines.Deadline`) feeds every
deadline format, so the table, the spreadsheet and the calendar cannot
disagree.  ``rich``, ``csv`` and ``icalendar`` are imported inside the
renderer that needs them.

JSON (``format_version`` 1)::

    {"format_version": 1, "as_of": "YYYY-MM-DD",
     "deadlines": [{"agreement", "kind", "occurrence", "uid", "date", "act_by",
                    "window_start", "days_left", "title", "status", "amount",
                    "currency", "note", "done_on", "source", "explanation"}]}

CSV has the same columns, one row per deadline.  Excel in a Swedish locale
expects ``;`` between fields and a UTF-8 byte-order mark to read å, ä and ö;
``csv_sep=";"`` and ``csv_bom=True`` give exactly that.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .rules.deadlines import KINDS, Deadline
from .rules.notice import NoticeAnswer
from .rules.payments import PaymentYear
from .rules.texts import NBSP, money

JSON_FORMAT_VERSION = 1
COLUMNS = (
    "agreement", "kind", "occurrence", "uid", "date", "act_by", "window_start", "days_left",
    "title", "status", "amount", "currency", "note", "done_on", "source", "explanation",
)  # fmt: skip

KIND_LABELS = {
    "sv": {
        "term_start": "avtalsstart", "term_end": "avtalsslut", "renewal": "förlängning",
        "notice_deadline": "uppsägning", "option_deadline": "option", "payment": "utbetalning",
        "evaluation": "utvärdering", "report_due": "rapport", "meeting_due": "möte",
        "task": "uppgift",
    },
    "en": {
        "term_start": "start", "term_end": "end", "renewal": "renewal",
        "notice_deadline": "notice", "option_deadline": "option", "payment": "payment",
        "evaluation": "evaluation", "report_due": "report", "meeting_due": "meeting",
        "task": "task",
    },
}  # fmt: skip
_KIND_WORDS = {word: code for code, word in KIND_LABELS["sv"].items()} | {k: k for k in KINDS}


def kind_code(word: str) -> str | None:
    """The kind a ``--kind`` word names: its code, or the word the Swedish table shows.

    The Swedish words are all different from each other and from the codes'
    meanings (``rapport`` is ``report_due``), so the mapping is unambiguous.
    """
    return _KIND_WORDS.get(word.strip().lower())


STATUS_LABELS = {
    "sv": {
        "upcoming": "kommande", "due_soon": "snart", "overdue": "försenad", "done": "klar",
        "missed": "missad", "info": "info",
    },
    "en": {
        "upcoming": "upcoming", "due_soon": "due soon", "overdue": "overdue", "done": "done",
        "missed": "missed", "info": "info",
    },
}  # fmt: skip
STATUS_STYLES = {"overdue": "bold red", "due_soon": "yellow", "missed": "red", "done": "green"}
HEADERS = {
    "sv": ("Datum", "Agera senast", "Dagar", "Avtal", "Typ", "Titel", "Status", "Belopp"),
    "en": ("Date", "Act by", "Days", "Agreement", "Kind", "Title", "Status", "Amount"),
}
UNKNOWN = {"sv": "okänt", "en": "unknown"}
GLUE = "\ue000"
"""Stands in for the no-break space while rich lays a table out.

rich wraps at any Unicode whitespace, U+00A0 included, so "20 286 kr" could
break after "20"; a private-use character is not whitespace and is one cell
wide, so the figure stays on one line.  :func:`_print` puts U+00A0 back.
"""


@dataclass(frozen=True, slots=True)
class ExportOptions:
    as_of: dt.date
    lang: str = "sv"
    explain: bool = False
    color: bool = False
    width: int = 160
    """Table width; fixed when not writing to a terminal, so output is stable."""
    csv_sep: str = ","
    csv_bom: bool = False
    reminders: Callable[[str], tuple[int, ...]] | None = None
    """Lead days of a kind's calendar reminders (``iopctl.toml``); None: the defaults."""


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "sv"


def _number(amount: Decimal | None) -> int | str | None:
    """Whole kronor as a JSON integer; anything else as its exact decimal text."""
    if amount is None:
        return None
    return int(amount) if amount == amount.to_integral_value() else str(amount)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def deadline_record(row: Deadline, as_of: dt.date) -> dict[str, Any]:
    """One deadline as plain data, in :data:`COLUMNS` order."""
    return {
        "agreement": row.agreement,
        "kind": row.kind,
        "occurrence": row.occurrence,
        "uid": row.uid,
        "date": row.date.isoformat(),
        "act_by": row.act_by.isoformat(),
        "window_start": _iso(row.window_start),
        "days_left": row.days_left(as_of),
        "title": row.title,
        "status": row.status,
        "amount": _number(row.amount),
        "currency": row.currency,
        "note": row.note,
        "done_on": _iso(row.done_on),
        "source": row.source,
        "explanation": row.explanation,
    }


def render_json(rows: Sequence[Deadline], options: ExportOptions) -> str:
    doc = {
        "format_version": JSON_FORMAT_VERSION,
        "as_of": options.as_of.isoformat(),
        "deadlines": [deadline_record(r, options.as_of) for r in rows],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render_csv(rows: Sequence[Deadline], options: ExportOptions) -> str:
    import csv

    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, delimiter=options.csv_sep, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        record = deadline_record(row, options.as_of)
        writer.writerow({k: "" if v is None else v for k, v in record.items()})
    return ("\ufeff" if options.csv_bom else "") + out.getvalue()


def render_ics(rows: Sequence[Deadline], options: ExportOptions) -> str:
    """The calendar of ``rows``: :mod:`iopctl.feeds` makes every calendar iopctl writes."""
    from .feeds import FeedOptions, default_reminders, render_feed

    feed = FeedOptions(
        as_of=options.as_of,
        lang=_lang(options.lang),
        reminders=options.reminders or default_reminders,
    )
    return render_feed(rows, feed)


def _amount_text(row: Deadline, lang: str) -> str:
    if row.amount is not None:
        return money(row.amount, lang)
    return UNKNOWN[lang] if row.kind == "payment" else ""


def render_table(rows: Sequence[Deadline], options: ExportOptions) -> str:
    """A rich table sorted by date: days left, overdue in red (no colour off a terminal)."""
    from rich.table import Table
    from rich.text import Text

    lang = _lang(options.lang)
    table = Table(box=None, show_edge=False, pad_edge=False, header_style="bold")
    for i, header in enumerate(HEADERS[lang]):
        table.add_column(header, justify="right" if i in (2, 7) else "left", no_wrap=i != 5)
    for row in rows:
        title = Text(_glued(row.title))
        if options.explain:
            title.append(_glued(f"\n{row.explanation}\n{row.source}"), style="dim")
        if row.note and not options.explain:
            title.append(_glued(f"\n{row.note}"), style="dim")
        style = STATUS_STYLES.get(row.status, "")
        table.add_row(
            row.date.isoformat(),
            row.act_by.isoformat(),
            str(row.days_left(options.as_of)),
            row.agreement,
            KIND_LABELS[lang][row.kind],
            title,
            Text(STATUS_LABELS[lang][row.status], style=style),
            _glued(_amount_text(row, lang)),
        )
    if not rows:
        return "Inga tidsfrister i fönstret.\n" if lang == "sv" else "No deadlines in the window.\n"
    return _print(table, options)


def _glued(text: str) -> str:
    return text.replace(NBSP, GLUE)


def _print(renderable: Any, options: ExportOptions) -> str:
    from rich.console import Console

    out = io.StringIO()
    console = Console(
        file=out,
        width=options.width,
        force_terminal=options.color,
        no_color=not options.color,
        color_system="standard" if options.color else None,
        highlight=False,
        soft_wrap=False,
    )
    console.print(renderable)
    lines = out.getvalue().replace(GLUE, NBSP).splitlines()
    return "\n".join(line.rstrip() for line in lines) + "\n"


Renderer = Callable[[Sequence[Deadline], ExportOptions], str]
DEADLINE_RENDERERS: dict[str, Renderer] = {
    "table": render_table,
    "json": render_json,
    "csv": render_csv,
    "ics": render_ics,
}
"""Each ``--format`` of ``iopctl deadlines``; a test checks every CLI choice is here."""


# --- notice -------------------------------------------------------------------------


def notice_record(answer: NoticeAnswer) -> dict[str, Any]:
    return {
        "agreement": answer.agreement,
        "given": answer.given.isoformat(),
        "by": answer.by,
        "allowed": answer.allowed,
        "notice_months": answer.notice_months,
        "effective_end": _iso(answer.effective_end),
        "limited_by": answer.limited_by,
        "current_end": _iso(answer.current_end),
        "stops_renewal": answer.stops_renewal,
        "next_renewal_deadline": _iso(answer.next_renewal_deadline),
        "latest_notice_date": _iso(answer.latest_notice_date),
        "explanation": list(answer.explanation),
        "source": answer.source,
    }


def render_notice_json(answer: NoticeAnswer) -> str:
    return json.dumps(notice_record(answer), ensure_ascii=False, indent=2) + "\n"


_LIMITED_BY = {
    "notice_period": ("uppsägningstiden", "the notice period"),
    "term_end": ("periodens slut", "the end of the period"),
    "renewal_stop": ("stoppad förlängning", "the stopped renewal"),
    "already_ended": ("redan upphört", "already ended"),
    "before_start": ("träder aldrig i kraft", "never takes effect"),
    "none": ("–", "–"),
}


def render_notice_text(answer: NoticeAnswer, lang: str = "sv") -> str:
    """A two-column answer; the labels name the dates they speak of (the end, the renewal)."""
    sv = _lang(lang) == "sv"
    yes, no = ("ja", "nej") if sv else ("yes", "no")
    end = answer.current_end
    renewal = end + dt.timedelta(days=1) if end is not None else None
    stops_label = (
        (f"Stoppar förlängningen från {renewal}" if sv else f"Stops the renewal from {renewal}")
        if renewal is not None
        else ("Stoppar nästa förlängning" if sv else "Stops the next renewal")
    )
    latest_label = (
        (f"Senaste uppsägningsdag för slut {end}" if sv else f"Latest notice date to end {end}")
        if end is not None
        else ("Senaste uppsägningsdag" if sv else "Latest notice date")
    )
    labels = (
        ("Avtal", "Uppsägning given", "Tillåten", "Avtalet upphör", "Begränsas av")
        if sv
        else ("Agreement", "Notice given", "Allowed", "Ends", "Limited by")
    ) + (stops_label, latest_label, "Källa" if sv else "Source")
    stops = "–" if answer.stops_renewal is None else (yes if answer.stops_renewal else no)
    values = (
        answer.agreement,
        answer.given.isoformat(),
        yes if answer.allowed else no,
        _iso(answer.effective_end) or "–",
        _LIMITED_BY[answer.limited_by][0 if sv else 1],
        stops,
        _iso(answer.latest_notice_date) or "–",
        answer.source,
    )
    rows = [
        (label, value)
        for label, value in zip(labels, values, strict=True)
        if not (label == stops_label and answer.stops_renewal is None)  # no renewal to stop
    ]
    width = max(len(label) for label, _ in rows)
    lines = [f"{label:<{width}}  {value}" for label, value in rows]
    return "\n".join([*lines, "", *answer.explanation]) + "\n"


# --- payments -----------------------------------------------------------------------


def payment_record(year: PaymentYear) -> dict[str, Any]:
    working = year.per_capita
    return {
        "year": year.year,
        "label": year.label,
        "window_start": _iso(year.window_start),
        "due": _iso(year.due),
        "base": _number(year.base),
        "index_steps": [
            {
                "year": s.year,
                "series": s.series,
                "value": str(s.value),
                "factor": str(s.factor),
                "status": s.status,
                "published": _iso(s.published),
                "source": s.source,
            }
            for s in year.steps
        ],
        "per_capita": None
        if working is None
        else {
            "rate": _number(working.rate),
            "population_year": working.population_year,
            "population": _number(working.population),
            "source": working.source,
            "stated": _number(working.stated),
            "stated_source": working.stated_source,
        },
        "exact": str(year.exact) if year.exact is not None else None,
        "amount": _number(year.amount),
        "currency": "SEK",
        "missing": list(year.missing),
        "paid": _number(year.paid),
        "paid_on": _iso(year.paid_on),
        "source": year.source,
        "explanation": year.explanation,
    }


def _per_capita_sources(year: PaymentYear) -> list[str]:
    """Where a per-capita year's amount comes from: the stated field, else the population."""
    source = year.per_capita.amount_source if year.per_capita is not None else None
    return [source] if source else []


def render_payments_json(agreement: str, schedule: Sequence[PaymentYear]) -> str:
    doc = {
        "format_version": JSON_FORMAT_VERSION,
        "agreement": agreement,
        "rounding": "whole kronor, half up, after indexation",
        "years": [payment_record(y) for y in schedule],
        "total_known": _number(_total(schedule)),
        "complete": all(y.amount is not None for y in schedule),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _total(schedule: Sequence[PaymentYear]) -> Decimal:
    return sum((y.amount for y in schedule if y.amount is not None), Decimal(0))


def render_payments_table(
    agreement: str, schedule: Sequence[PaymentYear], options: ExportOptions
) -> str:
    """One line per year, then each year's working (base, index steps, per capita, sources)."""
    from rich.table import Table

    lang = _lang(options.lang)
    sv = lang == "sv"
    if not schedule:
        none = "har inga utbetalningar att räkna på" if sv else "has no payments to compute"
        return f"{agreement} {none}.\n"
    headers = (
        ("År", "Förfaller", "Grund", "Belopp", "Betalt") if sv
        else ("Year", "Due", "Base", "Amount", "Paid")
    )  # fmt: skip
    table = Table(box=None, show_edge=False, pad_edge=False, header_style="bold")
    for i, header in enumerate(headers):
        table.add_column(header, justify="right" if i in (2, 3, 4) else "left")
    for year in schedule:
        table.add_row(
            year.label,
            _iso(year.due) or "–",
            _glued(money(year.base, lang)) if year.base is not None else UNKNOWN[lang],
            _glued(money(year.amount, lang)) if year.amount is not None else UNKNOWN[lang],
            _glued(money(year.paid, lang)) if year.paid is not None else "–",
        )
    total_label = "Summa kända belopp" if sv else "Total of known amounts"
    lines = [
        _print(table, options).rstrip("\n"),
        "",
        f"{total_label}: {money(_total(schedule), lang)}",
    ]
    if any(y.amount is None for y in schedule):
        lines.append(
            "Ofullständig: se okända år nedan." if sv else "Incomplete: see unknown years."
        )
    lines.append("")
    for year in schedule:
        lines.append(f"{year.label}: {year.explanation}")
        lines.extend(f"    {s.series} {s.year}: {s.source}" for s in year.steps)
        lines.extend(f"    {source}" for source in _per_capita_sources(year))
    lines.append(f"({schedule[0].source})")
    return "\n".join(lines) + "\n"
