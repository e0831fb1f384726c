"""Errors as data.

Every stage (reading, YAML parsing, schema validation, semantic checks, rules)
reports what is wrong as a :class:`Problem` instead of raising, so that one run
can list every problem of every file, and so that the library and the CLI share
one shape.  A problem without a file uses the path ``<iopctl>`` and line 0.

A problem holds no sentence: it holds its code, a message id and the message's
arguments; :mod:`iopctl.words.problems` says it in the reader's language.  The
codes themselves, each with its severity and meaning, are one table,
:data:`CODES`: the severity of a problem, the README's table of codes, and
which checks can find errors all come from it.

The renderers at the bottom return strings and never print: the CLI decides
where the text goes, and in which words (the ``say`` argument).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .terminal import one_line

NO_FILE = "<iopctl>"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


Say = Callable[["Problem"], str]
"""A problem's message in the reader's language (:func:`iopctl.words.problems.sayer`)."""


@dataclass(frozen=True, slots=True)
class Code:
    """A problem code: stable (CI matches on it), with its severity and what it means."""

    name: str
    severity: Severity
    meaning: str
    """One line for the README's table (English, like the codes)."""
    unreadable: bool = False
    """The input could not be read at all: the CLI exits 2 rather than 1."""


CODES: Mapping[str, Code] = {
    code.name: code
    for code in (
        Code("not-found", Severity.ERROR, "a path given does not exist", unreadable=True),
        Code(
            "unreadable",
            Severity.ERROR,
            "a file or folder cannot be opened or listed (permissions, symlink loop, "
            "a folder named `*.yaml`)",
            unreadable=True,
        ),
        Code(
            "no-agreements",
            Severity.ERROR,
            "a folder holds no `*.yaml`/`*.yml` file",
            unreadable=True,
        ),
        Code("file-too-large", Severity.ERROR, "a file is over 256 kB"),
        Code("encoding", Severity.ERROR, "a file is not UTF-8 (the first bad byte is named)"),
        Code(
            "settings-syntax",
            Severity.ERROR,
            "`iopctl.toml` is not valid TOML or not UTF-8 (exit 2, with its line and column)",
        ),
        Code(
            "settings-invalid",
            Severity.ERROR,
            "a setting in `iopctl.toml` has a value it cannot take",
        ),
        Code(
            "settings-unknown-key",
            Severity.ERROR,
            '`iopctl.toml` names a setting that does not exist (with a "did you mean" hint)',
        ),
        Code("settings-unreadable", Severity.ERROR, "`iopctl.toml` exists but cannot be read"),
        Code("empty-file", Severity.ERROR, "a file holds no YAML document, or only a null (`~`)"),
        Code(
            "no-final-newline",
            Severity.WARNING,
            "the file does not end with a line end (a truncated copy or a broken merge?)",
        ),
        Code("yaml-syntax", Severity.ERROR, "YAML that does not parse"),
        Code("yaml-multiple-documents", Severity.ERROR, "more than one `---` document in a file"),
        Code(
            "yaml-character",
            Severity.ERROR,
            "a control character, raw or written as an escape (`\\e`, `\\0`), or a line "
            "separator (U+2028, U+2029, NEL, a lone CR)",
        ),
        Code("yaml-tab", Severity.ERROR, "a tab in indentation"),
        Code("yaml-too-deep", Severity.ERROR, "nesting deeper than 40 levels"),
        Code("yaml-too-long", Severity.ERROR, "a list or mapping of more than 10 000 items"),
        Code("yaml-tag", Severity.ERROR, "an explicit tag such as `!!python/…`"),
        Code("yaml-complex-key", Severity.ERROR, "a key that is a list or mapping"),
        Code("yaml-alias", Severity.ERROR, "an anchor and alias (`&a`, `*a`)"),
        Code("duplicate-key", Severity.ERROR, "a key twice in one mapping (both lines named)"),
        Code(
            "yaml11-boolean",
            Severity.ERROR,
            "`yes`/`no`/`on`/`off`: a boolean in YAML 1.1, text in 1.2",
        ),
        Code(
            "yaml11-octal",
            Severity.ERROR,
            "a number with a leading zero: octal in YAML 1.1, decimal in 1.2",
        ),
        Code("yaml11-sexagesimal", Severity.ERROR, "`1:30`: base 60 in YAML 1.1, text in 1.2"),
        Code("invalid-date", Severity.ERROR, "a `YYYY-MM-DD` that is not a day (`2025-02-30`)"),
        Code("date-out-of-range", Severity.ERROR, "a date outside 1900–2199"),
        Code(
            "number-out-of-range",
            Severity.ERROR,
            "a number of 10^15 or more, or written with more than 40 characters: "
            "no amount, hours or index value is that large",
        ),
        Code(
            "not-a-mapping",
            Severity.ERROR,
            "the document is a list or a single value, not keys and values",
        ),
        Code("unknown-key", Severity.ERROR, 'a key the format does not have ("did you mean")'),
        Code("missing-key", Severity.ERROR, "a required key is absent"),
        Code("schema", Severity.ERROR, "a value of the wrong type or out of range"),
        Code(
            "placeholder",
            Severity.ERROR,
            "a text still starting with `TODO`, as `iopctl new` writes it",
        ),
        Code("id-file-mismatch", Severity.ERROR, "`id` differs from the file name"),
        Code("duplicate-id", Severity.ERROR, "two files share an `id`"),
        Code("missing-party", Severity.ERROR, "no `public` or no `civil` party"),
        Code("org-number-format", Severity.ERROR, "an org number that is not `NNNNNN-NNNN`"),
        Code("org-number-checksum", Severity.ERROR, "an org number with a wrong check digit"),
        Code("term-order", Severity.ERROR, "the term ends before it starts"),
        Code("renewal-order", Severity.ERROR, "`term.renewal.latest_end` is before `term.end`"),
        Code("window-order", Severity.ERROR, "a duty's window ends before it starts"),
        Code(
            "funding-amount",
            Severity.ERROR,
            "a grant without `amount`, or an in-kind contribution without `hours` or `value`",
        ),
        Code("budget-sum", Severity.ERROR, "budget lines do not add up to their contribution"),
        Code("funding-total", Severity.ERROR, "contributions do not add up to `stated_total`"),
        Code(
            "in-kind-value",
            Severity.WARNING,
            "volunteer `hours` × `hourly_rate` is more than 0.5 % off the stated `value`",
        ),
        Code(
            "duplicate-year",
            Severity.ERROR,
            "a series file (`data/…`) lists one year twice with the same status"
            " (one preliminary and one definitive value are fine)",
        ),
        Code(
            "unknown-series",
            Severity.ERROR,
            "indexation or per-capita names a series that is not in `data/`",
        ),
        Code("duplicate-duty", Severity.ERROR, "a duty id or meeting name used twice"),
        Code(
            "duplicate-party",
            Severity.ERROR,
            "a party id used twice, or one that is a role (`public`, `civil`)",
        ),
        Code(
            "unknown-party",
            Severity.ERROR,
            'a `payer`, `recipient`, `by` or amendment names no party id or role ("did you mean")',
        ),
        Code("duplicate-source", Severity.ERROR, "a source id used twice"),
        Code(
            "unknown-source",
            Severity.ERROR,
            'an assumption or amendment names no source id ("did you mean")',
        ),
        Code(
            "amendment-target",
            Severity.ERROR,
            "an amendment changes what is not there: no extension option, no such "
            "contribution or duty",
        ),
        Code(
            "check-crashed",
            Severity.ERROR,
            "a check failed with an exception (a bug; the other checks still ran)",
        ),
        Code(
            "implausible-term",
            Severity.WARNING,
            "the term ends a few days off whole years, or runs over 25 years",
        ),
        Code(
            "payment-amount",
            Severity.WARNING,
            "a logged payment leaves an instalment short, or pays more than is open",
        ),
        Code(
            "payment-late",
            Severity.WARNING,
            "a logged payment completed its instalment after the instalment's window",
        ),
        Code(
            "log-unmatched",
            Severity.WARNING,
            "a log entry's `name` matches no duty id or meeting name (a payment's: no instalment)",
        ),
        Code(
            "log-unknown-deliverable",
            Severity.WARNING,
            "a log entry names a deliverable its duty does not list (it marks nothing)",
        ),
        Code(
            "notice-not-allowed",
            Severity.ERROR,
            "notice in the log by a party the termination clause excludes, "
            "or where no one can give notice",
        ),
        Code("status-stale", Severity.WARNING, "`status: active` after the last possible day"),
        Code(
            "status-contradicts-dates",
            Severity.WARNING,
            "`status: ended` while the term runs, or `terminated` with no notice in the log "
            "that ends it",
        ),
        Code("duty-outside-term", Severity.WARNING, "a dated duty falls outside the term"),
        Code(
            "log-outside-term",
            Severity.WARNING,
            "a log entry more than 3 months before the start or 6 after the (last possible) end "
            "or the last day a duty falls due, whichever is later",
        ),
        Code("indexation-outside-term", Severity.WARNING, "indexation starts outside the term"),
        Code(
            "payment-data-missing",
            Severity.WARNING,
            "a payment due within 12 months needs an index or population value not in `data/`",
        ),
    )
}
"""Every problem code, in the order of the README's table."""


