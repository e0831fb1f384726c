"""English: every text a person reads, by message id (see :mod:`iopctl.words`).

Sections are separate dicts so that each part of the tool keeps its texts
together; :data:`CATALOG` is their union, and ``tests/test_words.py`` checks
that every language has the same ids with the same fields.
"""

from __future__ import annotations

from . import Catalog
from .shared import period_label

# --- shared: units, lists, labels --------------------------------------------------

_COMMON: Catalog = {
    "unit.money": "SEK\u00a0{figure}",
    "unit.month": "{n} month",
    "unit.months": "{n} months",
    "list.separator": "; ",
    "date.day_of_year": "{month} {day}",
    "bool.true": "yes",
    "bool.false": "no",
    "status.upcoming": "upcoming",
    "status.due_soon": "due soon",
    "status.overdue": "overdue",
    "status.done": "done",
    "status.missed": "missed",
    "status.info": "info",
    "kind.term_start": "start",
    "kind.term_end": "end",
    "kind.renewal": "renewal",
    "kind.notice_deadline": "notice",
    "kind.option_deadline": "option",
    "kind.payment": "payment",
    "kind.evaluation": "evaluation",
    "kind.report_due": "report",
    "kind.meeting_due": "meeting",
    "kind.task": "task",
}

# --- deadlines, notice, payments (rules' reasons) -----------------------------------

_RULES: Catalog = {
    "value.unknown": "?",
    "act_by.holiday": "{day} ({holiday}) is not a working day",
    "act_by.weekend": "{day} is a {weekday}",
    "act_by.back": "{what} → act on {weekday} {act}",
    "act_by.forward": "{what} → next working day {weekday} {act} (deadline_rolling: forward)",
    "deadline.done": "done per the log {day}",
    "deadline.term_start.title": "Agreement starts",
    "deadline.term_start.why": "first day of the agreement (term.start)",
    "deadline.term_end.title": "Agreement ends",
    "deadline.term_end.why": "last day of the agreement, inclusive",
    "deadline.term_end.capped": (
        "last day after every automatic renewal (term.renewal.latest_end)"
    ),
    "deadline.renewal.title": "Automatic renewal {start} to {end}",
    "deadline.renewal.why": (
        "period {number}: the day after the previous end → {start}; + {months} − 1 day → {end}{cap}"
    ),
    "deadline.renewal.cap": ", cut at latest_end",
    "deadline.stop_renewal.title": "Last day to give notice to stop the renewal from {start}",
    "deadline.stop_by_notice_day": "last {day} strictly before the period's end {end} → {deadline}",
    "deadline.minus_months.term": "end of the agreement {end} − {months} → {deadline}",
    "deadline.minus_months.period": "end of the period {end} − {months} → {deadline}",
    "deadline.notice_for_end.title": (
        "Last day to give notice taking effect by the end of the agreement"
    ),
    "deadline.option.title": "Decision on extension",
    "deadline.option.why": (
        "the agreement's decision date for an extension (term.extension.decide_by)"
    ),
    "deadline.payment.title": "Payment {year}",
    "deadline.payment.title_part": "Payment {year} {part}",
    "deadline.duty.title": "{title}",
    "deadline.duty.title_period": "{title} ({period})",
    "payment.window.stated": "payment window {start} to {due} (payments.window)",
    "payment.window.unstated": "no payment date stated: due at the end of the period {due}",
    "payment.base": "base amount {amount}",
    "payment.per_capita": "{rate} × {population} inhabitants (31 Dec {year}, {lag}-year lag)",
    "payment.stated": "the agreement states {amount} for the year (per_capita.stated)",
    "payment.index_step": "× {series} {year} ({sign}{value} %, {status})",
    "index_status.preliminary": "preliminary",
    "index_status.definitive": "definitive",
    "payment.rounded": "rounded to whole kronor (half up) → {amount}",
    "payment.unknown": "unknown: {missing}",
    "payment.missing.index": "{series} {year} missing in {path}",
    "payment.missing.population": "population {series} 31 Dec {year} missing in {path}",
    "payment.share": "1/{parts} × {of}",
    "duty.period": period_label,
    "duty.due.stated": "date stated in the agreement ({field})",
    "duty.due.term_end": "no date stated: due at the end of the agreement {end}",
    "duty.due.period_end": "no date stated ({how}): due at the end of its period {end}{cut}",
    "duty.times.once": "once a year",
    "duty.times.n": "{n} times a year",
    "duty.period_cut": " (period cut at the term end)",
    "month.short.1": "Jan",
    "month.short.2": "Feb",
    "month.short.3": "Mar",
    "month.short.4": "Apr",
    "month.short.5": "May",
    "month.short.6": "Jun",
    "month.short.7": "Jul",
    "month.short.8": "Aug",
    "month.short.9": "Sep",
    "month.short.10": "Oct",
    "month.short.11": "Nov",
    "month.short.12": "Dec",
    "notice.party.public": "the public party",
    "notice.party.civil": "the non-profit party",
    "notice.party.either": "either",
    "notice.not_allowed": (
        "The termination clause does not allow notice by {by}; "
        "only {clause} may give it (termination.by)."
    ),
    "notice.after_end": "The agreement already ended on {end}; notice now has no effect.",
    "notice.before_start": (
        "The agreement has not started yet (starts {start}); the notice period runs "
        "from the day notice is given."
    ),
    "notice.never_takes_effect": (
        "{given} + {months} = {naive}, before the start {start}: the agreement never takes effect."
    ),
    "notice.renewal_stop": (
        "The renewal from {start} is stopped by notice by {deadline}: {verdict}."
    ),
    "notice.verdict.in_time": "in time",
    "notice.verdict.too_late": "too late",
    "notice.period": "{given} + {months} = {naive}{limit}.",
    "notice.limit.term": ", but never after the period's end {end} → limited by the term",
    "notice.limit.notice_period": " → limited by the notice period",
    "notice.latest": "Latest notice day for the end {end}: {end} − {months} → {latest}.",
    "notice.no_clause.stoppable": (
        "The agreement has no termination clause: notice only stops the renewal; it ends on {end}."
    ),
    "notice.no_clause.renews_no_further": (
        "The agreement has no termination clause and renews no further "
        "(term.renewal.latest_end): it ends on {end}."
    ),
    "notice.no_clause.no_renewal": (
        "The agreement has no termination clause and does not renew: it ends on {end}."
    ),
}

