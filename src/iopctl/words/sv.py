"""Svenska: every text a person reads, by message id (see :mod:`iopctl.words`).

Sections are separate dicts so that each part of the tool keeps its texts
together; :data:`CATALOG` is their union, and ``tests/test_words.py`` checks
that every language has the same ids with the same fields.
"""

from __future__ import annotations

from . import Catalog
from .shared import period_label

# --- shared: units, lists, labels --------------------------------------------------

_COMMON: Catalog = {
    "unit.money": "{figure}\u00a0kr",
    "unit.month": "{n} månad",
    "unit.months": "{n} månader",
    "list.separator": "; ",
    "date.day_of_year": "{day} {month}",
    "bool.true": "ja",
    "bool.false": "nej",
    "status.upcoming": "kommande",
    "status.due_soon": "snart",
    "status.overdue": "försenad",
    "status.done": "klar",
    "status.missed": "missad",
    "status.info": "info",
    "kind.term_start": "avtalsstart",
    "kind.term_end": "avtalsslut",
    "kind.renewal": "förlängning",
    "kind.notice_deadline": "uppsägning",
    "kind.option_deadline": "option",
    "kind.payment": "utbetalning",
    "kind.evaluation": "utvärdering",
    "kind.report_due": "rapport",
    "kind.meeting_due": "möte",
    "kind.task": "uppgift",
}

# --- deadlines, notice, payments (rules' reasons) -----------------------------------

