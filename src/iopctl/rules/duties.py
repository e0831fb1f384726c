"""Recurring and one-off duties: evaluations, reports, meetings, tasks, with due dates.

Periods are calendar-based and cut to the term: once a year, half-years,
quarters, months (``every``, or a meeting's ``times_per_year``), so a short
first or last period is said to be one.  A recurring report, task or
evaluation (DESIGN rule 12) falls due ``due_after`` each period's end, on its
``due`` day of the year, or else at its period's end (the stated assumption
of DESIGN "Deadlines").  A report's day of the year is the first such day
after the end of the period it is about ("verksamhetsberättelsen senast 31
mars"); an evaluation's or task's lies within its year, and in a short last
period that ends before it the duty falls due at the period's end.

Which log entry marks which occurrence (the entry is of the duty's log kind
and names the duty, its occurrence key ``strategic.2023-H1``, or nothing):

* an entry naming the occurrence key marks that occurrence, whenever it is
  logged after the period began;
* a duty due within its period (meetings; evaluations and tasks without
  ``due_after``): an entry dated in the period marks it, so a meeting held
  late counts for the period it falls in;
* a duty about a period, due after it (reports; ``due_after``): an entry marks
  the earliest occurrence still open whose period began by the entry's date,
  as instalments are paid (DESIGN rule 13): a late report counts for the
  period it is late for, not for the next one.

An occurrence with ``deliverables`` is done when every one has arrived; an
entry brings those it names (all when it names none).

Work is bounded by the window asked, whatever the term: recurring
occurrences are generated only from ``since`` to ``until``
(:class:`Window`); an occurrence due before ``since`` is neither listed nor
marked by the log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ..calendar import add_months, clipped_day, month_end
from ..models import Agreement, Duty, Lag, LogEntry, MonthDay
from .amendments import duty_versions

PERIOD_PREFIX = {2: "H", 3: "T", 4: "Q", 12: "M"}
"""Half-year, tertial, quarter, month: the usual Swedish ways to split a year."""

TIMES_PER_YEAR = {"year": 1, "half_year": 2, "quarter": 4, "month": 12}
"""The periods of each ``every``."""

LONGEST_LAG_YEARS = 3
"""How far before ``since`` a period may begin whose duty is still due on or after it:
``due_after`` is at most 24 months, a report's day of the year at most a year."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DutyOccurrence:
    """One time a duty falls due; ``key`` is stable (``strategic.2024-H1``), never a date."""

    index: int
    duty: Duty
    key: str
    label: str
    start: dt.date
    """First day of the period a log entry must fall in to mark this occurrence done."""
    end: dt.date
    due: dt.date
    window_start: dt.date | None = None
    stated: str | None = None
    """The YAML field the date comes from, or None when it is the end of the period."""
    short: tuple[Literal["first", "last"], ...] = ()
    """Which ends of the period the term cuts: a short first and/or last period."""
    moved: bool = False
    """The stated day of the year falls after the short last period: due at its end."""
    times_per_year: int = 0
    at: tuple[str | int, ...] = ()
    """The YAML path of the duty when an amendment states it; else ``duties[index]``."""
    done_on: dt.date | None = None
    arrived: tuple[str, ...] = ()
    """The deliverables logged so far, in the duty's order."""

    @property
    def path(self) -> tuple[str | int, ...]:
        """The YAML path of the duty, for the ``path:line`` a deadline cites."""
        return self.at or ("duties", self.index)

    @property
    def missing(self) -> tuple[str, ...]:
        """The deliverables still to come (what keeps a partly delivered occurrence open)."""
        deliverables: list[str] = getattr(self.duty, "deliverables", [])
        return tuple(d for d in deliverables if d not in self.arrived)


@dataclass(frozen=True, slots=True)
class Window:
    """The stretch occurrences are generated for: the term, narrowed to ``since``..``until``.

    ``start``/``end`` are the term's first day and the final end; recurring
    occurrences due before ``since`` or after ``until`` are not generated
    (one-off duties always are: there is one of each).
    """

    start: dt.date
    end: dt.date
    since: dt.date
    until: dt.date

    def wants(self, due: dt.date) -> bool:
        return self.since <= due <= self.until


Occurrences = Callable[[int, Duty, str, Window], Iterator[DutyOccurrence]]
"""``(index, duty, key, window)`` -> the duty's occurrences in that window."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DutyKind:
    """Everything the tool knows about one kind of duty: a new kind is one more entry.

    The label a person reads is ``kind.<deadline_kind>`` in the words catalogs.
    """

    deadline_kind: Literal["evaluation", "report_due", "meeting_due", "task"]
    """The kind of its deadline rows (``report_due`` for a ``report``)."""
    occurrences: Occurrences
    timeline: bool
    """Whether the report's timeline draws it (long windows, not recurring dots)."""
    log_kind: str
    """The ``log`` entry kind that marks an occurrence done."""
    about_period: bool = False
    """Due after the period it is about: a day of the year is the next one after the period."""


