"""A :class:`~iopctl.changes.Diff` as text, as a markdown pull-request comment, or as JSON.

Text and markdown say the same things in the same order: each change of a
file becomes one :class:`Item` (change, what, before, after, note), which the
text prints as a line and the markdown as a table row.  Everything that comes
from a file (titles, paths, values, problem messages) is escaped in markdown,
so an agreement cannot break or inject into the comment it is posted in.

The JSON is a stable, documented structure (``format_version`` 1; fields are
only ever added): codes and keys are English whatever ``--lang`` says, dates
are ISO, amounts are whole kronor or null for unknown.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .changes import AgreementChange, AmendmentEvent, ClauseChange, Diff, Row
from .problems import Problem
from .rules.reasons import Arg, DayOfYear, Label
from .words import Words, words
from .words.phrases import cite
from .words.problems import problem_message, sayer

JSON_FORMAT_VERSION = 1
ABSENT = "–"


@dataclass(frozen=True, slots=True)
class Item:
    """One change in one file, in words: a line of text, a row of the markdown table."""

    change: str
    what: str
    old: str
    new: str
    note: str = ""


def items(change: AgreementChange, w: Words) -> Iterator[Item]:
    """The changes of one file, in the order a reviewer reads them: clauses first (the
    cause), then amounts, then deadlines moved, added and removed (the consequences),
    then problems."""
    section = w.text
    for clause in change.clauses:
        yield Item(section("diff.section.clause"), clause.field, *_clause_values(clause, w))
    for event in change.amendments:
        yield from _amendment_items(event, w)
    for amount in change.amounts:
        yield Item(
            section("diff.section.amount"),
            amount.label,
            _amount(amount.old, w) if amount.presence != "added" else ABSENT,
            _amount(amount.new, w) if amount.presence != "removed" else ABSENT,
            w.arg(amount.why),
        )
    for moved in change.moved:
        yield Item(
            section("diff.section.moved"),
            _what(moved.new, w),
            moved.old.date.isoformat(),
            moved.new.date.isoformat(),
            _note(moved.new, w),
        )
    for row in change.added:
        yield Item(
            section("diff.section.added"), _what(row, w), ABSENT, row.date.isoformat(),
            _note(row, w),
        )  # fmt: skip
    for row in change.removed:
        yield Item(
            section("diff.section.removed"), _what(row, w), row.date.isoformat(), ABSENT,
            _note(row, w),
        )  # fmt: skip
    for problem in change.new_problems:
        yield Item(section("diff.section.new_problem"), *_problem(problem, w))
    for problem in change.resolved_problems:
        yield Item(section("diff.section.resolved_problem"), *_problem(problem, w))


def _amendment_items(event: AmendmentEvent, w: Words) -> Iterator[Item]:
    """An amendment as the dated event it is: from when, decided when and by whom, what.

    Added or removed: one item, its effective day on the side it is on.
    Edited: one item per field that differs, each with the event's description.
    """
    x = event.facts
    label = w.text(f"diff.section.amendment.{event.presence}")
    note = w.text(
        "diff.amendment.note_dnr" if x.dnr else "diff.amendment.note",
        decided=x.decided, body=x.body, dnr=x.dnr or "", summary=_oneline(x.summary),
    )  # fmt: skip
    if x.source is not None:
        note += f" ({cite(x.source, w)})"
    if event.presence != "modified":
        effective = w.text("diff.amendment.effective", day=x.effective)
        old, new = (ABSENT, effective) if event.presence == "added" else (effective, ABSENT)
        yield Item(label, x.key, old, new, note)
        return
    for clause in event.fields:
        yield Item(label, clause.field, *_clause_values(clause, w), note)


def _what(row: Row, w: Words) -> str:
    return f"{w.label('kind', row.kind)} {row.occurrence}"


def _note(row: Row, w: Words) -> str:
    title = w.say(row.title)
    if row.act_by == row.date:
        return title
    return f"{title} ({w.text('diff.act_by', day=row.act_by)})"


def _amount(amount: Decimal | None, w: Words) -> str:
    return w.money(amount) if amount is not None else w.text("diff.unknown")


def _problem(problem: Problem, w: Words) -> tuple[str, str, str, str]:
    message = problem_message(w, problem)
    return problem.location(), "", "", f"{problem.severity.value} {problem.code}: {message}"


def _clause_values(clause: ClauseChange, w: Words) -> tuple[str, str]:
    return _value(clause.old, w), _value(clause.new, w)


def _value(value: Any, w: Words) -> str:
    """A clause's value in words: a recurring day by name, a yes/no, text, ``–`` for absent."""
    arg: Arg
    match value:
        case None:
            return ABSENT
        case bool():
            arg = Label("bool", str(value).lower())
        case {"month": int(month), "day": int(day)}:
            arg = DayOfYear(month, day)
        case tuple():
            return ", ".join(str(v) for v in value) or ABSENT
        case _:
            return _oneline(str(value))
    return w.arg(arg)


_LINE_BREAK = re.compile(r"\s*[\r\n]\s*")


def _oneline(text: str) -> str:
    """Text on one line: each line break with the space around it becomes one space
    (a no-break space inside an amount stays)."""
    return _LINE_BREAK.sub(" ", text.strip())


def _heading(diff: Diff, w: Words, *, new: str | None = None) -> dict[str, Arg]:
    return {
        "old": diff.old,
        "new": new if new is not None else diff.new or w.text("diff.working_tree"),
        "as_of": diff.as_of,
    }


def _file_line(change: AgreementChange, w: Words, path: str, agreement: str) -> str:
    return w.text(f"diff.file.{change.presence}", path=path, id=agreement)


# --- text ------------------------------------------------------------------------


