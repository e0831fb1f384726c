"""Recurring and one-off duties: evaluations, reports, meetings, tasks, with due dates.

A periodic duty without a stated date falls due at the end of its period, and
periods are calendar-based: once a year -> 31 December; twice a year -> 30
June and 31 December; four times -> each quarter's end.  Periods are cut to
the term, so a partial first or last period falls due at its own end (e.g.
the term end).  A log entry of the same kind, naming the duty (its ``id``, or
a meeting's ``name``) or naming nothing, whose date falls in the occurrence's
period marks it done.  A duty done late (a first-half meeting held in July)
counts for the period it falls in, unless the entry names the occurrence
itself (``name: strategic.2023-H1``, the key in the deadline's UID): then it
marks that occurrence done whenever it is logged after the period began.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ..calendar import clipped_day, month_end
from ..models import Agreement, Duty, LogEntry

PERIOD_PREFIX = {2: "H", 3: "T", 4: "Q", 12: "M"}
"""Half-year, tertial, quarter, month: the usual Swedish ways to split a year."""


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
    clipped: bool = False
    times_per_year: int = 0
    done_on: dt.date | None = None


Occurrences = Callable[[int, Duty, str, dt.date, dt.date], Iterator[DutyOccurrence]]
"""``(index, duty, key, term start, final end)`` -> the duty's occurrences in that stretch."""


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


def duty_occurrences(agreement: Agreement, end: dt.date) -> list[DutyOccurrence]:
    """Every occurrence of every duty between the term start and ``end`` (the final end)."""
    start = agreement.term.start
    found: list[DutyOccurrence] = []
    for index, duty in enumerate(agreement.duties):
        kind = DUTY_KINDS[duty.kind]
        found.extend(kind.occurrences(index, duty, duty_key(duty, index), start, end))
    return [_with_log(o, agreement.log) for o in found]


def _evaluations(
    index: int, duty: Duty, key: str, start: dt.date, end: dt.date
) -> Iterator[DutyOccurrence]:
    """Once a year: on the stated day of the year, else at the year's end (cut to the term)."""
    due_day = getattr(duty, "due", None)
    for label, first, last, cut in _cut(year_periods_span(start, end, 1), start, end):
        due, stated, clipped = last, None, cut
        if due_day is not None:
            stated_due = clipped_day(first.year, due_day.month, due_day.day)
            if stated_due < first:
                continue
            clipped = stated_due > last
            due, stated = min(stated_due, last), None if clipped else "due"
        yield DutyOccurrence(
            index=index, duty=duty, key=f"{key}.{label}", label=label, start=first, end=last,
            due=due, stated=stated, clipped=clipped, times_per_year=1,
        )  # fmt: skip


def _meetings(
    index: int, duty: Duty, key: str, start: dt.date, end: dt.date
) -> Iterator[DutyOccurrence]:
    """``times_per_year`` calendar periods, each due at its end."""
    times = getattr(duty, "times_per_year", 1)
    for label, first, last, cut in _cut(year_periods_span(start, end, times), start, end):
        yield DutyOccurrence(
            index=index, duty=duty, key=f"{key}.{label}", label=label, start=first, end=last,
            due=last, clipped=cut, times_per_year=times,
        )  # fmt: skip


def _reports(
    index: int, duty: Duty, key: str, start: dt.date, end: dt.date
) -> Iterator[DutyOccurrence]:
    """Once: on its ``due`` day, at the end of its ``window``, else at the final end."""
    window = getattr(duty, "window", None)
    due_day: dt.date | None = getattr(duty, "due", None)
    due = due_day or (window.end if window else end)
    field = "due" if due_day else ("window" if window else None)
    yield DutyOccurrence(
        index=index, duty=duty, key=key, label="", start=window.start if window else start,
        end=end, due=due, window_start=window.start if window else None, stated=field,
    )  # fmt: skip


def _tasks(
    index: int, duty: Duty, key: str, start: dt.date, end: dt.date
) -> Iterator[DutyOccurrence]:
    """Once: on its ``due`` day, else at the final end.

    A task done a number of times per period (``times``, "1–2 besök per
    termin") with no day is a recurring activity, not a deadline: none.
    """
    due_day: dt.date | None = getattr(duty, "due", None)
    if due_day is None and duty.times is not None:
        return
    yield DutyOccurrence(
        index=index, duty=duty, key=key, label="", start=start, end=end, due=due_day or end,
        stated="due" if due_day else None,
    )  # fmt: skip


DUTY_KINDS: dict[str, DutyKind] = {
    "evaluation": DutyKind(
        deadline_kind="evaluation", occurrences=_evaluations, timeline=False, log_kind="evaluation"
    ),
    "report": DutyKind(
        deadline_kind="report_due", occurrences=_reports, timeline=True, log_kind="report"
    ),
    "meeting": DutyKind(
        deadline_kind="meeting_due", occurrences=_meetings, timeline=False, log_kind="meeting"
    ),
    "task": DutyKind(deadline_kind="task", occurrences=_tasks, timeline=False, log_kind="task"),
}
"""One entry per ``kind`` of :data:`~iopctl.models.Duty` (a test checks none is missing)."""


def year_periods_span(
    start: dt.date, end: dt.date, times: int
) -> list[tuple[str, dt.date, dt.date]]:
    return [p for year in range(start.year, end.year + 1) for p in year_periods(year, times)]


def _cut(
    periods: Sequence[tuple[str, dt.date, dt.date]], start: dt.date, end: dt.date
) -> Iterator[tuple[str, dt.date, dt.date, bool]]:
    """The periods that overlap ``start..end``, each cut to it; the flag says the end was cut."""
    for label, first, last in periods:
        if last >= start and first <= end:
            yield label, max(first, start), min(last, end), last > end


def _with_log(occurrence: DutyOccurrence, log: Sequence[LogEntry]) -> DutyOccurrence:
    duty = occurrence.duty
    names = duty_names(duty)
    log_kind = DUTY_KINDS[duty.kind].log_kind
    for entry in log:
        if entry.kind != log_kind:
            continue
        in_period = occurrence.start <= entry.date <= occurrence.end
        by_duty = entry.name is None or entry.name in names
        by_occurrence = entry.name == occurrence.key and entry.date >= occurrence.start
        if (in_period and by_duty) or by_occurrence:
            return replace(occurrence, done_on=entry.date)
    return occurrence