INPUT_CODES = frozenset(name for name, code in CODES.items() if code.unreadable)
"""The codes that mean some input could not be read at all (exit 2)."""


def input_failed(problems: Iterable[Problem]) -> bool:
    """Whether some input could not be read at all: the CLI exits 2 rather than 1 for that."""
    return any(p.code in INPUT_CODES for p in problems)


def codes_table() -> str:
    """The README's table of codes, made from :data:`CODES` (a test keeps the README equal)."""
    rows = [f"| `{c.name}` | {c.severity.value} | {c.meaning} |" for c in CODES.values()]
    return "\n".join(["| code | severity | meaning |", "|---|---|---|", *rows]) + "\n"


ProblemArg = object
"""An argument of a problem's message: ``str``, ``int``, ``Decimal``, ``date``, or one of
the words layer's wrappers (:class:`~iopctl.rules.reasons.Money`, a nested reason)."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one place in one file.

    ``line`` and ``col`` are 1-based, as editors count; 0 means "no position"
    (the whole file, or no file at all).  ``field`` is the dotted YAML path of
    the offending node when there is one (``term.end``, ``duties[2].due``).
    ``message_id`` and ``args`` are what the words layer turns into a sentence.
    """

    path: str
    line: int
    col: int
    code: str
    severity: Severity
    message_id: str
    args: tuple[tuple[str, ProblemArg], ...] = ()
    field: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def kwargs(self) -> dict[str, ProblemArg]:
        return dict(self.args)

    def location(self) -> str:
        """``path:line:col`` as editors and CI annotations expect it."""
        return format_location(self.path, self.line, self.col)

    def as_json(self, say: Say) -> dict[str, object]:
        """The problem in every JSON output (``validate``, ``diff``): keys stable and
        English, the message in the reader's language, its arguments as data."""
        return {
            "path": one_line(self.path),
            "line": self.line,
            "col": self.col,
            "severity": self.severity.value,
            "code": self.code,
            "message": say(self),
            "field": self.field,
            "message_id": self.message_id,
            "args": {name: json_value(value) for name, value in self.args},
        }

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.col, self.code)