_RULES: Catalog = {
    "value.unknown": "?",
    "act_by.holiday": "{day} ({holiday}) är ingen arbetsdag",
    "act_by.weekend": "{day} är en {weekday}",
    "act_by.back": "{what} → agera {weekday} {act}",
    "act_by.forward": "{what} → nästa arbetsdag {weekday} {act} (deadline_rolling: forward)",
    "deadline.done": "gjort enligt loggen {day}",
    "deadline.term_start.title": "Avtalet börjar",
    "deadline.term_start.why": "avtalets första dag (term.start)",
    "deadline.term_end.title": "Avtalet upphör",
    "deadline.term_end.why": "avtalets sista dag, inklusive (term.end)",
    "deadline.term_end.capped": (
        "sista dag efter alla automatiska förlängningar (term.renewal.latest_end)"
    ),
    "deadline.renewal.title": "Automatisk förlängning {start}–{end}",
    "deadline.renewal.why": (
        "period {number}: dagen efter förra periodens slut → {start}; "
        "+ {months} − 1 dag → {end}{cap}"
    ),
    "deadline.renewal.cap": ", begränsad av latest_end",
    "deadline.stop_renewal.title": (
        "Sista dag att säga upp för att stoppa förlängningen från {start}"
    ),
    "deadline.stop_by_notice_day": "sista {day} strikt före periodens slut {end} → {deadline}",
    "deadline.minus_months.term": "avtalets slut {end} − {months} → {deadline}",
    "deadline.minus_months.period": "periodens slut {end} − {months} → {deadline}",
    "deadline.notice_for_end.title": "Sista dag att säga upp med verkan senast vid avtalets slut",
    "deadline.option.title": "Beslut om förlängning",
    "deadline.option.why": "avtalets beslutsdag för förlängning (term.extension.decide_by)",
    "deadline.payment.title": "Utbetalning {year}",
    "deadline.payment.title_part": "Utbetalning {year} {part}",
    "deadline.duty.title": "{title}",
    "deadline.duty.title_period": "{title} ({period})",
    "payment.window.stated": "betalningsfönster {start}–{due} (payments.window)",
    "payment.window.unstated": "inget betalningsdatum angivet: förfaller vid periodens slut {due}",
    "payment.base": "grundbelopp {amount}",
    "payment.per_capita": (
        "{rate} × {population} invånare (31 dec {year}, {lag} års eftersläpning)"
    ),
    "payment.stated": "avtalet anger {amount} för året (per_capita.stated)",
    "payment.index_step": "× {series} {year} ({sign}{value} %, {status})",
    "index_status.preliminary": "preliminärt",
    "index_status.definitive": "definitivt",
    "payment.rounded": "avrundat till hela kronor (halvt uppåt) → {amount}",
    "payment.unknown": "okänt: {missing}",
    "payment.missing.index": "{series} {year} saknas i {path}",
    "payment.missing.population": "folkmängd {series} 31 dec {year} saknas i {path}",
    "payment.share": "1/{parts} × {of}",
    "duty.period": period_label,
    "duty.due.stated": "datum enligt avtalet ({field})",
    "duty.due.term_end": "inget datum angivet: förfaller vid avtalets slut {end}",
    "duty.due.period_end": "inget datum angivet ({how}): förfaller vid periodens slut {end}{cut}",
    "duty.times.once": "en gång per år",
    "duty.times.n": "{n} gånger per år",
    "duty.period_cut": " (perioden klipps vid avtalets slut)",
    "month.short.1": "jan",
    "month.short.2": "feb",
    "month.short.3": "mar",
    "month.short.4": "apr",
    "month.short.5": "maj",
    "month.short.6": "jun",
    "month.short.7": "jul",
    "month.short.8": "aug",
    "month.short.9": "sep",
    "month.short.10": "okt",
    "month.short.11": "nov",
    "month.short.12": "dec",
    "notice.party.public": "den offentliga parten",
    "notice.party.civil": "den idéburna parten",
    "notice.party.either": "endera",
    "notice.not_allowed": (
        "Uppsägningsklausulen tillåter inte uppsägning av {by}; "
        "den får ges av {clause} (termination.by)."
    ),
    "notice.after_end": "Avtalet har redan upphört {end}; en uppsägning nu har ingen verkan.",
    "notice.before_start": (
        "Avtalet har inte börjat än (börjar {start}); uppsägningstiden räknas från "
        "dagen uppsägningen ges."
    ),
    "notice.never_takes_effect": (
        "{given} + {months} = {naive}, före avtalets början {start}: avtalet träder aldrig i kraft."
    ),
    "notice.renewal_stop": (
        "Förlängningen från {start} stoppas av uppsägning senast {deadline}: {verdict}."
    ),
    "notice.verdict.in_time": "i tid",
    "notice.verdict.too_late": "för sent",
    "notice.period": "{given} + {months} = {naive}{limit}.",
    "notice.limit.term": ", men aldrig efter periodens slut {end} → begränsas av avtalstiden",
    "notice.limit.notice_period": " → begränsas av uppsägningstiden",
    "notice.latest": "Senaste uppsägningsdag för slut {end}: {end} − {months} → {latest}.",
    "notice.no_clause.stoppable": (
        "Avtalet saknar uppsägningsklausul: uppsägning stoppar bara förlängningen; "
        "avtalet upphör {end}."
    ),
    "notice.no_clause.renews_no_further": (
        "Avtalet saknar uppsägningsklausul och förlängs inte längre "
        "(term.renewal.latest_end): det upphör {end}."
    ),
    "notice.no_clause.no_renewal": (
        "Avtalet saknar uppsägningsklausul och förlängs inte: det upphör {end}."
    ),
}

# --- exports: deadlines table and CSV, calendar, notice, payments --------------------

