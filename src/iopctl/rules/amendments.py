"""The agreement as it stands on a day: amendments and parties' notices applied (rules 15–16).

An agreement file keeps its history: the text as signed, then each amendment
(a decision, an extension used) as a dated event, and in the log the notices
parties gave.  :func:`agreement_on` answers "what did the agreement say on
``as_of``?" by applying every event that had taken effect by then, in the
order of their effective dates, to a copy.  Nothing is rewritten: an
``as_of`` before an event sees the agreement without it, so a past payment or
deadline is computed from the terms that held when it fell due.

A party's part ends (:func:`party_ends`) when an amendment says it leaves,
or at the end of the notice it gave itself (``log: {kind: notice, by: <id>}``,
DESIGN rule 16): the agreement runs on for the others.  Notice given by a
role (a whole side) ends the agreement and is the notice rules' business.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ..calendar import ONE_DAY, add_months
from ..document import LoadedAgreement
from ..models import (
    ROLES,
    Agreement,
    Amendment,
    AmountChange,
    Contribution,
    Duty,
    Party,
    Term,
    YearAmount,
)


def in_effect(agreement: Agreement, as_of: dt.date) -> list[Amendment]:
    """The amendments effective on ``as_of``, in the order they took effect (ties: file order)."""
    return sorted(
        (a for a in agreement.amendments if a.effective <= as_of), key=lambda a: a.effective
    )


@dataclass(frozen=True, slots=True)
class DutyVersion:
    """One duty as the file or an amendment states it, and the days it is in force.

    A duty the file states is in force from the start; one an amendment adds
    from the amendment's ``effective`` day; either until the day before an
    amendment replaces (same ``id``) or drops it.  ``at`` is the YAML path of
    the duty, so a deadline cites the line that states it.
    """

    duty: Duty
    at: tuple[str | int, ...]
    since: dt.date = dt.date.min
    until: dt.date = dt.date.max


def duty_versions(agreement: Agreement) -> list[DutyVersion]:
    """Every duty the file and its amendments state, each with the days it is in force."""
    versions = [DutyVersion(d, ("duties", i)) for i, d in enumerate(agreement.duties)]
    if not agreement.amendments:
        return versions
    order = sorted(enumerate(agreement.amendments), key=lambda pair: pair[1].effective)
    for a_index, amendment in order:
        ends = {d.id for d in amendment.duties if d.id is not None} | set(amendment.drops)
        last = amendment.effective - ONE_DAY
        versions = [
            replace(v, until=last)
            if v.duty.id in ends and v.until == dt.date.max and v.since <= last
            else v
            for v in versions
        ]
        versions += [
            DutyVersion(d, ("amendments", a_index, "duties", i), since=amendment.effective)
            for i, d in enumerate(amendment.duties)
        ]
    return versions


def extended_end(agreement: Agreement, end: dt.date, amendment: Amendment) -> dt.date:
    """The term end after ``amendment``: its own ``term_end``, else the option's period.

    An extension of n months runs from the day after ``end`` (rule 2) and is
    counted from that anchor (rule 1): 2021-12-31 + 12 months = 2022-12-31.
    """
    if amendment.term_end is not None:
        return amendment.term_end
    option = agreement.term.extension
    if amendment.extension and option is not None and option.period_months is not None:
        return add_months(end + ONE_DAY, option.period_months) - ONE_DAY
    return end


def last_end(agreement: Agreement) -> dt.date:
    """The term end once every amendment has taken effect: the last day the file foresees."""
    end = agreement.term.end
    for amendment in in_effect(agreement, dt.date.max):
        end = extended_end(agreement, end, amendment)
    return end


def final_term(agreement: Agreement) -> Term:
    """The term once every amendment has taken effect: what the file foresees at the end."""
    return agreement.term.model_copy(update={"end": last_end(agreement)})


def notice_end(agreement: Agreement, given: dt.date, term_end: dt.date) -> dt.date:
    """When notice given on ``given`` ends a party's part: ``notice_months`` on, within the term.

    Without a termination clause the part runs to the term's end.
    """
    termination = agreement.termination
    if termination is None:
        return term_end
    return min(add_months(given, termination.notice_months), term_end)


def party_ends(agreement: Agreement) -> dict[str, dt.date]:
    """For each party id that leaves, the last day of its part.

    Leaving by amendment: the day before it takes effect.  Leaving by its own
    notice: the notice end of :func:`notice_end` against the term end that
    held when notice was given.
    """
    ends: dict[str, dt.date] = {}
    for amendment in in_effect(agreement, dt.date.max):
        for ref in amendment.leaves:
            if ref not in ROLES:
                ends.setdefault(ref, amendment.effective - ONE_DAY)
    for entry in agreement.log:
        if entry.kind == "notice" and entry.by is not None and entry.by not in ROLES:
            term_end = agreement_on(agreement, entry.date, parties=False).term.end
            end = notice_end(agreement, entry.date, term_end)
            ends[entry.by] = min(end, ends.get(entry.by, end))
    return ends


def _apply_amount(
    contribution: Contribution, change: AmountChange, first_year: int
) -> Contribution:
    """The contribution paying ``change.amount`` from ``change.from_year``, as before until then.

    Earlier years keep their amount: a stated ``by_year`` entry, else the old
    ``amount`` written out year by year from ``first_year`` (the term's start).
    """
    if contribution.payer != change.payer or change.label not in {None, contribution.label}:
        return contribution
    kept = [y for y in contribution.by_year if y.year < change.from_year]
    stated = {y.year for y in kept}
    if contribution.amount is not None:
        kept += [
            YearAmount(year=year, amount=contribution.amount)
            for year in range(first_year, change.from_year)
            if year not in stated
        ]
    by_year = sorted(kept, key=lambda y: y.year)
    return contribution.model_copy(update={"amount": change.amount, "by_year": by_year})


def _drop(
    members: list[Party], contributions: list[Contribution], gone: set[str]
) -> tuple[list[Party], list[Contribution]]:
    """Parties whose id (or whole side) is in ``gone``, and what they pay or receive, removed."""
    members = [p for p in members if p.role not in gone and (p.id is None or p.id not in gone)]
    contributions = [c for c in contributions if c.payer not in gone and c.recipient not in gone]
    return members, contributions


def agreement_on(agreement: Agreement, as_of: dt.date, *, parties: bool = True) -> Agreement:
    """The agreement as it stood on ``as_of``: every amendment effective by then applied.

    New term end or extension, new amounts from a year, parties joining and
    leaving, duties added, replaced (same ``id``) or dropped.  With
    ``parties`` (the default), a party whose part has ended by ``as_of``
    (:func:`party_ends`) is gone, with the contributions it pays or receives.
    """
    amendments = in_effect(agreement, as_of)
    if not amendments and not (parties and any(e.kind == "notice" for e in agreement.log)):
        return agreement
    term = agreement.term
    members = list(agreement.parties)
    contributions = list(agreement.funding.contributions) if agreement.funding else []
    duties = list(agreement.duties)
    for amendment in amendments:
        term = term.model_copy(update={"end": extended_end(agreement, term.end, amendment)})
        for change in amendment.amounts:
            contributions = [_apply_amount(c, change, term.start.year) for c in contributions]
        members, contributions = _drop(
            members + amendment.joins, contributions, set(amendment.leaves)
        )
        replaced = {d.id for d in amendment.duties} | set(amendment.drops)
        duties = [d for d in duties if d.id is None or d.id not in replaced] + amendment.duties
    if parties:
        gone = {ref for ref, end in party_ends(agreement).items() if end < as_of}
        members, contributions = _drop(members, contributions, gone)
    update: dict[str, object] = {"term": term, "parties": members, "duties": duties}
    if agreement.funding is not None:
        update["funding"] = agreement.funding.model_copy(update={"contributions": contributions})
    return agreement.model_copy(update=update)


def amended_on(loaded: LoadedAgreement, as_of: dt.date) -> LoadedAgreement:
    """``loaded`` as known on ``as_of``: the term as the amendments effective by then left it.

    Amendments that take effect later are not known yet (rule 15: an ``as_of``
    before an extension sees the old end).  The term changes of the known ones
    are folded into ``term``; their other changes (amounts, parties, duties)
    stay as events for :func:`agreement_on` to apply year by year.  The same
    object when there are no amendments, so the common case costs nothing.
    """
    agreement = loaded.agreement
    if not agreement.amendments:
        return loaded
    known = [
        a.model_copy(update={"extension": False, "term_end": None})
        for a in agreement.amendments
        if a.effective <= as_of
    ]
    term = agreement_on(agreement, as_of, parties=False).term
    amended = agreement.model_copy(update={"term": term, "amendments": known})
    return replace(loaded, agreement=amended)
