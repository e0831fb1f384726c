"""``iopctl report``: markdown for a strategic or operational meeting, and a portfolio overview.

Three concerns, one module each: :mod:`.view` (what a template sees, computed
from the rules and put into the report's words), :mod:`.escape` (the one way
text from a file is made safe for markdown and mermaid) and :mod:`.render`
(the sandboxed Jinja environment, where templates come from, and the limits
on what a template may do).  The names below are the package's API.
"""

from __future__ import annotations

from .escape import cell, gantt_name, md, oneline, tidy
from .render import Limits, Renderer, ReportError, template_names
from .texts import texts
from .view import (
    LOOKAHEAD,
    PORTFOLIO_STATUSES,
    Computed,
    ReportOptions,
    agenda_topics,
    agreement_view,
    compute,
    deadline_view,
    portfolio_deadline,
    portfolio_entry,
    portfolio_row,
    portfolio_view,
    render_agreement_report,
    render_portfolio,
    render_portfolio_entries,
)

__all__ = [
    "LOOKAHEAD",
    "PORTFOLIO_STATUSES",
    "Computed",
    "Limits",
    "Renderer",
    "ReportError",
    "ReportOptions",
    "agenda_topics",
    "agreement_view",
    "cell",
    "compute",
    "deadline_view",
    "gantt_name",
    "md",
    "oneline",
    "portfolio_deadline",
    "portfolio_entry",
    "portfolio_row",
    "portfolio_view",
    "render_agreement_report",
    "render_portfolio",
    "render_portfolio_entries",
    "template_names",
    "texts",
    "tidy",
]