def render_text(diff: Diff, lang: str) -> str:
    """Plain text, one line per change, indented under its file; no colour."""
    w = words(lang)
    if not diff.changed:
        return w.text("diff.none", **_heading(diff, w)) + "\n"
    lines = [w.text("diff.heading", **_heading(diff, w))]
    if any(c.open_ended for c in diff.agreements):
        lines.append(w.text("diff.horizon", horizon=diff.horizon))
    for change in diff.agreements:
        lines += ["", _file_line(change, w, change.path, change.id)]
        if not change.compared:
            lines.append("  " + w.text("diff.not_compared"))
        for item in items(change, w):
            line = f"  {item.change} {item.what}"
            if item.old or item.new:
                line += f": {item.old} → {item.new}"
            lines.append(line + (f" — {item.note}" if item.note else ""))
    return "\n".join(lines) + "\n"


# --- markdown -----------------------------------------------------------------------

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")


def md(text: str) -> str:
    """File-derived text made inert in markdown: every special character escaped, one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _oneline(text))


def _code(name: str) -> str:
    """A revision as inline code, where nothing is escaped: so it holds no backtick or newline."""
    return "`" + _oneline(name.replace("`", "'")) + "`"


def render_markdown(diff: Diff, lang: str) -> str:
    """A pull-request comment: a heading, then one table of changes per file."""
    w = words(lang)
    heading = _heading(diff, w, new=_code(diff.new) if diff.new else None)
    heading["old"] = _code(diff.old)
    if not diff.changed:
        return w.text("diff.none", **heading) + "\n"
    out = [f"### {w.text('diff.heading', **heading)}\n"]
    if any(c.open_ended for c in diff.agreements):
        out.append(f"\n{w.text('diff.horizon', horizon=diff.horizon)}\n")
    columns = [w.text(f"diff.column.{c}") for c in ("change", "what", "old", "new", "note")]
    for change in diff.agreements:
        out.append(f"\n#### {_file_line(change, w, md(change.path), md(change.id))}\n\n")
        if not change.compared:
            out.append(f"{w.text('diff.not_compared')}\n\n")
        rows = [
            [md(i.change), md(i.what), md(i.old), md(i.new), md(i.note)] for i in items(change, w)
        ]
        if rows:
            out.append("| " + " | ".join(columns) + " |\n")
            out.append("|" + "---|" * len(columns) + "\n")
            out.extend("| " + " | ".join(row) + " |\n" for row in rows)
    return "".join(out)


# --- json -----------------------------------------------------------------------------


def render_json(diff: Diff, lang: str) -> str:
    """The stable structure documented in the README (``format_version`` 1)."""
    w = words(lang)
    doc = {
        "format_version": JSON_FORMAT_VERSION,
        "from": diff.old,
        "to": diff.new or None,
        "as_of": diff.as_of.isoformat(),
        "horizon": diff.horizon.isoformat(),
        "changed": diff.changed,
        "agreements": [_json_change(c, w) for c in diff.agreements],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _json_change(change: AgreementChange, w: Words) -> dict[str, Any]:
    return {
        "path": change.path,
        "id": change.id,
        "change": change.presence,
        "compared": change.compared,
        "open_ended": change.open_ended,
        "clauses": [
            {"field": c.field, "from": _json_value(c.old), "to": _json_value(c.new)}
            for c in change.clauses
        ],
        "amendments": [
            {
                "id": e.facts.key,
                "change": e.presence,
                "decided": e.facts.decided.isoformat(),
                "body": e.facts.body,
                "dnr": e.facts.dnr,
                "effective": e.facts.effective.isoformat(),
                "summary": e.facts.summary,
                "source": e.facts.source.id if e.facts.source else None,
                "fields": [
                    {"field": c.field, "from": _json_value(c.old), "to": _json_value(c.new)}
                    for c in e.fields
                ],
            }
            for e in change.amendments
        ],
        "amounts": [
            {
                "payment": a.label,
                "change": a.presence,
                "from": _json_value(a.old),
                "to": _json_value(a.new),
                "why": [w.say(r) for r in a.why],
            }
            for a in change.amounts
        ],
        "deadlines": {
            "moved": [
                {
                    **_json_row(m.new, w),
                    "from": m.old.date.isoformat(),
                    "to": m.new.date.isoformat(),
                    "act_by_from": m.old.act_by.isoformat(),
                    "act_by_to": m.new.act_by.isoformat(),
                }
                for m in change.moved
            ],
            "added": [_json_row(r, w) for r in change.added],
            "removed": [_json_row(r, w) for r in change.removed],
        },
        "problems": {
            "new": [p.as_json(sayer(w.lang)) for p in change.new_problems],
            "resolved": [p.as_json(sayer(w.lang)) for p in change.resolved_problems],
        },
    }


def _json_row(row: Row, w: Words) -> dict[str, Any]:
    return {
        "uid": row.uid,
        "kind": row.kind,
        "occurrence": row.occurrence,
        "date": row.date.isoformat(),
        "act_by": row.act_by.isoformat(),
        "title": w.say(row.title),
    }


def _json_value(value: Any) -> Any:
    """A value as JSON: dates ISO, whole amounts as integers, lists as lists."""
    match value:
        case dt.date():
            return value.isoformat()
        case Decimal():
            return int(value) if value == value.to_integral_value() else str(value)
        case tuple():
            return [_json_value(v) for v in value]
        case dict():
            return {k: _json_value(v) for k, v in value.items()}
    return value


DIFF_RENDERERS: dict[str, Callable[[Diff, str], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "json": render_json,
}
"""Each ``--format`` of ``iopctl diff``; a test checks that every choice has one."""
