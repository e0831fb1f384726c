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
    "kind.expiry": "utgång",
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
    "deadline.term_end.notice": (
        "uppsägning enligt loggen {given} → avtalet upphör {end} (begränsas av {limited_by})"
    ),
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
    "deadline.expiry.title": "Avtalet löper ut — beslut om fortsättning",
    "deadline.expiry.why": (
        "avtalets sista möjliga dag {end} − {months} → {deadline}: "
        "fortsätta, omförhandla eller låta det upphöra"
    ),
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
    "payment.stated": "{document} anger {amount} för året (per_capita.stated)",
    "payment.index_step": "× {series} {year} ({sign}{value} %, {status})",
    "index_status.preliminary": "preliminärt",
    "index_status.definitive": "definitivt",
    "payment.rounded": "avrundat till hela kronor (halvt uppåt) → {amount}",
    "payment.unknown": "okänt: {missing}",
    "payment.missing.index": "{series} {year} saknas i {path}",
    "payment.missing.population": "folkmängd {series} 31 dec {year} saknas i {path}",
    "duty.period": period_label,
    "duty.due.amended": "datum enligt ändringsbeslut {decided} av {body} ({field})",
    "duty.due.stated": "datum enligt avtalet ({field})",
    "duty.due.term_end": "inget datum angivet: förfaller vid avtalets slut {end}",
    "duty.due.period_end": "inget datum angivet ({how}): förfaller vid periodens slut {end}",
    "duty.times.once": "en gång per år",
    "duty.times.n": "{n} gånger per år",
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
    "notice.allowed_on_grounds": (
        'ja, på de grunder avtalet anger (termination.grounds): "{grounds}"'
    ),
    "notice.label.renewal_conditions": "Villkor för förlängning",
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

