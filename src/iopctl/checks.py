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
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from dateutil.relativedelta import relativedelta

from .document import LoadedAgreement, PathKey, dotted
from .indices import SeriesStore
from .models import ROLES, Agreement, Contribution, Duty, MonthDay, Party, Source
from .placeholders import check_placeholders
from .problems import (
    CODES,
    NO_FILE,
    Problem,
    ProblemArg,
    Severity,
    did_you_mean,
    format_location,
    make_problem,
    problem,
    shorten,
)
from .rules.reasons import Money


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

_C = TypeVar("_C", bound=Callable[..., Iterable[Problem]])


def _problem(
    la: LoadedAgreement, field: PathKey, code: str, variant: str | None = None, **args: ProblemArg
) -> Problem:
    """A problem at ``field`` of ``la``, with the severity of its code."""
    line, col = la.marks.at(field)
    return make_problem(la.path, line, col, code, variant, dotted(field), args)


YIELDS: dict[Callable[..., Iterable[Problem]], frozenset[str]] = {}
"""The codes each built-in check may yield, declared with :func:`yields`."""


def yields(*codes: str) -> Callable[[_C], _C]:
    """Declare the codes a check may yield: whether it can find errors follows from them.

    The codes must be in :data:`~iopctl.problems.CODES`; :func:`check_agreement` turns a
    code a check did not declare into ``check-crashed``, so the declaration cannot lie.
    """
    unknown = [code for code in codes if code not in CODES]
    if unknown:
        raise KeyError(f"no problem code {unknown[0]!r} in problems.CODES")

    def register(check: _C) -> _C:
        YIELDS[check] = frozenset(codes)
        return check

    return register


def can_find_errors(check: Callable[..., Iterable[Problem]]) -> bool:
    """Whether any code ``check`` declares is an error (undeclared checks: assume so)."""
    declared = YIELDS.get(check)
    if declared is None:
        return True
    return any(CODES[code].severity is Severity.ERROR for code in declared)


# --- identity ---------------------------------------------------------------------