def format_location(path: str, line: int, col: int) -> str:
    """The one place that spells a location; ``path`` alone when there is no line.

    The path is made printable: a file name with a newline or an escape
    sequence cannot forge a line of output or reach the terminal raw.
    """
    path = one_line(path)
    if line <= 0:
        return path
    if col <= 0:
        return f"{path}:{line}"
    return f"{path}:{line}:{col}"


def problem(
    path: str,
    line: int,
    col: int,
    code: str,
    /,
    *,
    variant: str | None = None,
    field: str | None = None,
    **args: ProblemArg,
) -> Problem:
    """A problem with ``code`` (severity from :data:`CODES`) and its message's arguments.

    The message id is ``problem.<code>``, or ``problem.<code>.<variant>`` where one
    code has several messages.  An unknown code is a bug and raises ``KeyError``.
    """
    return make_problem(path, line, col, code, variant, field, args)


def make_problem(
    path: str,
    line: int,
    col: int,
    code: str,
    variant: str | None,
    field: str | None,
    args: Mapping[str, ProblemArg],
) -> Problem:
    """:func:`problem` for the helpers that pass on arguments they were given."""
    message_id = f"problem.{code}" + (f".{variant}" if variant else "")
    return Problem(
        path, line, col, code, CODES[code].severity, message_id, tuple(args.items()), field
    )


