"""Svenska: every text a person reads, by message id (see :mod:`iopctl.words`).

Sections are separate dicts so that each part of the tool keeps its texts
together; :data:`CATALOG` is their union, and ``tests/test_words.py`` checks
that every language has the same ids with the same fields.
"""

from __future__ import annotations

from . import Catalog

# --- shared: units, lists, labels --------------------------------------------------

_COMMON: Catalog = {
    "unit.money": "{figure}\u00a0kr",
    "unit.month": "{n} månad",
    "unit.months": "{n} månader",
    "list.separator": "; ",
    "date.day_of_year": "{day} {month}",
    "bool.true": "ja",
    "bool.false": "nej",
    "status.upcoming": "kommande",
    "status.due_soon": "snart",
    "status.overdue": "försenad",
    "status.done": "klar",
    "status.missed": "missad",
    "status.info": "info",
    "kind.term_start": "avtalsstart",
    "kind.term_end": "avtalsslut",
    "kind.renewal": "förlängning",
    "kind.notice_deadline": "uppsägning",
    "kind.option_deadline": "option",
    "kind.payment": "utbetalning",
    "kind.evaluation": "utvärdering",
    "kind.report_due": "rapport",
    "kind.meeting_due": "möte",
    "kind.task": "uppgift",
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