_REPORT: Catalog = {
    "report.status.draft": "utkast",
    "report.status.proposal": "förslag",
    "report.status.active": "gällande",
    "report.status.ended": "avslutat",
    "report.status.terminated": "uppsagt",
    "report.role.public": "offentlig part",
    "report.role.civil": "idéburen part",
    "report.role.joint": "gemensamt",
    "report.by.either": "Vardera parten",
    "report.by.public": "Den offentliga parten",
    "report.by.civil": "Den idéburna parten",
    "report.by.joint": "Gemensamt",
    "report.whose.public": "den offentliga partens",
    "report.whose.civil": "den idéburna partens",
    "report.kind.grant": "bidrag",
    "report.kind.self_financing": "egenfinansiering",
    "report.kind.in_kind": "ideellt arbete",
    "report.kind.usage_fee": "avgift efter nyttjande",
    "report.per.calendar_year": "per kalenderår",
    "report.per.agreement_year": "per avtalsår",
    "report.per.term": "för hela avtalstiden",
    "report.schedule.yearly": "en gång per år",
    "report.schedule.half_yearly": "två gånger per år",
    "report.schedule.quarterly": "en gång per kvartal",
    "report.schedule.monthly": "en gång per månad",
    "report.schedule.once": "en gång",
    "report.schedule.unknown": "datum okänt",
    "report.index_year.payment_year": "utbetalningsårets",
    "report.index_year.previous_year": "föregående års",
    "report.index_status.preliminary": "preliminärt",
    "report.index_status.definitive": "definitivt",
    "report.consequence.repay_unused_funds": "ej utnyttjade medel ska återbetalas",
    "report.consequence.repay_misused_funds": (
        "medel som inte använts för avsett ändamål kan krävas tillbaka"
    ),
    "report.source_kind.agreement": "avtal",
    "report.source_kind.appendix": "bilaga",
    "report.source_kind.application": "ansökan",
    "report.source_kind.decision": "beslut",
    "report.source_kind.minutes": "protokoll",
    "report.source_kind.press_release": "pressmeddelande",
    "report.source_kind.web_page": "webbsida",
    "report.meeting.strategic": "strategiskt möte",
    "report.meeting.operational": "operativt möte",
    "report.language.sv": "svenska",
    "report.language.en": "engelska",
    "report.gantt.term": "Avtalstid",
    "report.gantt.initial": "Avtalsperiod",
    "report.gantt.renewal": "Förlängning",
    "report.gantt.notice": "Uppsägning",
    "report.gantt.reports": "Återrapporter",
    "report.gantt.now": "Rapport",
    "report.gantt.as_of": "Rapportdatum",
    "report.today": "i dag",
    "report.one_day_left": "1 dag kvar",
    "report.days_left": "{n} dagar kvar",
    "report.not_stated": "anges inte",
    "report.unknown": "okänt",
    "report.approx": "ca",
    "report.of": "av",
    "report.period": "period",
    "report.term": "Avtalstid",
    "report.agenda": "Dagordning",
    "report.source": "Källa",
    "report.briefing_for": "Underlag till {meeting}",
    "report.dnr": "Diarienummer",
    "report.part_of": "Del av",
    "report.status_in_file": "Status enligt avtalsfilen",
    "report.quoted_language": (
        "Text som citeras ur avtalet (namn, syfte, åtaganden, anteckningar) står på "
        "{language}, som i originalet"
    ),
    "report.case_officer": "Handläggare",
    "report.position_as_of": "Underlaget avser läget per",
    "report.no_background": "Avtalet ger inget särskilt underlag för punkten",
    "report.further_background": "Övrigt underlag",
    "report.purpose": "Syfte",
    "report.term_and_notice": "Avtalstid och uppsägning",
    "report.renewals_until": "med förlängningar längst till",
    "report.position_on": "Läge per",
    "report.not_started": "avtalet har inte börjat gälla; start om {days} dagar",
    "report.not_started_tomorrow": "avtalet har inte börjat gälla; det börjar i morgon",
    "report.term_ended": "avtalstiden har löpt ut",
    "report.renewal": "Förlängning",
    "report.renewed_automatically": "förlängs automatiskt",
    "report.renewed_by_decision": "kan förlängas genom beslut",
    "report.months_at_a_time": "med {months} månader i taget",
    "report.at_most_until": "längst till",
    "report.renewal_notice_by": (
        "uppsägning för att stoppa en förlängning senast {day} före periodens slut"
    ),
    "report.conditions": "Villkor",
    "report.no_renewal": "avtalet anger ingen automatisk förlängning",
    "report.latest_stop_notice": "Senaste dag för uppsägning som stoppar förlängningen från",
    "report.no_more_renewals": (
        "Inga fler förlängningar: perioden är den sista, och avtalet upphör {end} utan uppsägning"
    ),
    "report.extension_option": "Möjlighet till förlängning",
    "report.decide_by": "Beslut senast",
    "report.no_notice_period": (
        "Uppsägning under löpande period: avtalet anger ingen uppsägningstid"
    ),
    "report.notice": "Uppsägning",
    "report.can_terminate": "kan säga upp avtalet",
    "report.in_writing": "skriftligen",
    "report.notice_months": "med {months} månaders uppsägningstid",
    "report.latest_end_notice": "Senaste dag för uppsägning som avslutar avtalet",
    "report.notice_given_on": "Om uppsägning lämnas {day} upphör avtalet {end}",
    "report.when_period_ends": "när avtalsperioden ändå tar slut",
    "report.timeline": "Tidslinje",
    "report.economy": "Ekonomi",
    "report.no_amounts": "Avtalet anger inga belopp, och inga utbetalningar beräknas",
    "report.col_partner": "Part",
    "report.col_kind": "Slag",
    "report.col_amount": "Belopp",
    "report.col_volunteer_hours": "Ideella timmar",
    "report.stated_total": "Totalt enligt avtalet",
    "report.amounts_apply": "Beloppen gäller",
    "report.paid": "Utbetalning sker",
    "report.in_month": "i",
    "report.by_day": "senast den",
    "report.agreement_says": "Avtalet säger: ”{note}”",
    "report.budget": "Budget",
    "report.col_line": "Post",
    "report.col_note": "Anmärkning",
    "report.indexation": "Uppräkning",
    "report.indexation_rule": (
        "{index} från och med {start}, på {whose} bidrag, med {year} indexvärde; "
        "uppräkningen räknas samman år för år"
    ),
    "report.per_capita_grant": "Bidrag per invånare",
    "report.per_capita_rule": (
        "{rate} per invånare i {place}, enligt folkmängden {lag} år före bidragsåret"
    ),
    "report.contribution_per_year": "Bidrag per år",
    "report.col_year": "År",
    "report.col_payment_due": "Utbetalas",
    "report.col_base": "Grundbelopp",
    "report.col_paid": "Utbetalt enligt loggen",
    "report.no_payment_recorded": "ingen utbetalning noterad",
    "report.how_worked_out": "Så har beloppen räknats fram",
    "report.factor": "faktor",
    "report.published": "publicerat",
    "report.population_on": "Folkmängd 31 december {year}: {population} invånare",
    "report.stated_in_document": "Beloppet anges i dokumentet",
    "report.volunteer_work": "Ideellt arbete",
    "report.about": "cirka",
    "report.n_hours": "{n} timmar",
    "report.valued_at": "värderade till",
    "report.reported_on": "Redovisat",
    "report.no_hours_logged": "Inga redovisade timmar finns noterade i loggen per {day}",
    "report.follow_up": "Uppföljning: åtaganden och status",
    "report.duties_shown": (
        "Åtaganden som är försenade, samt övriga med datum inom ett år före eller efter {day}"
    ),
    "report.col_due": "Senast",
    "report.col_duty": "Åtagande",
    "report.col_status": "Status",
    "report.meetings": "Mötesforum",
    "report.times_a_year": "{n} gånger per år",
    "report.convened_by": "sammankallande: {name}",
    "report.minutes": "Minnesanteckningar",
    "report.participants": "Deltagare",
    "report.obligations": "Parternas åtaganden",
    "report.target_group": "Målgrupp och servicenivåer",
    "report.minimum_age": "Lägsta ålder: {age} år",
    "report.area": "Område",
    "report.referral": "Hänvisning",
    "report.service_levels": "Servicenivåer",
    "report.parties": "Parter",
    "report.col_role": "Roll",
    "report.col_name": "Namn",
    "report.col_org_number": "Organisationsnummer",
    "report.contacts": "Kontaktpersoner",
    "report.assumptions": "Antaganden bakom siffrorna",
    "report.assumptions_intro": (
        "Det som dokumentet inte säger ordagrant har kodats med ett uttryckligt val"
    ),
    "report.col_field": "Fält",
    "report.col_assumption": "Antagande",
    "report.document": "Dokument",
    "report.dated": "daterat",
    "report.agreement_file": "Avtalsfil",
    "report.other_notes": "Övrigt ur dokumentet",
    "report.portfolio": "Avtalsöversikt",
    "report.portfolio_position": "Läget per {day}: {n} avtal",
    "report.portfolio_position_one": "Läget per {day}: 1 avtal",
    "report.col_agreement": "Avtal",
    "report.col_term": "Avtalstid",
    "report.col_period": "Period",
    "report.col_next": "Nästa händelse",
    "report.col_contribution": "Bidrag {year}",
    "report.col_overdue": "Försenade",
    "report.until": "till",
    "report.not_started_short": "ej påbörjad",
    "report.not_in_force": "ej i kraft",
    "report.ended": "avslutad",
    "report.none_ahead": "inget kommande",
    "report.states_no_amounts": "avtalet anger inga belopp",
    "report.no_contribution_this_year": "inget bidrag detta år",
    "report.deadlines_until": "Händelser till och med {day}",
    "report.deadlines_shown": (
        "Alla tidpunkter från {start} till och med {end}, samt allt som är försenat"
    ),
    "report.no_deadlines": "Inga tidpunkter från {start} till och med {end}, och inget är försenat",
    "report.col_date": "Datum",
    "report.col_act_by": "Agera senast",
    "report.col_deadline": "Händelse",
}

