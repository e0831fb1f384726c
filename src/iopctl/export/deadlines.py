"""Deadline rows as a table, JSON or CSV; the renderer of each ``--format``.

One row type (:class:`~iopctl.rules.deadlines.Deadline`) feeds every format,
so the table, the spreadsheet and the calendar cannot disagree; one word per
status and kind (the catalog's ``status.*`` and ``kind.*``) in all of them.

JSON (``format_version`` 1)::

    {"format_version": 1, "as_of": "YYYY-MM-DD",
     "deadlines": [{"agreement", "kind", "occurrence", "uid", "date", "act_by",
                    "window_start", "days_left", "title", "status", "amount",
                    "currency", "note", "done_on", "source", "explanation"}]}

CSV has the same columns plus ``kind_label`` and ``status_label`` (the words
a person reads beside the codes), one row per deadline; the header row is in
the language asked, the codes stay English.  A text cell that a spreadsheet
would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return) gets a leading ``'`` (OWASP's advice against CSV injection).
Excel in a Swedish locale expects ``;`` between fields and a UTF-8
byte-order mark to read å, ä and ö; ``csv_sep=";"`` and ``csv_bom=True`` give
exactly that.
"""

from __future__ import annotations

import io
import json
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..formats import DeadlineFormat
from ..rules.deadlines import Deadline
from ..rules.kinds import KINDS
from ..words import Words, words
from .common import JSON_FORMAT_VERSION, ExportOptions, glued, iso, json_number, print_table

COLUMNS = (
    "agreement", "kind", "occurrence", "uid", "date", "act_by", "window_start", "days_left",
    "title", "status", "amount", "currency", "note", "done_on", "source", "explanation",
)  # fmt: skip
CSV_COLUMNS = (
    *COLUMNS[:2], "kind_label", *COLUMNS[2:10], "status_label", *COLUMNS[10:]
)  # fmt: skip
"""The JSON columns, each code followed by its word for people."""
STATUS_STYLES = {"overdue": "bold red", "due_soon": "yellow", "missed": "red", "done": "green"}
TABLE_COLUMNS = ("date", "act_by", "days", "agreement", "kind", "title", "status", "amount")
DROP_ORDER = ("kind", "date", "amount", "status")
"""The columns a narrow terminal leaves out, first to last: the title says the kind, the
act-by day is the one to act on, the amount and status are in ``--explain``'s ``days``
(negative: overdue) and in every other format.  Day, agreement and title always stay."""
TITLE_MIN = 24
"""The narrowest the title column is squeezed to (it wraps) before a column is dropped."""
GAP = 2
"""Spaces between two columns (rich's padding of one on each side)."""
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP, CSV injection)."""


def kind_code(word: str) -> str | None:
    """The kind a ``--kind`` word names: its code, or the word the Swedish table shows.

    The Swedish words are all different from each other and from the codes'
    meanings (``rapport`` is ``report_due``), so the mapping is unambiguous.
    """
    sv = words("sv")
    known = {sv.label("kind", k): k for k in KINDS} | {k: k for k in KINDS}
    return known.get(word.strip().lower())


def amount_text(row: Deadline, w: Words) -> str:
    """The amount in words; a payment whose amount is not known says so."""
    if row.amount is not None:
        return w.money(row.amount)
    return w.text("value.unknown_amount") if row.kind == "payment" else ""


def deadline_record(row: Deadline, options: ExportOptions) -> dict[str, Any]:
    """One deadline as plain data, in :data:`COLUMNS` order; texts in ``options.lang``."""
    w = words(options.lang)
    return {
        "agreement": row.agreement,
        "kind": row.kind,
        "occurrence": row.occurrence,
        "uid": row.uid,
        "date": row.date.isoformat() if row.date_known else None,
        "act_by": row.act_by.isoformat() if row.date_known else None,
        "window_start": iso(row.window_start),
        "days_left": row.days_left(options.as_of) if row.date_known else None,
        "title": w.say(row.title),
        "status": row.status,
        "amount": json_number(row.amount),
        "currency": row.currency,
        "note": w.arg(row.note) or None,
        "done_on": iso(row.done_on),
        "source": row.source,
        "explanation": w.arg(row.explanation),
    }


def render_json(rows: Sequence[Deadline], options: ExportOptions) -> str:
    return "".join(json_pieces(rows, options))


def json_pieces(rows: Sequence[Deadline], options: ExportOptions) -> Iterator[str]:
    """:func:`render_json` a record at a time, so the site's 30,000 rows are never one
    document: the same text as ``json.dumps(doc, indent=2)``, each record dumped alone
    and indented into the ``deadlines`` list (the document's last key)."""
    doc = {"format_version": JSON_FORMAT_VERSION, "as_of": options.as_of.isoformat()}
    head = json.dumps({**doc, "deadlines": []}, ensure_ascii=False, indent=2)
    if not rows:
        yield head + "\n"
        return
    before, after = head.rsplit("[]", 1)
    yield before + "["
    for i, row in enumerate(rows):
        record = json.dumps(deadline_record(row, options), ensure_ascii=False, indent=2)
        yield ("," if i else "") + "\n" + textwrap.indent(record, "    ")
    yield "\n  ]" + after + "\n"


def neutralised(cell: object) -> object:
    """A text cell a spreadsheet would run as a formula, made inert with a leading ``'``.

    Only text: numbers we write ourselves (``days_left`` of an overdue row is
    negative) stay numbers.
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell


def render_csv(rows: Sequence[Deadline], options: ExportOptions) -> str:
    return "".join(csv_pieces(rows, options))


def csv_pieces(rows: Sequence[Deadline], options: ExportOptions) -> Iterator[str]:
    """:func:`render_csv` a line at a time, so the site's 30,000 rows are never one text."""
    import csv

    w = words(options.lang)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=options.csv_sep, lineterminator="\r\n")

    def line(cells: Iterable[object]) -> str:
        out.seek(0)
        out.truncate()
        writer.writerow(cells)
        return out.getvalue()

    bom = "\ufeff" if options.csv_bom else ""
    yield bom + line(w.text(f"csv.{column}") for column in CSV_COLUMNS)
    for row in rows:
        record = deadline_record(row, options)
        record["kind_label"] = w.label("kind", row.kind)
        record["status_label"] = w.label("status", row.status)
        cells = (record[column] for column in CSV_COLUMNS)
        yield line("" if cell is None else neutralised(cell) for cell in cells)


