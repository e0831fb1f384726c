"""Numbers, money and percentages as a Swedish or English reader writes them.

``813 514 kr`` and ``4,6 %`` in Swedish, ``SEK 813,514`` and ``4.6%`` in
English, via Babel's CLDR data.  Only report code imports this module, so
Babel stays out of every other command's start-up.

Spaces: CLDR gives Swedish a no-break space (U+00A0) as the group separator
and before ``%``; newer CLDR releases use the narrow no-break space (U+202F)
instead.  Every space is normalised to U+00A0, whichever Babel is installed:
output does not change with the Babel version, a number never wraps
mid-figure in a rendered table, and U+00A0 (unlike U+202F) is in every
font and survives every markdown renderer and PDF converter we know of.
Searching the text for ``472 200`` needs the no-break space too; that is
the price of a handout whose figures stay on one line.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from babel.numbers import format_decimal, format_percent

Lang = Literal["sv", "en"]

NBSP = "\u00a0"
_SPACES = str.maketrans({"\u202f": NBSP, " ": NBSP})
_LOCALES: dict[str, str] = {"sv": "sv_SE", "en": "en"}


def _locale(lang: str) -> str:
    return _LOCALES.get(lang, "sv_SE")


def number(value: Decimal | int, lang: str) -> str:
    """A count or measure with grouping: ``1 500`` (sv), ``1,500`` (en); decimals kept as given."""
    text = format_decimal(value, locale=_locale(lang), decimal_quantization=False)
    return text.translate(_SPACES)


def money(amount: Decimal | int, lang: str) -> str:
    """Kronor: whole amounts without decimals (``813 514 kr``), others with öre (``1,50 kr``)."""
    value = Decimal(amount)
    pattern = "#,##0" if value == value.to_integral_value() else "#,##0.00"
    figure = format_decimal(value, format=pattern, locale=_locale(lang)).translate(_SPACES)
    return f"SEK{NBSP}{figure}" if lang == "en" else f"{figure}{NBSP}kr"


def percent(value: Decimal | int, lang: str) -> str:
    """A percentage given in percent (``4.6`` → ``4,6 %``), with the decimals it has."""
    fraction = Decimal(value) / 100
    text = format_percent(fraction, locale=_locale(lang), decimal_quantization=False)
    return text.translate(_SPACES)


def month_name(month: int, lang: str) -> str:
    """``januari`` (sv), ``January`` (en): for payment windows and yearly notice days."""
    from babel.dates import get_month_names

    return str(get_month_names("wide", locale=_locale(lang))[month])


def day_month(month: int, day: int, lang: str) -> str:
    """A day that recurs every year: ``30 september`` (sv), ``30 September`` (en)."""
    return f"{day} {month_name(month, lang)}"
