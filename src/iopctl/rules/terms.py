"""Periods of an agreement's term: the initial term and every automatic renewal.

CONTRACT (implementation pending): see function docstrings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from ..models import Term


@dataclass(frozen=True, slots=True)
class Period:
    """One stretch of the term; ``number`` 1 is the initial term, 2.. the renewals.

    ``stop_by`` is the last day notice stops this period from starting (only
    for automatic renewals with a ``notice_by`` day); ``None`` otherwise.
    """

    number: int
    kind: Literal["initial", "renewal"]
    start: dt.date
    end: dt.date
    stop_by: dt.date | None = None


def term_periods(term: Term, horizon: dt.date | None = None) -> list[Period]:
    """The initial term and its renewals up to ``latest_end`` (or ``horizon`` if uncapped)."""
    raise NotImplementedError


def current_period(periods: list[Period], as_of: dt.date) -> Period | None:
    """The period containing ``as_of``, or None before the start / after the end."""
    raise NotImplementedError