def render_table(rows: Sequence[Deadline], options: ExportOptions) -> str:
    """A rich table sorted by date: days left, overdue in red (no colour off a terminal).

    It fits ``options.width``: the title wraps down to :data:`TITLE_MIN`, then the
    columns of :data:`DROP_ORDER` are left out one by one, and a last line says
    which; below that the agreement's id wraps too.
    """
    from rich.table import Table

    w = words(options.lang)
    if not rows:
        return w.text("deadlines.none") + "\n"
    cells = [_table_cells(row, options, w) for row in rows]
    headers = {column: w.text(f"deadlines.column.{column}") for column in TABLE_COLUMNS}
    shown = _fitted(headers, cells, options.width)
    squeezed = shown == [c for c in TABLE_COLUMNS if c not in DROP_ORDER]
    table = Table(box=None, show_edge=False, pad_edge=False, header_style="bold")
    for column in shown:
        table.add_column(
            headers[column],
            justify="right" if column in ("days", "amount") else "left",
            no_wrap=column != "title" and not (squeezed and column == "agreement"),
            overflow="fold",  # a path in --explain wraps, never ends in "…"
        )
    for row_cells in cells:
        table.add_row(*(row_cells[column] for column in shown))
    text = print_table(table, options)
    left_out = [headers[c] for c in TABLE_COLUMNS if c not in shown]
    if left_out:
        names = ", ".join(left_out)
        note = w.text("deadlines.columns_left_out", columns=names, width=options.width)
        text += textwrap.fill(note, width=options.width, break_on_hyphens=False) + "\n"
    return text


def _table_cells(row: Deadline, options: ExportOptions, w: Words) -> dict[str, Any]:
    """One row's cell of every table column (a ``rich`` Text where it is styled)."""
    from rich.text import Text

    title = Text(glued(w.say(row.title)))
    if options.explain:
        title.append(glued(f"\n{w.arg(row.explanation)}\n{row.source}"), style="dim")
    elif row.note:
        title.append(glued(f"\n{w.arg(row.note)}"), style="dim")
    dated = row.date_known
    days = str(row.days_left(options.as_of)) if dated else ""
    return {
        "date": row.date.isoformat() if dated else w.text("payments.date_unknown"),
        "act_by": row.act_by.isoformat() if dated else "",
        "days": Text(days, style=STATUS_STYLES.get(row.status, "")),
        "agreement": row.agreement,
        "kind": w.label("kind", row.kind),
        "title": title,
        "status": Text(w.label("status", row.status), style=STATUS_STYLES.get(row.status, "")),
        "amount": glued(amount_text(row, w)),
    }


def _fitted(headers: dict[str, str], cells: list[dict[str, Any]], width: int) -> list[str]:
    """The columns of :data:`TABLE_COLUMNS` that fit ``width`` with the title at least
    :data:`TITLE_MIN` wide, leaving out those of :data:`DROP_ORDER` in that order."""

    def natural(column: str) -> int:
        lines = (line for r in cells for line in str(r[column]).splitlines() or [""])
        return max(len(headers[column]), *(len(line) for line in lines))

    widths = {column: natural(column) for column in TABLE_COLUMNS}
    shown = list(TABLE_COLUMNS)
    for column in (None, *DROP_ORDER):
        if column is not None:
            shown.remove(column)
        others = sum(widths[c] for c in shown if c != "title")
        if others + min(widths["title"], TITLE_MIN) + GAP * (len(shown) - 1) <= width:
            break
    return shown


def _render_ics(rows: Sequence[Deadline], options: ExportOptions) -> str:
    from .ics import render_ics

    return render_ics(rows, options)


Renderer = Callable[[Sequence[Deadline], ExportOptions], str]
DEADLINE_RENDERERS: dict[DeadlineFormat, Renderer] = {
    DeadlineFormat.table: render_table,
    DeadlineFormat.json: render_json,
    DeadlineFormat.csv: render_csv,
    DeadlineFormat.ics: _render_ics,
}
"""Each ``--format`` of ``iopctl deadlines``; a test checks every member is here."""
