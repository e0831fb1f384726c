"""Pydantic models of an IOP agreement: the file format, and nothing else.

The models are frozen and forbid unknown keys, so a typo in a YAML key is an
error with a "did you mean" hint instead of a silently ignored fact.  They hold
only what one field can decide on its own (types, ranges, enumerations);
everything that compares fields (sums, date order, org-number check digits)
lives in :mod:`iopctl.checks`, where it becomes a located ``Problem``.

Keys are English snake_case; free text stays in the agreement's language.
Money is ``Decimal`` (a YAML float is converted through its decimal text, never
used as a binary float).

No ``from __future__ import annotations`` here: pydantic would have to evaluate
the ~165 field annotations back from strings at every start (~4 ms); the
classes are ordered so that each one refers only to those above it.
"""

import calendar
import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal, Self

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError


def decimal_text(value: object) -> object:
    """Turn a YAML float into a Decimal through its text; reject booleans outright, and
    text with other digits than 0–9 (``Decimal`` reads ``'١٠٠'`` and ``'１００'`` as 100)."""
    if isinstance(value, bool):
        raise ValueError("a number is required, not true/false")
    if isinstance(value, str) and not value.isascii():
        raise PydanticCustomError("decimal_parsing", "Input should be a number written 0-9")
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


MAX_MONEY = 10**12
"""A thousand billion kronor: beyond any IOP, and far inside what the arithmetic and Babel take."""
MAX_HOURS = 10**7
"""Ten million hours: a thousand people's working lives."""


def _number_schema(maximum: int) -> WithJsonSchema:
    """How a Decimal looks in the exported JSON Schema: YAML writes it as a plain number."""
    return WithJsonSchema({"type": "number", "minimum": 0, "maximum": maximum})


Money = Annotated[
    Decimal,
    BeforeValidator(decimal_text),
    Field(ge=0, le=MAX_MONEY, allow_inf_nan=False),
    _number_schema(MAX_MONEY),
]
"""An amount in SEK: integer or decimal, never negative, at most :data:`MAX_MONEY`."""

Hours = Annotated[
    Decimal,
    BeforeValidator(decimal_text),
    Field(ge=0, le=MAX_HOURS, allow_inf_nan=False),
    _number_schema(MAX_HOURS),
]
"""Volunteer or staff hours: the same number rules as money, a different unit and bound."""

Units = Hours
"""Units of a usage fee (nights, hours of care): counted like hours."""

Text = Annotated[str, Field(min_length=1, max_length=5000)]
Name = Annotated[str, Field(min_length=1, max_length=300)]

Role = Literal["public", "civil"]
"""``public``: the municipality or region; ``civil``: the non-profit (idéburen part)."""
ROLES: tuple[Role, ...] = ("public", "civil")

Key = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=60)]
"""A short lower-case name that other fields refer to (a party, a source, a duty)."""

PartyRef = Key
"""A party's ``id``, or a role (``public``, ``civil``) meaning that whole side (DESIGN rule 16).

Which ids exist is a check across fields (``unknown-party``), not a type."""
Who = Literal["public", "civil", "joint"]
Status = Literal["draft", "proposal", "active", "ended", "terminated"]


