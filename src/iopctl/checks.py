"""Semantic checks: what a schema cannot say about one field alone.

An :data:`AgreementCheck` is a plain function ``(loaded, ctx) ->
Iterable[Problem]`` that looks at one agreement; the built-in ones are listed,
in order, in :data:`CHECKS`.  The few that compare agreements with each other
(a unique id) are :data:`SetCheck` s: they take small :class:`AgreementRef`
records instead and sit in :data:`SET_CHECKS`, so that validation can stream:
load a file, check it, let it go.  A crashing check of either kind becomes a
problem that names it instead of hiding the others.

Errors are things that are wrong (a budget that does not add up, an org number
with a bad check digit); warnings are things that are probably wrong or need a
human (an end date eight days short of three whole years).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from dateutil.relativedelta import relativedelta

from .document import LoadedAgreement, PathKey, dotted
from .indices import SeriesStore
from .models import Contribution, MonthDay
from .placeholders import check_placeholders
from .plain import kr
from .problems import NO_FILE, Problem, did_you_mean, error, warning


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What checks may depend on besides the agreements; never read from a clock or a file."""

    as_of: dt.date
    series: SeriesStore
    horizon_months: int = 12


AgreementCheck = Callable[[LoadedAgreement, CheckContext], Iterable[Problem]]
"""A check of one agreement; most checks are this kind."""


@dataclass(frozen=True, slots=True)
class AgreementRef:
    """What a check across files needs of an agreement: small enough to keep 10,000 of.

    Streaming validation lets each agreement go once its own checks ran; only
    this record stays for the checks that compare files with each other.
    """

    id: str
    path: str
    line: int
    col: int

    @classmethod
    def of(cls, la: LoadedAgreement) -> AgreementRef:
        line, col = la.marks.at(("id",))
        return cls(la.agreement.id, la.path, line, col)


SetCheck = Callable[[Sequence[AgreementRef], CheckContext], Iterable[Problem]]
"""A check across all agreements of a run."""


def _err(la: LoadedAgreement, field: PathKey, code: str, message: str) -> Problem:
    line, col = la.marks.at(field)
    return error(la.path, line, col, code, message, dotted(field))


def _warn(la: LoadedAgreement, field: PathKey, code: str, message: str) -> Problem:
    line, col = la.marks.at(field)
    return warning(la.path, line, col, code, message, dotted(field))


# --- identity ---------------------------------------------------------------------


