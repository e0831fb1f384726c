"""Numbers, money, percentages and dates as a reader of one language writes them.

``813 514 kr`` and ``4,6 %`` in Swedish, ``SEK 813,514`` and ``4.6%`` in
English, from Babel's CLDR data for the language's locale; dates stay ISO
(``2025-06-30``) in every language, as DESIGN asks.  Babel is imported on the
first number formatted, so a command that prints none (``validate`` of a
clean file) never loads it.

Spaces: CLDR gives Swedish a no-break space (U+00A0) as the group separator
and before ``%``; newer CLDR releases use the narrow no-break space (U+202F)
instead.  Every space is normalised to U+00A0, whichever Babel is installed:
output does not change with the Babel version, a number never wraps
mid-figure in a rendered table, and U+00A0 (unlike U+202F) is in every font
and survives every markdown renderer and PDF converter we know of.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

NBSP = "\u00a0"
_SPACES = str.maketrans({"\u202f": NBSP, " ": NBSP})


def number(value: Decimal | int, locale: str) -> str:
    """A count or measure with grouping: ``1 500`` (sv), ``1,500`` (en); decimals kept as given."""
    from babel.numbers import format_decimal

    text = format_decimal(value, locale=locale, decimal_quantization=False)
    return text.translate(_SPACES)


def figure(amount: Decimal | int, locale: str) -> str:
    """An amount's digits: whole amounts without decimals (``813 514``), others with öre."""
    from babel.numbers import format_decimal

    value = Decimal(amount)
    pattern = "#,##0" if value == value.to_integral_value() else "#,##0.00"
    return format_decimal(value, format=pattern, locale=locale).translate(_SPACES)


def percent(value: Decimal | int, locale: str) -> str:
    """A percentage given in percent (``4.6`` → ``4,6 %``), with the decimals it has."""
    from babel.numbers import format_percent

    fraction = Decimal(value) / 100
    text = format_percent(fraction, locale=locale, decimal_quantization=False)
    return text.translate(_SPACES)


def month_name(
    month: int, locale: str, width: Literal["abbreviated", "narrow", "wide"] = "wide"
) -> str:
    """``januari`` / ``January`` (``width="abbreviated"``: ``jan.`` / ``Jan``)."""
    from babel.dates import get_month_names

    return str(get_month_names(width, locale=locale)[month])


def weekday_name(weekday: int, locale: str) -> str:
    """``måndag`` / ``Monday`` for ``date.weekday()`` 0."""
    from babel.dates import get_day_names

    return str(get_day_names("wide", locale=locale)[weekday])
