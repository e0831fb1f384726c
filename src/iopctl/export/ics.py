"""Deadline rows as an iCalendar file: :mod:`iopctl.feeds` makes every calendar iopctl writes.

``deadlines --format ics`` and the site's subscribed feeds are one format
with one set of reminders, so a file imported once and a feed subscribed to
cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..rules.deadlines import Deadline
from .common import ExportOptions


def render_ics(rows: Sequence[Deadline], options: ExportOptions) -> str:
    """The calendar of ``rows``, with the reminders of ``options`` (or the defaults)."""
    from ..feeds import FeedOptions, default_reminders, render_feed

    feed = FeedOptions(
        as_of=options.as_of,
        lang=options.lang,
        reminders=options.reminders or default_reminders,
    )
    return render_feed([row for row in rows if row.date_known], feed)  # a calendar needs a day
