"""Index and population series, each value with its provenance.

A series file lives in ``data/indices/<name>.yaml`` (e.g. OPI, SKR's
omsorgsprisindex) or ``data/populations/<kommun>.yaml`` (SCB, 31 December).
The bundled files ship only values whose source can be named; a year that is
absent is *unknown*, and the rules say so instead of guessing.  A user's own
``data/`` folder is read after the bundled one and wins year by year, so a
municipality can add next year's OPI the day SKR publishes it.

Reading the files is :func:`iopctl.loader.load_series`; this module holds the
format and the lookup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from .models import MAX_MONEY, Model, Name, Text, decimal_text

SeriesKind = Literal["indices", "populations"]

Value = Annotated[
    Decimal, BeforeValidator(decimal_text), Field(ge=0, le=MAX_MONEY, allow_inf_nan=False)
]
"""An index or population figure: never negative, never beyond what money may be."""


class SeriesValue(Model):
    """One year's figure and where it comes from.

    A year may have two: a ``preliminary`` value and the ``definitive`` one
    that replaced it (DESIGN rule 14), each with the day it was ``published``.
    A value without ``published`` is taken as known on every day, so series
    files written before the rule keep their meaning.
    """

    year: int = Field(ge=1900, le=2200)
    value: Value
    status: Literal["preliminary", "definitive"]
    published: dt.date | None = None
    source: Text


class SeriesFile(Model):
    """``unit`` says how to read ``value``: a yearly change in percent, or a head count."""

    name: Name
    title: Name
    publisher: Name
    unit: Literal["percent_change", "inhabitants"]
    description: Text | None = None
    values: list[SeriesValue] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    title: str
    publisher: str
    unit: str
    path: str
    """The file the series was read from (the last one, if a user file extends a bundled one)."""
    values: dict[int, SeriesValue] = field(default_factory=dict)
    """The newest value of each year: the definitive one where there are two."""
    versions: dict[int, tuple[SeriesValue, ...]] = field(default_factory=dict)
    """Every value of a year, oldest first (preliminary before definitive), where there
    are several; a year with one value need not be here."""

    def get(self, year: int) -> SeriesValue | None:
        return self.values.get(year)

    def known(self, year: int, on: dt.date | None) -> tuple[SeriesValue, ...]:
        """The values of ``year`` published by ``on`` (all when ``on`` is None), oldest first.

        What was known on a day is what a payment made that day could use
        (DESIGN rule 14); a value without ``published`` counts as always known.
        """
        found = self.versions.get(year) or ((v,) if (v := self.values.get(year)) else ())
        return tuple(v for v in found if on is None or v.published is None or v.published <= on)


def version_order(value: SeriesValue) -> tuple[bool, dt.date]:
    """Oldest first: a preliminary value before the definitive one, then by ``published``."""
    return (value.status == "definitive", value.published or dt.date.min)


@dataclass(frozen=True, slots=True)
class SeriesStore:
    """All series known to a run, by kind and lower-case name."""

    indices: dict[str, Series] = field(default_factory=dict)
    populations: dict[str, Series] = field(default_factory=dict)

    def index(self, name: str) -> Series | None:
        return self.indices.get(name.lower())

    def population(self, name: str) -> Series | None:
        return self.populations.get(name.lower())

    def expected_path(self, kind: SeriesKind, name: str) -> str:
        """Where a missing series or value should be added, for messages."""
        known = (self.indices if kind == "indices" else self.populations).get(name.lower())
        return known.path if known else f"data/{kind}/{name.lower()}.yaml"