class Model(BaseModel):
    """The base of every model: frozen, strict about keys, and built lazily.

    ``defer_build`` because pydantic would otherwise build a validator for each
    of the ~30 classes at import, although only the roots (``Agreement``, the
    series file) ever validate: the first validation builds one schema that
    contains the nested ones, which saves ~10–20 ms at every start.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, defer_build=True)


class MonthDay(Model):
    """A day that recurs every year, e.g. ``{month: 9, day: 30}`` for "senast den 30 september"."""

    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)

    @model_validator(mode="after")
    def _day_exists(self) -> Self:
        # February 29 is allowed: it exists in leap years, and the rules clip it.
        if self.day > calendar.monthrange(2024, self.month)[1]:
            raise ValueError(f"month {self.month} has no day {self.day}")
        return self


class DateWindow(Model):
    """An inclusive span of days, e.g. "första kvartalet 2025"."""

    start: dt.date
    end: dt.date


class Reference(Model):
    dnr: Name | None = None
    parent: Text | None = None
    case_officer: Name | None = None
    unit: Name | None = None


SourceKind = Literal[
    "agreement", "appendix", "application", "decision", "minutes", "press_release", "web_page"
]
"""What a source is, so a report never calls a press release or a decision "avtal"."""


class Source(Model):
    """Where the encoded facts come from, so a reader can check every one of them.

    ``id`` lets an assumption or an amendment name the source it rests on; a
    file with one source needs none.
    """

    id: Key | None = None
    document: Name
    """The file name or web address of the source."""
    kind: SourceKind = "agreement"
    title: Name | None = None
    section: Name | None = None
    date: dt.date | None = None


class Party(Model):
    """One party; ``id`` is needed only when a side has several (eight municipalities).

    A party that joins later is listed in the amendment that brings it in, not here.
    """

    id: Key | None = None
    role: Role
    name: Name
    org_number: Name | None = None
    unit: Name | None = None
    note: Text | None = None


class Contact(Model):
    party: PartyRef
    """A party id, or a role for the side (one party per side needs no ids)."""
    name: Name
    title: Name | None = None
    email: Name | None = None
    phone: Name | None = None
    note: Text | None = None
    """Why this person is listed when the document says (e.g. "kontaktperson för uppföljning")."""


class Signatory(Model):
    party: PartyRef
    name: Name | None = None
    title: Name | None = None
    signed: dt.date | None = None
    note: Text | None = None


class Renewal(Model):
    """Automatic prolongation: "förlängs automatiskt med ett år i taget"."""

    automatic: StrictBool = True
    period_months: int = Field(ge=1, le=120)
    latest_end: dt.date | None = None
    notice_by: MonthDay | None = None
    conditions: Text | None = None


class Extension(Model):
    """An option to extend that needs a decision ("möjlighet till förlängning")."""

    text: Text
    period_months: int | None = Field(default=None, ge=1, le=120)
    decide_by: dt.date | None = None
    by: Who | None = None


class Term(Model):
    start: dt.date
    end: dt.date
    """Inclusive: the last day on which the agreement applies."""
    renewal: Renewal | None = None
    extension: Extension | None = None


Consequence = Literal["repay_unused_funds", "repay_misused_funds"]
"""The short form of a repayment clause, kept so files written with it stay valid."""


class Termination(Model):
    """Leaving early: uppsägning / frånträde."""

    notice_months: int = Field(ge=1, le=60)
    by: Literal["either", "public", "civil"] = "either"
    form: Literal["written", "any"] | None = None
    grounds: Text | None = None
    consequences: list[Consequence] = []
    """Repayment as a code; ``repayments`` says it in the document's words with its trigger."""
    note: Text | None = None


RepaymentTrigger = Literal["early_end", "evaluation_finding", "extraordinary"]
"""What sets a repayment clause off: the agreement ending early ("upphör i förtid"), an
evaluation finding funds misused ("om utvärderingen har visat …"), or an exceptional case
("i extraordinära fall", "i undantagsfall")."""


class Repayment(Model):
    """A repayment clause with its own trigger (DESIGN rule 10).

    Not every repayment follows an early end: a finding of misuse or an
    exceptional case can call for one while the agreement runs, so each is
    stated where its trigger arises, in the document's words.
    """

    trigger: RepaymentTrigger
    text: Text
    """The clause in the document's words."""


class BudgetLine(Model):
    label: Name
    amount: Money
    note: Text | None = None


class YearAmount(Model):
    """An amount the document states for one year ("2019: 250 000 kr")."""

    year: int = Field(ge=1900, le=2200)
    amount: Money


class PerCapita(Model):
    """Kronor per inhabitant, from a population series read ``lag_years`` before the year."""

    rate: Money
    population: Annotated[str, Field(min_length=1, max_length=60, pattern=r"^[a-z0-9_-]+$")]
    lag_years: int = Field(ge=0, le=10)
    stated: list[YearAmount] = []


