"""Reasons as data: what a rule says about a date or an amount, without words.

A rule never builds a sentence.  It returns a :class:`Reason`: a message id
and its arguments (the clause's ``path:line``, the arithmetic, the holiday
that moved a day, the assumption a date rests on).  :mod:`iopctl.words` turns
a reason into Swedish or English at the edge, so one computation serves every
language, and a check can ask *which* fact is missing instead of reading a
sentence.

Arguments are plain values (``str``, ``int``, ``date``, ``Decimal``), nested
reasons, or one of the small wrappers below that tell the words layer how a
value is to be read (an amount of money, a number of months, a weekday).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeAlias


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in kronor: ``472 200 kr`` / ``SEK 472,200``."""

    amount: Decimal


@dataclass(frozen=True, slots=True)
class Percent:
    """A value given in percent: ``4,6 %`` / ``4.6%``."""

    value: Decimal


@dataclass(frozen=True, slots=True)
class Months:
    """A count of months, pluralised by the language: ``6 månader`` / ``6 months``."""

    n: int


@dataclass(frozen=True, slots=True)
class Weekday:
    """The weekday of a date: ``lördag`` / ``Saturday``."""

    day: dt.date


@dataclass(frozen=True, slots=True)
class Holiday:
    """The name of the holiday on a date: ``nyårsafton`` / ``New Year's Eve``."""

    day: dt.date


@dataclass(frozen=True, slots=True)
class DayOfYear:
    """A day that recurs every year: ``30 september`` / ``September 30``."""

    month: int
    day: int


@dataclass(frozen=True, slots=True)
class Label:
    """A word from a closed list, by group and code: ``Label("status", "overdue")``."""

    group: str
    code: str


@dataclass(frozen=True, slots=True)
class Reason:
    """A message id with its arguments; hashable, so rows that hold reasons compare."""

    id: str
    args: tuple[tuple[str, Arg], ...] = ()

    @property
    def kwargs(self) -> Mapping[str, Arg]:
        return dict(self.args)


Arg: TypeAlias = (
    str
    | int
    | dt.date
    | Decimal
    | Money
    | Percent
    | Months
    | Weekday
    | Holiday
    | DayOfYear
    | Label
    | Reason
    | tuple[Reason, ...]
    | None
)


def reason(message_id: str, **args: Arg) -> Reason:
    """``reason("act_by.weekend", day=d, weekday=Weekday(d))``: the one way to make a Reason."""
    return Reason(message_id, tuple(args.items()))


OS_REASONS = frozenset(
    {"ENOENT", "EACCES", "EPERM", "ENAMETOOLONG", "ELOOP", "ENOTDIR", "EISDIR", "EIO", "EILSEQ"}
)
"""The system's reasons a file cannot be opened that a message says in the reader's words
(``os.<name>`` in the catalogs); any other is the system's own text."""


def os_reason(exc: OSError | ValueError) -> Label | str:
    """Why the system would not open, list or read a file, as a message argument: a
    :class:`~iopctl.rules.reasons.Label` the words layer says for the common reasons (the
    system's ``strerror`` is English whatever the reader's language), else its text."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "") if isinstance(exc, OSError) else ""
    if name in OS_REASONS:
        return Label("os", name)
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
