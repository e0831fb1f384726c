"""The kinds of deadline row: a closed list that settings, filters and exports name.

Apart from :mod:`iopctl.rules.deadlines` so that reading ``iopctl.toml`` (which
checks reminder lead times per kind) does not import the deadline rules on
every ``validate``.
"""

from __future__ import annotations

from typing import Literal, get_args

DeadlineKind = Literal[
    "term_start",
    "term_end",
    "expiry",
    "renewal",
    "notice_deadline",
    "option_deadline",
    "payment",
    "evaluation",
    "report_due",
    "meeting_due",
    "task",
]
KINDS: tuple[str, ...] = get_args(DeadlineKind)