@yields("id-file-mismatch")
def check_id_matches_file(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """The id is how every command names an agreement, so it must be findable by file name."""
    stem = Path(la.path).stem
    if la.agreement.id != stem:
        yield _problem(la, ("id",), "id-file-mismatch", id=la.agreement.id, stem=shorten(stem))


@yields("duplicate-id")
def check_unique_ids(refs: Sequence[AgreementRef], ctx: CheckContext) -> Iterator[Problem]:
    """Two files with one id would make `iopctl report ID` ambiguous."""
    first: dict[str, AgreementRef] = {}
    for ref in refs:
        other = first.setdefault(ref.id, ref)
        if other is not ref:
            yield problem(
                ref.path,
                ref.line,
                ref.col,
                "duplicate-id",
                field="id",
                id=ref.id,
                other=format_location(other.path, other.line, 0),
            )


_ORG_NUMBER = re.compile(r"[0-9]{6}-[0-9]{4}")
"""ASCII digits only: ``str.isdigit`` also takes ``²`` and ``٣``, which ``int`` then refuses."""
_DASHES = re.compile("[\u2010-\u2015\u2212]")
"""The dashes a word processor puts where a hyphen was typed."""


def luhn_valid(digits: str) -> bool:
    """Swedish organisation numbers end in a Luhn (mod 10) check digit over the other nine."""
    total = 0
    for i, ch in enumerate(digits[:9]):
        value = int(ch) * (2 if i % 2 == 0 else 1)
        total += value // 10 + value % 10
    return (10 - total % 10) % 10 == int(digits[9])


@yields("org-number-format", "org-number-checksum")
def check_org_numbers(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """Org numbers are NNNNNN-NNNN with a valid check digit; a typo here breaks invoicing."""
    for i, party in enumerate(la.agreement.parties):
        number = party.org_number
        if number is None:
            continue
        field = ("parties", i, "org_number")
        if _ORG_NUMBER.fullmatch(number) is None:
            dashed = _ORG_NUMBER.fullmatch(_DASHES.sub("-", number)) is not None
            variant = "dash" if dashed else None
            yield _problem(la, field, "org-number-format", variant, number=shorten(number))
        elif not luhn_valid(number.replace("-", "")):
            yield _problem(la, field, "org-number-checksum", number=number)


@yields("missing-party")
def check_parties(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """An IOP is between a public body and a non-profit: both roles must be present."""
    roles = {p.role for p in la.agreement.parties}
    for role in ("public", "civil"):
        if role not in roles:
            yield _problem(la, ("parties",), "missing-party", role=role)


# --- dates ------------------------------------------------------------------------


@yields("term-order", "renewal-order", "window-order")
def check_term_order(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """Dates that must come in order: start before end, renewals after the initial end."""
    term = la.agreement.term
    if term.end < term.start:
        yield _problem(la, ("term", "end"), "term-order", end=term.end, start=term.start)
    renewal = term.renewal
    if renewal is not None and renewal.latest_end is not None and renewal.latest_end < term.end:
        cap: PathKey = ("term", "renewal", "latest_end")
        yield _problem(la, cap, "renewal-order", latest_end=renewal.latest_end, end=term.end)
    for i, duty in enumerate(la.agreement.duties):
        window = getattr(duty, "window", None)
        if window is not None and window.end < window.start:
            yield _problem(
                la, ("duties", i, "window"), "window-order", end=window.end, start=window.start
            )


@yields("implausible-term")
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
        yield _problem(
            la,
            ("term", "end"),
            "implausible-term",
            "short" if gap > 0 else "past",
            start=term.start,
            end=term.end,
            days=abs(gap),
            years=years,
            expected=whole - dt.timedelta(days=1),
        )
    if years > 25:
        yield _problem(la, ("term", "end"), "implausible-term", "long", years=years)


@yields("status-stale", "status-contradicts-dates")
def check_status(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """The dates decide, the status field is checked (DESIGN rule 9).

    ``active`` after the last possible day means the file was not updated;
    ``ended`` while the term runs, or ``terminated`` with no notice in the
    log, contradicts the dates.  The end is the one a logged notice gives, if any.
    """
    from .rules.amendments import final_term
    from .rules.log import known_on
    from .rules.notice import logged_notice
    from .rules.terms import last_possible_end

    agreement = la.agreement
    notice = logged_notice(known_on(la, ctx.as_of))
    by_notice = notice.effective_end if notice is not None else None
    end = by_notice or last_possible_end(final_term(agreement))
    running = agreement.term.start <= ctx.as_of and (end is None or ctx.as_of <= end)
    if agreement.status == "active" and end is not None and end < ctx.as_of:
        yield _problem(la, ("status",), "status-stale", ended=end, as_of=ctx.as_of)
    elif agreement.status == "ended" and running:
        variant = "running" if end is not None else "open_ended"
        yield _problem(
            la, ("status",), "status-contradicts-dates", variant, end=end, as_of=ctx.as_of
        )
    elif agreement.status == "terminated" and by_notice is None:
        yield _problem(la, ("status",), "status-contradicts-dates", "no_notice")


@yields("duty-outside-term", "log-outside-term", "indexation-outside-term")
def check_inside_term(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """Dated duties and log entries outside the term are usually a wrong year.

    The term is the one every amendment leaves.  A report that states the
    period it covers is checked by that period: a final report falls due after
    the term it reports on.  A log entry may come up to 6 months after the
    end or after the last day a duty falls due, whichever is later: a final
    report due 9 months after the end, logged on time, is no mistake.
    """
    from .rules.amendments import final_term
    from .rules.duties import LONGEST_LAG_YEARS, duty_occurrences
    from .rules.terms import last_possible_end

    term = final_term(la.agreement)
    start, end = term.start, last_possible_end(term) or term.end
    for i, duty in enumerate(la.agreement.duties):
        dated = ("covers",) if getattr(duty, "covers", None) is not None else ("due", "window")
        for name in dated:
            value = getattr(duty, name, None)
            if value is None or isinstance(value, MonthDay):
                continue
            dates = [value] if isinstance(value, dt.date) else [value.start, value.end]
            if any(d < start or d > end for d in dates):
                yield _problem(
                    la,
                    ("duties", i, name),
                    "duty-outside-term",
                    kind=duty.kind,
                    title=shorten(duty.title),
                    start=start,
                    end=end,
                )
    first_day, last_day = start - relativedelta(months=3), end + relativedelta(months=6)
    if any(entry.date > last_day for entry in la.agreement.log):  # else no need to know
        # only the last occurrences can be the latest: a long term costs what its last years do
        lookback = end - relativedelta(years=LONGEST_LAG_YEARS)
        occurrences = duty_occurrences(la.agreement, end, since=lookback)
        last_day = max([end, *(o.due for o in occurrences)]) + relativedelta(months=6)
    for i, entry in enumerate(la.agreement.log):
        if not first_day <= entry.date <= last_day:
            field = ("log", i, "date")
            yield _problem(la, field, "log-outside-term", date=entry.date, start=start, end=end)
    indexation = la.agreement.indexation
    if indexation is not None and not start <= indexation.from_ <= end:
        yield _problem(
            la,
            ("indexation", "from"),
            "indexation-outside-term",
            date=indexation.from_,
            start=start,
            end=end,
        )


# --- money ------------------------------------------------------------------------


@yields("funding-amount", "budget-sum", "funding-total", "in-kind-value")
def check_funding(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """Budget lines add up to their contribution, and contributions to the stated total."""
    funding = la.agreement.funding
    if funding is None:
        return
    total = Decimal(0)
    for i, c in enumerate(funding.contributions):
        field: PathKey = ("funding", "contributions", i)
        counted = c.amount if c.kind != "in_kind" else c.value
        if c.kind in {"grant", "self_financing"} and not _has_amount(c):
            yield _problem(la, field, "funding-amount", kind=c.kind)
        if c.kind == "in_kind" and c.hours is None and c.value is None:
            yield _problem(la, field, "funding-amount", "in-kind")
        if c.lines:
            lines_sum = sum((line.amount for line in c.lines), Decimal(0))
            stated = c.amount if c.amount is not None else c.value
            if stated is not None and lines_sum != stated:
                yield _problem(
                    la, (*field, "lines"), "budget-sum", sum=Money(lines_sum), stated=Money(stated)
                )
        yield from _check_hours_value(la, field, c)
        total += counted or Decimal(0)
    stated_total = funding.stated_total
    if stated_total is not None and total != stated_total:
        yield _problem(
            la,
            ("funding", "stated_total"),
            "funding-total",
            sum=Money(total),
            stated=Money(stated_total),
        )


def _has_amount(c: Contribution) -> bool:
    """A money contribution states its amount one way or another (a fee is known from the log)."""
    return c.amount is not None or bool(c.by_year) or c.per_capita is not None


IN_KIND_TOLERANCE = Decimal("0.005")
"""Volunteer hours are valued roughly ("cirka 1 500 timmar"): half a percent is a match."""


def _check_hours_value(la: LoadedAgreement, field: PathKey, c: Contribution) -> Iterator[Problem]:
    """Hours × hourly rate should give the stated value, where all three are given."""
    if c.hours is None or c.hourly_rate is None or c.value is None:
        return
    computed = c.hours * c.hourly_rate
    if abs(computed - c.value) > max(Decimal(1), c.value * IN_KIND_TOLERANCE):
        yield _problem(
            la,
            (*field, "value"),
            "in-kind-value",
            hours=c.hours,
            rate=Money(c.hourly_rate),
            computed=Money(computed),
            stated=Money(c.value),
        )


# --- series -----------------------------------------------------------------------


@yields("unknown-series")
def check_series_exist(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """An indexation or per-capita clause must name a series the tool can find."""
    indexation = la.agreement.indexation
    if indexation is not None and ctx.series.index(indexation.index) is None:
        path = ctx.series.expected_path("indices", indexation.index)
        field: PathKey = ("indexation", "index")
        yield _problem(la, field, "unknown-series", "index", name=indexation.index, expected=path)
    per_capitas: list[tuple[PathKey, str]] = []
    if la.agreement.per_capita is not None:
        per_capitas.append((("per_capita", "population"), la.agreement.per_capita.population))
    funding = la.agreement.funding
    for i, c in enumerate(funding.contributions if funding is not None else []):
        if c.per_capita is not None:
            where: PathKey = ("funding", "contributions", i, "per_capita", "population")
            per_capitas.append((where, c.per_capita.population))
    for where, name in per_capitas:
        if ctx.series.population(name) is None:
            path = ctx.series.expected_path("populations", name)
            yield _problem(la, where, "unknown-series", "population", name=name, expected=path)


@yields("duplicate-duty")
def check_unique_names(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """Duty ids and meeting names key calendar UIDs and log matching, so they must be unique."""
    from .rules.duties import duty_names

    keys = Counter(name for duty in la.agreement.duties for name in duty_names(duty))
    for i, duty in enumerate(la.agreement.duties):
        for key in duty_names(duty):
            if keys[key] > 1:
                yield _problem(la, ("duties", i), "duplicate-duty", name=key)


def _population_field(agreement: Agreement, name: str) -> PathKey:
    """Where the population series ``name`` is named: a contribution's own rule, else per_capita."""
    contributions = agreement.funding.contributions if agreement.funding else []
    for i, c in enumerate(contributions):
        if c.per_capita is not None and c.per_capita.population == name:
            return ("funding", "contributions", i, "per_capita", "population")
    return ("per_capita", "population")


@yields("payment-data-missing")
def check_payment_data(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """A payment due within the horizon whose index or population value is missing.

    The amount cannot be computed (it is never guessed), so someone must add
    the value to ``data/`` before the payment is made.
    """
    from .rules.payments import payment_schedule, unknown

    horizon = ctx.as_of + relativedelta(months=ctx.horizon_months)
    payments = la.agreement.payments
    # Only the years that can hold a day in as_of..horizon are worked out (a recurring
    # instalment falls inside its own year); a lump sum's one day may lie outside the
    # years it covers, so its schedule is worked out whole.
    lump_sum = payments is not None and payments.date is not None
    since, last = (None, None) if lump_sum else (ctx.as_of, horizon)
    for year in payment_schedule(la, ctx.series, until=horizon, since=since, last=last):
        days = [i.due for i in year.instalments if i.due and ctx.as_of <= i.due <= horizon]
        if year.missing and days:
            field: PathKey = ("indexation", "index")
            if year.missing[0].kind == "population":
                field = _population_field(la.agreement, year.missing[0].series)
            yield _problem(
                la, field, "payment-data-missing", due=days[0], unknown=unknown(year.missing)
            )


def _not_yet_due(due: dt.date | None, ctx: CheckContext) -> bool:
    """An instalment paid in part before its day may still be paid in full in time."""
    return due is not None and due >= ctx.as_of


@yields("payment-amount", "payment-late", "log-unmatched")
def check_logged_payments(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """What the log's payments did that a human should look at (DESIGN rule 13).

    An instalment paid in full only after its window is done but late; one
    paid short stays open with the rest (a warning once its day has passed);
    money beyond everything open, or a
    ``name`` that is no instalment, pays nothing.  Each is a warning at the
    log entry's line.  Without a logged payment the schedule (the dearest
    thing a check computes) is not worked out.
    """
    from .rules.payments import payment_book

    if not any(e.kind == "payment" and e.units is None for e in la.agreement.log):
        return
    for note in payment_book(la, ctx.series, until=ctx.as_of, as_of=ctx.as_of).notes:
        entry = la.agreement.log[note.index]
        if note.kind == "late" and note.amount is not None:
            where: PathKey = ("log", note.index, "date")
            yield _problem(
                la, where, "payment-late", key=note.key, due=note.due, day=note.day,
                days=int(note.amount),
            )  # fmt: skip
        elif note.kind == "short" and note.amount is not None and not _not_yet_due(note.due, ctx):
            yield _problem(
                la, ("log", note.index, "amount"), "payment-amount", "short", key=note.key,
                due=note.due, remaining=Money(note.amount),
            )  # fmt: skip
        elif note.kind == "excess" and note.amount is not None:
            yield _problem(
                la, ("log", note.index, "amount"), "payment-amount", "excess", day=note.day,
                amount=Money(note.amount),
            )  # fmt: skip
        elif note.kind == "unmatched":
            where = ("log", note.index, "name")
            yield _problem(la, where, "log-unmatched", "payment", name=entry.name or "")


@yields("log-unmatched")
def check_log_names(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """A log entry that names no duty marks nothing done, silently; say so (typos happen)."""
    from .rules.amendments import duty_versions
    from .rules.duties import DUTY_KINDS, duty_names

    duties = [v.duty for v in duty_versions(la.agreement)]
    names = {name for duty in duties for name in duty_names(duty)}
    log_kinds = {kind.log_kind for kind in DUTY_KINDS.values()}
    for i, entry in enumerate(la.agreement.log):
        if entry.name is None or entry.kind not in log_kinds:
            continue
        duty = entry.name.split(".", 1)[0]  # `strategic.2023-H1` names one occurrence
        if duty not in names:
            yield _problem(
                la,
                ("log", i, "name"),
                "log-unmatched",
                name=shorten(duty),
                suggestion=did_you_mean(duty, sorted(names)),
            )


@yields("log-unknown-deliverable")
def check_log_deliverables(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """A logged deliverable the duty does not list arrives nowhere: the occurrence stays open.

    The entry must name its duty (or an occurrence of it) so the list is known;
    an entry naming no duty checks against every duty of its kind.
    """
    from .rules.amendments import duty_versions
    from .rules.duties import DUTY_KINDS, duty_names

    duties = [v.duty for v in duty_versions(la.agreement)]
    for i, entry in enumerate(la.agreement.log):
        if not entry.deliverables:
            continue
        duty_name = (entry.name or "").split(".", 1)[0]
        listed = sorted(
            {
                d
                for duty in duties
                if DUTY_KINDS[duty.kind].log_kind == entry.kind
                and (not duty_name or duty_name in duty_names(duty))
                for d in getattr(duty, "deliverables", [])
            }
        )
        for j, name in enumerate(entry.deliverables):
            if name not in listed:
                yield _problem(
                    la,
                    ("log", i, "deliverables", j),
                    "log-unknown-deliverable",
                    name=shorten(name),
                    duty=shorten(duty_name or entry.kind),
                    suggestion=did_you_mean(name, listed),
                )


@yields("notice-not-allowed")
def check_logged_notice(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """Notice in the log that the agreement does not allow: it ends nothing (DESIGN rule 8).

    Either the termination clause reserves notice to the other party, or the
    agreement has no termination clause and no automatic renewal to stop.
    """
    termination = la.agreement.termination
    renewal = la.agreement.term.renewal
    from .rules.notice import notice_side

    for i, entry in enumerate(la.agreement.log):
        if entry.kind != "notice" or notice_side(la.agreement, entry.by) == "one_party":
            continue  # one of several parties on a side leaves: its part ends (rule 16)
        if termination is None and (renewal is None or not renewal.automatic):
            yield _problem(la, ("log", i), "notice-not-allowed", "nobody")
        elif termination is not None and notice_side(la.agreement, entry.by) not in (
            None,
            *_may_give(termination.by),
        ):
            yield _problem(
                la, ("log", i, "by"), "notice-not-allowed", by=entry.by, clause=termination.by
            )


def _may_give(by: str) -> tuple[str, ...]:
    return ("public", "civil") if by == "either" else (by,)


# --- parties, sources and amendments: names that other fields refer to --------------


def party_refs(agreement: Agreement) -> Iterator[tuple[PathKey, str]]:
    """Every field that names a party, with its path: each must be a role or a party id."""
    for i, contact in enumerate(agreement.contacts):
        yield ("contacts", i, "party"), contact.party
    for i, signatory in enumerate(agreement.signatories):
        yield ("signatories", i, "party"), signatory.party
    funding = agreement.funding
    for i, c in enumerate(funding.contributions if funding is not None else []):
        yield ("funding", "contributions", i, "payer"), c.payer
        if c.recipient is not None:
            yield ("funding", "contributions", i, "recipient"), c.recipient
    for i, entry in enumerate(agreement.log):
        if entry.by is not None:
            yield ("log", i, "by"), entry.by
    duties: list[tuple[PathKey, Duty]] = [
        (("duties", i), d) for i, d in enumerate(agreement.duties)
    ]
    duties += [
        (("amendments", i, "duties", j), d)
        for i, amendment in enumerate(agreement.amendments)
        for j, d in enumerate(amendment.duties)
    ]
    for field, duty in duties:
        if duty.by != "joint":  # both sides together: a duty's third choice besides the roles
            yield (*field, "by"), duty.by
    for i, amendment in enumerate(agreement.amendments):
        for j, ref in enumerate(amendment.leaves):
            yield ("amendments", i, "leaves", j), ref
        for j, change in enumerate(amendment.amounts):
            yield ("amendments", i, "amounts", j, "payer"), change.payer


@yields("duplicate-party", "unknown-party")
def check_party_ids(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """Party ids are unique and not a role; a field naming a party names one that exists.

    A role (``public``, ``civil``) always works and means that whole side, so
    files with one party per side need no ids (DESIGN rule 16).  Parties that
    join by an amendment are known too.
    """
    agreement = la.agreement
    listed: list[tuple[PathKey, Party]] = [
        (("parties", i), p) for i, p in enumerate(agreement.parties)
    ]
    for i, amendment in enumerate(agreement.amendments):
        listed += [(("amendments", i, "joins", j), p) for j, p in enumerate(amendment.joins)]
    seen: set[str] = set()
    for field, party in listed:
        if party.id is None:
            continue
        if party.id in ROLES:
            yield _problem(la, (*field, "id"), "duplicate-party", "role", id=party.id)
        elif party.id in seen:
            yield _problem(la, (*field, "id"), "duplicate-party", id=party.id)
        seen.add(party.id)
    known = sorted(seen | set(ROLES))
    for field, ref in party_refs(agreement):
        if ref not in known:
            hint = did_you_mean(ref, known)
            yield _problem(la, field, "unknown-party", id=shorten(ref), suggestion=hint)


@yields("duplicate-source", "unknown-source")
def check_source_ids(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """An assumption or amendment names a source by id: it must be one of the file's sources."""
    agreement = la.agreement
    sources: list[tuple[PathKey, Source]] = [(("source",), agreement.source)]
    sources += [(("sources", i), s) for i, s in enumerate(agreement.sources)]
    seen: set[str] = set()
    for field, source in sources:
        if source.id is not None and source.id in seen:
            yield _problem(la, (*field, "id"), "duplicate-source", id=source.id)
        seen.add(source.id or "")
    known = sorted(seen - {""})
    refs: list[tuple[PathKey, str | None]] = [
        (("assumptions", i, "source"), a.source) for i, a in enumerate(agreement.assumptions)
    ]
    refs += [(("amendments", i, "source"), a.source) for i, a in enumerate(agreement.amendments)]
    for field, ref in refs:
        if ref is not None and ref not in known:
            hint = did_you_mean(ref, known)
            yield _problem(la, field, "unknown-source", id=shorten(ref), suggestion=hint)


@yields("amendment-target", "term-order")
def check_amendments(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """What an amendment changes must exist: the option it exercises, the amount, the duty."""
    agreement = la.agreement
    contributions = agreement.funding.contributions if agreement.funding is not None else []
    duty_ids = {d.id for d in agreement.duties if d.id is not None}
    option = agreement.term.extension
    for i, amendment in enumerate(agreement.amendments):
        duty_ids |= {d.id for d in amendment.duties if d.id is not None}
        where: PathKey = ("amendments", i, "extension")
        if amendment.extension and option is None:
            yield _problem(la, where, "amendment-target", "no-option")
        elif (
            amendment.extension
            and amendment.term_end is None
            and option is not None
            and option.period_months is None
        ):
            yield _problem(la, where, "amendment-target", "no-length")
        for j, change in enumerate(amendment.amounts):
            matches = [
                c
                for c in contributions
                if c.payer == change.payer and change.label in {None, c.label}
            ]
            if len(matches) != 1:
                variant = "no-contribution" if not matches else "several-contributions"
                where = ("amendments", i, "amounts", j)
                yield _problem(la, where, "amendment-target", variant, payer=change.payer)
        for j, duty_id in enumerate(amendment.drops):
            if duty_id not in duty_ids:
                hint = did_you_mean(duty_id, sorted(duty_ids))
                where = ("amendments", i, "drops", j)
                yield _problem(
                    la, where, "amendment-target", "no-duty", id=duty_id, suggestion=hint
                )
        start = agreement.term.start
        if amendment.term_end is not None and amendment.term_end < start:
            where = ("amendments", i, "term_end")
            yield _problem(la, where, "term-order", end=amendment.term_end, start=start)


CHECKS: tuple[AgreementCheck, ...] = (
    check_id_matches_file,
    check_parties,
    check_org_numbers,
    check_term_order,
    check_funding,
    check_series_exist,
    check_unique_names,
    check_logged_notice,
    yields("placeholder")(check_placeholders),
    check_party_ids,
    check_source_ids,
    check_amendments,
    check_plausible_term,
    check_status,
    check_inside_term,
    check_payment_data,
    check_logged_payments,
    check_log_names,
)
"""The built-in checks of one agreement."""

ERROR_CHECKS: tuple[AgreementCheck, ...] = tuple(c for c in CHECKS if can_find_errors(c))
"""Checks that can find errors (by the codes they declare): what a command runs before it
trusts an agreement.  The others only warn: ``validate`` runs them, the other commands need
not (``check_payment_data`` builds a payment schedule, the dearest work here)."""

WARNING_CHECKS: tuple[AgreementCheck, ...] = tuple(c for c in CHECKS if not can_find_errors(c))
"""Checks that only warn."""

SAID_EVERYWHERE: tuple[AgreementCheck, ...] = (check_status,)
"""Warnings every command that reads the file says, not only ``validate`` (DESIGN rule 9:
a status field that contradicts the dates); they change no exit code."""

SET_CHECKS: tuple[SetCheck, ...] = (check_unique_ids,)
"""The built-in checks across files."""


def _crashed(name: str, exc: Exception, path: str) -> Problem:
    detail = shorten(str(exc), 200)
    return problem(path, 0, 0, "check-crashed", check=name, error=type(exc).__name__, detail=detail)


def _undeclared(name: str, code: str, path: str) -> Problem:
    """A check yielded a code it did not declare: a bug, since which checks run depends on it."""
    return problem(path, 0, 0, "check-crashed", variant="undeclared", check=name, code=code)


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
            found = list(check(la, ctx))
        except Exception as exc:  # one broken check must not hide the others
            problems.append(_crashed(check.__name__, exc, la.path))
            continue
        declared = YIELDS.get(check)
        for p in found:
            if declared is not None and p.code not in declared:
                problems.append(_undeclared(check.__name__, p.code, la.path))
        problems.extend(found)
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
