"""Which computed dates rest on an ``assumptions`` entry, so that none overclaims.

An explanation that says "datum enligt avtalet" of a day the document never
names misleads whoever must defend it.  An assumption's ``field`` is a path
(``duties.arlig-utvardering.due``, ``termination``, ``payments``); it covers
that field and everything under it.  A duty may be named by its index, its
``id`` or its kind (``duties.meeting`` speaks of every meeting).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..document import LoadedAgreement
from ..models import Duty
from .reasons import Reason, reason

_INDEX = re.compile(r"\[(\d+)\]")


def _segments(path: str) -> tuple[str, ...]:
    """``duties[2].due`` -> ``('duties', '2', 'due')``: one shape for both spellings."""
    return tuple(_INDEX.sub(r".\1", path).split("."))


def duty_paths(index: int, duty: Duty, field: str) -> tuple[str, ...]:
    """The names a duty's ``field`` goes by: by index, by ``id``, by kind."""
    names = [str(index), duty.kind, *([duty.id] if duty.id is not None else [])]
    return tuple(f"duties.{name}.{field}" for name in names)


def assumptions_on(loaded: LoadedAgreement, paths: Iterable[str]) -> tuple[Reason, ...]:
    """A citation of each assumption that covers one of ``paths``, in the file's order."""
    wanted = [_segments(p) for p in paths]
    cited = []
    for i, assumption in enumerate(loaded.agreement.assumptions):
        field = _segments(assumption.field)
        if any(path[: len(field)] == field for path in wanted):
            cited.append(
                reason(
                    "assumption.cited",
                    field=assumption.field,
                    note=assumption.note,
                    source=loaded.where("assumptions", i),
                )
            )
    return tuple(cited)
