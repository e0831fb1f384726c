"""The words of the bundled report templates, one table per language.

The templates hold each layout once (``agreement.md.j2``, ``portfolio.md.j2``)
and take every word they print from the table of the report's language, as
the variable ``t``; so changing the layout is one edit, and a wording is found
in one place.  ``docs/report.md`` describes ``t`` for template authors.

A value is either a phrase or a table from a code of the agreement format (a
status, a role, a kind) to its word.  A phrase with a ``{name}`` placeholder
sits inside the sentence around its value, whose word order differs between
languages; the template fills it with ``.format(name=...)``.  Sentence
punctuation, numbers, dates and markdown stay in the template: they are
layout.  Both tables have the same keys (a test checks it), and no key is a
mapping method (``items``, ``get``...), which Jinja would find first.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

Texts = Mapping[str, "str | Mapping[str, str]"]

SV: dict[str, str | dict[str, str]] = {
    # words for codes
    "status": {
        "draft": "utkast",
        "proposal": "förslag",
        "active": "gällande",
        "ended": "avslutat",
        "terminated": "uppsagt",
    },
    "role": {"public": "offentlig part", "civil": "idéburen part", "joint": "gemensamt"},
    "by": {
        "either": "Vardera parten",
        "public": "Den offentliga parten",
        "civil": "Den idéburna parten",
        "joint": "Gemensamt",
    },
    "whose": {"public": "den offentliga partens", "civil": "den idéburna partens"},
    "duty_status": {
        "upcoming": "kommande",
        "due_soon": "inom 30 dagar",
        "overdue": "försenad",
        "done": "klar",
        "missed": "missad",
        "info": "information",
    },
    "kind": {
        "grant": "bidrag",
        "self_financing": "egenfinansiering",
        "in_kind": "ideellt arbete",
        "usage_fee": "avgift efter nyttjande",
    },
    "per": {
        "calendar_year": "per kalenderår",
        "agreement_year": "per avtalsår",
        "term": "för hela avtalstiden",
    },
    "schedule": {
        "yearly": "en gång per år",
        "half_yearly": "två gånger per år",
        "quarterly": "en gång per kvartal",
        "monthly": "en gång per månad",
        "once": "en gång",
        "unknown": "datum okänt",
    },
    "index_year": {"payment_year": "utbetalningsårets", "previous_year": "föregående års"},
    "index_status": {"preliminary": "preliminärt", "definitive": "definitivt"},
    "consequence": {
        "repay_unused_funds": "ej utnyttjade medel ska återbetalas",
        "repay_misused_funds": "medel som inte använts för avsett ändamål kan krävas tillbaka",
    },
    "source_kind": {
        "agreement": "avtal",
        "appendix": "bilaga",
        "application": "ansökan",
        "decision": "beslut",
        "minutes": "protokoll",
        "press_release": "pressmeddelande",
        "web_page": "webbsida",
    },
    "meeting": {"strategic": "strategiskt möte", "operational": "operativt möte"},
    "language": {"sv": "svenska", "en": "engelska"},
    "gantt": {
        "term": "Avtalstid",
        "initial": "Avtalsperiod",
        "renewal": "Förlängning",
        "notice": "Uppsägning",
        "reports": "Återrapporter",
        "now": "Rapport",
        "as_of": "Rapportdatum",
    },
    # shared
    "today": "i dag",
    "one_day_left": "1 dag kvar",
    "days_left": "{n} dagar kvar",
    "not_stated": "anges inte",
    "unknown": "okänt",
    "approx": "ca",
    "of": "av",
    "period": "period",
    "term": "Avtalstid",
    "agenda": "Dagordning",
    "source": "Källa",
    # head of the agreement report
    "briefing_for": "Underlag till {meeting}",
    "dnr": "Diarienummer",
    "part_of": "Del av",
    "status_in_file": "Status enligt avtalsfilen",
    "quoted_language": (
        "Text som citeras ur avtalet (namn, syfte, åtaganden, anteckningar) står på {language},"
        " som i originalet"
    ),
    "case_officer": "Handläggare",
    "position_as_of": "Underlaget avser läget per",
    "no_background": "Avtalet ger inget särskilt underlag för punkten",
    "further_background": "Övrigt underlag",
    # purpose; term and notice
    "purpose": "Syfte",
    "term_and_notice": "Avtalstid och uppsägning",
    "renewals_until": "med förlängningar längst till",
    "position_on": "Läge per",
    "not_started": "avtalet har inte börjat gälla; start om {days} dagar",
    "not_started_tomorrow": "avtalet har inte börjat gälla; det börjar i morgon",
    "term_ended": "avtalstiden har löpt ut",
    "renewal": "Förlängning",
    "renewed_automatically": "förlängs automatiskt",
    "renewed_by_decision": "kan förlängas genom beslut",
    "months_at_a_time": "med {months} månader i taget",
    "at_most_until": "längst till",
    "renewal_notice_by": (
        "uppsägning för att stoppa en förlängning senast {day} före periodens slut"
    ),
    "conditions": "Villkor",
    "no_renewal": "avtalet anger ingen automatisk förlängning",
    "latest_stop_notice": "Senaste dag för uppsägning som stoppar förlängningen från",
    "no_more_renewals": (
        "Inga fler förlängningar: perioden är den sista, och avtalet upphör {end} utan uppsägning"
    ),
    "extension_option": "Möjlighet till förlängning",
    "decide_by": "Beslut senast",
    "no_notice_period": "Uppsägning under löpande period: avtalet anger ingen uppsägningstid",
    "notice": "Uppsägning",
    "can_terminate": "kan säga upp avtalet",
    "in_writing": "skriftligen",
    "notice_months": "med {months} månaders uppsägningstid",
    "latest_end_notice": "Senaste dag för uppsägning som avslutar avtalet",
    "notice_given_on": "Om uppsägning lämnas {day} upphör avtalet {end}",
    "when_period_ends": "när avtalsperioden ändå tar slut",
    "on_early_termination": "Vid upphörande i förtid",
    "timeline": "Tidslinje",
    # economy
    "economy": "Ekonomi",
    "no_amounts": "Avtalet anger inga belopp, och inga utbetalningar beräknas",
    "col_partner": "Part",
    "col_kind": "Slag",
    "col_amount": "Belopp",
    "col_volunteer_hours": "Ideella timmar",
    "stated_total": "Totalt enligt avtalet",
    "amounts_apply": "Beloppen gäller",
    "paid": "Utbetalning sker",
    "in_month": "i",
    "by_day": "senast den",
    "agreement_says": "Avtalet säger: ”{note}”",
    "budget": "Budget",
    "col_line": "Post",
    "col_note": "Anmärkning",
    "indexation": "Uppräkning",
    "indexation_rule": (
        "{index} från och med {start}, på {whose} bidrag, med {year} indexvärde;"
        " uppräkningen räknas samman år för år"
    ),
    "per_capita_grant": "Bidrag per invånare",
    "per_capita_rule": (
        "{rate} per invånare i {place}, enligt folkmängden {lag} år före bidragsåret"
    ),
    "contribution_per_year": "Bidrag per år",
    "col_year": "År",
    "col_payment_due": "Utbetalas",
    "col_base": "Grundbelopp",
    "col_paid": "Utbetalt enligt loggen",
    "no_payment_recorded": "ingen utbetalning noterad",
    "how_worked_out": "Så har beloppen räknats fram",
    "factor": "faktor",
    "published": "publicerat",
    "population_on": "Folkmängd 31 december {year}: {population} invånare",
    "stated_in_document": "Beloppet anges i dokumentet",
    # volunteer work
    "volunteer_work": "Ideellt arbete",
    "about": "cirka",
    "n_hours": "{n} timmar",
    "valued_at": "värderade till",
    "reported_on": "Redovisat",
    "no_hours_logged": "Inga redovisade timmar finns noterade i loggen per {day}",
    # duties and meetings
    "follow_up": "Uppföljning: åtaganden och status",
    "duties_shown": (
        "Åtaganden som är försenade, samt övriga med datum inom ett år före eller efter {day}"
    ),
    "col_due": "Senast",
    "col_duty": "Åtagande",
    "col_status": "Status",
    "meetings": "Mötesforum",
    "times_a_year": "{n} gånger per år",
    "convened_by": "sammankallande: {name}",
    "minutes": "Minnesanteckningar",
    "participants": "Deltagare",
    # obligations, target group, parties
    "obligations": "Parternas åtaganden",
    "target_group": "Målgrupp och servicenivåer",
    "minimum_age": "Lägsta ålder: {age} år",
    "area": "Område",
    "referral": "Hänvisning",
    "service_levels": "Servicenivåer",
    "parties": "Parter",
    "col_role": "Roll",
    "col_name": "Namn",
    "col_org_number": "Organisationsnummer",
    "contacts": "Kontaktpersoner",
    # assumptions and source
    "assumptions": "Antaganden bakom siffrorna",
    "assumptions_intro": (
        "Det som dokumentet inte säger ordagrant har kodats med ett uttryckligt val"
    ),
    "col_field": "Fält",
    "col_assumption": "Antagande",
    "document": "Dokument",
    "dated": "daterat",
    "agreement_file": "Avtalsfil",
    "other_notes": "Övrigt ur dokumentet",
    # portfolio
    "portfolio": "Avtalsöversikt",
    "portfolio_position": "Läget per {day}: {n} avtal",
    "portfolio_position_one": "Läget per {day}: 1 avtal",
    "col_agreement": "Avtal",
    "col_term": "Avtalstid",
    "col_period": "Period",
    "col_next": "Nästa händelse",
    "col_contribution": "Bidrag {year}",
    "col_overdue": "Försenade",
    "until": "till",
    "not_started_short": "ej påbörjad",
    "not_in_force": "ej i kraft",
    "ended": "avslutad",
    "none_ahead": "inget kommande",
    "states_no_amounts": "avtalet anger inga belopp",
    "no_contribution_this_year": "inget bidrag detta år",
    "deadlines_until": "Händelser till och med {day}",
    "deadlines_shown": "Alla tidpunkter från {start} till och med {end}, samt allt som är försenat",
    "no_deadlines": "Inga tidpunkter från {start} till och med {end}, och inget är försenat",
    "col_date": "Datum",
    "col_act_by": "Agera senast",
    "col_deadline": "Händelse",
}

EN: dict[str, str | dict[str, str]] = {
    # words for codes
    "status": {
        "draft": "draft",
        "proposal": "proposal",
        "active": "active",
        "ended": "ended",
        "terminated": "terminated",
    },
    "role": {"public": "public partner", "civil": "non-profit partner", "joint": "joint"},
    "by": {
        "either": "Either party",
        "public": "The public partner",
        "civil": "The non-profit partner",
        "joint": "Joint",
    },
    "whose": {"public": "the public partner's", "civil": "the non-profit partner's"},
    "duty_status": {
        "upcoming": "upcoming",
        "due_soon": "within 30 days",
        "overdue": "overdue",
        "done": "done",
        "missed": "missed",
        "info": "information",
    },
    "kind": {
        "grant": "grant",
        "self_financing": "self-financing",
        "in_kind": "volunteer work",
        "usage_fee": "fee by use",
    },
    "per": {
        "calendar_year": "per calendar year",
        "agreement_year": "per agreement year",
        "term": "for the whole term",
    },
    "schedule": {
        "yearly": "once a year",
        "half_yearly": "twice a year",
        "quarterly": "once a quarter",
        "monthly": "once a month",
        "once": "once",
        "unknown": "date unknown",
    },
    "index_year": {"payment_year": "the payment year", "previous_year": "the previous year"},
    "index_status": {"preliminary": "preliminary", "definitive": "definitive"},
    "consequence": {
        "repay_unused_funds": "unused funds are to be repaid",
        "repay_misused_funds": "funds not used for the agreed purpose can be reclaimed",
    },
    "source_kind": {
        "agreement": "agreement",
        "appendix": "appendix",
        "application": "application",
        "decision": "decision",
        "minutes": "minutes",
        "press_release": "press release",
        "web_page": "web page",
    },
    "meeting": {"strategic": "strategic meeting", "operational": "operational meeting"},
    "language": {"sv": "Swedish", "en": "English"},
    "gantt": {
        "term": "Term",
        "initial": "Initial term",
        "renewal": "Renewal",
        "notice": "Notice",
        "reports": "Reports",
        "now": "Report",
        "as_of": "Report date",
    },
    # shared
    "today": "today",
    "one_day_left": "1 day left",
    "days_left": "{n} days left",
    "not_stated": "not stated",
    "unknown": "unknown",
    "approx": "approx.",
    "of": "of",
    "period": "period",
    "term": "Term",
    "agenda": "Agenda",
    "source": "Source",
    # head of the agreement report
    "briefing_for": "Briefing for the {meeting}",
    "dnr": "Reference number (dnr)",
    "part_of": "Part of",
    "status_in_file": "Status in the agreement file",
    "quoted_language": (
        "Text quoted from the agreement (names, purpose, obligations, notes) is in {language},"
        " as written"
    ),
    "case_officer": "Case officer",
    "position_as_of": "Position as of",
    "no_background": "The agreement gives no particular background for this point",
    "further_background": "Further background",
    # purpose; term and notice
    "purpose": "Purpose",
    "term_and_notice": "Term and notice",
    "renewals_until": "with renewals at most until",
    "position_on": "Position on",
    "not_started": "the agreement has not started yet; it starts in {days} days",
    "not_started_tomorrow": "the agreement has not started yet; it starts tomorrow",
    "term_ended": "the term has ended",
    "renewal": "Renewal",
    "renewed_automatically": "renewed automatically",
    "renewed_by_decision": "can be renewed by decision",
    "months_at_a_time": "by {months} months at a time",
    "at_most_until": "at most until",
    "renewal_notice_by": "notice stops a renewal if given by {day} before the period ends",
    "conditions": "Conditions (as written)",
    "no_renewal": "the agreement has no automatic renewal",
    "latest_stop_notice": "Latest notice date that stops the renewal from",
    "no_more_renewals": (
        "No further renewals: this period is the last, and the agreement ends on {end}"
        " without notice"
    ),
    "extension_option": "Option to extend (as written)",
    "decide_by": "Decision by",
    "no_notice_period": "Notice during a period: the agreement states no notice period",
    "notice": "Notice",
    "can_terminate": "can terminate the agreement",
    "in_writing": "in writing",
    "notice_months": "with {months} months' notice",
    "latest_end_notice": "Latest notice date that ends the agreement on",
    "notice_given_on": "Notice given on {day} ends the agreement on {end}",
    "when_period_ends": "when the period ends anyway",
    "on_early_termination": "On early termination",
    "timeline": "Timeline",
    # economy
    "economy": "Economy",
    "no_amounts": "The agreement states no amounts, and no payments are computed",
    "col_partner": "Partner",
    "col_kind": "Kind",
    "col_amount": "Amount",
    "col_volunteer_hours": "Volunteer hours",
    "stated_total": "Total per the agreement",
    "amounts_apply": "The amounts apply",
    "paid": "Paid",
    "in_month": "in",
    "by_day": "by",
    "agreement_says": "The agreement says: “{note}”",
    "budget": "Budget",
    "col_line": "Line",
    "col_note": "Note",
    "indexation": "Indexation",
    "indexation_rule": (
        "{index} from {start}, applied to {whose} contribution, using the index value of {year};"
        " the steps compound year by year"
    ),
    "per_capita_grant": "Per-capita grant",
    "per_capita_rule": (
        "{rate} per inhabitant of {place}, by the population {lag} years before the grant year"
    ),
    "contribution_per_year": "Contribution per year",
    "col_year": "Year",
    "col_payment_due": "Due",
    "col_base": "Base amount",
    "col_paid": "Paid according to the log",
    "no_payment_recorded": "no payment recorded",
    "how_worked_out": "How the amounts were worked out",
    "factor": "factor",
    "published": "published",
    "population_on": "Population on 31 December {year}: {population}",
    "stated_in_document": "Amount stated in the document",
    # volunteer work
    "volunteer_work": "Volunteer work",
    "about": "about",
    "n_hours": "{n} hours",
    "valued_at": "valued at",
    "reported_on": "Reported on",
    "no_hours_logged": "No reported hours are recorded in the log as of {day}",
    # duties and meetings
    "follow_up": "Follow-up: duties and their status",
    "duties_shown": (
        "Duties that are overdue, and the others dated within a year before or after {day}"
    ),
    "col_due": "Due",
    "col_duty": "Duty",
    "col_status": "Status",
    "meetings": "Meetings",
    "times_a_year": "{n} times a year",
    "convened_by": "convened by {name}",
    "minutes": "Minutes",
    "participants": "Participants",
    # obligations, target group, parties
    "obligations": "Obligations of the partners",
    "target_group": "Target group and service levels",
    "minimum_age": "Minimum age: {age}",
    "area": "Area",
    "referral": "Referral",
    "service_levels": "Service levels",
    "parties": "Partners",
    "col_role": "Role",
    "col_name": "Name",
    "col_org_number": "Organisation number",
    "contacts": "Contacts",
    # assumptions and source
    "assumptions": "Assumptions behind the figures",
    "assumptions_intro": (
        "What the document does not state literally was encoded with an explicit choice"
        " (notes in the agreement's language)"
    ),
    "col_field": "Field",
    "col_assumption": "Assumption",
    "document": "Document",
    "dated": "dated",
    "agreement_file": "Agreement file",
    "other_notes": "Other notes from the document",
    # portfolio
    "portfolio": "Portfolio overview",
    "portfolio_position": "Position as of {day}: {n} agreements",
    "portfolio_position_one": "Position as of {day}: 1 agreement",
    "col_agreement": "Agreement",
    "col_term": "Term",
    "col_period": "Period",
    "col_next": "Next deadline",
    "col_contribution": "Contribution {year}",
    "col_overdue": "Overdue",
    "until": "until",
    "not_started_short": "not started",
    "not_in_force": "not in force",
    "ended": "ended",
    "none_ahead": "none ahead",
    "states_no_amounts": "the agreement states no amounts",
    "no_contribution_this_year": "no contribution this year",
    "deadlines_until": "Deadlines until {day}",
    "deadlines_shown": "Every deadline from {start} to {end} inclusive, and everything overdue",
    "no_deadlines": "No deadlines from {start} to {end}, and nothing is overdue",
    "col_date": "Date",
    "col_act_by": "Act by",
    "col_deadline": "Deadline",
}

TEXTS: Mapping[str, Mapping[str, str | Mapping[str, str]]] = {"sv": SV, "en": EN}


def texts(lang: str) -> Texts:
    """The words of ``lang``, read-only: a template cannot change them for later reports."""
    return MappingProxyType(
        {
            key: value if isinstance(value, str) else MappingProxyType(value)
            for key, value in TEXTS[lang].items()
        }
    )
