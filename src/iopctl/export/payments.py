"""The payment schedule of ``iopctl payments``: one row per instalment and each year's working.

Every figure comes from :mod:`iopctl.rules.payments`; this module only lays
it out: the instalments with what the log paid (rule 13), the years' working
with index values as known on the day and a difference to settle (rule 14),
and, where several parties pay, the totals per payer → recipient.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from ..formats import TableFormat
from ..rules.payments import IndexStep, Instalment, PaymentYear, party_totals
from ..rules.shares import Share
from ..words import Words, words
from .common import JSON_FORMAT_VERSION, ExportOptions, glued, iso, json_number, print_table


def _step_record(s: IndexStep) -> dict[str, Any]:
    return {
        "year": s.year,
        "series": s.series,
        "value": str(s.value),
        "factor": str(s.factor),
        "status": s.status,
        "published": iso(s.published),
        "source": s.source,
        "published_after_due": s.after_due,
    }


def _instalment_record(i: Instalment) -> dict[str, Any]:
    return {
        "key": i.key,
        "part": i.part,
        "window_start": iso(i.window_start),
        "due": iso(i.due),
        "amount": json_number(i.amount),
        "paid": json_number(i.paid),
        "remaining": json_number(i.remaining),
        "done_on": iso(i.done_on),
        "late": i.late,
        "payments": [{"date": iso(p.day), "amount": json_number(p.amount)} for p in i.payments],
    }


def _share_record(s: Share, w: Words) -> dict[str, Any]:
    return {
        "payer": s.payer,
        "recipient": s.recipient,
        "label": s.label,
        "kind": s.kind,
        "amount": json_number(s.amount),
        "explanation": w.say(s.why),
    }


def payment_record(year: PaymentYear, w: Words) -> dict[str, Any]:
    """One year as plain data: codes and numbers, with the sentences in ``w``'s language."""
    working = year.per_capita
    return {
        "year": year.year,
        "label": year.label,
        "window_start": iso(year.window_start),
        "due": iso(year.due),
        "base": json_number(year.base),
        "index_steps": [_step_record(s) for s in year.steps],
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
        "instalments": [_instalment_record(i) for i in year.instalments],
        "revised_index_steps": [_step_record(s) for s in year.revised_steps],
        "revised_amount": json_number(year.revised_amount),
        "to_settle": json_number(year.to_settle),
        "shares": [_share_record(s, w) for s in year.shares],
        "usage_fees": [_share_record(s, w) for s in year.fees],
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


def _paid(schedule: Sequence[PaymentYear]) -> Decimal | None:
    paid = [y.paid for y in schedule if y.paid is not None]
    return sum(paid, Decimal(0)) if paid else None


def render_payments_json(
    agreement: str, schedule: Sequence[PaymentYear], options: ExportOptions
) -> str:
    w = words(options.lang)
    doc = {
        "format_version": JSON_FORMAT_VERSION,
        "agreement": agreement,
        "rounding": "whole kronor, half up, after indexation; instalments: each the amount "
        "divided evenly and rounded down, the last takes the remainder",
        "years": [payment_record(y, w) for y in schedule],
        "total_known": json_number(_total(schedule)),
        "total_paid": json_number(_paid(schedule)),
        "complete": all(y.amount is not None for y in schedule),
        "party_totals": [
            {
                "payer": t.payer,
                "recipient": t.recipient,
                "amount": json_number(t.amount),
                "unknown_years": list(t.unknown),
            }
            for t in party_totals(schedule)
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _state(year: PaymentYear, i: Instalment, first: bool, options: ExportOptions) -> str:
    """What the log says of one instalment, and a year's difference to settle."""
    w = words(options.lang)
    said: list[str] = []
    done = i.done_on
    if done is not None and i.late and i.due is not None:
        said.append(w.text("payments.state.paid_late", days=(done - i.due).days))
    elif done is not None:
        said.append(w.text("payments.state.paid"))
    elif i.payments and i.remaining:
        said.append(w.text("payments.state.short", remaining=w.money(i.remaining)))
    elif i.due is not None and i.due < options.as_of:
        said.append(w.text("payments.state.open"))
    if first and year.to_settle:
        said.append(w.text("payments.state.settle", difference=w.money(year.to_settle)))
    return glued(", ".join(said))


def render_payments_table(
    agreement: str, schedule: Sequence[PaymentYear], options: ExportOptions
) -> str:
    """One line per instalment, then each year's working (base, index steps, sources)."""
    from rich.table import Table

    w = words(options.lang)
    if not schedule:
        return w.text("payments.none", agreement=agreement) + "\n"
    unknown = w.text("value.unknown_amount")
    split = any(len(y.instalments) > 1 for y in schedule)
    columns = ("year", *(("instalment",) if split else ()), "due", "base", "amount", "paid")
    table = Table(box=None, show_edge=False, pad_edge=False, header_style="bold")
    for column in (*columns, "status"):
        table.add_column(
            w.text(f"payments.column.{column}"),
            justify="left" if column in ("year", "instalment", "due", "status") else "right",
        )
    for year in schedule:
        for number, i in enumerate(year.instalments):
            first = number == 0
            cells = [
                year.label if first else "",
                *((i.part or "",) if split else ()),
                iso(i.due) or w.text("payments.date_unknown"),
                (
                    ""
                    if not first
                    else glued(w.money(year.base))
                    if year.base is not None
                    else unknown
                ),
                glued(w.money(i.amount)) if i.amount is not None else unknown,
                glued(w.money(i.paid)) if i.paid is not None else "–",
                _state(year, i, first, options),
            ]
            table.add_row(*cells)
    lines = [
        print_table(table, options).rstrip("\n"),
        "",
        w.text("payments.total", total=w.money(_total(schedule))),
    ]
    if (paid := _paid(schedule)) is not None:
        lines.append(w.text("payments.total_paid", total=w.money(paid)))
    if any(y.amount is None for y in schedule):
        lines.append(w.text("payments.incomplete"))
    lines.extend(_per_party(schedule, w))
    lines.append("")
    for year in schedule:
        lines.append(f"{year.label}: {w.arg(year.explanation)}")
        lines.extend(f"    {s.series} {s.year}: {s.source}" for s in year.steps)
        lines.extend(f"    {s.series} {s.year}: {s.source}" for s in year.revised_steps)
        lines.extend(f"    {source}" for source in _per_capita_sources(year))
    fees = [(y, f) for y in schedule for f in y.fees]
    if fees:
        lines += ["", w.text("payments.fees")]
        lines.extend(
            "    "
            + w.text(
                "payments.fee_line", year=y.label, label=f.label or w.arg(f.payer_name), why=f.why
            )
            for y, f in fees
        )
    lines.append(f"({schedule[0].source})")
    return "\n".join(lines) + "\n"


def _per_party(schedule: Sequence[PaymentYear], w: Words) -> list[str]:
    """Payer → recipient totals, where more than one pair pays (DESIGN rule 16)."""
    totals = party_totals(schedule)
    if len(totals) < 2:
        return []
    lines = ["", w.text("payments.per_party")]
    for t in totals:
        args = {
            "payer": w.arg(t.payer_name),
            "recipient": w.arg(t.recipient_name) if t.recipient_name is not None else "–",
            "amount": w.money(t.amount),
        }
        if t.unknown:
            lines.append(
                "    " + w.text("payments.party_unknown", years=", ".join(t.unknown), **args)
            )
        else:
            lines.append("    " + w.text("payments.party_line", **args))
    return lines


PAYMENT_RENDERERS: dict[TableFormat, Callable[[str, Sequence[PaymentYear], ExportOptions], str]] = {
    TableFormat.table: render_payments_table,
    TableFormat.json: render_payments_json,
}
"""Each ``--format`` of ``iopctl payments``; a test checks every member is here."""
