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

# --- site and calendar feeds (iopctl site, deadlines --format ics) -------------------

_SITE: Catalog = {
    "site.title": "IOP agreements",
    "site.skip": "Skip to content",
    "site.nav": "Main menu",
    "site.nav_agreements": "Agreements",
    "site.nav_deadlines": "Deadlines",
    "site.nav_downloads": "Downloads",
    "site.as_of": "As of {day}",
    "site.footer": "Made by iopctl on {day} from the agreement files. The pages work offline.",
    "site.index_lead": "{n} agreements as of {day}.",
    "site.urgent": "To do now",
    "site.urgent_caption": "Overdue and due soon across all agreements ({n} rows)",
    "site.nothing_urgent": "Nothing is overdue and nothing is due soon.",
    "site.portfolio": "All agreements",
    "site.portfolio_caption": "The agreements and where they stand on {day}",
    "site.col_agreement": "Agreement",
    "site.col_status": "Status",
    "site.col_parties": "Parties",
    "site.col_term": "Term",
    "site.col_next": "Next deadline",
    "site.col_yearly": "Amount {year}",
    "site.col_date": "Date",
    "site.col_act_by": "Act by",
    "site.col_days": "Days",
    "site.col_kind": "Kind",
    "site.col_title": "What",
    "site.col_amount": "Amount",
    "site.col_responsible": "Responsible",
    "site.col_role": "Role",
    "site.col_name": "Name",
    "site.col_org_number": "Organisation number",
    "site.col_period": "Period",
    "site.col_stop_by": "Stop the renewal by",
    "site.col_partner": "Party",
    "site.col_hours": "Volunteer hours",
    "site.col_year": "Year",
    "site.col_due": "Due",
    "site.col_base": "Base amount",
    "site.col_steps": "Indexation and source",
    "site.col_paid": "Paid",
    "site.col_note": "Note",
    "site.overdue_count": "{n} overdue",
    "site.period_of": "period {number} of {count}, until {end}",
    "site.not_started": "not started yet",
    "site.ended": "the agreement has ended",
    "site.act_by": "act by {day}",
    "site.today": "today",
    "site.days_left": "in {n} d",
    "site.days_ago": "{n} d ago",
    "site.unknown": "unknown",
    "site.why": "Why this date?",
    "site.subscribe": "Subscribe in your calendar",
    "site.subscribe_lead": (
        "Add a calendar in Outlook or Google Calendar from the link's address: reminders "
        "come 30 and 7 days ahead and on the day to act."
    ),
    "site.feed_all": "All deadlines",
    "site.feed_more": "Calendars per agreement and per responsible person",
    "site.feed_agreement": "Calendar of {id}",
    "site.feed_person": "Calendar of {name}",
    "site.deadlines": "All deadlines",
    "site.deadlines_lead": (
        "Deadlines from a year before to a year after {day}, and everything overdue. "
        "Act by is the last working day on or before the date."
    ),
    "site.deadlines_caption": "Deadlines ({n} rows)",
    "site.filter": "Filter",
    "site.filter_count": "Showing {shown} of {total} rows",
    "site.all": "all",
    "site.downloads": "Downloads",
    "site.download_csv": "The deadlines as CSV for Excel",
    "site.download_json": "The deadlines as JSON",
    "site.download_report": "The report of {id} (markdown)",
    "site.dnr": "ref. {dnr}",
    "site.parties": "Parties",
    "site.parent": "Part of",
    "site.case_officer": "Case officer",
    "site.unit": "Unit",
    "site.contacts": "Contacts",
    "site.purpose": "Purpose",
    "site.term": "Term",
    "site.term_span": "Term {start} – {end}.",
    "site.renewals_until": "Renewals at most until {day}.",
    "site.position": "On {day}: period {number} of {count} ({start} – {end})",
    "site.renewal_automatic": "Renewed automatically by {months} months at a time.",
    "site.renewal_decision": "Can be renewed by decision by {months} months at a time.",
    "site.renewal_notice_by": "Notice by {day} before a period ends stops the renewal.",
    "site.conditions": "Conditions in the agreement",
    "site.no_renewal": "The agreement is not renewed.",
    "site.next_stop": "Last day to stop the renewal from {start}: {day}",
    "site.extension": "Option to extend",
    "site.decide_by": "Decide by {day}.",
    "site.periods": "Periods",
    "site.current": "running",
    "site.notice": "Notice",
    "site.no_notice": "The agreement states no notice period.",
    "site.notice_rule": "{by} can give notice with {months} months' notice.",
    "site.in_writing": "Notice must be given in writing.",
    "site.grounds": "Grounds for notice in the agreement",
    "site.latest_notice": "Latest notice day for the agreement to end on {end}: {day}",
    "site.if_given_today": "Notice given on {day} ends the agreement on {end}.",
    "site.timeline": "Timeline",
    "site.timeline_caption": (
        "The term and its renewals, the days to give notice or stop a renewal, the reports, "
        "and (red line) the day of this page."
    ),
    "site.economy": "Economy",
    "site.no_amounts": "The agreement states no amounts.",
    "site.funding": "Funding",
    "site.approx": "about",
    "site.stated_total": "Total stated in the agreement",
    "site.payments": "Paid {schedule}",
    "site.payment_by": "by {day}.",
    "site.payment_in": "in {month}.",
    "site.indexation": "Indexed by {index} from {day} ({role}).",
    "site.per_capita": "{rate} per inhabitant of {place}, population {lag} years before the year.",
    "site.payment_years": "Payments year by year, with each index step and its source",
    "site.population": "Population {year}: {n}",
    "site.duties": "Duties and deadlines",
    "site.agreement_deadlines": "Deadlines of the agreement ({n} rows)",
    "site.no_deadlines": "No deadlines in the period.",
    "site.meetings": "Meetings",
    "site.times_per_year": "{n} times a year",
    "site.convenor": "convened by {name}",
    "site.log": "Log: what has happened",
    "site.no_log": "Nothing logged yet.",
    "site.feeds_of_people": "Calendar per responsible person or unit:",
    "site.obligations": "What the parties undertake",
    "site.service_levels": "Service levels",
    "site.target_group": "Target group",
    "site.min_age": "from age {n}",
    "site.assumptions": "Assumptions",
    "site.assumptions_lead": (
        "The agreement does not state these literally; this is how they were read:"
    ),
    "site.source": "Source",
    "timeline.title": "Timeline of {title}",
    "timeline.desc": "The agreement runs {start} – {end} in {periods} periods; as of {day}.",
    "timeline.desc_next": "Next day to give notice or stop a renewal: {day}.",
    "timeline.term": "Term",
    "timeline.stops": "Notice",
    "timeline.reports": "Reports",
    "timeline.period": "{start} – {end}",
    "timeline.today": "{day}",
    "agreement_status.draft": "draft",
    "agreement_status.proposal": "proposal, not in force",
    "agreement_status.active": "in force",
    "agreement_status.ended": "ended",
    "agreement_status.terminated": "terminated",
    "role.public": "public partner",
    "role.civil": "non-profit partner",
    "role.joint": "joint",
    "by.either": "Either party",
    "by.public": "The public partner",
    "by.civil": "The non-profit partner",
    "by.joint": "The parties jointly",
    "consequence.repay_unused_funds": "On an early end, unused funds are repaid.",
    "consequence.repay_misused_funds": "Funds not used for their purpose can be reclaimed.",
    "contribution.grant": "grant",
    "contribution.self_financing": "self-financing",
    "contribution.in_kind": "volunteer work",
    "per.calendar_year": "per calendar year",
    "per.agreement_year": "per agreement year",
    "per.term": "for the whole term",
    "schedule.yearly": "once a year",
    "schedule.half_yearly": "twice a year",
    "schedule.quarterly": "once a quarter",
    "schedule.monthly": "once a month",
    "index_status.preliminary": "preliminary",
    "index_status.definitive": "definitive",
    "log.payment": "payment",
    "log.meeting": "meeting",
    "log.evaluation": "evaluation",
    "log.report": "report",
    "log.task": "task",
    "log.hours": "hours",
    "log.notice": "notice",
    "log.renewal": "renewal",
    "log.other": "other",
    "feed.name_all": "IOP agreements: all deadlines",
    "feed.name_all_of": "{site}: all deadlines",
    "feed.name_of": "IOP: {name}",
    "feed.act_by": "Act by: {day}",
    "feed.status": "Status: {status}",
    "feed.unknown": "amount unknown",
    "feed.reminder_today": "Today: {title}",
    "feed.reminder_ahead": "In {days} days, by {act_by}: {title}",
}


CATALOG: Catalog = {**_COMMON, **_RULES, **_EXPORT, **_REPORT, **_SHOW, **_PROBLEMS, **_SITE}
