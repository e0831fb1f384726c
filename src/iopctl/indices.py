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
    """One year's figure and where it comes from."""

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

    def get(self, year: int) -> SeriesValue | None:
        return self.values.get(year)


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
