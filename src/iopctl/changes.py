"""What a change to the agreements means: deadlines added, removed or moved, amounts
changed and why, clauses of term and notice changed, problems new or resolved.

A reviewer of a pull request sees "month: 9 → 10"; what they need to know is
that two stop-renewal deadlines moved by a month.  So both sides are evaluated
with the same rules, the same ``as_of`` and the same horizon, over each
agreement's *whole* life (not the coming year, as ``deadlines`` shows), and
compared on the stable occurrence ids (``agreement.kind.occurrence``, the ids
the calendar export uses): a date that changes is one *moved* deadline, not a
removal and an addition.  An automatic renewal without ``latest_end`` has no
last period; its renewals are listed up to :data:`HORIZON_YEARS` after
``as_of``, and the result states that horizon.

Only files that load without errors are evaluated on a side: the dates of a
file with, say, its end before its start would mislead.  Such a file's
problems are listed instead, and its obligations are not compared.

Everything here is data (dates, amounts, :class:`~iopctl.rules.reasons.Reason`
s); :mod:`iopctl.diffformat` puts it into words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import PurePosixPath
from typing import Any, Literal

from .calendar import add_months
from .checks import AgreementRef, CheckContext, check_set
from .document import LoadedAgreement
from .indices import SeriesStore
from .models import Agreement, Source
from .problems import Problem
from .rules.reasons import Arg, Money, Percent, Reason, reason

HORIZON_YEARS = 5
"""How far after ``as_of`` the renewals of an open-ended agreement are compared."""

CLAUSES = ("term", "termination")
"""The parts of an agreement whose every field change is listed (term, renewal, notice)."""


Loaded = tuple[LoadedAgreement | None, list[Problem]]
"""A file's agreement (None when it did not load) and the problems of reading and checking it."""


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a diff (read by :mod:`iopctl.revisions`): each file by its content id,
    loaded only when the comparison asks."""

    label: str
    """The revision as the user named it (``HEAD``, ``main``); "" for the working tree."""
    files: Mapping[str, str]
    """Each agreement file's git blob id, by repository-relative path."""
    series: SeriesStore
    series_id: str
    """The series files and their blob ids: equal on both sides, equal series."""
    load: Callable[[str], Loaded]
    """The agreement in one of :attr:`files`, checked on its own."""
    problems: tuple[Problem, ...] = ()
    """The problems of the series files."""
    absent: frozenset[str] = frozenset()
    """The paths asked for that are not on this side at all."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    """One deadline as the diff compares it."""

    uid: str
    """``agreement.kind.occurrence``: stable when the date changes."""
    kind: str
    occurrence: str
    date: dt.date
    act_by: dt.date
    title: Reason


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentFacts:
    """One payment year: its amount and everything the amount is computed from."""

    label: str
    """``2023``, or ``2022/23`` for an agreement year (:attr:`PaymentYear.label`)."""
    amount: Decimal | None
    base: Decimal | None
    index: Mapping[tuple[str, int], Decimal]
    """The index value used for each (series, year) step."""
    per_capita: Mapping[str, Any]
    """Rate, population year and value, stated amount (empty without a per-capita rule)."""
    missing: tuple[Reason, ...]
    """Why the amount is unknown, one value each (``okänt: OPI 2024 saknas i …``)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class AmendmentFacts:
    """One amendment as a dated event: when decided, by whom, from when, what, on what source."""

    key: str
    """Its ``id``, else its place in the file (``amendments[0]``)."""
    decided: dt.date
    body: str
    dnr: str | None
    effective: dt.date
    summary: str
    source: Source | None
    """The source it names, when the file has it."""
    fields: Mapping[str, Any]
    """Every field, flattened to dotted paths, to say which of them an edit changed."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Obligations:
    """What one agreement binds its parties to over its whole life, as of one day."""

    end: dt.date
    """The last day of the term with its renewals (open-ended ones: up to the horizon)."""
    rows: Mapping[str, Row]
    payments: Mapping[str, PaymentFacts]
    clauses: Mapping[str, Any]
    """Every field of :data:`CLAUSES`, flattened to dotted paths (``term.renewal.notice_by``)."""
    amendments: Mapping[str, AmendmentFacts] = dataclasses.field(default_factory=dict)
    """The file's amendments by key (DESIGN rule 15: history is part of what binds)."""