class Contribution(Model):
    """What one party brings: a grant, self-financing, volunteer hours in kind, or usage fees.

    ``payer`` and ``recipient`` are a party id or a role (the whole side).  The
    amount is one of: ``amount`` every year; ``by_year`` (years not listed are
    unknown, unless ``amount`` gives the rest); ``per_capita`` of the payer's
    own population; or, for ``usage_fee``, ``rate`` per ``unit`` times the
    units logged (known only from the log).
    """

    payer: PartyRef
    recipient: PartyRef | None = None
    kind: Literal["grant", "self_financing", "in_kind", "usage_fee"] = "grant"
    label: Name | None = None
    amount: Money | None = None
    by_year: list[YearAmount] = []
    per_capita: PerCapita | None = None
    rate: Money | None = None
    """Kronor per ``unit`` of a usage fee ("1 200 kr per dygn")."""
    unit: Name | None = None
    hours: Hours | None = None
    hourly_rate: Money | None = None
    """Kronor per volunteer hour, when the document states one (checked against ``value``)."""
    value: Money | None = None
    approximate: StrictBool = False
    lines: list[BudgetLine] = []
    note: Text | None = None

    @model_validator(mode="after")
    def _usage_fee_has_rate(self) -> Self:
        if (self.kind == "usage_fee") != (self.rate is not None):
            raise ValueError("a usage_fee has a rate (and only a usage_fee has one)")
        return self


class Funding(Model):
    per: Literal["calendar_year", "agreement_year", "term"]
    stated_total: Money | None = None
    contributions: list[Contribution] = Field(min_length=1)


class PaymentWindow(Model):
    """The month in which a payment is made ("i januari månad"), optionally a day by which."""

    month: int = Field(ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)


class YearSpan(Model):
    """Whole calendar years, both included: what a lump sum covers."""

    first: int = Field(ge=1900, le=2200)
    last: int = Field(ge=1900, le=2200)


class Payments(Model):
    """When the money is paid.

    ``unknown``: the amounts are known but the document gives no days, so no
    payment is ever overdue.  ``once``: one payment on ``date`` covering the
    years of ``covers`` ("420 000 kr i början av januari 2021 för 2020–2022").
    """

    schedule: Literal["yearly", "half_yearly", "quarterly", "monthly", "once", "unknown"]
    window: PaymentWindow | None = None
    date: dt.date | None = None
    covers: YearSpan | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _once_has_a_day(self) -> Self:
        if (self.schedule == "once") != (self.date is not None):
            raise ValueError("schedule 'once' needs a date (and only it takes one)")
        if self.covers is not None and self.schedule != "once":
            raise ValueError("covers belongs to schedule 'once'")
        if self.covers is not None and self.covers.last < self.covers.first:
            raise ValueError("covers ends before it starts")
        return self


class Indexation(Model):
    """Yearly uprating by an index series, compounded from the first adjustment date."""

    index: Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_-]+$")]
    from_: dt.date = Field(alias="from")
    applies_to: Role = "public"
    index_year: Literal["payment_year", "previous_year"] = "payment_year"


StatedAmount = YearAmount
"""The per-capita clause's name for an amount stated for one year."""


class Times(Model):
    """How often per period a duty is done.

    "1–2 dagar per termin" is ``{min: 1, max: 2, per: term}``; ``per`` rather
    than ``every`` because ``every`` is when a recurring duty falls due.
    """

    min: int = Field(ge=0, le=1000)
    max: int | None = Field(default=None, ge=1, le=1000)
    per: Literal["term", "half_year", "year"]

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.max is not None and self.max < self.min:
            raise ValueError("max is below min")
        return self


class DutyBase(Model):
    id: Key | None = None
    title: Name
    by: PartyRef = "public"
    """Who does it: a party id, a role (that whole side) or ``joint``, as other party fields."""
    responsible: Name | None = None
    times: Times | None = None
    details: list[Text] = []
    note: Text | None = None


