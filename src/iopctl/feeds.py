"""Calendar feeds: deadline rows as iCalendar, to import once or to subscribe to.

One module makes every calendar iopctl writes: ``deadlines --format ics``,
and the site's feeds (everything, one per agreement, one per responsible
person or unit).  A civil party's coordinator who lives in Outlook sees the
deadlines only here, so each event carries what the table says (act-by day,
status, amount, why, where in the file) and rings in time:

* all-day events; the UID comes from agreement id, kind and occurrence,
  never from the date, so a corrected date moves the entry instead of
  adding a second one;
* reminders at the lead times of ``iopctl.toml`` (default 30 and 7 days
  before the act-by day, and on it), each at 09:00; a row already done
  rings no more;
* RFC 7986 ``NAME`` and ``REFRESH-INTERVAL`` (with the older
  ``X-WR-CALNAME`` and ``X-PUBLISHED-TTL`` that Outlook and Google read), so
  a subscribed feed has a name and is fetched again daily;
* ``DTSTAMP`` is ``as_of`` at midnight UTC, not the clock: the same input
  gives the same file.

``icalendar`` is imported inside :func:`feed_lines` and :func:`feed_event`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from .rules.deadlines import Deadline
from .settings import DEFAULT_REMINDERS
from .site.said import row_text
from .words import words

PRODID = "-//iopctl//IOP deadlines//SV"
REMINDER_HOUR = 9
"""A reminder fires at 09:00: the start of a working day, not midnight."""
REFRESH = dt.timedelta(days=1)
"""How often a subscribed calendar fetches the feed again: deadlines move slowly."""


def default_reminders(kind: str) -> tuple[int, ...]:
    """The lead days every kind gets without ``iopctl.toml``."""
    return DEFAULT_REMINDERS


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedOptions:
    as_of: dt.date
    lang: str = "sv"
    reminders: Callable[[str], tuple[int, ...]] = default_reminders
    """Lead days (before the act-by day) of the reminders of a deadline kind."""


def render_feed(rows: Sequence[Deadline], options: FeedOptions, name: str | None = None) -> str:
    """``rows`` as one iCalendar file (text with CRLF line ends) called ``name`` (default:
    the catalog's name for all deadlines)."""
    calendar_name = name or words(options.lang).text("feed.name_all")
    events = (feed_event(row, options) for row in rows)
    return b"".join(feed_lines(calendar_name, events)).decode("utf-8")


def feed_lines(name: str, events: Iterable[bytes]) -> Iterator[bytes]:
    """One iCalendar file called ``name`` with ``events`` (:func:`feed_event`), in pieces.

    A row in several feeds (the site's all, its agreement's, each person's) is the
    same event in each, so the caller makes it once and passes its lines to each:
    icalendar's line folding is most of the cost of a site.  The file is handed on
    event by event, so the site's feed of every deadline is never held whole.
    """
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "P1D")
    head: bytes = calendar.to_ical()
    end = b"END:VCALENDAR\r\n"
    assert head.endswith(end)
    yield head[: -len(end)]
    yield from events
    yield end


def feed_event(row: Deadline, options: FeedOptions) -> bytes:
    """One row as a VEVENT with its reminders, as iCalendar lines."""
    from icalendar import Alarm, Event

    w = words(options.lang)
    text = row_text(row, options.lang)
    event = Event()
    event.add("uid", row.uid)
    event.add("dtstamp", dt.datetime.combine(options.as_of, dt.time(0, 0), tzinfo=dt.UTC))
    event.add("dtstart", row.date)
    event.add("dtend", row.date + dt.timedelta(days=1))
    event.add("summary", f"{text.title} ({row.agreement})")
    event.add("description", _description(row, options.lang))
    event.add("categories", [w.label("kind", row.kind)])
    event.add("transp", "TRANSPARENT")
    if row.status != "done":
        for lead in options.reminders(row.kind):
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", _reminder(row, lead, options.lang))
            alarm.add("trigger", reminder_offset(row, lead))
            event.add_component(alarm)
    data: bytes = event.to_ical()
    return data


def reminder_offset(row: Deadline, lead_days: int) -> dt.timedelta:
    """From the event's day (``row.date``) to 09:00 ``lead_days`` before the act-by day."""
    return dt.timedelta(days=(row.act_by - row.date).days - lead_days, hours=REMINDER_HOUR)


def _reminder(row: Deadline, lead_days: int, lang: str) -> str:
    w = words(lang)
    title = row_text(row, lang).title
    if lead_days == 0:
        return w.text("feed.reminder_today", title=title)
    return w.text("feed.reminder_ahead", title=title, days=lead_days, act_by=row.act_by)


def _description(row: Deadline, lang: str) -> str:
    w = words(lang)
    lines = [
        w.text("feed.act_by", day=row.act_by),
        w.text("feed.status", status=w.label("status", row.status)),
    ]
    if row.kind == "payment":
        lines.append(w.money(row.amount) if row.amount is not None else w.text("feed.unknown"))
    lines += [row_text(row, lang).explanation, row.source]
    return "\n".join(lines)
