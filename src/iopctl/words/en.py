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
    "kind.expiry": "expiry",
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
    "deadline.term_end.notice": (
        "notice per the log {given} → the agreement ends {end} (limited by {limited_by})"
    ),
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
    "deadline.expiry.title": "Agreement expires — decide whether to continue",
    "deadline.expiry.why": (
        "the agreement's last possible day {end} − {months} → {deadline}: "
        "continue, renegotiate or let it end"
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
    "payment.stated": "{document} states {amount} for the year (per_capita.stated)",
    "payment.index_step": "× {series} {year} ({sign}{value} %, {status})",
    "index_status.preliminary": "preliminary",
    "index_status.definitive": "definitive",
    "payment.rounded": "rounded to whole kronor (half up) → {amount}",
    "payment.unknown": "unknown: {missing}",
    "payment.missing.index": "{series} {year} missing in {path}",
    "payment.missing.population": "population {series} 31 Dec {year} missing in {path}",
    "duty.period": period_label,
    "duty.due.amended": "date stated in the amendment decided {decided} by {body} ({field})",
    "duty.due.stated": "date stated in the agreement ({field})",
    "duty.due.term_end": "no date stated: due at the end of the agreement {end}",
    "duty.due.period_end": "no date stated ({how}): due at the end of its period {end}",
    "duty.times.once": "once a year",
    "duty.times.n": "{n} times a year",
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
    "notice.allowed_on_grounds": (
        'yes, on the grounds the agreement states (termination.grounds): "{grounds}"'
    ),
    "notice.label.renewal_conditions": "Renewal depends on",
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

_REPORT: Catalog = {
    "report.status.draft": "draft",
    "report.status.proposal": "proposal",
    "report.status.active": "active",
    "report.status.ended": "ended",
    "report.status.terminated": "terminated",
    "report.role.public": "public partner",
    "report.role.civil": "non-profit partner",
    "report.role.joint": "joint",
    "report.by.either": "Either party",
    "report.by.public": "The public partner",
    "report.by.civil": "The non-profit partner",
    "report.by.joint": "Joint",
    "report.whose.public": "the public partner's",
    "report.whose.civil": "the non-profit partner's",
    "report.kind.grant": "grant",
    "report.kind.self_financing": "self-financing",
    "report.kind.in_kind": "volunteer work",
    "report.kind.usage_fee": "fee by use",
    "report.per.calendar_year": "per calendar year",
    "report.per.agreement_year": "per agreement year",
    "report.per.term": "for the whole term",
    "report.schedule.yearly": "once a year",
    "report.schedule.half_yearly": "twice a year",
    "report.schedule.quarterly": "once a quarter",
    "report.schedule.monthly": "once a month",
    "report.schedule.once": "once",
    "report.schedule.unknown": "date unknown",
    "report.index_year.payment_year": "the payment year",
    "report.index_year.previous_year": "the previous year",
    "report.index_status.preliminary": "preliminary",
    "report.index_status.definitive": "definitive",
    "report.consequence.repay_unused_funds": "unused funds are to be repaid",
    "report.consequence.repay_misused_funds": (
        "funds not used for the agreed purpose can be reclaimed"
    ),
    "report.source_kind.agreement": "agreement",
    "report.source_kind.appendix": "appendix",
    "report.source_kind.application": "application",
    "report.source_kind.decision": "decision",
    "report.source_kind.minutes": "minutes",
    "report.source_kind.press_release": "press release",
    "report.source_kind.web_page": "web page",
    "report.meeting.strategic": "strategic meeting",
    "report.meeting.operational": "operational meeting",
    "report.language.sv": "Swedish",
    "report.language.en": "English",
    "report.gantt.term": "Term",
    "report.gantt.initial": "Initial term",
    "report.gantt.renewal": "Renewal",
    "report.gantt.notice": "Notice",
    "report.gantt.reports": "Reports",
    "report.gantt.now": "Report",
    "report.gantt.as_of": "Report date",
    "report.today": "today",
    "report.one_day_left": "1 day left",
    "report.days_left": "{n} days left",
    "report.not_stated": "not stated",
    "report.unknown": "unknown",
    "report.approx": "approx.",
    "report.of": "of",
    "report.period": "period",
    "report.term": "Term",
    "report.agenda": "Agenda",
    "report.source": "Source",
    "report.briefing_for": "Briefing for the {meeting}",
    "report.dnr": "Reference number (dnr)",
    "report.part_of": "Part of",
    "report.status_in_file": "Status in the agreement file",
    "report.quoted_language": (
        "Text quoted from the agreement (names, purpose, obligations, notes) is in "
        "{language}, as written"
    ),
    "report.case_officer": "Case officer",
    "report.position_as_of": "Position as of",
    "report.no_background": "The agreement gives no particular background for this point",
    "report.further_background": "Further background",
    "report.purpose": "Purpose",
    "report.term_and_notice": "Term and notice",
    "report.renewals_until": "with renewals at most until",
    "report.position_on": "Position on",
    "report.not_started": "the agreement has not started yet; it starts in {days} days",
    "report.not_started_tomorrow": "the agreement has not started yet; it starts tomorrow",
    "report.term_ended": "the term has ended",
    "report.renewal": "Renewal",
    "report.renewed_automatically": "renewed automatically",
    "report.renewed_by_decision": "can be renewed by decision",
    "report.months_at_a_time": "by {months} months at a time",
    "report.at_most_until": "at most until",
    "report.renewal_notice_by": "notice stops a renewal if given by {day} before the period ends",
    "report.conditions": "Conditions (as written)",
    "report.no_renewal": "the agreement has no automatic renewal",
    "report.latest_stop_notice": "Latest notice date that stops the renewal from",
    "report.no_more_renewals": (
        "No further renewals: this period is the last, and the agreement ends on {end} "
        "without notice"
    ),
    "report.extension_option": "Option to extend (as written)",
    "report.decide_by": "Decision by",
    "report.no_notice_period": "Notice during a period: the agreement states no notice period",
    "report.notice": "Notice",
    "report.can_terminate": "can terminate the agreement",
    "report.in_writing": "in writing",
    "report.notice_months": "with {months} months' notice",
    "report.latest_end_notice": "Latest notice date that ends the agreement on",
    "report.notice_given_on": "Notice given on {day} ends the agreement on {end}",
    "report.when_period_ends": "when the period ends anyway",
    "report.timeline": "Timeline",
    "report.economy": "Economy",
    "report.no_amounts": "The agreement states no amounts, and no payments are computed",
    "report.col_partner": "Partner",
    "report.col_kind": "Kind",
    "report.col_amount": "Amount",
    "report.col_volunteer_hours": "Volunteer hours",
    "report.stated_total": "Total per the agreement",
    "report.amounts_apply": "The amounts apply",
    "report.paid": "Paid",
    "report.in_month": "in",
    "report.by_day": "by",
    "report.agreement_says": "The agreement says: “{note}”",
    "report.budget": "Budget",
    "report.col_line": "Line",
    "report.col_note": "Note",
    "report.indexation": "Indexation",
    "report.indexation_rule": (
        "{index} from {start}, applied to {whose} contribution, using the index value of "
        "{year}; the steps compound year by year"
    ),
    "report.per_capita_grant": "Per-capita grant",
    "report.per_capita_rule": (
        "{rate} per inhabitant of {place}, by the population {lag} years before the grant year"
    ),
    "report.contribution_per_year": "Contribution per year",
    "report.col_year": "Year",
    "report.col_payment_due": "Due",
    "report.col_base": "Base amount",
    "report.col_paid": "Paid according to the log",
    "report.no_payment_recorded": "no payment recorded",
    "report.how_worked_out": "How the amounts were worked out",
    "report.factor": "factor",
    "report.published": "published",
    "report.population_on": "Population on 31 December {year}: {population}",
    "report.stated_in_document": "Amount stated in the document",
    "report.volunteer_work": "Volunteer work",
    "report.about": "about",
    "report.n_hours": "{n} hours",
    "report.valued_at": "valued at",
    "report.reported_on": "Reported on",
    "report.no_hours_logged": "No reported hours are recorded in the log as of {day}",
    "report.follow_up": "Follow-up: duties and their status",
    "report.duties_shown": (
        "Duties that are overdue, and the others dated within a year before or after {day}"
    ),
    "report.col_due": "Due",
    "report.col_duty": "Duty",
    "report.col_status": "Status",
    "report.meetings": "Meetings",
    "report.times_a_year": "{n} times a year",
    "report.convened_by": "convened by {name}",
    "report.minutes": "Minutes",
    "report.participants": "Participants",
    "report.obligations": "Obligations of the partners",
    "report.target_group": "Target group and service levels",
    "report.minimum_age": "Minimum age: {age}",
    "report.area": "Area",
    "report.referral": "Referral",
    "report.service_levels": "Service levels",
    "report.parties": "Partners",
    "report.col_role": "Role",
    "report.col_name": "Name",
    "report.col_org_number": "Organisation number",
    "report.contacts": "Contacts",
    "report.assumptions": "Assumptions behind the figures",
    "report.assumptions_intro": (
        "What the document does not state literally was encoded with an explicit choice "
        "(notes in the agreement's language)"
    ),
    "report.col_field": "Field",
    "report.col_assumption": "Assumption",
    "report.document": "Document",
    "report.dated": "dated",
    "report.agreement_file": "Agreement file",
    "report.other_notes": "Other notes from the document",
    "report.portfolio": "Portfolio overview",
    "report.portfolio_position": "Position as of {day}: {n} agreements",
    "report.portfolio_position_one": "Position as of {day}: 1 agreement",
    "report.col_agreement": "Agreement",
    "report.col_term": "Term",
    "report.col_period": "Period",
    "report.col_next": "Next deadline",
    "report.col_contribution": "Contribution {year}",
    "report.col_overdue": "Overdue",
    "report.until": "until",
    "report.not_started_short": "not started",
    "report.not_in_force": "not in force",
    "report.ended": "ended",
    "report.none_ahead": "none ahead",
    "report.states_no_amounts": "the agreement states no amounts",
    "report.no_contribution_this_year": "no contribution this year",
    "report.deadlines_until": "Deadlines until {day}",
    "report.deadlines_shown": (
        "Every deadline from {start} to {end} inclusive, and everything overdue"
    ),
    "report.no_deadlines": "No deadlines from {start} to {end}, and nothing is overdue",
    "report.col_date": "Date",
    "report.col_act_by": "Act by",
    "report.col_deadline": "Deadline",
}

# --- show --------------------------------------------------------------------------

_SHOW: Catalog = {
    "show.label.id": "id",
    "show.label.status": "status",
    "show.label.dnr": "dnr",
    "show.label.source": "source",
    "show.label.public": "public",
    "show.label.civil": "civil",
    "show.label.joint": "joint",
    "show.label.term": "term",
    "show.label.renewal": "renewal",
    "show.label.option": "option",
    "show.label.notice": "notice",
    "show.label.funding": "funding",
    "show.label.indexed": "indexed",
    "show.label.per_capita": "per head",
    "show.label.duty": "duty",
    "show.label.responsible": "responsible",
    "show.label.log": "log",
    "show.automatic": "automatic",
    "show.by_decision": "by decision",
    "show.renewal": "{kind}, {months} months at a time",
    "show.renewal_cap": ", at most until {end}",
    "show.renewal_notice_by": ", notice by {day}",
    "show.notice": "{months}, by {by}",
    "show.by.either": "either party",
    "show.by.public": "the public party",
    "show.by.civil": "the non-profit party",
    "show.months.one": "{n} month",
    "show.months.many": "{n} months",
    "show.years.one": "{n} year",
    "show.years.many": "{n} years",
    "show.log_entries.one": "{n} log entry",
    "show.log_entries.many": "{n} log entries",
    "show.assumptions.one": "{n} assumption",
    "show.assumptions.many": "{n} assumptions",
    "show.funding": "{payer} {kind}: {amount}{hours} {per}",
    "show.amount_not_stated": "amount not stated",
    "show.about": "about ",
    "show.hours": ", {n} hours",
    "show.indexed": "{index} from {start}",
    "show.per_capita": "{rate} × population of {place}, {years} back",
    "show.duty.evaluation": "evaluation",
    "show.duty.report": "report",
    "show.duty.meeting": "meeting",
    "show.duty.task": "task",
}

# --- validation problems -----------------------------------------------------------


_PROBLEMS: Catalog = {
    "problem.did_you_mean": " (did you mean '{suggestion}'?)",
    "validate.summary": "{files}, {errors}, {warnings}",
    "count.file": "{n} file",
    "count.files": "{n} files",
    "count.error": "{n} error",
    "count.errors": "{n} errors",
    "count.warning": "{n} warning",
    "count.warnings": "{n} warnings",
    "document.agreement": "the agreement",
    "document.series": "the series file",
    "pattern.slug": "lower-case letters a–z, digits and hyphens, starting with a letter or digit "
    "(no å, ä, ö, capitals or spaces)",
    "pattern.name": "lower-case letters a–z, digits, hyphens and underscores "
    "(no å, ä, ö, capitals or spaces)",
    "pattern.series": "letters a–z, digits, hyphens and underscores (no spaces)",
    "problem.settings-syntax": "TOML syntax: {detail}",
    "problem.settings-unknown-key": "{name}: unknown setting",
    "problem.settings-unreadable": "cannot read: {reason}",
    "note.status_filtered": "agreement {id} has status {status} on {as_of}, which "
    "--status {filter} leaves out; use --status all to see its deadlines",
    "problem.not-found": "no such file or folder",
    "problem.unreadable.open": "cannot open: {reason}",
    "problem.unreadable.list": "cannot list: {reason}",
    "problem.unreadable.read": "cannot read: {reason}",
    "problem.unreadable.folder": "is a folder, not an agreement file",
    "problem.unreadable.special": "is not a regular file (a FIFO, a device or a socket); "
    "an agreement is a plain file",
    "problem.no-agreements": "no agreements here (expected *.yaml files)",
    "problem.file-too-large": "the file is {size} bytes; an agreement is at most {limit} bytes",
    "problem.encoding": "not UTF-8: byte {byte} cannot start a character; save as UTF-8",
    "problem.empty-file": "the file holds no YAML document",
    "problem.yaml-syntax": "YAML syntax: {detail}",
    "problem.yaml-multiple-documents": "several YAML documents in one file; "
    "write one agreement per file",
    "problem.yaml-character": "character {char} is not allowed in YAML (a control character); "
    "delete it",
    "problem.empty-file.null": "the document is only a null ('~'); write the agreement's keys",
    "problem.no-final-newline": "the file does not end with a line end; is it a truncated copy "
    "or a broken merge? Check the end of the file and add a line end",
    "problem.yaml-character.escape": "character {char} is not allowed in a value, not even "
    "written as an escape; delete it",
    "problem.yaml-character.line-break": "character {char} is a line separator that most "
    "editors do not show: YAML ends a comment there, so what follows would be read as data; "
    "delete it or use an ordinary line end",
    "problem.number-out-of-range": "'{value}' is too large a number (at most {limit}); "
    "is it a typo?",
    "problem.org-number-format.dash": "org number '{number}' has a dash where a hyphen belongs "
    "(a word processor's dash?); write it with the hyphen key: NNNNNN-NNNN",
    "problem.yaml-syntax.colon": "a colon followed by a space inside a value: YAML reads it "
    'as a new key; put the whole value in quotes (dnr: "SON: 2019-536")',
    "problem.yaml-tab": "tab character in indentation; indent with spaces",
    "problem.yaml-too-deep": "nesting deeper than {limit} levels; an agreement needs a handful",
    "problem.yaml-too-long": "{count} items; an agreement needs far fewer than {limit}",
    "problem.yaml-tag": "unsupported YAML tag '{tag}'",
    "problem.yaml-complex-key": "keys must be plain words",
    "problem.yaml-alias": "alias '*{alias}' (anchor at line {anchor_line}): "
    "anchors and aliases are not allowed; write the value out",
    "problem.yaml-alias.more": "and {count} more aliases (an alias bomb?)",
    "problem.duplicate-key": "duplicate key '{key}' (lines {first} and {line}); "
    "a YAML key may appear once per mapping",
    "problem.yaml11-boolean": "'{value}' is a boolean in YAML 1.1 but text in YAML 1.2; "
    "write true/false, or quote it if you mean the word",
    "problem.yaml11-octal": "'{value}' is octal in YAML 1.1 and decimal in YAML 1.2; "
    "drop the leading zero, or quote it if it is text",
    "problem.yaml11-sexagesimal": "'{value}' is a base-60 number in YAML 1.1 and text in "
    "YAML 1.2; quote it",
    "problem.invalid-date": "'{value}' is not a day of the calendar; check the month and the day",
    "problem.date-out-of-range": "{value} is outside the years {first}–{last}; is it a typo?",
    "problem.not-a-mapping": "an agreement must be a YAML mapping of keys to values, "
    "not a single value '{value}'",
    "problem.not-a-mapping.list": "an agreement must be a YAML mapping of keys to values, "
    "not a list",
    "problem.not-a-mapping.series": "a series must be a YAML mapping of keys to values",
    "problem.unknown-key": "unknown key '{key}' in {where}",
    "problem.missing-key": "missing required key '{key}' in {where}",
    "problem.schema.more": "and {count} more schema problems like the ones above",
    "problem.schema.kind": "{where}: unknown kind '{value}'; one of: {choices}",
    "problem.schema.choice": "{where}: '{value}' is not one of: {choices}",
    "problem.schema.at-least": "{where}: must be at least {limit} (got {value})",
    "problem.schema.above": "{where}: must be more than {limit} (got {value})",
    "problem.schema.at-most": "{where}: must be at most {limit} (got {value})",
    "problem.schema.below": "{where}: must be less than {limit} (got {value})",
    "problem.schema.too-short": "{where}: must have at least {limit} characters (got '{value}')",
    "problem.schema.too-long": "{where}: must have at most {limit} characters (got '{value}')",
    "problem.schema.few-items": "{where}: must have at least {limit} items",
    "problem.schema.many-items": "{where}: must have at most {limit} items",
    "problem.schema.pattern": "{where}: '{value}' may hold only {rule}",
    "problem.schema.date": "{where}: '{value}' is not a date; write it as YYYY-MM-DD "
    "with two-digit month and day (2026-01-01)",
    "problem.schema.number": "{where}: '{value}' is not a number; write digits only, "
    "with a point for decimals (1500000 or 1500.50)",
    "problem.schema.mapping": "{where}: expected keys and values here",
    "problem.schema.list": "{where}: expected a list here (lines starting with '- ')",
    "problem.schema.text": "{where}: expected text (got '{value}')",
    "problem.schema.text-number": "{where}: expected text (got '{value}'); "
    "quote it if it is a code or number written as text",
    "problem.schema.bool": "{where}: expected true or false (got '{value}')",
    "problem.schema.other": "{where}: {detail} (got '{value}')",
    "problem.schema.other-plain": "{where}: {detail}",
    "problem.placeholder": "{where} is still a placeholder: write what the document says",
    "problem.id-file-mismatch": "id '{id}' differs from file name '{stem}'",
    "problem.duplicate-id": "id '{id}' is also used in {other}",
    "problem.missing-party": "no party with role '{role}'",
    "problem.org-number-format": "org number '{number}' is not NNNNNN-NNNN "
    "(six digits, a hyphen, four digits)",
    "problem.org-number-checksum": "org number {number} has a wrong check digit",
    "problem.term-order": "term ends {end}, before it starts {start}",
    "problem.renewal-order": "renewal latest_end {latest_end} is before the initial end {end}",
    "problem.window-order": "window ends {end}, before it starts {start}",
    "problem.funding-amount": "a {kind} contribution needs an amount",
    "problem.funding-amount.in-kind": "an in_kind contribution needs hours or value",
    "problem.budget-sum": "budget lines sum to {sum} but the contribution states {stated}",
    "problem.funding-total": "contributions sum to {sum} but stated_total is {stated}",
    "problem.in-kind-value": "{hours} hours × {rate} = {computed}, "
    "but the stated value is {stated}",
    "problem.duplicate-year": "year {year} is listed twice (lines {first} and {line})",
    "problem.unknown-series.index": "no index series '{name}' (expected {expected})",
    "problem.unknown-series.population": "no population series '{name}' (expected {expected})",
    "problem.duplicate-duty": "duty id or name '{name}' is used twice",
    "problem.check-crashed": "check {check} crashed: {error}: {detail}",
    "problem.check-crashed.undeclared": "check {check} yielded code {code}, "
    "which it does not declare",
    "problem.implausible-term.short": "term {start}..{end} ends {days} days short of {years} "
    "whole years (which would end {expected}); likely a typo: check the source document",
    "problem.implausible-term.past": "term {start}..{end} ends {days} days past {years} "
    "whole years (which would end {expected}); likely a typo: check the source document",
    "problem.implausible-term.long": "a term of {years} years is unusual",
    "problem.notice-not-allowed": ("notice by {by} is logged, but termination.by is {clause}"),
    "problem.notice-not-allowed.nobody": (
        "notice is logged, but no one can give notice in this agreement"
    ),
    "problem.status-contradicts-dates.running": (
        "status is ended but the term runs until {end} (as of {as_of})"
    ),
    "problem.status-contradicts-dates.open_ended": (
        "status is ended but the agreement renews with no last day (as of {as_of})"
    ),
    "problem.status-contradicts-dates.no_notice": (
        "status is terminated but the log records no notice that ends the agreement"
    ),
    "problem.status-stale": "status is active but the agreement ended {ended} (as of {as_of})",
    "problem.duty-outside-term": "{kind} '{title}' falls outside the term {start}..{end}",
    "problem.log-outside-term": "log entry of {date} lies outside the term {start}..{end}",
    "problem.indexation-outside-term": "indexation starts {date}, outside the term {start}..{end}",
    "problem.payment-data-missing": "payment due {due} is {unknown}",
    "problem.log-unmatched": "log entry names '{name}', which no duty here has as id or name",
}

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

# --- diff: what a change means (iopctl diff, textconv) ------------------------------

_DIFF: Catalog = {
    "diff.heading": "Changes from {old} to {new}, as of {as_of}",
    "diff.working_tree": "the working tree",
    "diff.horizon": "Renewals without a last end are compared up to {horizon}.",
    "diff.none": "No change in obligations between {old} and {new}.",
    "diff.file.added": "{path} ({id}): new agreement",
    "diff.file.removed": "{path} ({id}): agreement removed",
    "diff.file.modified": "{path} ({id})",
    "diff.not_compared": "The file is invalid on one side: obligations not compared.",
    "diff.section.added": "added",
    "diff.section.removed": "removed",
    "diff.section.moved": "moved",
    "diff.section.amount": "amount",
    "diff.section.clause": "clause",
    "diff.section.new_problem": "new problem",
    "diff.section.resolved_problem": "resolved problem",
    "diff.column.change": "change",
    "diff.column.what": "what",
    "diff.column.old": "before",
    "diff.column.new": "after",
    "diff.column.note": "note",
    "diff.act_by": "act by {day}",
    "diff.unknown": "unknown",
    "diff.absent": "absent",
    "diff.population": "population {series} {year}: {value}",
    "diff.why.base": "base amount {old} → {new}",
    "diff.why.index": "{series} {year} {old} → {new}",
    "diff.why.rate": "amount per inhabitant {old} → {new}",
    "diff.why.population": "{old} → {new}",
    "diff.why.stated": "stated amount {old} → {new}",
    "diff.why.missing": "{text}",
    "textconv.heading": "{id}: {start} – {end}",
    "textconv.open_ended": "{id}: {start} –, renewed automatically (shown up to {horizon})",
    "textconv.invalid": "{path}: invalid file, no deadlines",
}


# --- several parties, amendments, payment shapes (issue 15) -------------------------

_REAL: Catalog = {
    "schedule.once": "once",
    "schedule.unknown": "date unknown",
    "contribution.usage_fee": "fee by use",
    "problem.duplicate-party": "party id '{id}' is used twice",
    "problem.duplicate-party.role": (
        "party id '{id}' is a role; a role already means the whole side"
    ),
    "problem.unknown-party": "no party has id '{id}'",
    "problem.duplicate-source": "source id '{id}' is used twice",
    "problem.unknown-source": "no source has id '{id}'",
    "problem.amendment-target.no-option": (
        "the amendment exercises an extension, but term.extension states none"
    ),
    "problem.amendment-target.no-length": "the extension's length is not stated: give term_end",
    "problem.amendment-target.no-contribution": "no contribution of '{payer}' to change",
    "problem.amendment-target.several-contributions": (
        "more than one contribution of '{payer}': give the label of the one that changes"
    ),
    "problem.amendment-target.no-duty": "no duty has id '{id}'",
    "share.amount": "{amount} a year as {document} states",
    "share.by_year": "{amount} for {year} as {document} states",
    "share.per_capita": (
        "{rate} × {population} inhabitants ({series}, 31 December {year}) = {amount}"
    ),
    "share.population.missing": "unknown: population {series} {year} missing",
    "share.fee": "{rate} × {units} {unit} as logged = {amount}",
    "share.fee.unlogged": "{rate} per {unit}; the amount is known only once logged",
    "share.not_stated": "unknown: {document} states no amount for {year}",
    "payment.share_of": "{payer}: {why}",
    "payment.once": "one payment on {day} (payments.date)",
    "payment.once.covers": (
        "one payment on {day} for {first}–{last} (payments.date, payments.covers)"
    ),
}


# --- recurring duties and deliverables (DESIGN rule 12) -----------------------------

_RECUR: Catalog = {
    "duty.due.after": "{end} + {lag} = {due} ({field})",
    "duty.lag.months": "{months}",
    "duty.lag.days": "{n} days",
    "duty.due.short_last": (
        "the stated day {day} falls after the agreement ends; due therefore at the end "
        "of the period {end} ({field})"
    ),
    "duty.period.short_first": "short first period {start}–{end} (the agreement starts {start})",
    "duty.period.short_last": "short last period {start}–{end} (the agreement ends {end})",
    "duty.deliverable": "{name}",
    "duty.deliverables.all": "to deliver: {missing}",
    "duty.deliverables.partly": "missing: {missing} (delivered: {arrived})",
    "problem.log-unknown-deliverable": (
        "log entry names '{name}', which '{duty}' does not list among its deliverables; "
        "it marks nothing as delivered"
    ),
}


# --- sources, scope, shares per party, amendment history in the outputs (issue 15) --

_REAL2: Catalog = {
    "source.the.agreement": "the agreement",
    "source.the.appendix": "the appendix",
    "source.the.application": "the application",
    "source.the.decision": "the decision",
    "source.the.minutes": "the minutes",
    "source.the.press_release": "the press release",
    "source.the.web_page": "the web page",
    "share.amended": "{amount} a year as decided on {decided} by {body}",
    "report.cite": "{kind}: {what}",
    "report.cite_dated": "{kind} {day}: {what}",
    "report.sources": "Sources",
    "report.sources_intro": (
        "The agreement file rests on these documents; assumptions and amendments say "
        "which one they rest on"
    ),
    "report.main_source": "the file's main source",
    "report.side.public": "the public parties",
    "report.side.civil": "the non-profit parties",
    "site.reports_cover": "Reports and the period each covers",
    "site.report_due": "due on {day}",
    "site.source_of": "source: {source}",
    "diff.section.amendment.added": "new amendment",
    "diff.section.amendment.removed": "amendment removed",
    "diff.section.amendment.modified": "amendment edited",
    "diff.amendment.effective": "in effect from {day}",
    "diff.amendment.note": "decided on {decided} by {body}: {summary}",
    "diff.amendment.note_dnr": "decided on {decided} by {body} ({dnr}): {summary}",
    "report.scope": "Scope",
    "report.scope_includes": "Covers",
    "report.scope_excludes": "Does not cover",
    "report.activities": "Recurring activities",
    "report.activities_intro": "Done a number of times per period, on no fixed day",
    "report.times_per.term": "per school term",
    "report.times_per.half_year": "per half-year",
    "report.times_per.year": "per year",
    "report.times_once": "once {per}",
    "report.times_exactly": "{n} times {per}",
    "report.times_at_least": "at least {n} times {per}",
    "report.times_at_least_once": "at least once {per}",
    "report.times_at_most_once": "at most once {per}",
    "report.times_at_most": "at most {n} times {per}",
    "report.times_range": "{min}–{max} times {per}",
    "report.covers": "covers {start} – {end}",
    "report.party_joins": "joins on {day}",
    "report.party_leaves": "its part ends on {day}",
    "report.party_left": "its part ended on {day}",
    "report.shares": "Amounts per party",
    "report.shares_intro": (
        "Each payer and recipient on its own, and the total per year; a party that has "
        "left pays nothing after its part ended"
    ),
    "report.col_payer": "Payer",
    "report.col_recipient": "Recipient",
    "report.col_how": "How the amount was worked out",
    "report.shares_total": "Total",
    "report.total_unknown": "unknown while an amount is unknown",
    "report.amendments": "Amendments and extensions",
    "report.amendments_intro": (
        "Each amendment applies from its date; before it the agreement is as it was"
    ),
    "report.col_decided": "Decided",
    "report.col_body": "Decided by",
    "report.col_effective": "In effect from",
    "report.col_change": "Change",
    "report.not_yet_in_effect": "not yet in effect on {day}",
    "report.change_extension": "the extension option is used: the term ends on {end}",
    "report.change_term_end": "the term ends on {end}",
    "report.change_amount": "{payer}: {amount} a year from {year}",
    "report.change_joins": "{name} joins",
    "report.change_leaves": "{name} leaves the partnership",
    "report.change_duty": "new or changed duty: {title}",
    "report.change_drops": "the duty {id} ends",
    "show.label.source_more": "also",
    "show.label.excludes": "excludes",
    "show.label.amendment": "amendment",
    "show.amendment": "decided on {decided} by {body}, in effect from {effective}: {summary}",
    "show.party_leaves": " (its part ends on {day})",
    "show.party_joins": " (joins on {day})",
    "show.year_amount": "{amount} for {year}",
    "show.fee": "{rate} per {unit} as logged",
}


# --- instalments, late and short payments, index values as known (rules 13, 14) ----

_PAY: Catalog = {
    "report.instalments": "{first} – {last} ({n} instalments)",
    "payment.date_unknown": (
        "the agreement gives no payment day: date unknown, never overdue (sorted at the "
        "period's end {end})"
    ),
    "payment.instalments": "paid in {n} instalments",
    "payment.instalment.of": (
        "instalment {number} of {count} of the year's {total} (split evenly in whole "
        "kronor; the last instalment takes what is left over)"
    ),
    "payment.window.before": ("the payment day {due} falls before the period starts: due {start}"),
    "payment.window.after": "the payment day {due} falls after the period ends: due {end}",
    "payment.paid": "paid {day}: {amount}",
    "payment.paid.no_amount": "paid {day} (the log states no amount)",
    "payment.late": "paid {days} days after the due date {due} (late)",
    "payment.short": "paid {paid}, {remaining} outstanding",
    "payment.settle": "to settle after a later published index value: {difference}",
    "payment.revised": (
        "{steps}; with today's values the amount is {amount}, to settle {difference}"
    ),
    "payment.revised.step": (
        "{series} {year} was later published as {value} % ({status}, {published}) "
        "instead of {was} %"
    ),
    "payment.index_step.after_due": (
        "× {series} {year} ({sign}{value} %, {status}; first published {published}, "
        "after the payment day)"
    ),
    "payments.column.instalment": "Instalment",
    "payments.column.status": "Status",
    "payments.date_unknown": "date unknown",
    "payments.state.paid": "paid",
    "payments.state.paid_late": "paid, {days} days late",
    "payments.state.short": "{remaining} outstanding",
    "payments.state.open": "unpaid",
    "payments.state.settle": "to settle {difference}",
    "payments.total_paid": "Total paid according to the log: {total}",
    "payments.per_party": "Per party (payer → recipient):",
    "payments.party_line": "{payer} → {recipient}: {amount}",
    "payments.party_unknown": "{payer} → {recipient}: {amount}, unknown for {years}",
    "payments.fees": "Usage fees (known only from the log):",
    "payments.fee_line": "{year}: {label}: {why}",
    "problem.payment-late": (
        "payment {key} was due {due} but was paid in full only on {day}, {days} days late"
    ),
    "problem.payment-amount.short": (
        "payment {key} (due {due}) is not paid in full: {remaining} outstanding"
    ),
    "problem.payment-amount.excess": (
        "the payment of {day} is {amount} more than what was left to pay"
    ),
    "problem.log-unmatched.payment": (
        "log entry names '{name}', which no payment here has as its name "
        "(e.g. 2024, 2024-Q2, 2022/23)"
    ),
}


# --- conditions travel with the right; repayment triggers; assumptions cited (issue 10) ---

_COND: Catalog = {
    "repayment.trigger.early_end": "on an early end",
    "repayment.trigger.evaluation_finding": (
        "if an evaluation shows funds were not used for their purpose"
    ),
    "repayment.trigger.extraordinary": "in exceptional cases",
    "repayment.quoted": 'repayment {trigger} per the agreement ({source}): "{text}"',
    "repayment.coded": "repayment {trigger} per the agreement ({source}): {what}",
    "assumption.cited": "rests on assumption {field} ({source}): {note}",
    "duty.due.assumed": "date by assumption, not stated in the agreement's text ({field})",
    "deadline.renewal.conditions": (
        'condition of the renewal per the agreement ({source}): "{text}"'
    ),
    "deadline.notice.grounds": (
        'notice only on the grounds the agreement states ({source}): "{text}"'
    ),
    "deadline.option.text": 'option to extend per the agreement ({source}): "{text}"',
    "notice.label.extension": "Option to extend",
    "report.repayment": "Repayment",
    "report.on_grounds": "but only on the grounds the agreement states",
    "show.label.repayment": "repayment",
    "show.conditions": '; provided: "{text}"',
    "show.grounds": ', only on the grounds: "{text}"',
    "show.repayment": "{when}: {what}",
    "site.repayment": "Repayment",
}


# --- hostile and careless input (issue 11) ------------------------------------------

_HOSTILE: Catalog = {
    "os.ENOENT": "no such file or folder",
    "os.EACCES": "permission denied",
    "os.EPERM": "operation not permitted",
    "os.ENAMETOOLONG": "the name is too long for the file system",
    "os.ELOOP": "too many symbolic links (a link pointing at itself?)",
    "os.ENOTDIR": "a part of the path is not a folder",
    "os.EISDIR": "is a folder",
    "os.EIO": "input/output error on the storage device",
    "os.EILSEQ": "the name is not valid for the file system",
    "note.nothing_read": "no agreements read from {paths} (in {cwd}); run iopctl in the "
    "folder that holds the agreements folder, name the folder (iopctl deadlines FOLDER) or "
    "set paths in iopctl.toml",
    "note.status_left_out": "{n} of {total} agreements have a status other than {filter} on "
    "{as_of} and are left out; use --status all to see their deadlines",
    "problem.settings-syntax.encoding": "the file is not UTF-8; save it as UTF-8",
    "problem.settings-syntax.equals": "a name is followed by '=' and a value (lang = \"sv\")",
    "problem.settings-syntax.value": "the value cannot be read: text is in quotes "
    '("sv"), a list in brackets ([30, 7, 0]), a number without quotes',
    "problem.settings-syntax.array": "the list in [ ] is not closed: is a ']' or a comma "
    "between two items missing?",
    "problem.settings-syntax.string": "the quote is not closed on the same line; end the "
    "text with the same kind of quote",
    "problem.settings-syntax.character": "this character may not be here; is the quote "
    "closed on the line it opens?",
    "problem.settings-syntax.after-value": "after the value only a comment (# …) may follow "
    "on the same line",
    "problem.settings-syntax.twice": "the same setting or table is there twice; keep one of them",
    "problem.settings-syntax.statement": "the line is neither a setting (name = value) "
    "nor a header ([site]); is it a comment without its #?",
    "problem.settings-invalid.lang": "{name} must be one of {choices}, not {value}",
    "problem.settings-invalid.paths": "{name} must be a list of folders or files, "
    'e.g. ["agreements"]',
    "problem.settings-invalid.text": "{name} must be a text in quotes",
    "problem.settings-invalid.table": "{name} must be a table, with the header [{name}]",
    "problem.settings-invalid.whole": "{name} must be a whole number from {low} to {high}, "
    "not {value}",
    "problem.settings-invalid.reminders": "{name} must be a list of days before the act-by "
    "day (0 to {high}), e.g. [30, 7, 0], not {value}",
    "problem.yaml-syntax.unclosed-quote": "the quote here is never closed; end the value "
    "with the same kind of quote it starts with",
    "problem.yaml-syntax.indent": "this line does not fit the structure above: check the "
    "indentation (as many spaces as the other keys on the same level) and that no text "
    "follows a quoted value",
    "problem.yaml-syntax.unclosed-list": "the list in [ ] is not closed here: is a ']' "
    "or a comma between two items missing?",
    "problem.yaml-syntax.unclosed-mapping": "the keys in curly brackets are not closed here: "
    "is the closing bracket or a comma between two keys missing?",
    "problem.yaml-syntax.missing-value": "a value is missing here (two commas in a row, or a "
    "comma at the end of a list?)",
    "problem.yaml-syntax.start-character": "a value cannot start with this character "
    "(@, `, %, & or * mean something in YAML); put quotes around the whole value",
    "problem.yaml-syntax.escape": "unknown escape sequence after \\ in double quotes; "
    "write \\\\ for a backslash, or use single quotes",
    "problem.yaml-syntax.tab": "a tab where YAML expects indentation with spaces; "
    "replace the tab with spaces",
    "problem.yaml-syntax.block-scalar": "after | or > only a comment may follow on the "
    "same line; the text starts on the next line, indented",
    "deadlines.columns_left_out": "Left out to fit the table in {width} columns: {columns}. "
    "See everything in a wider window or with --format csv.",
}


CATALOG: Catalog = {
    **_COMMON,
    **_RULES,
    **_EXPORT,
    **_REPORT,
    **_SHOW,
    **_PROBLEMS,
    **_SITE,
    **_DIFF,
    **_REAL,
    **_RECUR,
    **_REAL2,
    **_PAY,
    **_COND,
    **_HOSTILE,
}
