"""The words of the GitHub Action (``action.yml``): the job summary and the annotation limit.

GitHub shows at most 10 error and 10 warning annotations per step and drops
the rest without a word, so the action writes every problem to the job
summary as a table and says, in the log and there, how many annotations are
missing.  This module reads ``iopctl validate --format json`` (the stable,
documented structure) rather than the problems themselves, so it follows
whatever validate reports.  It is run by the action as ``python -m
iopctl.github_action summary|note|outputs FILE``, not an iopctl command: its only
reader is the action.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ANNOTATION_LIMIT = 10
"""Annotations of one severity GitHub shows per step."""


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def overflow_note(report: dict[str, Any]) -> str | None:
    """What the annotations leave out, or None when GitHub shows every problem."""
    over = [
        _count(report[key], word)
        for key, word in (("errors", "error"), ("warnings", "warning"))
        if report[key] > ANNOTATION_LIMIT
    ]
    if not over:
        return None
    return (
        f"{' and '.join(over)}: GitHub shows only the first {ANNOTATION_LIMIT} annotations "
        "of each kind; the job summary lists every problem."
    )


def _cell(text: object) -> str:
    """A table cell: a ``|`` or a line break in a message must not break the table."""
    escaped = str(text).replace("&", "&amp;").replace("<", "&lt;").replace("|", "\\|")
    return " ".join(escaped.splitlines())


def summary_markdown(report: dict[str, Any]) -> str:
    """Every problem as a markdown table, after the counts and the overflow note."""
    counts = ", ".join(
        _count(report[key], word)
        for key, word in (("files", "file"), ("errors", "error"), ("warnings", "warning"))
    )
    lines = ["## iopctl validate", "", counts, ""]
    note = overflow_note(report)
    if note:
        lines += [f"> **Note:** {note}", ""]
    if report["problems"]:
        lines += ["| where | severity | code | message |", "|---|---|---|---|"]
        for p in report["problems"]:
            where = p["path"] + "".join(f":{n}" for n in (p["line"], p["col"]) if n > 0)
            cells = (where, p["severity"], p["code"], p["message"])
            lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
        lines.append("")
    return "\n".join(lines) + "\n"


def _log_note(report: dict[str, Any]) -> str:
    note = overflow_note(report)
    return f"iopctl: {note}\n" if note else ""


def _step_outputs(report: dict[str, Any]) -> str:
    return f"errors={report['errors']}\nwarnings={report['warnings']}\n"


MODES: dict[str, Callable[[dict[str, Any]], str]] = {
    "summary": summary_markdown,
    "note": _log_note,
    "outputs": _step_outputs,
}
"""What the action asks for: the job summary, the log's overflow note, the step outputs."""


def main(argv: Sequence[str]) -> int:
    """``MODE FILE``: print what ``MODE`` makes of the validate JSON in ``FILE``."""
    if len(argv) != 2 or argv[0] not in MODES:
        sys.stderr.write(f"usage: python -m iopctl.github_action {'|'.join(MODES)} JSON_FILE\n")
        return 2
    report = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    sys.stdout.write(MODES[argv[0]](report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
