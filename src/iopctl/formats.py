"""The ``--format`` choices of the commands that export: enums, nothing else.

They live apart from the renderers (outside :mod:`iopctl.export`) so that
``iopctl --help`` and ``validate`` can name them without importing any
renderer; each renderer module maps every member of its enum to a function
(a test checks none is missing).
"""

from __future__ import annotations

from enum import StrEnum


class DeadlineFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    ics = "ics"


class TableFormat(StrEnum):
    table = "table"
    json = "json"
