"""Every deadline as one row type: what the table, JSON, CSV and ICS exports share.

CONTRACT (implementation pending): see function docstrings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from ..indices import SeriesStore
from ..loader import LoadedAgreement

DeadlineKind = Literal[
    "term_start",
    "term_end",
    "renewal",
    "notice_deadline",
    "option_deadline",
    "payment",
    "evaluation",
    "report_due",
    "meeting_due",
    "task",
]
DeadlineStatus = Literal["upcoming", "due_soon", "overdue", "done", "missed", "info"]


@dataclass(frozen=True, slots=True)
class Deadline:
    agreement: str
    kind: DeadlineKind
    occurrence: str
    """Stable within (agreement, kind): a year, a period number, a duty id; never the date."""
    date: dt.date
    act_by: dt.date
    title: str
    status: DeadlineStatus
    source: str
    """``path:line`` of the YAML field the date comes from."""
    explanation: str
    window_start: dt.date | None = None
    amount: Decimal | None = None
    currency: str | None = None
    note: str | None = None
    """E.g. why an amount is unknown: "OPI 2025 saknas i data/indices/opi.yaml"."""
    done_on: dt.date | None = None

    @property
    def uid(self) -> str:
        return f"{self.agreement}.{self.kind}.{self.occurrence}@iopctl"


def agreement_deadlines(
    loaded: LoadedAgreement, series: SeriesStore, as_of: dt.date, lang: str = "sv"
) -> list[Deadline]:
    """Every deadline of one agreement, whatever its date, sorted by date."""
    raise NotImplementedError


@dataclass(frozen=True, slots=True)
class DeadlineQuery:
    as_of: dt.date
    until: dt.date
    include_past: bool = False
    agreements: frozenset[str] | None = None
    kinds: frozenset[str] | None = None
    statuses: frozenset[str] | None = frozenset({"active"})
    """Agreement statuses to include; None means all."""
    lang: str = "sv"


def select_deadlines(
    agreements: Sequence[LoadedAgreement], series: SeriesStore, query: DeadlineQuery
) -> list[Deadline]:
    """Deadlines in [as_of, until] (from the start with include_past), plus every overdue one."""
    raise NotImplementedError
