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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from ..calendar import clipped_day, month_end
from ..models import Agreement, Duty, LogEntry

PERIOD_PREFIX = {2: "H", 3: "T", 4: "Q", 12: "M"}
"""Half-year, tertial, quarter, month: the usual Swedish ways to split a year."""


@dataclass(frozen=True, slots=True)
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
    window_start: dt.date | None
    stated: str | None
    """The YAML field the date comes from, or None when it is the end of the period."""
    clipped: bool
    times_per_year: int
    done_on: dt.date | None = None


def duty_key(duty: Duty, index: int) -> str:
    """The duty's id, a meeting's name, or its position: what log entries and UIDs use."""
    return duty.id or getattr(duty, "name", None) or f"duty-{index + 1}"


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
        found.extend(_occurrences(index, duty, start, end))
    return [_with_log(o, agreement.log) for o in found]


def _occurrences(index: int, duty: Duty, start: dt.date, end: dt.date) -> Iterator[DutyOccurrence]:
    key = duty_key(duty, index)
    if duty.kind == "evaluation":
        for label, first, last, cut in _cut(year_periods_span(start, end, 1), start, end):
            if duty.due is not None:
                due = clipped_day(first.year, duty.due.month, duty.due.day)
                if due < first:
                    continue
                clipped = due > last
                yield DutyOccurrence(
                    index, duty, f"{key}.{label}", label, first, last, min(due, last), None,
                    None if clipped else "due", clipped, 1,
                )  # fmt: skip
            else:
                yield DutyOccurrence(
                    index, duty, f"{key}.{label}", label, first, last, last, None, None, cut, 1
                )
    elif duty.kind == "meeting":
        times = duty.times_per_year
        for label, first, last, cut in _cut(year_periods_span(start, end, times), start, end):
            yield DutyOccurrence(
                index, duty, f"{key}.{label}", label, first, last, last, None, None, cut, times
            )
    elif duty.kind == "report":
        window = duty.window
        due = duty.due or (window.end if window else end)
        field = "due" if duty.due else ("window" if window else None)
        first = window.start if window else start
        yield DutyOccurrence(
            index, duty, key, "", first, end, due, window.start if window else None,
            field, False, 0,
        )  # fmt: skip
    else:
        due = duty.due or end
        yield DutyOccurrence(
            index, duty, key, "", start, end, due, None, "due" if duty.due else None, False, 0
        )


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
    names = {n for n in (duty.id, getattr(duty, "name", None)) if n is not None}
    for entry in log:
        if entry.kind != duty.kind:
            continue
        in_period = occurrence.start <= entry.date <= occurrence.end
        by_duty = entry.name is None or entry.name in names
        by_occurrence = entry.name == occurrence.key and entry.date >= occurrence.start
        if (in_period and by_duty) or by_occurrence:
            return replace(occurrence, done_on=entry.date)
    return occurrence