# --- exports: deadlines table and CSV, calendar, notice, payments --------------------

_EXPORT: Catalog = {
    "value.unknown_amount": "unknown",
    "deadlines.none": "No deadlines in the window.",
    "deadlines.column.date": "Date",
    "deadlines.column.act_by": "Act by",
    "deadlines.column.days": "Days",
    "deadlines.column.agreement": "Agreement",
    "deadlines.column.kind": "Kind",
    "deadlines.column.title": "Title",
    "deadlines.column.status": "Status",
    "deadlines.column.amount": "Amount",
    "csv.agreement": "agreement",
    "csv.kind": "kind",
    "csv.kind_label": "kind_label",
    "csv.occurrence": "occurrence",
    "csv.uid": "uid",
    "csv.date": "date",
    "csv.act_by": "act_by",
    "csv.window_start": "window_start",
    "csv.days_left": "days_left",
    "csv.title": "title",
    "csv.status": "status",
    "csv.status_label": "status_label",
    "csv.amount": "amount",
    "csv.currency": "currency",
    "csv.note": "note",
    "csv.done_on": "done_on",
    "csv.source": "source",
    "csv.explanation": "explanation",
    "ics.act_by": "Act by: {day}",
    "ics.status": "Status: {status}",
    "notice.label.agreement": "Agreement",
    "notice.label.given": "Notice given",
    "notice.label.allowed": "Allowed",
    "notice.label.ends": "Ends",
    "notice.label.limited_by": "Limited by",
    "notice.label.source": "Source",
    "notice.label.stops_renewal_from": "Stops the renewal from {start}",
    "notice.label.stops_next_renewal": "Stops the next renewal",
    "notice.label.latest_for_end": "Latest notice date to end {end}",
    "notice.label.latest": "Latest notice date",
    "notice.limited_by.notice_period": "the notice period",
    "notice.limited_by.term_end": "the end of the period",
    "notice.limited_by.renewal_stop": "the stopped renewal",
    "notice.limited_by.already_ended": "already ended",
    "notice.limited_by.before_start": "never takes effect",
    "notice.limited_by.none": "–",
    "payments.none": "{agreement} has no payments to compute.",
    "payments.column.year": "Year",
    "payments.column.due": "Due",
    "payments.column.base": "Base",
    "payments.column.amount": "Amount",
    "payments.column.paid": "Paid",
    "payments.total": "Total of known amounts: {total}",
    "payments.incomplete": "Incomplete: see unknown years.",
}

# --- reports ---------------------------------------------------------------------

_REPORT: Catalog = {}

# --- show --------------------------------------------------------------------------

_SHOW: Catalog = {}

# --- validation problems -----------------------------------------------------------

_PROBLEMS: Catalog = {}


CATALOG: Catalog = {**_COMMON, **_RULES, **_EXPORT, **_REPORT, **_SHOW, **_PROBLEMS}
