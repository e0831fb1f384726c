"""The words layer: every text a person reads, in one catalog per language.

Rules, checks and the loader return data: dates, amounts, codes and
:class:`~iopctl.rules.reasons.Reason` s (a message id with its arguments).
Only here do they become Swedish or English.  A language is a
:class:`Language`: a catalog (message id -> template) and a Babel locale for
numbers.  Adding a language is one new catalog module plus one entry in
:data:`LANGUAGES`; ``tests/test_words.py`` shows a stub catalog plugging in.

A catalog entry is a :meth:`str.format` template whose fields are the
reason's arguments, each first put into words by :meth:`Words.arg` according
to its type (a :class:`~iopctl.rules.reasons.Money` becomes ``472 200 kr``, a
date stays ISO, a nested reason is said in turn).  Where a language needs
more than a template (agreement of number, a choice of word), the entry is a
function of the :class:`Words` and the arguments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TypeAlias

from ..rules.reasons import (
    Arg,
    DayOfYear,
    Holiday,
    Label,
    Money,
    Months,
    Percent,
    Reason,
    Weekday,
    reason,
)

Entry: TypeAlias = "str | Callable[[Words, Mapping[str, Arg]], str]"
"""A template, or a function for what a template cannot say."""

Catalog = Mapping[str, Entry]


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    """``sv``, ``en``: what ``--lang`` takes."""
    locale: str
    """The Babel locale for numbers and names of months and weekdays."""
    catalog: Catalog
    holiday_language: str
    """The ``holidays`` package's language code for holiday names."""


class MissingText(KeyError):
    """A message id that a catalog does not hold: a bug, caught by the catalog tests."""


@dataclass(frozen=True, slots=True)
class Words:
    """One language's way of saying things: reasons, labels, numbers, money, dates."""

    language: Language

    @property
    def lang(self) -> str:
        return self.language.code

    def say(self, what: Reason) -> str:
        """The sentence for ``what`` in this language."""
        try:
            entry = self.language.catalog[what.id]
        except KeyError:
            raise MissingText(f"{self.lang}: no text for {what.id!r}") from None
        args = what.kwargs
        if callable(entry):
            return entry(self, args)
        return entry.format(**{name: self.arg(value) for name, value in args.items()})

    def text(self, message_id: str, **args: Arg) -> str:
        """``say`` for a message that no rule returned (a heading, a column name)."""
        return self.say(reason(message_id, **args))

    def label(self, group: str, code: str) -> str:
        """The word for ``code`` in a closed list: a status, a kind, a role."""
        return self.text(f"{group}.{code}")

    def arg(self, value: Arg) -> str:
        """One argument in words, by its type."""
        match value:
            case None:
                return ""
            case str():
                return value
            case bool():
                return self.label("bool", str(value).lower())
            case int():
                return str(value)
            case dt.date():
                return value.isoformat()
            case Decimal():
                return self.number(value)
            case Money():
                return self.money(value.amount)
            case Percent():
                return self.percent(value.value)
            case Months():
                return self.text("unit.months" if value.n != 1 else "unit.month", n=value.n)
            case Weekday():
                return self.weekday(value.day)
            case Holiday():
                return self.holiday(value.day) or value.day.isoformat()
            case DayOfYear():
                return self.day_of_year(value.month, value.day)
            case Label():
                return self.label(value.group, value.code)
            case Reason():
                return self.say(value)
            case tuple():
                return self.text("list.separator").join(self.say(r) for r in value)
        raise TypeError(f"cannot put {type(value).__name__} into words")

    # --- numbers and dates -------------------------------------------------------

    def number(self, value: Decimal | int) -> str:
        from .format import number

        return number(value, self.language.locale)

    def money(self, amount: Decimal | int) -> str:
        from .format import figure

        return self.text("unit.money", figure=figure(amount, self.language.locale))

    def percent(self, value: Decimal | int) -> str:
        from .format import percent

        return percent(value, self.language.locale)

    def month_name(self, month: int) -> str:
        from .format import month_name

        return month_name(month, self.language.locale)

    def weekday(self, day: dt.date) -> str:
        from .format import weekday_name

        return weekday_name(day.weekday(), self.language.locale)

    def day_of_year(self, month: int, day: int) -> str:
        return self.text("date.day_of_year", day=day, month=self.month_name(month))

    def holiday(self, day: dt.date) -> str | None:
        """The holiday's name on ``day`` in this language; None on an ordinary day."""
        from ..calendar import holiday_name

        return holiday_name(day, self.language.holiday_language)


def _languages() -> dict[str, Language]:
    from . import en, sv

    return {
        "sv": Language("sv", "sv_SE", sv.CATALOG, "sv"),
        "en": Language("en", "en", en.CATALOG, "en_US"),
    }


LANGUAGES: tuple[str, ...] = ("sv", "en")
"""The languages ``--lang`` offers, the default first."""


@cache
def words(lang: str) -> Words:
    """The words of ``lang`` (``sv`` or ``en``); a code not offered is an error, not Swedish."""
    try:
        return Words(_languages()[lang])
    except KeyError:
        raise ValueError(f"no language {lang!r} (choose from {', '.join(LANGUAGES)})") from None
