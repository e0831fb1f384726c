"""The payment schedule: base amount, compounded indexation, per-capita workings.

CONTRACT (implementation pending): see function docstrings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ..indices import SeriesStore
from ..loader import LoadedAgreement


@dataclass(frozen=True, slots=True)
class IndexStep:
    """One year's uprating: ``factor`` = 1 + ``value``/100 of series ``series`` for ``year``."""

    year: int
    series: str
    value: Decimal
    factor: Decimal
    status: str
    published: dt.date | None
    source: str


@dataclass(frozen=True, slots=True)
class PerCapitaWorking:
    year: int
    population_year: int
    population: Decimal | None
    rate: Decimal
    source: str | None
    stated: Decimal | None
    """The amount the document itself states for ``year``, if any."""


@dataclass(frozen=True, slots=True)
class PaymentYear:
    """What is paid for one year; ``amount`` None means unknown, with ``missing`` saying why."""

    year: int
    due: dt.date | None
    window_start: dt.date | None
    base: Decimal | None
    steps: tuple[IndexStep, ...]
    per_capita: PerCapitaWorking | None
    exact: Decimal | None
    amount: Decimal | None
    """Whole kronor, rounded half up at the end."""
    missing: tuple[str, ...]
    paid: Decimal | None
    paid_on: dt.date | None
    source: str
    explanation: str


def payment_schedule(
    loaded: LoadedAgreement, series: SeriesStore, lang: str = "sv"
) -> list[PaymentYear]:
    """Every payment year of the term (initial term and renewals), in order."""
    raise NotImplementedError