def duty_names(duty: Duty) -> tuple[str, ...]:
    """Every name a log entry (and a UID) may use for ``duty``: its id, a meeting's name."""
    return tuple(dict.fromkeys(n for n in (duty.id, getattr(duty, "name", None)) if n))


def duty_key(duty: Duty, index: int) -> str:
    """The duty's first name, or its position: what log entries and UIDs use."""
    names = duty_names(duty)
    return names[0] if names else f"duty-{index + 1}"


def year_periods(year: int, times: int) -> list[tuple[str, dt.date, dt.date]]:
    """``times`` calendar periods of ``year`` as ``(label, first, last)``: ``2024-H1`` ..."""
    out = []
    for k in range(1, times + 1):
        first_month = 12 * (k - 1) // times + 1
        last_month = 12 * k // times
        label = str(year) if times == 1 else f"{year}-{PERIOD_PREFIX.get(times, 'P')}{k}"
        if times == 12:
            label = f"{year}-{k:02d}"
        out.append((label, dt.date(year, first_month, 1), month_end(year, last_month)))
    return out


def duty_occurrences(
    agreement: Agreement,
    end: dt.date,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[DutyOccurrence]:
    """The occurrences of every duty between the term start and ``end`` (the final end),
    those of recurring duties only when due within ``since``..``until`` (default: all).

    A duty an amendment adds, replaces or drops (DESIGN rule 15) counts while
    it is in force (:func:`~iopctl.rules.amendments.duty_versions`): an
    occurrence belongs to the version in force on its due day, except that a
    one-off duty an amendment adds is due on the day it states (the amendment
    names it, as "återrapport för 2022 senast 31 mars 2023").
    """
    start = agreement.term.start
    found: list[DutyOccurrence] = []
    for index, version in enumerate(duty_versions(agreement)):
        duty = version.duty
        window = Window(
            start,
            end,
            max(since or dt.date.min, version.since),
            min(until or dt.date.max, version.until),
        )
        kind = DUTY_KINDS[duty.kind]
        mine = [
            o if version.since == dt.date.min else replace(o, at=version.at)
            for o in kind.occurrences(index, duty, duty_key(duty, index), window)
            if o.due <= version.until
        ]
        found.extend(_with_log(mine, agreement.log, ordered=_about_period(duty)))
    return found


def _about_period(duty: Duty) -> bool:
    return DUTY_KINDS[duty.kind].about_period or getattr(duty, "due_after", None) is not None


def _recurring(index: int, duty: Duty, key: str, window: Window) -> Iterator[DutyOccurrence]:
    """A report, task or evaluation with ``every``; else the one-off form of its kind."""
    every = getattr(duty, "every", None)
    if every is None:
        yield from _once(index, duty, key, window)
        return
    times = TIMES_PER_YEAR[every]
    due_day: MonthDay | None = getattr(duty, "due", None)
    lag: Lag | None = getattr(duty, "due_after", None)
    for label, first, last, short in _periods(window, times):
        due, stated, moved = last, None, False
        if lag is not None:
            due, stated = after(last, lag), "due_after"
        elif due_day is not None and _about_period(duty):
            due, stated = next_day_of_year(due_day, last + dt.timedelta(days=1)), "due"
        elif due_day is not None:
            stated_due = clipped_day(first.year, due_day.month, due_day.day)
            if stated_due < first:
                continue  # a short first period that begins after the day: none that year
            moved = stated_due > last
            due, stated = min(stated_due, last), "due"
        if window.wants(due):
            yield DutyOccurrence(
                index=index, duty=duty, key=f"{key}.{label}", label=label, start=first,
                end=last, due=due, stated=stated, short=short, moved=moved, times_per_year=times,
            )  # fmt: skip


def after(end: dt.date, lag: Lag) -> dt.date:
    """``end`` plus the lag: months per lag (1930:173), or days."""
    return (
        add_months(end, lag.months) if lag.months is not None else end + dt.timedelta(lag.days or 0)
    )


def next_day_of_year(day: MonthDay, on_or_after: dt.date) -> dt.date:
    """The first ``day`` of the year on or after ``on_or_after`` (29 February clipped)."""
    candidate = clipped_day(on_or_after.year, day.month, day.day)
    if candidate < on_or_after:
        candidate = clipped_day(on_or_after.year + 1, day.month, day.day)
    return candidate


def _meetings(index: int, duty: Duty, key: str, window: Window) -> Iterator[DutyOccurrence]:
    """``times_per_year`` calendar periods, each due at its end."""
    times = getattr(duty, "times_per_year", 1)
    for label, first, last, short in _periods(window, times):
        if window.wants(last):
            yield DutyOccurrence(
                index=index, duty=duty, key=f"{key}.{label}", label=label, start=first, end=last,
                due=last, short=short, times_per_year=times,
            )  # fmt: skip


def _once(index: int, duty: Duty, key: str, window: Window) -> Iterator[DutyOccurrence]:
    """Once: on its ``due`` day, at the end of its ``window`` (a report), else at the final end.

    A task done a number of times per period (``times``, "1–2 besök per
    termin") with no day is a recurring activity, not a deadline: none.
    """
    span = getattr(duty, "window", None)
    due_day = getattr(duty, "due", None)
    assert due_day is None or isinstance(due_day, dt.date)
    if due_day is None and span is None and duty.times is not None:
        return
    due = due_day or (span.end if span else window.end)
    field = "due" if due_day else ("window" if span else None)
    yield DutyOccurrence(
        index=index, duty=duty, key=key, label="", start=span.start if span else window.start,
        end=window.end, due=due, window_start=span.start if span else None, stated=field,
    )  # fmt: skip


DUTY_KINDS: dict[str, DutyKind] = {
    "evaluation": DutyKind(
        deadline_kind="evaluation", occurrences=_recurring, timeline=False,
        log_kind="evaluation",
    ),
    "report": DutyKind(
        deadline_kind="report_due", occurrences=_recurring, timeline=True, log_kind="report",
        about_period=True,
    ),
    "meeting": DutyKind(
        deadline_kind="meeting_due", occurrences=_meetings, timeline=False, log_kind="meeting"
    ),
    "task": DutyKind(
        deadline_kind="task", occurrences=_recurring, timeline=False, log_kind="task"
    ),
}  # fmt: skip
"""One entry per ``kind`` of :data:`~iopctl.models.Duty` (a test checks none is missing)."""


def _periods(
    window: Window, times: int
) -> Iterator[tuple[str, dt.date, dt.date, tuple[Literal["first", "last"], ...]]]:
    """The calendar periods that overlap the term, each cut to it, with the ends cut.

    Only the years that can hold an occurrence due within the window are
    visited, so a term of three centuries costs what the window costs.
    """
    first_year = max(window.start.year, window.since.year - LONGEST_LAG_YEARS)
    last_year = min(window.end.year, window.until.year)
    for year in range(first_year, last_year + 1):
        for label, first, last in year_periods(year, times):
            if last < window.start or first > window.end:
                continue
            short = (*(("first",) if first < window.start else ()),
                     *(("last",) if last > window.end else ()))  # fmt: skip
            yield label, max(first, window.start), min(last, window.end), short


def _with_log(
    occurrences: Sequence[DutyOccurrence], log: Sequence[LogEntry], *, ordered: bool
) -> list[DutyOccurrence]:
    """Mark the occurrences of one duty done from the log (module docstring)."""
    if not occurrences:
        return []
    duty = occurrences[0].duty
    names = duty_names(duty)
    log_kind = DUTY_KINDS[duty.kind].log_kind
    deliverables: list[str] = getattr(duty, "deliverables", [])
    found = list(occurrences)
    by_key = {o.key: i for i, o in enumerate(found)}
    for entry in sorted((e for e in log if e.kind == log_kind), key=lambda e: e.date):
        brings = tuple(entry.deliverables) or tuple(deliverables)
        target = by_key.get(entry.name or "")
        if target is not None and entry.date < found[target].start:
            target = None
        elif target is None and (entry.name is None or entry.name in names):
            target = next(
                (i for i, o in enumerate(found) if _takes(o, entry.date, brings, ordered=ordered)),
                None,
            )
        if target is None:
            continue
        o = found[target]
        if o.done_on is not None:
            continue
        arrived = tuple(d for d in deliverables if d in o.arrived or d in brings)
        done = all(d in arrived for d in deliverables)
        found[target] = replace(o, arrived=arrived, done_on=entry.date if done else None)
    return found


def _takes(o: DutyOccurrence, day: dt.date, brings: tuple[str, ...], *, ordered: bool) -> bool:
    """Whether an entry of ``day`` bringing ``brings`` counts for ``o`` (module docstring)."""
    if not ordered:
        return o.start <= day <= o.end
    still_needed = not brings or any(d in o.missing for d in brings)
    return o.start <= day and o.done_on is None and still_needed
