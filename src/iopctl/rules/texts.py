"""Titles and explanations of computed dates, in Swedish (default) or English.

The rules build every sentence through one :class:`Texts` object, so the two
languages cannot drift apart in what they say: each method holds both.
Dates stay ISO in both languages; amounts are written the Swedish way
(``472 200 kr``) or the English way (``SEK 472,200``).  Every space inside an
amount or a count is a no-break space (U+00A0), the convention of
``iopctl.formatting`` (the reports): a table cell then never wraps between
"20" and "286 kr".  That module is not imported here because it loads Babel,
which the deadlines command does not need.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

_WEEKDAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
_MONTH_ABBR = {
    "sv": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
_PARTY = {
    "sv": {"public": "den offentliga parten", "civil": "den idéburna parten", "either": "endera"},
    "en": {"public": "the public party", "civil": "the non-profit party", "either": "either"},
}


NBSP = "\u00a0"
_SV_NUMBER = str.maketrans({",": NBSP, ".": ","})


def grouped(value: Decimal, lang: str = "sv") -> str:
    """Thousands grouped, öre unless whole: ``6 762``, ``2,50`` (sv); ``6,762``, ``2.50`` (en)."""
    text = f"{value:,}" if value == value.to_integral_value() else f"{value:,.2f}"
    return text if lang == "en" else text.translate(_SV_NUMBER)


def money(amount: Decimal, lang: str = "sv") -> str:
    """Whole or decimal kronor: ``472 200 kr`` / ``SEK 472,200``, spaces no-break."""
    text = grouped(amount, lang)
    return f"SEK{NBSP}{text}" if lang == "en" else f"{text}{NBSP}kr"


@dataclass(frozen=True, slots=True)
class Texts:
    lang: str

    def _(self, sv: str, en: str) -> str:
        return en if self.lang == "en" else sv

    def weekday(self, day: dt.date) -> str:
        return _WEEKDAYS[self.lang][day.weekday()]

    def month_day(self, month: int, day: int) -> str:
        name = _MONTHS[self.lang][month - 1]
        return f"{name} {day}" if self.lang == "en" else f"{day} {name}"

    def money(self, amount: Decimal) -> str:
        return money(amount, self.lang)

    def months(self, n: int) -> str:
        return self._(f"{n} månad" if n == 1 else f"{n} månader", f"{n} month" + "s" * (n != 1))

    # --- act_by ---------------------------------------------------------------

    def act_by(self, deadline: dt.date, act: dt.date, holiday: str | None) -> str:
        """Why the day to act differs from the deadline: a weekend or the named holiday.

        Holidays are named (midsommarafton, julafton and nyårsafton are not
        legal holidays, only days off, so "en helgdag" would be wrong for them).
        """
        if act == deadline:
            return ""
        if holiday is not None:
            what = self._(
                f"{deadline} ({holiday}) är ingen arbetsdag",
                f"{deadline} ({holiday}) is not a working day",
            )
        else:
            day = self.weekday(deadline)
            what = self._(f"{deadline} är en {day}", f"{deadline} is a {day}")
        if act > deadline:
            rule = "(deadline_rolling: forward)"
            return self._(
                f"; {what} → nästa arbetsdag {self.weekday(act)} {act} {rule}",
                f"; {what} → next working day {self.weekday(act)} {act} {rule}",
            )
        return self._(
            f"; {what} → agera {self.weekday(act)} {act}",
            f"; {what} → act on {self.weekday(act)} {act}",
        )

    # --- term -----------------------------------------------------------------

    def term_start(self) -> tuple[str, str]:
        return self._("Avtalet börjar", "Agreement starts"), self._(
            "avtalets första dag (term.start)", "first day of the agreement (term.start)"
        )

    def term_end(self, capped: bool) -> tuple[str, str]:
        title = self._("Avtalet upphör", "Agreement ends")
        if capped:
            return title, self._(
                "sista dag efter alla automatiska förlängningar (term.renewal.latest_end)",
                "last day after every automatic renewal (term.renewal.latest_end)",
            )
        return title, self._(
            "avtalets sista dag, inklusive (term.end)", "last day of the agreement, inclusive"
        )

    def renewal(
        self, number: int, start: dt.date, end: dt.date, months: int, capped: bool
    ) -> tuple[str, str]:
        title = self._(
            f"Automatisk förlängning {start}–{end}", f"Automatic renewal {start} to {end}"
        )
        cap = self._(", begränsad av latest_end", ", cut at latest_end") if capped else ""
        return title, self._(
            f"period {number}: dagen efter förra periodens slut → {start}; "
            f"+ {self.months(months)} − 1 dag → {end}{cap}",
            f"period {number}: the day after the previous end → {start}; "
            f"+ {self.months(months)} − 1 day → {end}{cap}",
        )

    def stop_renewal(self, renewal_start: dt.date) -> str:
        return self._(
            f"Sista dag att säga upp för att stoppa förlängningen från {renewal_start}",
            f"Last day to give notice to stop the renewal from {renewal_start}",
        )

    def stop_by_notice_day(
        self, month: int, day: int, period_end: dt.date, deadline: dt.date
    ) -> str:
        md = self.month_day(month, day)
        return self._(
            f"sista {md} strikt före periodens slut {period_end} → {deadline}",
            f"last {md} strictly before the period's end {period_end} → {deadline}",
        )

    def minus_months(self, what: str, end: dt.date, months: int, deadline: dt.date) -> str:
        """``avtalets slut 2030-02-28 − 6 månader → 2029-08-31``."""
        label = {
            "term": self._("avtalets slut", "end of the agreement"),
            "period": self._("periodens slut", "end of the period"),
        }[what]
        return f"{label} {end} − {self.months(months)} → {deadline}"

    def notice_for_end(self) -> str:
        return self._(
            "Sista dag att säga upp med verkan senast vid avtalets slut",
            "Last day to give notice taking effect by the end of the agreement",
        )

    def option(self) -> tuple[str, str]:
        return self._("Beslut om förlängning", "Decision on extension"), self._(
            "avtalets beslutsdag för förlängning (term.extension.decide_by)",
            "the agreement's decision date for an extension (term.extension.decide_by)",
        )

    # --- payments -------------------------------------------------------------

    def payment(self, year: int, part: str = "") -> str:
        suffix = f" {part}" if part else ""
        return self._(f"Utbetalning {year}{suffix}", f"Payment {year}{suffix}")

    def payment_window(self, start: dt.date, due: dt.date, stated: bool) -> str:
        if stated:
            return self._(
                f"betalningsfönster {start}–{due} (payments.window)",
                f"payment window {start} to {due} (payments.window)",
            )
        return self._(
            f"inget betalningsdatum angivet: förfaller vid periodens slut {due}",
            f"no payment date stated: due at the end of the period {due}",
        )

    def base(self, amount: Decimal) -> str:
        return self._(f"grundbelopp {self.money(amount)}", f"base amount {self.money(amount)}")

    def per_capita(self, rate: Decimal, population: Decimal | None, pop_year: int, lag: int) -> str:
        known = grouped(population, self.lang) if population is not None else "?"
        return self._(
            f"{self.money(rate)} × {known} invånare (31 dec {pop_year}, {lag} års eftersläpning)",
            f"{self.money(rate)} × {known} inhabitants (31 Dec {pop_year}, {lag}-year lag)",
        )

    def stated_amount(self, amount: Decimal) -> str:
        return self._(
            f"avtalet anger {self.money(amount)} för året (per_capita.stated)",
            f"the agreement states {self.money(amount)} for the year (per_capita.stated)",
        )

    def index_step(self, series: str, year: int, value: Decimal, status: str) -> str:
        status_text = {
            "preliminary": self._("preliminärt", "preliminary"),
            "definitive": self._("definitivt", "definitive"),
        }.get(status, status)
        sign = "+" if value >= 0 else "−"
        number = f"{abs(value)}".replace(".", ",") if self.lang != "en" else f"{abs(value)}"
        return f"× {series} {year} ({sign}{number} %, {status_text})"

    def unknown(self, why: str) -> str:
        """``okänt: OPI 2024 saknas i …``: one prefix, however many values ``why`` names."""
        return self._(f"okänt: {why}", f"unknown: {why}")

    def missing_index(self, series: str, year: int, path: str) -> str:
        return self._(f"{series} {year} saknas i {path}", f"{series} {year} missing in {path}")

    def missing_population(self, name: str, year: int, path: str) -> str:
        return self._(
            f"folkmängd {name} 31 dec {year} saknas i {path}",
            f"population {name} 31 Dec {year} missing in {path}",
        )

    def rounded(self, amount: Decimal) -> str:
        return self._(
            f"avrundat till hela kronor (halvt uppåt) → {self.money(amount)}",
            f"rounded to whole kronor (half up) → {self.money(amount)}",
        )

    # --- duties ---------------------------------------------------------------

    def period_label(self, label: str, start: dt.date, end: dt.date) -> str:
        """``2024`` for a yearly period; ``jan–jun 2024`` for a part of a year (key ``2024-H1``).

        The months come from the period itself, so a first half-year cut by a
        term that starts in March reads ``mar–jun``.
        """
        if "-" not in label:
            return label
        names = _MONTH_ABBR[self.lang]
        first, last = names[start.month - 1], names[end.month - 1]
        return f"{first} {start.year}" if first == last else f"{first}–{last} {start.year}"

    def due_stated(self, field: str) -> str:
        return self._(f"datum enligt avtalet ({field})", f"date stated in the agreement ({field})")

    def due_at_term_end(self, end: dt.date) -> str:
        return self._(
            f"inget datum angivet: förfaller vid avtalets slut {end}",
            f"no date stated: due at the end of the agreement {end}",
        )

    def due_end_of_period(self, times: int, end: dt.date, clipped: bool) -> str:
        how = (
            self._("en gång per år", "once a year")
            if times == 1
            else self._(f"{times} gånger per år", f"{times} times a year")
        )
        text = self._(
            f"inget datum angivet ({how}): förfaller vid periodens slut {end}",
            f"no date stated ({how}): due at the end of its period {end}",
        )
        if clipped:
            text += self._(" (perioden klipps vid avtalets slut)", " (period cut at the term end)")
        return text

    def done(self, day: dt.date) -> str:
        return self._(f"; gjort enligt loggen {day}", f"; done per the log {day}")

    # --- notice command -------------------------------------------------------

    def notice_not_allowed(self, by: str, clause: str) -> str:
        party = _PARTY[self.lang]
        return self._(
            f"Uppsägningsklausulen tillåter inte uppsägning av {party[by]}; "
            f"den får ges av {party[clause]} (termination.by).",
            f"The termination clause does not allow notice by {party[by]}; "
            f"only {party[clause]} may give it (termination.by).",
        )

    def notice_after_end(self, end: dt.date) -> str:
        return self._(
            f"Avtalet har redan upphört {end}; en uppsägning nu har ingen verkan.",
            f"The agreement already ended on {end}; notice now has no effect.",
        )

    def notice_before_start(self, start: dt.date) -> str:
        return self._(
            f"Avtalet har inte börjat än (börjar {start}); uppsägningstiden räknas från "
            "dagen uppsägningen ges.",
            f"The agreement has not started yet (starts {start}); the notice period runs "
            "from the day notice is given.",
        )

    def never_takes_effect(
        self, given: dt.date, months: int, naive: dt.date, start: dt.date
    ) -> str:
        return self._(
            f"{given} + {self.months(months)} = {naive}, före avtalets början {start}: "
            "avtalet träder aldrig i kraft.",
            f"{given} + {self.months(months)} = {naive}, before the start {start}: "
            "the agreement never takes effect.",
        )

    def renewal_stop(self, start: dt.date | None, deadline: dt.date, in_time: bool | None) -> str:
        verdict = self._("i tid", "in time") if in_time else self._("för sent", "too late")
        return self._(
            f"Förlängningen från {start} stoppas av uppsägning senast {deadline}: {verdict}.",
            f"The renewal from {start} is stopped by notice by {deadline}: {verdict}.",
        )

    def notice_period(
        self, given: dt.date, months: int, naive: dt.date, end: dt.date, by_end: bool
    ) -> str:
        limit = (
            self._(
                f", men aldrig efter periodens slut {end} → begränsas av avtalstiden",
                f", but never after the period's end {end} → limited by the term",
            )
            if by_end
            else self._(" → begränsas av uppsägningstiden", " → limited by the notice period")
        )
        return f"{given} + {self.months(months)} = {naive}{limit}."

    def latest_notice(self, end: dt.date, months: int, latest: dt.date) -> str:
        return self._(
            f"Senaste uppsägningsdag för slut {end}: {end} − {self.months(months)} → {latest}.",
            f"Latest notice day for the end {end}: {end} − {self.months(months)} → {latest}.",
        )

    def no_termination_clause(self, stoppable: bool, renews: bool, end: dt.date) -> str:
        """``stoppable``: a renewal is still ahead; ``renews``: the agreement renews at all."""
        if stoppable:
            return self._(
                f"Avtalet saknar uppsägningsklausul: uppsägning stoppar bara förlängningen; "
                f"avtalet upphör {end}.",
                f"The agreement has no termination clause: notice only stops the renewal; "
                f"it ends on {end}.",
            )
        if renews:
            return self._(
                f"Avtalet saknar uppsägningsklausul och förlängs inte längre "
                f"(term.renewal.latest_end): det upphör {end}.",
                f"The agreement has no termination clause and renews no further "
                f"(term.renewal.latest_end): it ends on {end}.",
            )
        return self._(
            f"Avtalet saknar uppsägningsklausul och förlängs inte: det upphör {end}.",
            f"The agreement has no termination clause and does not renew: it ends on {end}.",
        )


_TEXTS = {"sv": Texts("sv"), "en": Texts("en")}


def texts(lang: str) -> Texts:
    """The sentences of ``lang``; Swedish for anything but ``en``."""
    return _TEXTS.get(lang, _TEXTS["sv"])
