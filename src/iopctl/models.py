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

Text = Annotated[str, Field(min_length=1, max_length=5000)]
Name = Annotated[str, Field(min_length=1, max_length=300)]

Role = Literal["public", "civil"]
"""``public``: the municipality or region; ``civil``: the non-profit (idéburen part)."""
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


class Source(Model):
    """Where the encoded facts come from, so a reader can check every one of them."""

    document: Name
    kind: Literal["agreement", "appendix", "application"] = "agreement"
    section: Name | None = None
    date: dt.date | None = None


class Party(Model):
    role: Role
    name: Name
    org_number: Name | None = None
    unit: Name | None = None
    note: Text | None = None


class Contact(Model):
    party: Role
    name: Name
    title: Name | None = None
    email: Name | None = None
    phone: Name | None = None
    note: Text | None = None
    """Why this person is listed when the document says (e.g. "kontaktperson för uppföljning")."""


class Signatory(Model):
    party: Role
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


class Termination(Model):
    """Leaving early: uppsägning / frånträde."""

    notice_months: int = Field(ge=1, le=60)
    by: Literal["either", "public", "civil"] = "either"
    form: Literal["written", "any"] | None = None
    grounds: Text | None = None
    consequences: list[Consequence] = []
    note: Text | None = None


class BudgetLine(Model):
    label: Name
    amount: Money
    note: Text | None = None


class Contribution(Model):
    """What one party brings: a grant, self-financing, or volunteer hours in kind."""

    payer: Role
    kind: Literal["grant", "self_financing", "in_kind"] = "grant"
    label: Name | None = None
    amount: Money | None = None
    hours: Hours | None = None
    hourly_rate: Money | None = None
    """Kronor per volunteer hour, when the document states one (checked against ``value``)."""
    value: Money | None = None
    approximate: StrictBool = False
    lines: list[BudgetLine] = []
    note: Text | None = None


class Funding(Model):
    per: Literal["calendar_year", "agreement_year", "term"]
    stated_total: Money | None = None
    contributions: list[Contribution] = Field(min_length=1)


class PaymentWindow(Model):
    """The month in which a payment is made ("i januari månad"), optionally a day by which."""

    month: int = Field(ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)


class Payments(Model):
    schedule: Literal["yearly", "half_yearly", "quarterly", "monthly"]
    window: PaymentWindow | None = None
    note: Text | None = None


class Indexation(Model):
    """Yearly uprating by an index series, compounded from the first adjustment date."""

    index: Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_-]+$")]
    from_: dt.date = Field(alias="from")
    applies_to: Role = "public"
    index_year: Literal["payment_year", "previous_year"] = "payment_year"


class StatedAmount(Model):
    year: int = Field(ge=1900, le=2200)
    amount: Money


class PerCapita(Model):
    """Kronor per inhabitant, from a population series read ``lag_years`` before the year."""

    rate: Money
    population: Annotated[str, Field(min_length=1, max_length=60, pattern=r"^[a-z0-9_-]+$")]
    lag_years: int = Field(ge=0, le=10)
    stated: list[StatedAmount] = []


class DutyBase(Model):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=60)] | None = None
    title: Name
    by: Who = "public"
    responsible: Name | None = None
    details: list[Text] = []
    note: Text | None = None


class Evaluation(DutyBase):
    kind: Literal["evaluation"]
    every: Literal["year"] = "year"
    due: MonthDay | None = None


class Report(DutyBase):
    kind: Literal["report"]
    to: Name | None = None
    due: dt.date | None = None
    window: DateWindow | None = None


class Meeting(DutyBase):
    kind: Literal["meeting"]
    name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=60)]
    times_per_year: int = Field(ge=1, le=12)
    convenor: Name | None = None
    minutes: Text | None = None
    participants: list[Name] = []
    agenda: list[Text] = []


class Task(DutyBase):
    kind: Literal["task"]
    due: dt.date | None = None


Duty = Annotated[Evaluation | Report | Meeting | Task, Field(discriminator="kind")]


class Obligation(Model):
    by: Who
    party: Name | None = None
    text: Text


class Referral(Model):
    condition: Text
    to: Name


class TargetGroup(Model):
    description: Text
    min_age: int | None = Field(default=None, ge=0, le=150)
    area: Text | None = None
    referrals: list[Referral] = []


LogKind = Literal[
    "payment", "meeting", "evaluation", "report", "task", "hours", "notice", "renewal", "other"
]


class LogEntry(Model):
    """Something that happened; a matching entry marks a deadline done."""

    date: dt.date
    kind: LogKind
    name: Annotated[str, Field(max_length=60)] | None = None
    amount: Money | None = None
    hours: Hours | None = None
    by: Literal["public", "civil"] | None = None
    """Who gave notice (``kind: notice``)."""
    received: dt.date | None = None
    """When the other party received the notice; the notice period runs from it if given."""
    note: Text | None = None


class Assumption(Model):
    """A fact the document does not state literally, and the choice made for it."""

    field: Name
    note: Text


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
    purpose: Text | None = None
    parties: list[Party] = Field(min_length=2)
    contacts: list[Contact] = []
    signatories: list[Signatory] = []
    term: Term
    deadline_rolling: Literal["none", "forward"] = "none"
    termination: Termination | None = None
    funding: Funding | None = None
    payments: Payments | None = None
    indexation: Indexation | None = None
    per_capita: PerCapita | None = None
    duties: list[Duty] = []
    obligations: list[Obligation] = []
    service_levels: list[Text] = []
    target_group: TargetGroup | None = None
    log: list[LogEntry] = []
    assumptions: list[Assumption] = []
    notes: list[Text] = []

    def party(self, role: Role) -> Party | None:
        """The first party with ``role``; agreements name one of each."""
        return next((p for p in self.parties if p.role == role), None)