# --- show --------------------------------------------------------------------------

_SHOW: Catalog = {
    "show.label.id": "id",
    "show.label.status": "status",
    "show.label.dnr": "dnr",
    "show.label.source": "källa",
    "show.label.public": "offentlig",
    "show.label.civil": "idéburen",
    "show.label.joint": "gemensam",
    "show.label.term": "avtalstid",
    "show.label.renewal": "förlängning",
    "show.label.option": "option",
    "show.label.notice": "uppsägning",
    "show.label.funding": "medel",
    "show.label.indexed": "uppräknas",
    "show.label.per_capita": "per invånare",
    "show.label.duty": "åtagande",
    "show.label.responsible": "ansvarig",
    "show.label.log": "logg",
    "show.automatic": "automatisk",
    "show.by_decision": "genom beslut",
    "show.renewal": "{kind}, {months} månader i taget",
    "show.renewal_cap": ", längst till {end}",
    "show.renewal_notice_by": ", uppsägning senast {day}",
    "show.notice": "{months}, av {by}",
    "show.by.either": "vardera parten",
    "show.by.public": "den offentliga parten",
    "show.by.civil": "den idéburna parten",
    "show.months.one": "{n} månad",
    "show.months.many": "{n} månader",
    "show.years.one": "{n} år",
    "show.years.many": "{n} år",
    "show.log_entries.one": "{n} loggpost",
    "show.log_entries.many": "{n} loggposter",
    "show.assumptions.one": "{n} antagande",
    "show.assumptions.many": "{n} antaganden",
    "show.funding": "{payer} {kind}: {amount}{hours} {per}",
    "show.amount_not_stated": "belopp anges inte",
    "show.about": "cirka ",
    "show.hours": ", {n} timmar",
    "show.indexed": "{index} från {start}",
    "show.per_capita": "{rate} × folkmängden i {place}, {years} bakåt",
    "show.duty.evaluation": "utvärdering",
    "show.duty.report": "rapport",
    "show.duty.meeting": "möte",
    "show.duty.task": "uppgift",
}

# --- validation problems -----------------------------------------------------------


