"""What the log tells on a given day: only the entries written by then.

A deadline computed "as of" a past day must not be marked done by an entry
logged later (a 2024-11-28 evaluation is unknown on 2024-09-01), so every rule
that reads ``log`` reads it through :func:`known_on`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..document import LoadedAgreement


def known_on(loaded: LoadedAgreement, as_of: dt.date) -> LoadedAgreement:
    """``loaded`` with only the log entries dated on or before ``as_of``.

    The same object when nothing is later, so the common case costs nothing.
    The marks are the file's: no rule locates a log entry by its position.
    """
    log = loaded.agreement.log
    known = [entry for entry in log if entry.date <= as_of]
    if len(known) == len(log):
        return loaded
    return replace(loaded, agreement=loaded.agreement.model_copy(update={"log": known}))