def check_id_matches_file(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """The id is how every command names an agreement, so it must be findable by file name."""
    stem = Path(la.path).stem
    if la.agreement.id != stem:
        yield _err(
            la,
            ("id",),
            "id-file-mismatch",
            f"id {la.agreement.id!r} differs from file name {stem!r}",
        )


def check_unique_ids(refs: Sequence[AgreementRef], ctx: CheckContext) -> Iterator[Problem]:
    """Two files with one id would make `iopctl report ID` ambiguous."""
    first: dict[str, AgreementRef] = {}
    for ref in refs:
        other = first.setdefault(ref.id, ref)
        if other is not ref:
            message = f"id {ref.id!r} is also used in {other.path}:{other.line}"
            yield error(ref.path, ref.line, ref.col, "duplicate-id", message, "id")


def luhn_valid(digits: str) -> bool:
    """Swedish organisation numbers end in a Luhn (mod 10) check digit over the other nine."""
    total = 0
    for i, ch in enumerate(digits[:9]):
        value = int(ch) * (2 if i % 2 == 0 else 1)
        total += value // 10 + value % 10
    return (10 - total % 10) % 10 == int(digits[9])


def check_org_numbers(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """Org numbers are NNNNNN-NNNN with a valid check digit; a typo here breaks invoicing."""
    for i, party in enumerate(la.agreement.parties):
        number = party.org_number
        if number is None:
            continue
        field = ("parties", i, "org_number")
        digits = number.replace("-", "")
        if len(number) != 11 or number[6] != "-" or not digits.isdigit():
            yield _err(la, field, "org-number-format", f"org number {number!r} is not NNNNNN-NNNN")
        elif not luhn_valid(digits):
            yield _err(
                la, field, "org-number-checksum", f"org number {number} has a wrong check digit"
            )


def check_parties(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """An IOP is between a public body and a non-profit: both roles must be present."""
    roles = {p.role for p in la.agreement.parties}
    for role in ("public", "civil"):
        if role not in roles:
            yield _err(la, ("parties",), "missing-party", f"no party with role {role!r}")


# --- dates ------------------------------------------------------------------------


def check_term_order(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """Dates that must come in order: start before end, renewals after the initial end."""
    term = la.agreement.term
    if term.end < term.start:
        yield _err(
            la,
            ("term", "end"),
            "term-order",
            f"term ends {term.end}, before it starts {term.start}",
        )
    renewal = term.renewal
    if renewal is not None and renewal.latest_end is not None and renewal.latest_end < term.end:
        message = f"renewal latest_end {renewal.latest_end} is before the initial end {term.end}"
        yield _err(la, ("term", "renewal", "latest_end"), "renewal-order", message)
    for i, duty in enumerate(la.agreement.duties):
        window = getattr(duty, "window", None)
        if window is not None and window.end < window.start:
            message = f"window ends {window.end}, before it starts {window.start}"
            yield _err(la, ("duties", i, "window"), "window-order", message)


def check_plausible_term(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """An end a few days off a whole number of years from the start is most likely a typo.

    Robertsfors 2018-01-01..2020-12-23 is the real case: 8 days short of three
    years.  The file keeps what the document says; this warning asks a human.
    """
    term = la.agreement.term
    if term.end < term.start:
        return
    after = term.end + dt.timedelta(days=1)
    years = round((after - term.start).days / 365.25)
    if years < 1:
        return
    whole = term.start + relativedelta(years=years)
    gap = (whole - after).days
    if gap != 0 and abs(gap) <= 20:
        expected = whole - dt.timedelta(days=1)
        direction = "short of" if gap > 0 else "past"
        message = (
            f"term {term.start}..{term.end} ends {abs(gap)} days {direction} {years} whole years "
            f"(which would end {expected}); likely a typo: check the source document"
        )
        yield _warn(la, ("term", "end"), "implausible-term", message)
    if years > 25:
        yield _warn(la, ("term", "end"), "implausible-term", f"a term of {years} years is unusual")


def check_status(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """`status: active` after the last possible day means the file was not updated."""
    from .rules.terms import last_possible_end

    agreement = la.agreement
    end = last_possible_end(agreement.term)
    if agreement.status == "active" and end is not None and end < ctx.as_of:
        message = f"status is active but the agreement ended {end} (as of {ctx.as_of})"
        yield _warn(la, ("status",), "status-stale", message)


def check_inside_term(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """Dated duties and log entries outside the term are usually a wrong year."""
    from .rules.terms import last_possible_end

    start = la.agreement.term.start
    end = last_possible_end(la.agreement.term) or la.agreement.term.end
    for i, duty in enumerate(la.agreement.duties):
        for name in ("due", "window"):
            value = getattr(duty, name, None)
            if value is None or isinstance(value, MonthDay):
                continue
            dates = [value] if isinstance(value, dt.date) else [value.start, value.end]
            if any(d < start or d > end for d in dates):
                message = f"{duty.kind} {duty.title!r} falls outside the term {start}..{end}"
                yield _warn(la, ("duties", i, name), "duty-outside-term", message)
    for i, entry in enumerate(la.agreement.log):
        if not start - relativedelta(months=3) <= entry.date <= end + relativedelta(months=6):
            message = f"log entry of {entry.date} lies outside the term {start}..{end}"
            yield _warn(la, ("log", i, "date"), "log-outside-term", message)
    indexation = la.agreement.indexation
    if indexation is not None and not start <= indexation.from_ <= end:
        message = f"indexation starts {indexation.from_}, outside the term {start}..{end}"
        yield _warn(la, ("indexation", "from"), "indexation-outside-term", message)


# --- money ------------------------------------------------------------------------


def check_funding(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """Budget lines add up to their contribution, and contributions to the stated total."""
    funding = la.agreement.funding
    if funding is None:
        return
    total = Decimal(0)
    for i, c in enumerate(funding.contributions):
        field: PathKey = ("funding", "contributions", i)
        counted = c.amount if c.kind != "in_kind" else c.value
        if c.kind != "in_kind" and c.amount is None:
            yield _err(la, field, "funding-amount", f"a {c.kind} contribution needs an amount")
        if c.kind == "in_kind" and c.hours is None and c.value is None:
            yield _err(la, field, "funding-amount", "an in_kind contribution needs hours or value")
        if c.lines:
            lines_sum = sum((line.amount for line in c.lines), Decimal(0))
            stated = c.amount if c.amount is not None else c.value
            if stated is not None and lines_sum != stated:
                message = (
                    f"budget lines sum to {kr(lines_sum)} but the contribution states {kr(stated)}"
                )
                yield _err(la, (*field, "lines"), "budget-sum", message)
        yield from _check_hours_value(la, field, c)
        total += counted or Decimal(0)
    stated_total = funding.stated_total
    if stated_total is not None and total != stated_total:
        message = f"contributions sum to {kr(total)} but stated_total is {kr(stated_total)}"
        yield _err(la, ("funding", "stated_total"), "funding-total", message)


IN_KIND_TOLERANCE = Decimal("0.005")
"""Volunteer hours are valued roughly ("cirka 1 500 timmar"): half a percent is a match."""


def _check_hours_value(la: LoadedAgreement, field: PathKey, c: Contribution) -> Iterator[Problem]:
    """Hours × hourly rate should give the stated value, where all three are given."""
    if c.hours is None or c.hourly_rate is None or c.value is None:
        return
    computed = c.hours * c.hourly_rate
    if abs(computed - c.value) > max(Decimal(1), c.value * IN_KIND_TOLERANCE):
        message = (
            f"{c.hours} hours × {kr(c.hourly_rate)} = {kr(computed)}, "
            f"but the stated value is {kr(c.value)}"
        )
        yield _warn(la, (*field, "value"), "in-kind-value", message)


# --- series -----------------------------------------------------------------------


def check_series_exist(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """An indexation or per-capita clause must name a series the tool can find."""
    indexation = la.agreement.indexation
    if indexation is not None and ctx.series.index(indexation.index) is None:
        path = ctx.series.expected_path("indices", indexation.index)
        message = f"no index series {indexation.index!r} (expected {path})"
        yield _err(la, ("indexation", "index"), "unknown-series", message)
    per_capita = la.agreement.per_capita
    if per_capita is not None and ctx.series.population(per_capita.population) is None:
        path = ctx.series.expected_path("populations", per_capita.population)
        message = f"no population series {per_capita.population!r} (expected {path})"
        yield _err(la, ("per_capita", "population"), "unknown-series", message)


def check_unique_names(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """Duty ids and meeting names key calendar UIDs and log matching, so they must be unique."""
    from .rules.duties import duty_names

    keys = Counter(name for duty in la.agreement.duties for name in duty_names(duty))
    for i, duty in enumerate(la.agreement.duties):
        for key in duty_names(duty):
            if keys[key] > 1:
                yield _err(
                    la, ("duties", i), "duplicate-duty", f"duty id or name {key!r} is used twice"
                )


def check_payment_data(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """A payment due within the horizon whose index or population value is missing.

    The amount cannot be computed (it is never guessed), so someone must add
    the value to ``data/`` before the payment is made.
    """
    from .rules.payments import payment_schedule, unknown
    from .words import words

    horizon = ctx.as_of + relativedelta(months=ctx.horizon_months)
    for year in payment_schedule(la, ctx.series, until=horizon):
        if year.missing and year.due is not None and ctx.as_of <= year.due <= horizon:
            field: PathKey = ("indexation", "index")
            if year.missing[0].kind == "population":
                field = ("per_capita", "population")
            message = f"payment due {year.due} is {words('en').say(unknown(year.missing))}"
            yield _warn(la, field, "payment-data-missing", message)


def check_logged_payments(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """A logged payment that differs from the computed amount: one of them is wrong.

    The log marks the payment done either way; this asks a human which figure holds.
    Without a logged amount there is nothing to compare, and the schedule (the
    dearest thing a check computes) is not worked out.
    """
    from .rules.payments import payment_schedule

    if not any(e.kind == "payment" and e.amount is not None for e in la.agreement.log):
        return
    for year in payment_schedule(la, ctx.series, until=ctx.as_of):
        if year.paid is None or year.amount is None or year.paid == year.amount:
            continue
        index = next(
            i
            for i, e in enumerate(la.agreement.log)
            if e.kind == "payment" and e.date == year.paid_on
        )
        message = (
            f"payments logged for {year.year} add up to {kr(year.paid)}, "
            f"but the schedule says {kr(year.amount)}"
        )
        yield _warn(la, ("log", index, "amount"), "payment-amount", message)


def check_log_names(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """A log entry that names no duty marks nothing done, silently; say so (typos happen)."""
    from .rules.duties import DUTY_KINDS, duty_names

    names = {name for duty in la.agreement.duties for name in duty_names(duty)}
    log_kinds = {kind.log_kind for kind in DUTY_KINDS.values()}
    for i, entry in enumerate(la.agreement.log):
        if entry.name is None or entry.kind not in log_kinds:
            continue
        duty = entry.name.split(".", 1)[0]  # `strategic.2023-H1` names one occurrence
        if duty not in names:
            hint = did_you_mean(duty, sorted(names))
            message = f"log entry names {duty!r}, which no duty here has as id or name{hint}"
            yield _warn(la, ("log", i, "name"), "log-unmatched", message)


ERROR_CHECKS: tuple[AgreementCheck, ...] = (
    check_id_matches_file,
    check_parties,
    check_org_numbers,
    check_term_order,
    check_funding,
    check_series_exist,
    check_unique_names,
    check_placeholders,
)
"""Checks that can find errors: what a command runs before it trusts an agreement."""

WARNING_CHECKS: tuple[AgreementCheck, ...] = (
    check_plausible_term,
    check_status,
    check_inside_term,
    check_payment_data,
    check_logged_payments,
    check_log_names,
)
"""Checks that only warn: ``validate`` runs them, the other commands need not
(``check_payment_data`` builds a payment schedule, the dearest work here)."""

CHECKS: tuple[AgreementCheck, ...] = (*ERROR_CHECKS, *WARNING_CHECKS)
"""The built-in checks of one agreement."""

SET_CHECKS: tuple[SetCheck, ...] = (check_unique_ids,)
"""The built-in checks across files."""


def _crashed(name: str, exc: Exception, path: str) -> Problem:
    message = f"check {name} crashed: {type(exc).__name__}: {exc}"
    return error(path, 0, 0, "check-crashed", message)


def check_agreement(
    la: LoadedAgreement,
    ctx: CheckContext,
    extra: Sequence[AgreementCheck] = (),
    checks: Sequence[AgreementCheck] = CHECKS,
) -> list[Problem]:
    """Every check of one agreement; a crashing check becomes a problem naming it and the file."""
    problems: list[Problem] = []
    for check in (*checks, *extra):
        try:
            problems.extend(check(la, ctx))
        except Exception as exc:  # one broken check must not hide the others
            problems.append(_crashed(check.__name__, exc, la.path))
    return problems


def check_set(
    refs: Sequence[AgreementRef], ctx: CheckContext, extra: Sequence[SetCheck] = ()
) -> list[Problem]:
    """The checks that compare agreements with each other; a crash is reported like above."""
    problems: list[Problem] = []
    for check in (*SET_CHECKS, *extra):
        try:
            problems.extend(check(refs, ctx))
        except Exception as exc:  # no one file is to blame
            problems.append(_crashed(check.__name__, exc, NO_FILE))
    return problems


def run_checks(
    agreements: Sequence[LoadedAgreement],
    ctx: CheckContext,
    extra: Sequence[AgreementCheck] = (),
    checks: Sequence[AgreementCheck] = CHECKS,
) -> list[Problem]:
    """Every check of every agreement (``checks``, default all), then the checks across them."""
    problems = [p for la in agreements for p in check_agreement(la, ctx, extra, checks)]
    return problems + check_set([AgreementRef.of(la) for la in agreements], ctx)
