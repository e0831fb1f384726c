"""Shared by the report tests: the seeds' project, a mermaid gantt checker, markdown hygiene."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache
from pathlib import Path

from conftest import AGREEMENTS, ROOT
from iopctl.project import Project, open_project
from iopctl.report import Renderer, ReportOptions, render_agreement_report, render_portfolio

AS_OF = dt.date(2024, 9, 1)
SEED_IDS = (
    "linkoping-boj-2023",
    "vgr-boj-fyrbodol-2025",
    "stockholm-boj-vasterort-2022",
    "robertsfors-boj-umea-2018",
)
LANGS = ("sv", "en")


@cache
def seeds() -> Project:
    """The shipped agreements with the repository's series, whatever the working directory.

    Paths are made repository-relative (``agreements/…``), as a user running in
    the repository sees them, so goldens do not depend on where the clone is.
    """
    project = open_project([str(AGREEMENTS)], data_dirs=[str(ROOT / "data")])
    relative = [
        dataclasses.replace(a, path=f"agreements/{Path(a.path).name}") for a in project.agreements
    ]
    return dataclasses.replace(project, agreements=relative)


def agreement_report(agreement_id: str, lang: str = "sv", meeting: str | None = None) -> str:
    project = seeds()
    loaded = project.find(agreement_id)
    assert loaded is not None, agreement_id
    options = ReportOptions(as_of=AS_OF, lang=lang, meeting=meeting)
    return render_agreement_report(loaded, project.series, options, Renderer())


def portfolio(lang: str = "sv") -> str:
    project = seeds()
    options = ReportOptions(as_of=AS_OF, lang=lang)
    return render_portfolio(project.agreements, project.series, options, Renderer())


# --- mermaid gantt -----------------------------------------------------------------------

_DATE = r"\d{4}-\d{2}-\d{2}"
_TASK = re.compile(
    rf"^ {{4}}(?P<name>[^:;#]+?) :"
    rf"(?:(?:active|done|crit|milestone), )*"
    rf"(?:(?P<id>[A-Za-z][\w-]*), )?"
    rf"(?P<start>{_DATE}), (?P<end>{_DATE}|\d+d)$"
)
_DIRECTIVES = ("title ", "axisFormat ", "todayMarker ", "tickInterval ", "excludes ")


def gantt_blocks(markdown: str) -> list[list[str]]:
    return [
        block.splitlines() for block in re.findall(r"```mermaid\n(.*?)```", markdown, re.DOTALL)
    ]


def gantt_errors(lines: list[str]) -> list[str]:
    """Why ``lines`` is not valid mermaid gantt syntax; empty when it is.

    Checks what mermaid needs and what we rely on: the ``gantt`` header,
    ``dateFormat YYYY-MM-DD``, every task inside a section, one task per line
    as ``name :tags, id, start, end-or-duration`` with real dates, ids unique,
    and an end never before its start.
    """
    errors: list[str] = []
    if not lines or lines[0] != "gantt":
        return ["first line is not 'gantt'"]
    if "    dateFormat YYYY-MM-DD" not in lines:
        errors.append("no 'dateFormat YYYY-MM-DD'")
    in_section = False
    ids: set[str] = set()
    for line in lines[1:]:
        body = line.strip()
        if body.startswith("section "):
            in_section = bool(body[len("section ") :].strip())
            continue
        if body.startswith(_DIRECTIVES) or body == "dateFormat YYYY-MM-DD":
            continue
        match = _TASK.match(line)
        if match is None:
            errors.append(f"not a task line: {line!r}")
            continue
        if not in_section:
            errors.append(f"task outside a section: {line!r}")
        start = dt.date.fromisoformat(match["start"])
        end = match["end"]
        if not end.endswith("d") and dt.date.fromisoformat(end) < start:
            errors.append(f"ends before it starts: {line!r}")
        if match["id"] is not None:
            if match["id"] in ids:
                errors.append(f"duplicate id {match['id']!r}")
            ids.add(match["id"])
    return errors


# --- markdown hygiene ----------------------------------------------------------------------

_HEADING = re.compile(r"^(#{1,6}) ")
_PIPE = re.compile(r"(?<!\\)\|")
RAW_CODES = (
    "calendar_year",
    "agreement_year",
    "in_kind",
    "self_financing",
    "half_yearly",
    "renewal_stop",
    "notice_deadline",
    "option_deadline",
    "report_due",
    "due_soon",
    "term_end",
    "repay_unused_funds",
)
"""Codes of the agreement format and the rules; a report words them, never prints them."""


def _table_errors(markdown: str) -> list[str]:
    """Every row of a table has as many unescaped ``|`` as its header (fenced code skipped)."""
    errors: list[str] = []
    width: int | None = None
    fenced = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        if fenced or not line.startswith("|"):
            width = None
            continue
        cells = len(_PIPE.findall(line))
        if width is None:
            width = cells
        elif cells != width:
            errors.append(f"table row with {cells - 1} cells, header has {width - 1}: {line!r}")
    return errors


def hygiene_errors(markdown: str) -> list[str]:
    """No ``None``, no unrendered Jinja, no raw codes, no ragged table, no empty section."""
    errors = [f"{token!r} in output" for token in ("None", "{{", "{%", "}}") if token in markdown]
    prose = re.sub(r"`[^`\n]*`", "", markdown)  # field names in backticks may hold codes
    errors += [f"raw code {code!r} in output" for code in RAW_CODES if code in prose]
    errors += _table_errors(markdown)
    lines = [line for line in markdown.splitlines() if line.strip()]
    for this, after in zip(lines, [*lines[1:], ""], strict=True):
        heading, following = _HEADING.match(this), _HEADING.match(after)
        if heading and (after == "" or (following and len(following[1]) <= len(heading[1]))):
            errors.append(f"empty section: {this!r}")
    return errors
