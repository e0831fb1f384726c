"""Notice: latest notice dates, and what notice given on a day leads to.

CONTRACT (implementation pending): see function docstrings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from ..loader import LoadedAgreement


def latest_notice_date(end: dt.date, months: int) -> dt.date:
    """The latest day G with G + ``months`` months <= ``end`` (DESIGN time rule 3)."""
    raise NotImplementedError


@dataclass(frozen=True, slots=True)
class NoticeAnswer:
    agreement: str
    given: dt.date
    by: Literal["public", "civil"] | None
    allowed: bool
    """False when the termination clause reserves notice to the other party."""
    notice_months: int | None
    effective_end: dt.date | None
    limited_by: Literal["notice_period", "term_end", "renewal_stop", "none"]
    current_end: dt.date | None
    """End of the period running on ``given`` (or the term end before the start)."""
    stops_renewal: bool | None
    """Whether notice on ``given`` is in time to stop the next automatic renewal."""
    next_renewal_deadline: dt.date | None
    latest_notice_date: dt.date | None
    """Latest day notice still ends the agreement at ``current_end`` or earlier."""
    explanation: tuple[str, ...]
    source: str


def answer_notice(
    loaded: LoadedAgreement,
    given: dt.date,
    by: Literal["public", "civil"] | None = None,
    lang: str = "sv",
) -> NoticeAnswer:
    raise NotImplementedError