_EXPORT: Catalog = {
    "value.unknown_amount": "okänt",
    "deadlines.none": "Inga tidsfrister i fönstret.",
    "deadlines.column.date": "Datum",
    "deadlines.column.act_by": "Agera senast",
    "deadlines.column.days": "Dagar",
    "deadlines.column.agreement": "Avtal",
    "deadlines.column.kind": "Typ",
    "deadlines.column.title": "Titel",
    "deadlines.column.status": "Status",
    "deadlines.column.amount": "Belopp",
    "csv.agreement": "avtal",
    "csv.kind": "typ",
    "csv.kind_label": "typ_text",
    "csv.occurrence": "förekomst",
    "csv.uid": "uid",
    "csv.date": "datum",
    "csv.act_by": "agera_senast",
    "csv.window_start": "fönster_från",
    "csv.days_left": "dagar_kvar",
    "csv.title": "titel",
    "csv.status": "status",
    "csv.status_label": "status_text",
    "csv.amount": "belopp",
    "csv.currency": "valuta",
    "csv.note": "anmärkning",
    "csv.done_on": "klar_datum",
    "csv.source": "källa",
    "csv.explanation": "förklaring",
    "ics.act_by": "Agera senast: {day}",
    "ics.status": "Status: {status}",
    "notice.label.agreement": "Avtal",
    "notice.label.given": "Uppsägning given",
    "notice.label.allowed": "Tillåten",
    "notice.label.ends": "Avtalet upphör",
    "notice.label.limited_by": "Begränsas av",
    "notice.label.source": "Källa",
    "notice.label.stops_renewal_from": "Stoppar förlängningen från {start}",
    "notice.label.stops_next_renewal": "Stoppar nästa förlängning",
    "notice.label.latest_for_end": "Senaste uppsägningsdag för slut {end}",
    "notice.label.latest": "Senaste uppsägningsdag",
    "notice.limited_by.notice_period": "uppsägningstiden",
    "notice.limited_by.term_end": "periodens slut",
    "notice.limited_by.renewal_stop": "stoppad förlängning",
    "notice.limited_by.already_ended": "redan upphört",
    "notice.limited_by.before_start": "träder aldrig i kraft",
    "notice.limited_by.none": "–",
    "payments.none": "{agreement} har inga utbetalningar att räkna på.",
    "payments.column.year": "År",
    "payments.column.due": "Förfaller",
    "payments.column.base": "Grund",
    "payments.column.amount": "Belopp",
    "payments.column.paid": "Betalt",
    "payments.total": "Summa kända belopp: {total}",
    "payments.incomplete": "Ofullständig: se okända år nedan.",
}

# --- reports ---------------------------------------------------------------------

_REPORT: Catalog = {}

# --- show --------------------------------------------------------------------------

_SHOW: Catalog = {}

# --- validation problems -----------------------------------------------------------

_PROBLEMS: Catalog = {}

# --- site and calendar feeds (iopctl site, deadlines --format ics) -------------------