def obligations(
    loaded: LoadedAgreement, series: SeriesStore, as_of: dt.date, horizon: dt.date
) -> Obligations:
    """All deadline rows and payment amounts of one agreement over its whole life, as of ``as_of``.

    The one place the diff calls the rules: when their API changes, only this
    function does.
    """
    from .rules.evaluate import evaluate
    from .rules.payments import unknown

    evaluation = evaluate(loaded, series, as_of, until=horizon)
    rows = {
        key: Row(
            uid=key, kind=d.kind, occurrence=d.occurrence, date=d.date, act_by=d.act_by,
            title=d.title,
        )
        for d in evaluation.deadlines
        if (key := f"{d.agreement}.{d.kind}.{d.occurrence}")
    }  # fmt: skip
    payments: dict[str, PaymentFacts] = {}
    for year in evaluation.payments:
        working = year.per_capita
        per_capita = (
            {
                "rate": working.rate,
                "population": working.population,
                "population_year": working.population_year,
                "series": working.series,
                "stated": working.stated,
            }
            if working is not None
            else {}
        )
        payments[year.label] = PaymentFacts(
            label=year.label,
            amount=year.amount,
            base=year.base,
            index={(s.series, s.year): s.value for s in year.steps},
            per_capita=per_capita,
            missing=tuple(unknown((m,)) for m in year.missing),
        )
    agreement = loaded.agreement
    clauses = {
        path: value
        for name in CLAUSES
        for path, value in _flatten(name, _dump(getattr(agreement, name)))
    }
    return Obligations(
        end=evaluation.end,
        rows=rows,
        payments=payments,
        clauses=clauses,
        amendments=amendment_facts(agreement),
    )


def amendment_facts(agreement: Agreement) -> dict[str, AmendmentFacts]:
    """The amendments of ``agreement`` by key, each with the source it names."""
    facts = {}
    for i, x in enumerate(agreement.amendments):
        key = x.id or f"amendments[{i}]"
        facts[key] = AmendmentFacts(
            key=key, decided=x.decided, body=x.body, dnr=x.dnr, effective=x.effective,
            summary=x.summary, source=agreement.source_named(x.source) if x.source else None,
            fields=dict(_flatten(key, _dump(x))),
        )  # fmt: skip
    return facts


def _dump(model: Any) -> Any:
    return model.model_dump(by_alias=True) if model is not None else None


def _flatten(prefix: str, value: Any) -> Iterator[tuple[str, Any]]:
    """Dotted paths to leaves; a recurring day (``{month, day}``) and a list are one leaf."""
    if isinstance(value, dict) and set(value) != {"month", "day"}:
        for key, item in value.items():
            yield from _flatten(f"{prefix}.{key}", item)
    else:
        yield prefix, tuple(value) if isinstance(value, list) else value


# --- the changes ------------------------------------------------------------------


