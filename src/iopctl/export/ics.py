"""Deadline rows as an iCalendar file: all-day events with stable UIDs.

``icalendar`` is imported inside :func:`render_ics`, so no other command loads it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..rules.deadlines import Deadline
from ..words import Words, words
from .common import ExportOptions
from .deadlines import amount_text

PRODID = "-//iopctl//IOP deadlines//SV"
REMINDER_HOUR = 9
"""The reminder fires at 09:00 on the day to act."""


def render_ics(rows: Sequence[Deadline], options: ExportOptions) -> str:
    """All-day events with stable UIDs and a reminder at 09:00 on the day to act.

    ``DTSTAMP`` is ``as_of`` at midnight UTC, not the clock, so the same input
    gives the same file (and golden tests can compare it).
    """
    from icalendar import Alarm, Calendar, Event

    w = words(options.lang)
    stamp = dt.datetime.combine(options.as_of, dt.time(0, 0), tzinfo=dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "IOP")
    for row in rows:
        title = w.say(row.title)
        event = Event()
        event.add("uid", row.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", row.date)
        event.add("dtend", row.date + dt.timedelta(days=1))
        event.add("summary", f"{title} ({row.agreement})")
        event.add("description", _description(row, w))
        event.add("categories", [w.label("kind", row.kind)])
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        offset = dt.timedelta(days=(row.act_by - row.date).days, hours=REMINDER_HOUR)
        alarm.add("trigger", offset)
        event.add_component(alarm)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data.decode("utf-8")


def _description(row: Deadline, w: Words) -> str:
    lines = [
        w.text("ics.act_by", day=row.act_by),
        w.text("ics.status", status=w.label("status", row.status)),
    ]
    if row.kind == "payment":
        lines.append(amount_text(row, w))
    lines += [w.arg(row.explanation), row.source]
    return "\n".join(lines)
