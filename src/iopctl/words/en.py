"""English: every text a person reads, by message id (see :mod:`iopctl.words`).

Sections are separate dicts so that each part of the tool keeps its texts
together; :data:`CATALOG` is their union, and ``tests/test_words.py`` checks
that every language has the same ids with the same fields.
"""

from __future__ import annotations

from . import Catalog

# --- shared: units, lists, labels --------------------------------------------------

_COMMON: Catalog = {
    "unit.money": "SEK\u00a0{figure}",
    "unit.month": "{n} month",
    "unit.months": "{n} months",
    "list.separator": "; ",
    "date.day_of_year": "{month} {day}",
    "bool.true": "yes",
    "bool.false": "no",
    "status.upcoming": "upcoming",
    "status.due_soon": "due soon",
    "status.overdue": "overdue",
    "status.done": "done",
    "status.missed": "missed",
    "status.info": "info",
    "kind.term_start": "start",
    "kind.term_end": "end",
    "kind.renewal": "renewal",
    "kind.notice_deadline": "notice",
    "kind.option_deadline": "option",
    "kind.payment": "payment",
    "kind.evaluation": "evaluation",
    "kind.report_due": "report",
    "kind.meeting_due": "meeting",
    "kind.task": "task",
}

# --- deadlines, notice, payments (rules' reasons) -----------------------------------

_RULES: Catalog = {}

# --- reports ---------------------------------------------------------------------

_REPORT: Catalog = {}

# --- show --------------------------------------------------------------------------

_SHOW: Catalog = {}

# --- validation problems -----------------------------------------------------------

_PROBLEMS: Catalog = {}


CATALOG: Catalog = {**_COMMON, **_RULES, **_REPORT, **_SHOW, **_PROBLEMS}