_PROBLEMS: Catalog = {
    "problem.did_you_mean": " (menade du '{suggestion}'?)",
    "validate.summary": "{files}, {errors}, {warnings}",
    "count.file": "{n} fil",
    "count.files": "{n} filer",
    "count.error": "{n} fel",
    "count.errors": "{n} fel",
    "count.warning": "{n} varning",
    "count.warnings": "{n} varningar",
    "document.agreement": "avtalet",
    "document.series": "seriefilen",
    "pattern.slug": "små bokstäver a–z, siffror och bindestreck, med en bokstav eller siffra "
    "först (inte å, ä, ö, versaler eller mellanslag)",
    "pattern.name": "små bokstäver a–z, siffror, bindestreck och understreck "
    "(inte å, ä, ö, versaler eller mellanslag)",
    "pattern.series": "bokstäver a–z, siffror, bindestreck och understreck (inga mellanslag)",
    "problem.settings-syntax": "fel i TOML-syntaxen (TOML-läsarens beskrivning på engelska: "
    "{detail})",
    "problem.settings-unknown-key": "{name}: okänd inställning",
    "problem.settings-unreadable": "kan inte läsas: {reason}",
    "note.status_filtered": "avtalet {id} har status {status} per {as_of}, och "
    "--status {filter} tar inte med det; använd --status all för att se dess tidsfrister",
    "problem.not-found": "filen eller mappen finns inte",
    "problem.unreadable.open": "kan inte öppnas: {reason}",
    "problem.unreadable.list": "mappen kan inte listas: {reason}",
    "problem.unreadable.read": "kan inte läsas: {reason}",
    "problem.unreadable.folder": "är en mapp, inte en avtalsfil",
    "problem.unreadable.special": "är ingen vanlig fil (en FIFO, en enhet eller en socket); "
    "ett avtal är en vanlig fil",
    "problem.no-agreements": "inga avtal här (väntade *.yaml-filer)",
    "problem.file-too-large": "filen är {size} byte; en avtalsfil får vara högst {limit} byte",
    "problem.encoding": "inte UTF-8: byte {byte} kan inte inleda ett tecken; spara filen som UTF-8",
    "problem.empty-file": "filen innehåller inget YAML-dokument",
    "problem.yaml-syntax": "fel i YAML-syntaxen (YAML-läsarens beskrivning på engelska: {detail})",
    "problem.yaml-multiple-documents": "flera YAML-dokument i en fil; skriv ett avtal per fil",
    "problem.yaml-character": "tecknet {char} är inte tillåtet i YAML (ett styrtecken); "
    "ta bort det",
    "problem.empty-file.null": "dokumentet är bara ett tomt värde ('~'); skriv avtalets nycklar",
    "problem.no-final-newline": "filen slutar inte med en radbrytning; är det en avkortad kopia "
    "eller en misslyckad sammanslagning? Kontrollera slutet av filen och lägg till en radbrytning",
    "problem.yaml-character.escape": "tecknet {char} är inte tillåtet i ett värde, inte ens "
    "skrivet som escape-sekvens; ta bort det",
    "problem.yaml-character.line-break": "tecknet {char} är en radavgränsare som de flesta "
    "redigerare inte visar: YAML avslutar en kommentar där, så det som följer läses som data; "
    "ta bort det eller använd en vanlig radbrytning",
    "problem.number-out-of-range": "'{value}' är ett för stort tal (högst {limit}); "
    "är det ett skrivfel?",
    "problem.org-number-format.dash": "organisationsnumret '{number}' har ett tankstreck där "
    "det ska vara bindestreck (från ordbehandlaren?); skriv det med bindestreck: NNNNNN-NNNN",
    "problem.yaml-syntax.colon": "kolon följt av mellanslag inne i ett värde: YAML läser det "
    'som en ny nyckel; sätt citattecken runt hela värdet (dnr: "SON: 2019-536")',
    "problem.yaml-tab": "tabb i indraget; dra in med mellanslag",
    "problem.yaml-too-deep": "mer än {limit} nivåer inbäddade i varandra; ett avtal behöver "
    "bara några få",
    "problem.yaml-too-long": "{count} poster; ett avtal behöver långt färre än {limit}",
    "problem.yaml-tag": "YAML-taggen '{tag}' stöds inte",
    "problem.yaml-complex-key": "nycklar måste vara enkla ord",
    "problem.yaml-alias": "alias '*{alias}' (ankare på rad {anchor_line}): ankare och alias "
    "är inte tillåtna; skriv ut värdet",
    "problem.yaml-alias.more": "och {count} alias till (en aliasbomb?)",
    "problem.duplicate-key": "nyckeln '{key}' finns två gånger (rad {first} och {line}); "
    "en nyckel får bara förekomma en gång på samma nivå",
    "problem.yaml11-boolean": "'{value}' är ett sanningsvärde i YAML 1.1 men text i YAML 1.2; "
    "skriv true/false, eller sätt citattecken om du menar ordet",
    "problem.yaml11-octal": "'{value}' är ett oktalt tal i YAML 1.1 och ett decimalt i YAML 1.2; "
    "ta bort den inledande nollan, eller sätt citattecken om det är text",
    "problem.yaml11-sexagesimal": "'{value}' är ett tal i bas 60 i YAML 1.1 och text i "
    "YAML 1.2; sätt citattecken runt det",
    "problem.invalid-date": "'{value}' är ingen dag i kalendern; kontrollera månad och dag",
    "problem.date-out-of-range": "{value} ligger utanför åren {first}–{last}; är det ett skrivfel?",
    "problem.not-a-mapping": "ett avtal ska vara nycklar med värden (en YAML-mappning), "
    "inte ett enstaka värde '{value}'",
    "problem.not-a-mapping.list": "ett avtal ska vara nycklar med värden (en YAML-mappning), "
    "inte en lista",
    "problem.not-a-mapping.series": "en serie ska vara nycklar med värden (en YAML-mappning)",
    "problem.unknown-key": "okänd nyckel '{key}' i {where}",
    "problem.missing-key": "nyckeln '{key}' saknas i {where}",
    "problem.schema.more": "och {count} fel till av samma slag som ovan",
    "problem.schema.kind": "{where}: okänd sort '{value}'; välj en av: {choices}",
    "problem.schema.choice": "{where}: '{value}' är inte en av: {choices}",
    "problem.schema.at-least": "{where}: ska vara minst {limit} (står {value})",
    "problem.schema.above": "{where}: ska vara mer än {limit} (står {value})",
    "problem.schema.at-most": "{where}: får vara högst {limit} (står {value})",
    "problem.schema.below": "{where}: ska vara mindre än {limit} (står {value})",
    "problem.schema.too-short": "{where}: ska ha minst {limit} tecken (står '{value}')",
    "problem.schema.too-long": "{where}: får ha högst {limit} tecken (står '{value}')",
    "problem.schema.few-items": "{where}: ska ha minst {limit} poster",
    "problem.schema.many-items": "{where}: får ha högst {limit} poster",
    "problem.schema.pattern": "{where}: '{value}' får bara innehålla {rule}",
    "problem.schema.date": "{where}: '{value}' är inget datum; skriv ÅÅÅÅ-MM-DD med "
    "tvåsiffrig månad och dag (2026-01-01)",
    "problem.schema.number": "{where}: '{value}' är inget tal; skriv bara siffror, med punkt "
    "före decimaler (1500000 eller 1500.50)",
    "problem.schema.mapping": "{where}: här ska det stå nycklar med värden",
    "problem.schema.list": "{where}: här ska det stå en lista (rader som börjar med '- ')",
    "problem.schema.text": "{where}: här ska det stå text (står '{value}')",
    "problem.schema.text-number": "{where}: här ska det stå text (står '{value}'); sätt "
    "citattecken runt värdet om det är en kod eller ett nummer skrivet som text",
    "problem.schema.bool": "{where}: här ska det stå true eller false (står '{value}')",
    "problem.schema.other": "{where}: {detail} (står '{value}')",
    "problem.schema.other-plain": "{where}: {detail}",
    "problem.placeholder": "{where} är fortfarande en platshållare: skriv vad dokumentet säger",
    "problem.id-file-mismatch": "id '{id}' skiljer sig från filnamnet '{stem}'",
    "problem.duplicate-id": "id '{id}' används också i {other}",
    "problem.missing-party": "ingen part med rollen '{role}'",
    "problem.org-number-format": "organisationsnumret '{number}' har inte formen NNNNNN-NNNN "
    "(sex siffror, bindestreck, fyra siffror)",
    "problem.org-number-checksum": "organisationsnumret {number} har fel kontrollsiffra",
    "problem.term-order": "avtalstiden slutar {end}, innan den börjar {start}",
    "problem.renewal-order": "förlängningens latest_end {latest_end} ligger före det "
    "ursprungliga slutet {end}",
    "problem.window-order": "perioden slutar {end}, innan den börjar {start}",
    "problem.funding-amount": "ett bidrag av sorten {kind} behöver ett belopp (amount)",
    "problem.funding-amount.in-kind": "ett bidrag av sorten in_kind behöver timmar (hours) "
    "eller värde (value)",
    "problem.budget-sum": "budgetraderna summerar till {sum} men bidraget anger {stated}",
    "problem.funding-total": "bidragen summerar till {sum} men stated_total är {stated}",
    "problem.in-kind-value": "{hours} timmar × {rate} = {computed}, men det angivna värdet "
    "är {stated}",
    "problem.duplicate-year": "året {year} står två gånger (rad {first} och {line})",
    "problem.unknown-series.index": "det finns ingen indexserie '{name}' (väntade {expected})",
    "problem.unknown-series.population": "det finns ingen befolkningsserie '{name}' "
    "(väntade {expected})",
    "problem.duplicate-duty": "åtagandets id eller namn '{name}' används två gånger",
    "problem.check-crashed": "kontrollen {check} kraschade: {error}: {detail}",
    "problem.check-crashed.undeclared": "kontrollen {check} gav koden {code}, som den inte "
    "har deklarerat",
    "problem.implausible-term.short": "avtalstiden {start}..{end} slutar {days} dagar före "
    "{years} hela år (som skulle sluta {expected}); troligen ett skrivfel: kontrollera "
    "källdokumentet",
    "problem.implausible-term.past": "avtalstiden {start}..{end} slutar {days} dagar efter "
    "{years} hela år (som skulle sluta {expected}); troligen ett skrivfel: kontrollera "
    "källdokumentet",
    "problem.implausible-term.long": "en avtalstid på {years} år är ovanlig",
    "problem.notice-not-allowed": (
        "uppsägning av {by} finns i loggen, men termination.by är {clause}"
    ),
    "problem.notice-not-allowed.nobody": (
        "uppsägning finns i loggen, men ingen kan säga upp detta avtal"
    ),
    "problem.status-contradicts-dates.running": (
        "status är ended men avtalstiden löper till {end} (per {as_of})"
    ),
    "problem.status-contradicts-dates.open_ended": (
        "status är ended men avtalet förlängs utan slutdag (per {as_of})"
    ),
    "problem.status-contradicts-dates.no_notice": (
        "status är terminated men loggen har ingen uppsägning som avslutar avtalet"
    ),
    "problem.status-stale": "status är active men avtalet upphörde {ended} (per {as_of})",
    "problem.duty-outside-term": "{kind} '{title}' ligger utanför avtalstiden {start}..{end}",
    "problem.log-outside-term": "loggposten från {date} ligger utanför avtalstiden {start}..{end}",
    "problem.indexation-outside-term": "indexeringen börjar {date}, utanför avtalstiden "
    "{start}..{end}",
    "problem.payment-data-missing": "utbetalningen {due} är {unknown}",
    "problem.log-unmatched": "loggposten nämner '{name}', som inget åtagande här har som id "
    "eller namn",
}

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

