"""English: every text a person reads, by message id (see :mod:`iopctl.words`).

Sections are separate dicts so that each part of the tool keeps its texts
together; :data:`CATALOG` is their union, and ``tests/test_words.py`` checks
that every language has the same ids with the same fields.
"""

from __future__ import annotations

from . import Catalog

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

_RULES: Catalog = {}

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


CATALOG: Catalog = {**_COMMON, **_RULES, **_REPORT, **_SHOW, **_PROBLEMS, **_SITE}
