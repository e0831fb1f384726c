"""Text on its way to a terminal: no control character gets there raw.

A value from a file (a title, a file name) may hold ``ESC [2J`` or a newline;
written raw, the first clears the screen and the second forges a line of
output that looks like a problem of another file.  Everything the CLI writes
to stdout or stderr goes through :func:`for_terminal`, and every value
quoted inside one line (a file name in a location, a value in a message)
through :func:`one_line`.  Standard library only: the CLI's start-up pays
nothing for it.
"""

from __future__ import annotations

import re

_CONTROL_CHAR = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    r"\ud800-\udfff]"
)
"""C0 and C1 controls, DEL, the Unicode line separators, the bidi overrides (which
reorder what a reader sees) and lone surrogates (the bytes of a file name that are
not UTF-8), but not ``\\n``, ``\\t`` and ``\\r``."""
_CONTROL = re.compile(_CONTROL_CHAR.pattern + r"|\r(?!\n)")
""":data:`_CONTROL_CHAR`, and a ``\\r`` that is not the first half of a CSV's ``\\r\\n``.

Searching for this is two to three times slower than for the class alone (the regex
engine cannot skip ahead to the first candidate of an alternation), and it is searched
in every file ``validate`` reads: :func:`first_control` uses it only where there is a
``\\r`` at all."""

_CONTROL_OR_BREAK = re.compile(_CONTROL.pattern + r"|[\n\t\r]")


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_STYLE_OR_CONTROL = re.compile(r"\x1b\[[0-9;]*m|(" + _CONTROL.pattern + ")")
"""Our own colour codes (SGR: ``ESC [ 1 m``), kept; every other control character."""


def for_terminal(text: str, *, colour: bool = False) -> str:
    """``text`` with every control character but line ends and tabs written visibly (``\\x1b``);
    a file name's bytes that are not UTF-8 as ``\\xff``, so a strict UTF-8 stream takes it.

    With ``colour``, the colour codes a table was styled with stay (they can only
    colour text: the format refuses control characters, so no value brings its own).
    """
    if first_control(text) is None:
        return text  # nearly always: nothing to rewrite, found at the class's speed
    if colour:
        return _STYLE_OR_CONTROL.sub(
            lambda m: m.group() if m.group(1) is None else _visible(m), text
        )
    return _CONTROL.sub(_visible, text)


def one_line(text: str) -> str:
    """``text`` as one line: line ends and tabs too are written visibly (``\\n``)."""
    return _CONTROL_OR_BREAK.sub(_visible, text)


def first_control(text: str) -> int | None:
    """Offset of the first character :func:`for_terminal` would rewrite, or ``None``."""
    match = (_CONTROL if "\r" in text else _CONTROL_CHAR).search(text)
    return match.start() if match else None