# --- diff: what a change means (iopctl diff, textconv) ------------------------------

_DIFF: Catalog = {
    "diff.heading": "Ändringar från {old} till {new}, per {as_of}",
    "diff.working_tree": "arbetskopian",
    "diff.horizon": "Förlängningar utan sista slutdag jämförs till och med {horizon}.",
    "diff.none": "Inga ändringar i åtagandena mellan {old} och {new}.",
    "diff.file.added": "{path} ({id}): nytt avtal",
    "diff.file.removed": "{path} ({id}): borttaget avtal",
    "diff.file.modified": "{path} ({id})",
    "diff.not_compared": "Filen är ogiltig på någon sida: åtagandena jämförs inte.",
    "diff.section.added": "ny",
    "diff.section.removed": "borttagen",
    "diff.section.moved": "flyttad",
    "diff.section.amount": "belopp",
    "diff.section.clause": "villkor",
    "diff.section.new_problem": "nytt problem",
    "diff.section.resolved_problem": "löst problem",
    "diff.column.change": "ändring",
    "diff.column.what": "vad",
    "diff.column.old": "före",
    "diff.column.new": "efter",
    "diff.column.note": "anmärkning",
    "diff.act_by": "agera senast {day}",
    "diff.unknown": "okänt",
    "diff.absent": "saknas",
    "diff.population": "folkmängd {series} {year}: {value}",
    "diff.why.base": "grundbelopp {old} → {new}",
    "diff.why.index": "{series} {year} {old} → {new}",
    "diff.why.rate": "belopp per invånare {old} → {new}",
    "diff.why.population": "{old} → {new}",
    "diff.why.stated": "angivet belopp {old} → {new}",
    "diff.why.missing": "{text}",
    "textconv.heading": "{id}: {start} – {end}",
    "textconv.open_ended": "{id}: {start} –, förlängs automatiskt (visas till och med {horizon})",
    "textconv.invalid": "{path}: ogiltig fil, inga tidsfrister",
}


