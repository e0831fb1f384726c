"""'Due soon' at a repository's own distance (``due_soon_days`` in ``iopctl.toml``).

The deadline rules decide every status with the default of 30 days; a
repository that wants a fortnight, or two months, changes only which open
rows count as due soon, so that is all this does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from .deadlines import DUE_SOON_DAYS, Deadline

OPEN = frozenset({"upcoming", "due_soon"})


def with_due_soon(rows: Sequence[Deadline], as_of: dt.date, days: int) -> list[Deadline]:
    """``rows`` with each open row's status decided at ``days`` instead of the default."""
    if days == DUE_SOON_DAYS:
        return list(rows)
    return [
        replace(row, status="due_soon" if (row.date - as_of).days <= days else "upcoming")
        if row.status in OPEN
        else row
        for row in rows
    ]