Presence = Literal["added", "removed", "modified"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Moved:
    """A deadline with the same occurrence id on both sides and another date."""

    old: Row
    new: Row


@dataclass(frozen=True, slots=True, kw_only=True)
class AmountChange:
    label: str
    presence: Presence
    """``added``/``removed``: a payment year the term gains or loses."""
    old: Decimal | None
    new: Decimal | None
    """None: unknown on that side (a missing index or population value), or no such year."""
    why: tuple[Reason, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ClauseChange:
    field: str
    """Dotted path in the agreement file: ``term.renewal.notice_by``."""
    old: Any
    new: Any
    """The field's value (a date, a number, text, ``{month, day}``, a list); None: absent."""


@dataclass(frozen=True, slots=True, kw_only=True)
class AmendmentEvent:
    """An amendment added, removed or edited between the two sides."""

    presence: Presence
    old: AmendmentFacts | None
    new: AmendmentFacts | None
    fields: tuple[ClauseChange, ...] = ()
    """For an edited one: each field that differs (``forlangning-2022.effective``)."""

    @property
    def facts(self) -> AmendmentFacts:
        """The amendment as it is now, or as it was when removed."""
        found = self.new or self.old
        assert found is not None
        return found


@dataclass(frozen=True, slots=True, kw_only=True)
class AgreementChange:
    """Everything that changed in one file between the two sides."""

    path: str
    id: str
    presence: Presence
    compared: bool
    """Both sides were evaluated; False when the file is invalid on a side where it exists."""
    added: tuple[Row, ...] = ()
    removed: tuple[Row, ...] = ()
    moved: tuple[Moved, ...] = ()
    amounts: tuple[AmountChange, ...] = ()
    clauses: tuple[ClauseChange, ...] = ()
    amendments: tuple[AmendmentEvent, ...] = ()
    new_problems: tuple[Problem, ...] = ()
    resolved_problems: tuple[Problem, ...] = ()
    open_ended: bool = False
    """Renewed automatically without a last end: compared up to :attr:`Diff.horizon`."""

    @property
    def changed(self) -> bool:
        return self.presence != "modified" or any(
            (self.added, self.removed, self.moved, self.amounts, self.clauses, self.amendments,
             self.new_problems, self.resolved_problems)
        )  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class Diff:
    old: str
    """The revision as the user named it."""
    new: str
    """The revision, or "" for the working tree."""
    as_of: dt.date
    horizon: dt.date
    agreements: tuple[AgreementChange, ...]
    """Only the files that changed, by path."""

    @property
    def changed(self) -> bool:
        return bool(self.agreements)


def compare(old: Side, new: Side, as_of: dt.date) -> Diff:
    """Every file of either side compared; only those with a change are kept.

    A file with the same bytes on both sides, evaluated against the same
    series, cannot differ, and is not even read; only the checks across files
    (duplicate ids) still see it, under the id its name gives it.
    """
    horizon = add_months(as_of, 12 * HORIZON_YEARS)
    same_series = old.series_id == new.series_id
    refs: tuple[list[AgreementRef], list[AgreementRef]] = ([], [])
    changes: dict[str, AgreementChange] = {}
    for path in sorted({*old.files, *new.files}):
        ids = old.files.get(path), new.files.get(path)
        if ids[0] == ids[1] and same_series:
            for side_refs in refs:
                side_refs.append(AgreementRef(PurePosixPath(path).stem, path, 0, 0))
            continue
        before = old.load(path) if ids[0] is not None else None
        after = new.load(path) if ids[1] is not None else None
        for side_refs, side in zip(refs, (before, after), strict=True):
            if side is not None and side[0] is not None:
                side_refs.append(AgreementRef.of(side[0]))
        changes[path] = _compare_file(path, before, after, (old, new), horizon, as_of)
    across = [
        _by_path([*side.problems, *check_set(side_refs, CheckContext(as_of, side.series))])
        for side, side_refs in zip((old, new), refs, strict=True)
    ]
    for path in sorted({*across[0], *across[1]}):
        found = _problem_changes(across[0].get(path, []), across[1].get(path, []))
        if found.new_problems or found.resolved_problems:
            change = changes.get(path) or AgreementChange(
                path=path, id=PurePosixPath(path).stem, presence="modified", compared=True
            )
            changes[path] = replace(
                change,
                new_problems=change.new_problems + found.new_problems,
                resolved_problems=change.resolved_problems + found.resolved_problems,
            )
    kept = tuple(changes[path] for path in sorted(changes) if changes[path].changed)
    return Diff(old=old.label, new=new.label, as_of=as_of, horizon=horizon, agreements=kept)


def _by_path(problems: Iterable[Problem]) -> dict[str, list[Problem]]:
    grouped: dict[str, list[Problem]] = {}
    for problem in problems:
        grouped.setdefault(problem.path, []).append(problem)
    return grouped


@dataclass(frozen=True, slots=True)
class _ProblemChanges:
    new_problems: tuple[Problem, ...]
    resolved_problems: tuple[Problem, ...]


def _problem_changes(old: list[Problem], new: list[Problem]) -> _ProblemChanges:
    """Problems compared by what they say, not where: an edit above a problem moves its line."""
    before, after = _keyed(old), _keyed(new)
    return _ProblemChanges(
        tuple(p for k, p in after.items() if k not in before),
        tuple(p for k, p in before.items() if k not in after),
    )


def _usable(side: Loaded | None) -> LoadedAgreement | None:
    """The agreement if it loaded without errors: only such dates can be trusted."""
    if side is None or side[0] is None or any(p.is_error for p in side[1]):
        return None
    return side[0]


def _compare_file(
    path: str,
    old: Loaded | None,
    new: Loaded | None,
    sides: tuple[Side, Side],
    horizon: dt.date,
    as_of: dt.date,
) -> AgreementChange:
    """One file: ``old``/``new`` None where it is not on that side."""
    presence: Presence = (
        "modified" if (old is None) == (new is None) else "added" if old is None else "removed"
    )
    before, after = _usable(old), _usable(new)
    loaded = after or before
    agreement_id = loaded.agreement.id if loaded is not None else PurePosixPath(path).stem
    compared = (before is not None or old is None) and (after is not None or new is None)
    empty = Obligations(end=as_of, rows={}, payments={}, clauses={})
    a = b = empty
    if compared:
        a = obligations(before, sides[0].series, as_of, horizon) if before else empty
        b = obligations(after, sides[1].series, as_of, horizon) if after else empty
    found = _problem_changes(old[1] if old else [], new[1] if new else [])
    return AgreementChange(
        path=path,
        id=agreement_id,
        presence=presence,
        compared=compared,
        added=tuple(by_date(b.rows[k] for k in b.rows.keys() - a.rows.keys())),
        removed=tuple(by_date(a.rows[k] for k in a.rows.keys() - b.rows.keys())),
        moved=tuple(_moved(a.rows, b.rows)),
        amounts=tuple(_amounts(a.payments, b.payments)) if presence == "modified" else (),
        clauses=tuple(_clauses(a.clauses, b.clauses)) if presence == "modified" else (),
        amendments=tuple(_amendments(a.amendments, b.amendments)) if presence == "modified" else (),
        new_problems=found.new_problems,
        resolved_problems=found.resolved_problems,
        open_ended=_open_ended(a.clauses) or _open_ended(b.clauses),
    )


def _open_ended(clauses: Mapping[str, Any]) -> bool:
    return clauses.get("term.renewal.automatic") is True and not clauses.get(
        "term.renewal.latest_end"
    )


def _moved(old: Mapping[str, Row], new: Mapping[str, Row]) -> list[Moved]:
    both = old.keys() & new.keys()
    moved = [Moved(old=old[k], new=new[k]) for k in both if old[k].date != new[k].date]
    return sorted(moved, key=lambda m: (m.old.date, m.old.uid))


def by_date(rows: Iterable[Row]) -> list[Row]:
    """Deadlines in the order every listing uses: date, then kind and occurrence."""
    return sorted(rows, key=lambda r: (r.date, r.kind, r.occurrence))


def _keyed(problems: list[Problem]) -> dict[tuple[str, str, str, str, str | None], Problem]:
    """Problems by what they say, not where: an edit above a problem moves its line."""
    return {(p.severity.value, p.code, p.message_id, repr(p.args), p.field): p for p in problems}


def _clauses(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[ClauseChange]:
    for field in sorted({*old, *new}):
        before, after = old.get(field), new.get(field)
        if before != after:
            yield ClauseChange(field=field, old=before, new=after)


def _amendments(
    old: Mapping[str, AmendmentFacts], new: Mapping[str, AmendmentFacts]
) -> Iterator[AmendmentEvent]:
    """Each amendment added, removed or edited, in the order they take effect."""
    events = []
    for key in {*old, *new}:
        a, b = old.get(key), new.get(key)
        if a is None or b is None:
            events.append(
                AmendmentEvent(presence="added" if a is None else "removed", old=a, new=b)
            )
        elif a.fields != b.fields:
            fields = tuple(_clauses(a.fields, b.fields))
            events.append(AmendmentEvent(presence="modified", old=a, new=b, fields=fields))
    yield from sorted(events, key=lambda e: (e.facts.effective, e.facts.key))


def _amounts(
    old: Mapping[str, PaymentFacts], new: Mapping[str, PaymentFacts]
) -> Iterator[AmountChange]:
    """Each payment year whose amount, or what the amount is computed from, differs."""
    for label in sorted({*old, *new}):
        a, b = old.get(label), new.get(label)
        if a is None or b is None:
            presence: Presence = "added" if a is None else "removed"
            year = b or a
            assert year is not None
            missing = tuple(reason("diff.why.missing", text=m) for m in year.missing)
            yield AmountChange(
                label=label,
                presence=presence,
                old=a.amount if a else None,
                new=b.amount if b else None,
                why=missing,
            )
            continue
        why = tuple(_why(a, b))
        if a.amount != b.amount or why:
            missing = tuple(reason("diff.why.missing", text=m) for m in b.missing)
            yield AmountChange(
                label=label, presence="modified", old=a.amount, new=b.amount, why=why + missing
            )


def _why(a: PaymentFacts, b: PaymentFacts) -> Iterator[Reason]:
    """What differs among the inputs of one year's amount, each as ``what old → new``."""
    if a.base != b.base and not (a.per_capita or b.per_capita):
        yield reason("diff.why.base", old=_money(a.base), new=_money(b.base))
    for series, year in sorted({*a.index, *b.index}):
        before, after = a.index.get((series, year)), b.index.get((series, year))
        if before != after:
            yield reason(
                "diff.why.index", series=series, year=year, old=_percent(before),
                new=_percent(after),
            )  # fmt: skip
    pa, pb = a.per_capita, b.per_capita
    if pa.get("rate") != pb.get("rate"):
        yield reason("diff.why.rate", old=_money(pa.get("rate")), new=_money(pb.get("rate")))
    if (pa.get("population"), pa.get("population_year")) != (
        pb.get("population"),
        pb.get("population_year"),
    ):
        yield reason(
            "diff.why.population",
            old=_population(pa),
            new=_population(pb),
        )
    if pa.get("stated") != pb.get("stated"):
        yield reason("diff.why.stated", old=_money(pa.get("stated")), new=_money(pb.get("stated")))


def _money(amount: Decimal | None) -> Arg:
    return Money(amount) if amount is not None else reason("diff.unknown")


def _percent(value: Decimal | None) -> Arg:
    return Percent(value) if value is not None else reason("diff.unknown")


def _population(working: Mapping[str, Any]) -> Arg:
    if not working:
        return reason("diff.absent")
    value = working.get("population")
    return reason(
        "diff.population",
        series=working["series"],
        year=working["population_year"],
        value=value if value is not None else reason("diff.unknown"),
    )