# --- several parties, amendments, payment shapes (issue 15) -------------------------

_REAL: Catalog = {
    "schedule.once": "en gång",
    "schedule.unknown": "datum okänt",
    "contribution.usage_fee": "avgift efter nyttjande",
    "problem.duplicate-party": "partens id '{id}' används två gånger",
    "problem.duplicate-party.role": (
        "partens id '{id}' är en roll; en roll betyder redan hela sidan"
    ),
    "problem.unknown-party": "ingen part har id '{id}'",
    "problem.duplicate-source": "källans id '{id}' används två gånger",
    "problem.unknown-source": "ingen källa har id '{id}'",
    "problem.amendment-target.no-option": (
        "ändringen utnyttjar en förlängning, men term.extension anger ingen"
    ),
    "problem.amendment-target.no-length": ("förlängningens längd anges inte: ange term_end"),
    "problem.amendment-target.no-contribution": "inget bidrag från '{payer}' att ändra",
    "problem.amendment-target.several-contributions": (
        "flera bidrag från '{payer}': ange label för det som ändras"
    ),
    "problem.amendment-target.no-duty": "inget åtagande har id '{id}'",
    "share.amount": "{amount} per år enligt {document}",
    "share.by_year": "{amount} för {year} enligt {document}",
    "share.per_capita": "{rate} × {population} invånare ({series}, 31 december {year}) = {amount}",
    "share.population.missing": "okänt: folkmängd {series} {year} saknas",
    "share.fee": "{rate} × {units} {unit} enligt loggen = {amount}",
    "share.fee.unlogged": "{rate} per {unit}; beloppet blir känt först när det loggas",
    "share.not_stated": "okänt: {document} anger inget belopp för {year}",
    "payment.share_of": "{payer}: {why}",
    "payment.once": "en utbetalning {day} (payments.date)",
    "payment.once.covers": (
        "en utbetalning {day} för {first}–{last} (payments.date, payments.covers)"
    ),
}


# --- recurring duties and deliverables (DESIGN rule 12) -----------------------------

_RECUR: Catalog = {
    "duty.due.after": "{end} + {lag} = {due} ({field})",
    "duty.lag.months": "{months}",
    "duty.lag.days": "{n} dagar",
    "duty.due.short_last": (
        "den angivna dagen {day} infaller efter avtalets slut; förfaller därför vid "
        "periodens slut {end} ({field})"
    ),
    "duty.period.short_first": "kort första period {start}–{end} (avtalet börjar {start})",
    "duty.period.short_last": "kort sista period {start}–{end} (avtalet slutar {end})",
    "duty.deliverable": "{name}",
    "duty.deliverables.all": "ska lämnas: {missing}",
    "duty.deliverables.partly": "saknas: {missing} (inlämnat: {arrived})",
    "problem.log-unknown-deliverable": (
        "loggposten nämner '{name}', som åtagandet '{duty}' inte listar under "
        "deliverables; inget markeras som inlämnat"
    ),
}


# --- sources, scope, shares per party, amendment history in the outputs (issue 15) --

_REAL2: Catalog = {
    "source.the.agreement": "avtalet",
    "source.the.appendix": "bilagan",
    "source.the.application": "ansökan",
    "source.the.decision": "beslutet",
    "source.the.minutes": "protokollet",
    "source.the.press_release": "pressmeddelandet",
    "source.the.web_page": "webbsidan",
    "share.amended": "{amount} per år enligt beslut {decided} av {body}",
    "report.cite": "{kind}: {what}",
    "report.cite_dated": "{kind} {day}: {what}",
    "report.sources": "Källor",
    "report.sources_intro": (
        "Avtalsfilen bygger på dessa dokument; antaganden och ändringar anger vilket de vilar på"
    ),
    "report.main_source": "avtalsfilens huvudkälla",
    "report.side.public": "de offentliga parterna",
    "report.side.civil": "de idéburna parterna",
    "site.reports_cover": "Rapporter och den period de avser",
    "site.report_due": "ska lämnas senast {day}",
    "site.source_of": "källa: {source}",
    "diff.section.amendment.added": "nytt ändringsbeslut",
    "diff.section.amendment.removed": "borttaget ändringsbeslut",
    "diff.section.amendment.modified": "ändrat ändringsbeslut",
    "diff.amendment.effective": "gäller från {day}",
    "diff.amendment.note": "beslutat {decided} av {body}: {summary}",
    "diff.amendment.note_dnr": "beslutat {decided} av {body} ({dnr}): {summary}",
    "report.scope": "Omfattning",
    "report.scope_includes": "Omfattar",
    "report.scope_excludes": "Omfattar inte",
    "report.activities": "Återkommande aktiviteter",
    "report.activities_intro": "Görs ett antal gånger per period, utan fast datum",
    "report.times_per.term": "per termin",
    "report.times_per.half_year": "per halvår",
    "report.times_per.year": "per år",
    "report.times_once": "en gång {per}",
    "report.times_exactly": "{n} gånger {per}",
    "report.times_at_least": "minst {n} gånger {per}",
    "report.times_at_least_once": "minst en gång {per}",
    "report.times_at_most_once": "högst en gång {per}",
    "report.times_at_most": "högst {n} gånger {per}",
    "report.times_range": "{min}–{max} gånger {per}",
    "report.covers": "avser {start} – {end}",
    "report.party_joins": "ansluter {day}",
    "report.party_leaves": "dess del upphör {day}",
    "report.party_left": "dess del upphörde {day}",
    "report.shares": "Belopp per part",
    "report.shares_intro": (
        "Varje betalare och mottagare för sig och summan per år; en part som lämnat "
        "betalar inget efter att dess del upphört"
    ),
    "report.col_payer": "Betalare",
    "report.col_recipient": "Mottagare",
    "report.col_how": "Så har beloppet räknats fram",
    "report.shares_total": "Summa",
    "report.total_unknown": "okänd så länge ett belopp är okänt",
    "report.amendments": "Ändringar och förlängningar",
    "report.amendments_intro": (
        "Varje ändring gäller från sitt datum; före det gäller avtalet som det var"
    ),
    "report.col_decided": "Beslutad",
    "report.col_body": "Beslutad av",
    "report.col_effective": "Gäller från",
    "report.col_change": "Ändring",
    "report.not_yet_in_effect": "gäller ännu inte per {day}",
    "report.change_extension": "förlängningsmöjligheten utnyttjas: avtalstiden slutar {end}",
    "report.change_term_end": "avtalstiden slutar {end}",
    "report.change_amount": "{payer}: {amount} per år från {year}",
    "report.change_joins": "{name} ansluter",
    "report.change_leaves": "{name} lämnar partnerskapet",
    "report.change_duty": "nytt eller ändrat åtagande: {title}",
    "report.change_drops": "åtagandet {id} upphör",
    "show.label.source_more": "även",
    "show.label.excludes": "undantag",
    "show.label.amendment": "ändring",
    "show.amendment": "beslutad {decided} av {body}, gäller från {effective}: {summary}",
    "show.party_leaves": " (dess del upphör {day})",
    "show.party_joins": " (ansluter {day})",
    "show.year_amount": "{amount} för {year}",
    "show.fee": "{rate} per {unit} enligt loggen",
}


