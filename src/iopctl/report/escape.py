"""Text from an agreement file made safe for markdown and for mermaid.

An agreement's free text is untrusted: a title, a contact name or a note may
hold a newline followed by ``# Heading``, a line of three backticks, a ``|``
or ``<script>``.  :func:`md` is the ONE escaping function for markdown: the
renderer applies it to every ``{{ value }}`` a template prints (as Jinja's
``finalize``), so a template cannot forget it, and the filters that shape a
value (``cell``, ``oneline``) apply it themselves and mark their result
:class:`Escaped` so it is not escaped twice.  The seeds' text passes through
unchanged; only markdown's structure-making characters are touched.
"""

from __future__ import annotations

import re

from markupsafe import Markup


class Escaped(str):
    """Text that :func:`md` (or :func:`gantt_name`) already made safe; printed as it is."""

    __slots__ = ()


_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")
_SPECIAL = str.maketrans({"\\": "\\\\", "|": "\\|", "`": "\\`", "<": "&lt;"})
_LINE_START = re.compile(
    r"^([ \t]*)(?:(#{1,6}(?=[ \t]|$)|[-+*](?=[ \t]|$)|[>~]|[-*_=](?=[-*_= \t]*$))"
    r"|(\d{1,9})([.)])(?=[ \t]|$))"
)
"""What makes a line a block in CommonMark: a heading, a list item, a quote, a
fence, a thematic break or a setext underline (``2.3.4`` is none of them)."""


def md(value: object) -> str:
    """One line of markdown text that shows ``value`` and makes no structure.

    Line breaks of every kind become spaces (no value can start a heading,
    a list, a fence or a new table row on a line of its own); backslash,
    ``|`` (a table cell's end) and backticks (code spans and fences) are
    backslash-escaped, ``<`` becomes ``&lt;`` (no HTML); and a value that
    begins like a block (``#``, ``>``, ``-``, ``1.``) is escaped there too,
    since a template may print it at the start of a line.

    What a template marks ``| safe`` is its own markdown (a heading level
    passed to a macro) and passes as it is; so does :class:`Escaped` text.
    """
    if isinstance(value, Escaped | Markup):
        return value
    text = _BREAKS.sub(" ", str(value)).translate(_SPECIAL)
    return Escaped(_LINE_START.sub(_escape_marker, text, count=1))


def _escape_marker(match: re.Match[str]) -> str:
    indent, marker, digits, dot = match.groups()
    return f"{indent}\\{marker}" if marker else f"{indent}{digits}\\{dot}"


def cell(text: object) -> Escaped:
    """Free text in one markdown table cell: each line escaped, lines joined by ``<br>``."""
    lines = (md(line.strip()) for line in _BREAKS.split(str(text).strip()))
    return Escaped("<br>".join(lines))


def oneline(text: object) -> Escaped:
    """Free text for a heading or list item: all whitespace collapsed to single spaces."""
    return Escaped(md(" ".join(str(text).split())))


_GANTT_UNSAFE = re.compile(r"[:;#%`<>\s]+")
_GANTT_MISREAD = re.compile(
    r"(?:gantt|title|section|click|call|href|dateformat|axisformat|tickinterval|includes"
    r"|excludes|todaymarker|weekday|inclusiveenddates|topaxis|accdescr|acctitle|\d{4}-\d\d-\d\d)",
    re.IGNORECASE,
)


def gantt_name(text: object) -> Escaped:
    """A mermaid gantt task name or title that mermaid's lexer reads as plain text.

    ``:`` ends a task name, ``;`` and ``#`` end the line, ``%`` can start a
    comment, a backtick could close the code fence and ``<``/``>`` open HTML
    labels: each becomes a space, as does every line break.  A name that
    begins with one of mermaid's keywords (case-insensitive, matched as a
    prefix by its lexer) or with an ISO date would be read as that keyword or
    date, so it gets a leading dash; an empty name would leave the task line
    without one.
    """
    name = _GANTT_UNSAFE.sub(" ", str(text)).strip()
    return Escaped(f"– {name}".strip() if not name or _GANTT_MISREAD.match(name) else name)


_BLANK_RUNS = re.compile(r"\n{3,}")


def tidy(markdown: str) -> str:
    """At most one blank line in a row, none at the start, one newline at the end.

    Sections that have nothing to say vanish in the templates; this keeps
    their surrounding blank lines from piling up, so templates can stay
    readable instead of micro-managing whitespace.
    """
    return _BLANK_RUNS.sub("\n\n", markdown).strip("\n") + "\n"
