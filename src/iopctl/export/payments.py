"""The payment schedule of ``iopctl payments``: a table with each year's working, or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from ..formats import TableFormat
from ..rules.payments import PaymentYear
from ..words import Words, words
from .common import JSON_FORMAT_VERSION, ExportOptions, glued, iso, json_number, print_table


def payment_record(year: PaymentYear, w: Words) -> dict[str, Any]:
    """One year as plain data: codes and numbers, with the sentences in ``w``'s language."""
    working = year.per_capita
    return {
        "year": year.year,
        "label": year.label,
        "window_start": iso(year.window_start),
        "due": iso(year.due),
        "base": json_number(year.base),
        "index_steps": [
            {
                "year": s.year,
                "series": s.series,
                "value": str(s.value),
                "factor": str(s.factor),
                "status": s.status,
                "published": iso(s.published),
                "source": s.source,
            }
            for s in year.steps
        ],
        "per_capita": None
        if working is None
        else {
            "rate": json_number(working.rate),
            "population_year": working.population_year,
            "population": json_number(working.population),
            "source": working.source,
            "stated": json_number(working.stated),
            "stated_source": working.stated_source,
        },
        "exact": str(year.exact) if year.exact is not None else None,
        "amount": json_number(year.amount),
        "currency": "SEK",
        "missing": [w.say(m.reason) for m in year.missing],
        "missing_values": [
            {"kind": m.kind, "series": m.series, "year": m.year, "path": m.path}
            for m in year.missing
        ],
        "paid": json_number(year.paid),
        "paid_on": iso(year.paid_on),
        "source": year.source,
        "explanation": w.arg(year.explanation),
    }


def _per_capita_sources(year: PaymentYear) -> list[str]:
    """Where a per-capita year's amount comes from: the stated field, else the population."""
    source = year.per_capita.amount_source if year.per_capita is not None else None
    return [source] if source else []


def _total(schedule: Sequence[PaymentYear]) -> Decimal:
    return sum((y.amount for y in schedule if y.amount is not None), Decimal(0))


def render_payments_json(
    agreement: str, schedule: Sequence[PaymentYear], options: ExportOptions
) -> str:
    w = words(options.lang)
    doc = {
        "format_version": JSON_FORMAT_VERSION,
        "agreement": agreement,
        "rounding": "whole kronor, half up, after indexation",
        "years": [payment_record(y, w) for y in schedule],
        "total_known": json_number(_total(schedule)),
        "complete": all(y.amount is not None for y in schedule),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render_payments_table(
    agreement: str, schedule: Sequence[PaymentYear], options: ExportOptions
) -> str:
    """One line per year, then each year's working (base, index steps, per capita, sources)."""
    from rich.table import Table

    w = words(options.lang)
    if not schedule:
        return w.text("payments.none", agreement=agreement) + "\n"
    unknown = w.text("value.unknown_amount")
    table = Table(box=None, show_edge=False, pad_edge=False, header_style="bold")
    for column in ("year", "due", "base", "amount", "paid"):
        table.add_column(
            w.text(f"payments.column.{column}"),
            justify="left" if column in ("year", "due") else "right",
        )
    for year in schedule:
        table.add_row(
            year.label,
            iso(year.due) or "–",
            glued(w.money(year.base)) if year.base is not None else unknown,
            glued(w.money(year.amount)) if year.amount is not None else unknown,
            glued(w.money(year.paid)) if year.paid is not None else "–",
        )
    lines = [
        print_table(table, options).rstrip("\n"),
        "",
        w.text("payments.total", total=w.money(_total(schedule))),
    ]
    if any(y.amount is None for y in schedule):
        lines.append(w.text("payments.incomplete"))
    lines.append("")
    for year in schedule:
        lines.append(f"{year.label}: {w.arg(year.explanation)}")
        lines.extend(f"    {s.series} {s.year}: {s.source}" for s in year.steps)
        lines.extend(f"    {source}" for source in _per_capita_sources(year))
    lines.append(f"({schedule[0].source})")
    return "\n".join(lines) + "\n"


PAYMENT_RENDERERS: dict[TableFormat, Callable[[str, Sequence[PaymentYear], ExportOptions], str]] = {
    TableFormat.table: render_payments_table,
    TableFormat.json: render_payments_json,
}
"""Each ``--format`` of ``iopctl payments``; a test checks every member is here."""