# --- instalments, late and short payments, index values as known (rules 13, 14) ----

_PAY: Catalog = {
    "report.instalments": "{first} – {last} ({n} delbetalningar)",
    "payment.date_unknown": (
        "avtalet anger ingen betalningsdag: datum okänt, aldrig försenad (sorteras vid "
        "periodens slut {end})"
    ),
    "payment.instalments": "betalas i {n} delbetalningar",
    "payment.instalment.of": (
        "delbetalning {number} av {count} av årets {total} (delat lika i hela kronor; "
        "den sista delbetalningen tar det som blir över)"
    ),
    "payment.window.before": (
        "betalningsdagen {due} ligger före periodens början: förfaller {start}"
    ),
    "payment.window.after": "betalningsdagen {due} ligger efter periodens slut: förfaller {end}",
    "payment.paid": "betalt {day}: {amount}",
    "payment.paid.no_amount": "betalt {day} (beloppet är inte angivet i loggen)",
    "payment.late": "fullt betald {days} dagar efter förfallodagen {due} (för sent)",
    "payment.short": "betalt {paid}, {remaining} återstår",
    "payment.settle": "att reglera efter senare publicerat indexvärde: {difference}",
    "payment.revised": (
        "{steps}; med dagens värden blir beloppet {amount}, att reglera {difference}"
    ),
    "payment.revised.step": (
        "{series} {year} har därefter publicerats som {value} % ({status}, {published}) "
        "i stället för {was} %"
    ),
    "payment.index_step.after_due": (
        "× {series} {year} ({sign}{value} %, {status}; publicerat först {published}, "
        "efter utbetalningsdagen)"
    ),
    "payments.column.instalment": "Delbetalning",
    "payments.column.status": "Status",
    "payments.date_unknown": "datum okänt",
    "payments.state.paid": "betald",
    "payments.state.paid_late": "betald, {days} dagar för sent",
    "payments.state.short": "{remaining} återstår",
    "payments.state.open": "obetald",
    "payments.state.settle": "att reglera {difference}",
    "payments.total_paid": "Summa betalt enligt loggen: {total}",
    "payments.per_party": "Per part (betalare → mottagare):",
    "payments.party_line": "{payer} → {recipient}: {amount}",
    "payments.party_unknown": "{payer} → {recipient}: {amount}, okänt för {years}",
    "payments.fees": "Avgifter efter nyttjande (kända endast av loggen):",
    "payments.fee_line": "{year}: {label}: {why}",
    "problem.payment-late": (
        "utbetalningen {key} förföll {due} men var fullt betald först {day}, {days} dagar för sent"
    ),
    "problem.payment-amount.short": (
        "utbetalningen {key} ({due}) är inte fullt betald: {remaining} återstår"
    ),
    "problem.payment-amount.excess": (
        "betalningen {day} är {amount} mer än vad som återstår att betala"
    ),
    "problem.log-unmatched.payment": (
        "loggposten nämner '{name}', som ingen utbetalning här har som namn "
        "(t.ex. 2024, 2024-Q2, 2022/23)"
    ),
}


# --- conditions travel with the right; repayment triggers; assumptions cited (issue 10) ---

