"""Errors as data.

Every stage (reading, YAML parsing, schema validation, semantic checks, rules)
reports what is wrong as a :class:`Problem` instead of raising, so that one run
can list every problem of every file, and so that the library and the CLI share
one shape.  A problem without a file uses the path ``<iopctl>`` and line 0.

The three renderers at the bottom return strings and never print: the CLI
decides where the text goes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

NO_FILE = "<iopctl>"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one place in one file.

    ``line`` and ``col`` are 1-based, as editors count; 0 means "no position"
    (the whole file, or no file at all).  ``field`` is the dotted YAML path of
    the offending node when there is one (``term.end``, ``duties[2].due``).
    """

    path: str
    line: int
    col: int
    code: str
    severity: Severity
    message: str
    field: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def location(self) -> str:
        """``path:line:col`` as editors and CI annotations expect it."""
        return format_location(self.path, self.line, self.col)

    def as_json(self) -> dict[str, str | int | None]:
        """The problem in every JSON output (``validate``, ``diff``): keys stable, English."""
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "field": self.field,
        }

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.col, self.code)


def format_location(path: str, line: int, col: int) -> str:
    """The one place that spells a location; ``path`` alone when there is no line."""
    if line <= 0:
        return path
    if col <= 0:
        return f"{path}:{line}"
    return f"{path}:{line}:{col}"


def error(
    path: str, line: int, col: int, code: str, message: str, field: str | None = None
) -> Problem:
    return Problem(path, line, col, code, Severity.ERROR, message, field)


def warning(
    path: str, line: int, col: int, code: str, message: str, field: str | None = None
) -> Problem:
    return Problem(path, line, col, code, Severity.WARNING, message, field)


def shorten(value: object, limit: int = 40) -> str:
    """A value quoted for a message, cut so that a hostile input cannot flood the output."""
    text = repr(value) if not isinstance(value, str) else value
    text = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    text = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'end'?)`` when one of ``choices`` is close to ``word``, else ``""``."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {shorten(close[0])}?)" if close else ""


# --- renderers -------------------------------------------------------------


def render_text(problems: Iterable[Problem]) -> str:
    """``path:line:col: severity code message``, one line each, sorted."""
    lines = [
        f"{p.location()}: {p.severity.value} {p.code} {p.message}"
        for p in sorted(problems, key=Problem.sort_key)
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def render_github(problems: Iterable[Problem]) -> str:
    """GitHub Actions workflow commands, so problems appear inline in the pull request."""

    def escape(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def escape_property(text: str) -> str:
        return escape(text).replace(":", "%3A").replace(",", "%2C")

    out = []
    for p in sorted(problems, key=Problem.sort_key):
        props = [f"file={escape_property(p.path)}"]
        if p.line > 0:
            props.append(f"line={p.line}")
        if p.col > 0:
            props.append(f"col={p.col}")
        props.append(f"title={escape_property(p.code)}")
        out.append(f"::{p.severity.value} {','.join(props)}::{escape(p.message)}")
    return "\n".join(out) + ("\n" if out else "")


JSON_FORMAT_VERSION = 1


def render_json(problems: Iterable[Problem], files: int) -> str:
    """The stable JSON structure documented in the README (``format_version`` 1).

    ``{"format_version": 1, "files": N, "errors": N, "warnings": N,
    "problems": [{"path", "line", "col", "severity", "code", "message", "field"}]}``
    """
    items = sorted(problems, key=Problem.sort_key)
    doc = {
        "format_version": JSON_FORMAT_VERSION,
        "files": files,
        "errors": sum(1 for p in items if p.is_error),
        "warnings": sum(1 for p in items if not p.is_error),
        "problems": [p.as_json() for p in items],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