Every = Literal["year", "half_year", "quarter", "month"]
"""The calendar periods a recurring duty falls due in (DESIGN rule 12)."""


class Lag(Model):
    """A time after each period's end: "senast två månader efter verksamhetsårets slut".

    Months follow lag (1930:173) like every other month in the tool.
    """

    months: int | None = Field(default=None, ge=1, le=24)
    days: int | None = Field(default=None, ge=1, le=730)

    @model_validator(mode="after")
    def _one_unit(self) -> Self:
        if (self.months is None) == (self.days is None):
            raise ValueError("give months or days (one of them)")
        return self


class RecurringDuty(DutyBase):
    """What reports, tasks and evaluations share: they may recur, with deliverables.

    ``every`` makes a duty recur in calendar periods; it then falls due on
    ``due`` (a day of the year, only for ``every: year``), ``due_after`` each
    period's end, or else at the period's end.  Without ``every`` a duty is
    due once (``due`` a date).  ``deliverables`` are the documents an
    occurrence needs; a log entry names those it brings.
    """

    every: Every | None = None
    due: dt.date | MonthDay | None = None
    due_after: Lag | None = None
    deliverables: list[Name] = Field(default=[], max_length=50)

    @model_validator(mode="after")
    def _recurs_consistently(self) -> Self:
        if self.due is not None and self.due_after is not None:
            raise ValueError("give due or due_after, not both")
        if self.every is None:
            if isinstance(self.due, MonthDay):
                raise ValueError("a day of the year ({month, day}) recurs: add every: year")
            if self.due_after is not None:
                raise ValueError("due_after belongs to a recurring duty: add every")
        elif isinstance(self.due, dt.date):
            raise ValueError("a recurring duty is due on a day of the year: {month, day}")
        elif self.due is not None and self.every != "year":
            raise ValueError("a day of the year ({month, day}) needs every: year; else due_after")
        if len(set(self.deliverables)) != len(self.deliverables):
            raise ValueError("a deliverable is listed twice")
        return self


class Evaluation(RecurringDuty):
    kind: Literal["evaluation"]
    every: Every = "year"


class Report(RecurringDuty):
    kind: Literal["report"]
    to: Name | None = None
    window: DateWindow | None = None
    covers: DateWindow | None = None
    """The period a one-off report is about, distinct from when it is due."""

    @model_validator(mode="after")
    def _one_off_fields(self) -> Self:
        if self.every is not None and (self.window is not None or self.covers is not None):
            raise ValueError("window and covers belong to a one-off report (no every)")
        return self


class Meeting(DutyBase):
    kind: Literal["meeting"]
    name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=60)]
    times_per_year: int = Field(ge=1, le=12)
    convenor: Name | None = None
    minutes: Text | None = None
    participants: list[Name] = []
    agenda: list[Text] = []


class Task(RecurringDuty):
    kind: Literal["task"]


Duty = Annotated[Evaluation | Report | Meeting | Task, Field(discriminator="kind")]


class Obligation(Model):
    by: Who
    party: Name | None = None
    text: Text


class Referral(Model):
    condition: Text
    to: Name


class Scope(Model):
    """What the partnership covers and, as its own list, what it does not.

    "omfattar inte skyddat boende" is an exclusion a reader must not miss in prose.
    """

    includes: list[Text] = []
    excludes: list[Text] = []


class TargetGroup(Model):
    description: Text
    min_age: int | None = Field(default=None, ge=0, le=150)
    area: Text | None = None
    referrals: list[Referral] = []


LogKind = Literal[
    "payment", "meeting", "evaluation", "report", "task", "hours", "notice", "renewal", "other"
]