_COND: Catalog = {
    "repayment.trigger.early_end": "vid förtida upphörande",
    "repayment.trigger.evaluation_finding": (
        "om utvärderingen visar att medel inte använts för avsett ändamål"
    ),
    "repayment.trigger.extraordinary": "i undantagsfall",
    "repayment.quoted": 'återbetalning {trigger} enligt avtalet ({source}): "{text}"',
    "repayment.coded": "återbetalning {trigger} enligt avtalet ({source}): {what}",
    "assumption.cited": "bygger på antagande {field} ({source}): {note}",
    "duty.due.assumed": "datum enligt antagande, inte enligt avtalets text ({field})",
    "deadline.renewal.conditions": 'villkor för förlängningen enligt avtalet ({source}): "{text}"',
    "deadline.notice.grounds": ('uppsägning bara på de grunder avtalet anger ({source}): "{text}"'),
    "deadline.option.text": 'möjlighet till förlängning enligt avtalet ({source}): "{text}"',
    "notice.label.extension": "Möjlighet till förlängning",
    "report.repayment": "Återbetalning",
    "report.on_grounds": "men bara på de grunder avtalet anger",
    "show.label.repayment": "återbetalning",
    "show.conditions": '; villkor: "{text}"',
    "show.grounds": ', bara på grunderna: "{text}"',
    "show.repayment": "{when}: {what}",
    "site.repayment": "Återbetalning",
}


# --- hostile and careless input (issue 11) ------------------------------------------

_HOSTILE: Catalog = {
    "os.ENOENT": "filen eller mappen finns inte",
    "os.EACCES": "behörighet saknas",
    "os.EPERM": "åtgärden är inte tillåten",
    "os.ENAMETOOLONG": "namnet är för långt för filsystemet",
    "os.ELOOP": "för många symboliska länkar (en länk som pekar på sig själv?)",
    "os.ENOTDIR": "en del av sökvägen är ingen mapp",
    "os.EISDIR": "är en mapp",
    "os.EIO": "läsfel på lagringsenheten",
    "os.EILSEQ": "namnet är inte giltigt för filsystemet",
    "note.nothing_read": "inga avtal lästa från {paths} (i {cwd}); kör iopctl i mappen "
    "som har avtalsmappen, ange mappen (iopctl deadlines MAPP) eller ange paths i iopctl.toml",
    "note.status_left_out": "{n} av {total} avtal har en annan status än {filter} per "
    "{as_of} och är inte med; använd --status all för att se deras tidsfrister",
    "problem.settings-syntax.encoding": "filen är inte UTF-8; spara den som UTF-8",
    "problem.settings-syntax.equals": "efter ett namn ska det stå '=' och ett värde "
    '(lang = "sv")',
    "problem.settings-syntax.value": "värdet går inte att läsa: text står inom citattecken "
    '("sv"), en lista inom hakparenteser ([30, 7, 0]), ett tal utan citattecken',
    "problem.settings-syntax.array": "listan inom [ ] stängs inte: saknas ']' eller ett "
    "kommatecken mellan två poster?",
    "problem.settings-syntax.string": "citattecknet stängs inte på samma rad; avsluta texten "
    "med samma sorts citattecken",
    "problem.settings-syntax.character": "tecknet här får inte stå här; stängs citattecknet "
    "på samma rad som det öppnas?",
    "problem.settings-syntax.after-value": "efter värdet får bara en kommentar (# …) stå på "
    "samma rad",
    "problem.settings-syntax.twice": "samma inställning eller tabell finns två gånger; "
    "behåll en av dem",
    "problem.settings-syntax.statement": "raden är varken en inställning (namn = värde) "
    "eller en rubrik ([site]); är det en kommentar som saknar #?",
    "problem.settings-invalid.lang": "{name} ska vara ett av {choices}, inte {value}",
    "problem.settings-invalid.paths": "{name} ska vara en lista med mappar eller filer, "
    't.ex. ["agreements"]',
    "problem.settings-invalid.text": "{name} ska vara en text inom citattecken",
    "problem.settings-invalid.table": "{name} ska vara en tabell, med rubriken [{name}]",
    "problem.settings-invalid.whole": "{name} ska vara ett heltal från {low} till {high}, "
    "inte {value}",
    "problem.settings-invalid.reminders": "{name} ska vara en lista med dagar före sista "
    "dag att agera (0 till {high}), t.ex. [30, 7, 0], inte {value}",
    "problem.yaml-syntax.unclosed-quote": "citattecknet här stängs aldrig; avsluta värdet med "
    "samma sorts citattecken som det börjar med",
    "problem.yaml-syntax.indent": "raden passar inte in i strukturen ovanför: kontrollera "
    "indraget (lika många mellanslag som de andra nycklarna på samma nivå) och att ingen text "
    "står efter ett citerat värde",
    "problem.yaml-syntax.unclosed-list": "listan inom [ ] stängs inte här: saknas ']' "
    "eller ett kommatecken mellan två poster?",
    "problem.yaml-syntax.unclosed-mapping": "nycklarna inom klammerparenteser stängs inte "
    "här: saknas den avslutande klammerparentesen eller ett kommatecken mellan två nycklar?",
    "problem.yaml-syntax.missing-value": "ett värde saknas här (två kommatecken i rad, eller "
    "ett kommatecken sist i en lista?)",
    "problem.yaml-syntax.start-character": "ett värde kan inte börja med det här tecknet "
    "(@, `, %, & eller * betyder något i YAML); sätt citattecken runt hela värdet",
    "problem.yaml-syntax.escape": "okänd escape-sekvens efter \\ inom dubbla citattecken; "
    "skriv \\\\ för ett omvänt snedstreck, eller använd enkla citattecken",
    "problem.yaml-syntax.tab": "tabb där YAML väntar sig indrag med mellanslag; "
    "ersätt tabben med mellanslag",
    "problem.yaml-syntax.block-scalar": "efter | eller > får bara en kommentar stå på "
    "samma rad; texten börjar på nästa rad, indragen",
    "deadlines.columns_left_out": "Utelämnat för att tabellen ska rymmas på {width} tecken: "
    "{columns}. Se allt i ett bredare fönster eller med --format csv.",
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