_SITE: Catalog = {
    "site.title": "IOP-avtal",
    "site.skip": "Hoppa till innehållet",
    "site.nav": "Huvudmeny",
    "site.nav_agreements": "Avtal",
    "site.nav_deadlines": "Tidsfrister",
    "site.nav_downloads": "Hämta",
    "site.as_of": "Läget den {day}",
    "site.footer": "Skapad av iopctl den {day} från avtalsfilerna. Sidan fungerar utan internet.",
    "site.index_lead": "{n} avtal, läget den {day}.",
    "site.urgent": "Att göra nu",
    "site.urgent_caption": "Försenat och det som förfaller inom kort i alla avtal ({n} rader)",
    "site.nothing_urgent": "Inget är försenat och inget förfaller inom kort.",
    "site.portfolio": "Alla avtal",
    "site.portfolio_caption": "Avtalen och deras läge den {day}",
    "site.col_agreement": "Avtal",
    "site.col_status": "Status",
    "site.col_parties": "Parter",
    "site.col_term": "Avtalstid",
    "site.col_next": "Nästa tidsfrist",
    "site.col_yearly": "Belopp {year}",
    "site.col_date": "Datum",
    "site.col_act_by": "Agera senast",
    "site.col_days": "Dagar",
    "site.col_kind": "Typ",
    "site.col_title": "Vad",
    "site.col_amount": "Belopp",
    "site.col_responsible": "Ansvarig",
    "site.col_role": "Roll",
    "site.col_name": "Namn",
    "site.col_org_number": "Organisationsnummer",
    "site.col_period": "Period",
    "site.col_stop_by": "Stoppa förlängningen senast",
    "site.col_partner": "Part",
    "site.col_hours": "Ideella timmar",
    "site.col_year": "År",
    "site.col_due": "Förfaller",
    "site.col_base": "Grundbelopp",
    "site.col_steps": "Uppräkning och källa",
    "site.col_paid": "Betalt",
    "site.col_note": "Anteckning",
    "site.overdue_count": "{n} försenade",
    "site.period_of": "period {number} av {count}, till {end}",
    "site.not_started": "har inte börjat",
    "site.ended": "avtalet har upphört",
    "site.act_by": "agera senast {day}",
    "site.today": "i dag",
    "site.days_left": "om {n} d",
    "site.days_ago": "för {n} d sedan",
    "site.unknown": "okänt",
    "site.why": "Varför detta datum?",
    "site.subscribe": "Prenumerera i kalendern",
    "site.subscribe_lead": (
        "Lägg till en kalender i Outlook eller Google Kalender från länkens adress: "
        "påminnelser kommer 30 och 7 dagar före och på dagen att agera."
    ),
    "site.feed_all": "Alla tidsfrister",
    "site.feed_more": "Kalendrar per avtal och per ansvarig",
    "site.feed_agreement": "Kalender för {id}",
    "site.feed_person": "Kalender för {name}",
    "site.deadlines": "Alla tidsfrister",
    "site.deadlines_lead": (
        "Tidsfrister från ett år bakåt till ett år framåt räknat från {day}, och allt som är "
        "försenat. Agera senast är den sista arbetsdagen på eller före datumet."
    ),
    "site.deadlines_caption": "Tidsfrister ({n} rader)",
    "site.filter": "Filtrera",
    "site.filter_count": "Visar {shown} av {total} rader",
    "site.all": "alla",
    "site.downloads": "Hämta",
    "site.download_csv": "Tidsfristerna som CSV för Excel",
    "site.download_json": "Tidsfristerna som JSON",
    "site.download_report": "Rapporten för {id} (markdown)",
    "site.dnr": "dnr {dnr}",
    "site.parties": "Parter",
    "site.parent": "Ingår i",
    "site.case_officer": "Handläggare",
    "site.unit": "Enhet",
    "site.contacts": "Kontaktpersoner",
    "site.purpose": "Syfte",
    "site.term": "Avtalstid",
    "site.term_span": "Avtalstid {start} – {end}.",
    "site.renewals_until": "Förlängningar som längst till {day}.",
    "site.position": "Den {day}: period {number} av {count} ({start} – {end})",
    "site.renewal_automatic": "Förlängs automatiskt med {months} månader i taget.",
    "site.renewal_decision": "Kan förlängas genom beslut med {months} månader i taget.",
    "site.renewal_notice_by": "Uppsägning senast {day} före periodens slut stoppar förlängningen.",
    "site.conditions": "Villkor enligt avtalet",
    "site.no_renewal": "Avtalet förlängs inte.",
    "site.next_stop": "Sista dag att stoppa förlängningen från {start}: {day}",
    "site.extension": "Option att förlänga",
    "site.decide_by": "Beslut senast {day}.",
    "site.periods": "Perioder",
    "site.current": "pågår",
    "site.notice": "Uppsägning",
    "site.no_notice": "Avtalet anger ingen uppsägningstid.",
    "site.notice_rule": "{by} kan säga upp avtalet med {months} månaders uppsägningstid.",
    "site.in_writing": "Uppsägningen ska vara skriftlig.",
    "site.grounds": "Grund för uppsägning enligt avtalet",
    "site.latest_notice": "Senaste uppsägningsdag för att avtalet ska sluta {end}: {day}",
    "site.if_given_today": "Sägs avtalet upp den {day} upphör det {end}.",
    "site.timeline": "Tidslinje",
    "site.timeline_caption": (
        "Avtalstiden och förlängningarna, dagarna för uppsägning och stopp av förlängning, "
        "rapporterna och (röd linje) dagens datum."
    ),
    "site.economy": "Ekonomi",
    "site.no_amounts": "Avtalet anger inga belopp.",
    "site.funding": "Finansiering",
    "site.approx": "cirka",
    "site.stated_total": "Summa enligt avtalet",
    "site.payments": "Utbetalning {schedule}",
    "site.payment_by": "senast {day}.",
    "site.payment_in": "i {month}.",
    "site.indexation": "Räknas upp med {index} från {day} ({role}).",
    "site.per_capita": "{rate} per invånare i {place}, befolkningen {lag} år före bidragsåret.",
    "site.payment_years": "Utbetalningar år för år, med varje uppräkning och dess källa",
    "site.population": "Befolkning {year}: {n}",
    "site.duties": "Åtaganden och tidsfrister",
    "site.agreement_deadlines": "Tidsfrister i avtalet ({n} rader)",
    "site.no_deadlines": "Inga tidsfrister i perioden.",
    "site.meetings": "Möten",
    "site.times_per_year": "{n} gånger per år",
    "site.convenor": "sammankallande: {name}",
    "site.log": "Logg: det som har hänt",
    "site.no_log": "Inget är loggat än.",
    "site.feeds_of_people": "Kalender per ansvarig:",
    "site.obligations": "Parternas åtaganden",
    "site.service_levels": "Servicenivåer",
    "site.target_group": "Målgrupp",
    "site.min_age": "från {n} år",
    "site.assumptions": "Antaganden",
    "site.assumptions_lead": "Det här står inte uttryckligen i avtalet; så har det tolkats:",
    "site.source": "Källa",
    "timeline.title": "Tidslinje för {title}",
    "timeline.desc": "Avtalet gäller {start} – {end} i {periods} perioder; läget den {day}.",
    "timeline.desc_next": "Nästa dag att säga upp eller stoppa förlängning: {day}.",
    "timeline.term": "Avtalstid",
    "timeline.stops": "Uppsägning",
    "timeline.reports": "Rapporter",
    "timeline.period": "{start} – {end}",
    "timeline.today": "{day}",
    "agreement_status.draft": "utkast",
    "agreement_status.proposal": "förslag, ej i kraft",
    "agreement_status.active": "gäller",
    "agreement_status.ended": "avslutat",
    "agreement_status.terminated": "uppsagt",
    "role.public": "offentlig part",
    "role.civil": "idéburen part",
    "role.joint": "gemensamt",
    "by.either": "Vardera parten",
    "by.public": "Den offentliga parten",
    "by.civil": "Den idéburna parten",
    "by.joint": "Parterna gemensamt",
    "consequence.repay_unused_funds": "Vid förtida upphörande ska ej utnyttjade medel återbetalas.",
    "consequence.repay_misused_funds": (
        "Medel som inte använts för avsett ändamål kan krävas tillbaka."
    ),
    "contribution.grant": "bidrag",
    "contribution.self_financing": "egenfinansiering",
    "contribution.in_kind": "ideellt arbete",
    "per.calendar_year": "per kalenderår",
    "per.agreement_year": "per avtalsår",
    "per.term": "för hela avtalstiden",
    "schedule.yearly": "en gång per år",
    "schedule.half_yearly": "två gånger per år",
    "schedule.quarterly": "en gång per kvartal",
    "schedule.monthly": "en gång per månad",
    "index_status.preliminary": "preliminärt",
    "index_status.definitive": "definitivt",
    "log.payment": "utbetalning",
    "log.meeting": "möte",
    "log.evaluation": "utvärdering",
    "log.report": "rapport",
    "log.task": "uppgift",
    "log.hours": "timmar",
    "log.notice": "uppsägning",
    "log.renewal": "förlängning",
    "log.other": "övrigt",
    "feed.name_all": "IOP-avtal: alla tidsfrister",
    "feed.name_all_of": "{site}: alla tidsfrister",
    "feed.name_of": "IOP: {name}",
    "feed.act_by": "Agera senast: {day}",
    "feed.status": "Status: {status}",
    "feed.unknown": "belopp okänt",
    "feed.reminder_today": "I dag: {title}",
    "feed.reminder_ahead": "Om {days} dagar, senast {act_by}: {title}",
}


CATALOG: Catalog = {**_COMMON, **_RULES, **_EXPORT, **_REPORT, **_SHOW, **_PROBLEMS, **_SITE}