def _year_as_text(value: object) -> object:
    """``name: 2024`` names the 2024 payment: YAML reads it as a number, we mean the text."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


class LogEntry(Model):
    """Something that happened; a matching entry marks a deadline done."""

    date: dt.date
    kind: LogKind
    name: Annotated[str, BeforeValidator(_year_as_text), Field(max_length=60)] | None = None
    """The duty, occurrence or payment instalment the entry is about (``2024``, ``2024-Q2``)."""
    amount: Money | None = None
    hours: Hours | None = None
    units: Units | None = None
    """Units of a usage fee this entry pays for (nights, hours)."""
    by: PartyRef | None = None
    """Who acted: the party that paid, or gave notice (an id, or a role for the whole side)."""
    received: dt.date | None = None
    """When the other party received the notice; the notice period runs from it if given."""
    deliverables: list[Name] = Field(default=[], max_length=50)
    """The deliverables of the named duty this entry brings (all of them when none is named)."""
    note: Text | None = None


class Assumption(Model):
    """A fact the document does not state literally, and the choice made for it."""

    field: Name
    note: Text
    source: Key | None = None
    """The ``id`` of the source the choice rests on, when there are several."""


class AmountChange(Model):
    """A contribution's new yearly amount from ``from_year`` on; earlier years keep theirs."""

    payer: PartyRef
    label: Name | None = None
    """Which of the payer's contributions, when it has several."""
    from_year: int = Field(ge=1900, le=2200)
    amount: Money


class Amendment(Model):
    """A dated change to the agreement (DESIGN rule 15): a decision, an extension used.

    The change applies from ``effective``: an ``as_of`` before it sees the
    agreement without it.  ``extension: true`` records that ``term.extension``
    was exercised (a new ``term_end``, else the option's ``period_months``).
    """

    id: Key | None = None
    decided: dt.date
    body: Name
    """Who decided ("Kommunstyrelsen", "Socialnämnden")."""
    dnr: Name | None = None
    effective: dt.date
    summary: Text
    source: Key | None = None
    extension: StrictBool = False
    term_end: dt.date | None = None
    amounts: list[AmountChange] = []
    joins: list[Party] = []
    leaves: list[PartyRef] = []
    duties: list[Duty] = []
    """Duties added, or replacing the duty with the same ``id``."""
    drops: list[Key] = []
    """Ids of duties that end at ``effective``."""


AGREEMENT_ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
AGREEMENT_ID_MAX_LENGTH = 100
"""An agreement id, which is also its file name: ``iopctl new`` refuses any other."""


class Agreement(Model):
    id: Annotated[str, Field(pattern=AGREEMENT_ID_PATTERN, max_length=AGREEMENT_ID_MAX_LENGTH)]
    title: Name
    status: Status
    language: Literal["sv", "en"] = "sv"
    reference: Reference | None = None
    source: Source
    sources: list[Source] = []
    """Further sources: decisions, minutes, an application, a press release."""
    purpose: Text | None = None
    parties: list[Party] = Field(min_length=2)
    contacts: list[Contact] = []
    signatories: list[Signatory] = []
    term: Term
    deadline_rolling: Literal["none", "forward"] = "none"
    termination: Termination | None = None
    repayments: list[Repayment] = []
    funding: Funding | None = None
    payments: Payments | None = None
    indexation: Indexation | None = None
    per_capita: PerCapita | None = None
    duties: list[Duty] = []
    obligations: list[Obligation] = []
    service_levels: list[Text] = []
    target_group: TargetGroup | None = None
    scope: Scope | None = None
    amendments: list[Amendment] = []
    log: list[LogEntry] = []
    assumptions: list[Assumption] = []
    notes: list[Text] = []

    def party(self, ref: str) -> Party | None:
        """The party with id ``ref``, else the first with that role (a role means the side)."""
        by_id = next((p for p in self.parties if p.id is not None and p.id == ref), None)
        return by_id or next((p for p in self.parties if p.role == ref), None)

    def party_name(self, ref: str) -> str | None:
        """The name of the party whose id is ``ref``: how a reader knows it.  None for a
        role (the side's word is said) or a name written out (a convenor's)."""
        party = self.party(ref)
        return party.name if party is not None and party.id == ref else None

    def source_named(self, ref: str | None) -> Source:
        """The source with id ``ref``; without one, a fact rests on the file's own ``source``."""
        found = next((s for s in self.sources if ref is not None and s.id == ref), None)
        return found or self.source