MAX_QUOTED = 40
"""How much of a value a message repeats: a hostile input cannot flood the output."""


def shorten(value: object, limit: int = MAX_QUOTED) -> str:
    """A value as a message argument: on one line, control characters visible, cut at ``limit``.

    Numbers beyond Python's limit for converting them to text (4 300 digits)
    are named by their size, not converted.
    """
    if isinstance(value, str):
        text = value
    else:
        try:
            text = repr(value)
        except ValueError:  # an int too long to print
            text = f"<a number of {value.bit_length() if isinstance(value, int) else '?'} bits>"
    if len(text) > 4 * limit:
        text = text[: 4 * limit]
    text = one_line(text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """The one of ``choices`` close to ``word``, if there is one (a message's ``suggestion``)."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return shorten(close[0]) if close else None


# --- renderers -------------------------------------------------------------


def render_text(problems: Iterable[Problem], say: Say) -> str:
    """``path:line:col: severity code message``, one line each, sorted."""
    lines = [
        f"{p.location()}: {p.severity.value} {p.code} {one_line(say(p))}"
        for p in sorted(problems, key=Problem.sort_key)
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def render_github(problems: Iterable[Problem], say: Say) -> str:
    """GitHub Actions workflow commands, so problems appear inline in the pull request."""

    def escape(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def escape_property(text: str) -> str:
        return escape(text).replace(":", "%3A").replace(",", "%2C")

    out = []
    for p in sorted(problems, key=Problem.sort_key):
        props = [f"file={escape_property(one_line(p.path))}"]
        if p.line > 0:
            props.append(f"line={p.line}")
        if p.col > 0:
            props.append(f"col={p.col}")
        props.append(f"title={escape_property(p.code)}")
        out.append(f"::{p.severity.value} {','.join(props)}::{escape(one_line(say(p)))}")
    return "\n".join(out) + ("\n" if out else "")


JSON_FORMAT_VERSION = 1


def json_value(value: object) -> object:
    """A message argument as JSON: dates ISO, decimals as exact text, records as objects."""
    match value:
        case None | bool() | int() | str():
            return value
        case Decimal() | dt.date():
            return str(value)
        case tuple() | list():
            return [json_value(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: json_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"type": type(value).__name__, **fields}
    return str(value)


def render_json(problems: Iterable[Problem], files: int, say: Say) -> str:
    """The stable JSON structure documented in the README (``format_version`` 1).

    ``{"format_version": 1, "files": N, "errors": N, "warnings": N,
    "problems": [{"path", "line", "col", "severity", "code", "message", "field",
    "message_id", "args"}]}``: ``message`` in the language asked for, ``args``
    the message's structured arguments (added in 0.2; fields are only added).
    """
    items = sorted(problems, key=Problem.sort_key)
    doc = {
        "format_version": JSON_FORMAT_VERSION,
        "files": files,
        "errors": sum(1 for p in items if p.is_error),
        "warnings": sum(1 for p in items if not p.is_error),
        "problems": [p.as_json(say) for p in items],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
