"""YAML text to plain Python data with a position for every node.

This is the careful part of reading an agreement.  It composes the document
with libyaml (``yaml.CSafeLoader``; the pure-Python loader only when the C one
is missing) and then builds the values itself instead of using PyYAML's
constructor, because the constructor follows YAML 1.1 and loses positions:

* plain scalars follow the YAML 1.2 core schema, and the YAML 1.1 surprises
  (``yes``/``no``/``on``/``off`` booleans, ``010`` octal, ``1:30`` base 60)
  are *rejected* with a hint instead of being read either way silently;
* ``YYYY-MM-DD`` becomes a ``datetime.date``; an impossible date is an error;
* floats become ``Decimal`` through their text, so money is never binary;
* duplicate keys are errors that name both lines;
* anchors and aliases are rejected (an alias bomb composes in milliseconds but
  explodes in whoever expands it later), each reported where it is used;
* dates outside :data:`MIN_YEAR`..:data:`MAX_YEAR` are rejected: ``9999-12-31``
  is a valid ``date``, but one month after it overflows in every rule;
* nesting deeper than :data:`MAX_DEPTH` is rejected; nesting deep enough to
  crash libyaml itself (its composer recurses in C and segfaults near 40,000
  levels; its scanner is quadratic in flow depth) is refused by a textual
  pre-scan before libyaml sees the text, see :func:`_too_deep`.

Nothing here raises for bad input: problems come back as data.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import yaml

from .document import Marks, PathKey, dotted
from .problems import Problem, ProblemArg, make_problem, problem, shorten
from .terminal import first_control

try:
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - only without libyaml
    _Loader = yaml.SafeLoader

MAX_DEPTH = 40
"""Agreements nest four or five levels; forty leaves room and stops `[[[[…` bombs."""

MAX_SCAN_DEPTH = 64
"""The deepest nesting the pre-scan lets through to libyaml.

The pre-scan over-estimates (it counts brackets inside quoted text too), so
this is above :data:`MAX_DEPTH`; the exact limit is applied while building.
"""

MAX_ITEMS = 10_000
"""Items per list or mapping; a log of ten busy years is a few hundred entries.

Refusing a 100,000-item list here costs nothing; letting it through costs a
second of pydantic producing 100,000 errors that nobody reads.
"""

MIN_YEAR, MAX_YEAR = 1900, 2199
"""Dates an agreement can mean; outside them date arithmetic overflows or is nonsense."""

MAX_NUMBER = 10**15
"""Beyond any amount, hours, index or population an agreement can mean (a thousand
trillion kronor); larger numbers are typos or attacks, and overflow the arithmetic."""

MAX_NUMBER_TEXT = 40
"""Characters of a plain number; ``int()`` refuses more than 4 300 digits with an exception."""

MAX_ALIAS_REPORTS = 5
"""A billion-laughs file has dozens of aliases; name the first few, count the rest."""

_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"

_STR_TAG = "tag:yaml.org,2002:str"
_PLAIN_TAG = "tag:iopctl,2025:plain"
"""A plain scalar that may be more than text: :meth:`_Builder.scalar` decides what."""
_KNOWN_TAGS = frozenset(
    "tag:yaml.org,2002:" + t
    for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
) | {_PLAIN_TAG}
_MAY_BE_TYPED = frozenset("0123456789-+.~nNtTfFyYoO")
"""First characters of every plain scalar that YAML 1.1 or 1.2 reads as other than text."""


class _FastLoader(_Loader):  # type: ignore[misc]
    """libyaml with a resolver that does not run PyYAML's YAML 1.1 regexes.

    The stock resolver is Python, called for every node, and its verdict was
    only used to skip obvious text: it was a fifth of the time of ``validate``.
    Here one character decides; :meth:`_Builder.scalar` applies the real rules.
    """

    def resolve(self, kind: Any, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0] and (not value or value[0] in _MAY_BE_TYPED):
                return _PLAIN_TAG
            return _STR_TAG
        return _SEQ_TAG if kind is yaml.SequenceNode else _MAP_TAG


_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_YAML11_BOOLS = frozenset(
    w
    for base in ("yes", "no", "on", "off", "y", "n")
    for w in (base, base.capitalize(), base.upper())
)
_INT = re.compile(r"[-+]?[0-9]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TAB_INDENT = re.compile(r"^ *\t", re.MULTILINE)
_NOT_YAML = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters YAML 1.2 does not allow in a stream (control characters, lone surrogates)."""
_LINE_SEPARATOR = re.compile("[\u2028\u2029\x85]|\r(?!\n)")
"""What YAML (and some editors) take as the end of a line, but most editors show as
nothing: a comment ends there, so a key could hide in what looks like a comment."""
_SEPARATOR_CHARS = ("\u2028", "\u2029", "\x85", "\r")
"""The characters :data:`_LINE_SEPARATOR` starts with: ``in`` rules them out in a
microsecond, where the regex, which cannot skip ahead to them, takes a third of a
millisecond per file (every file is scanned; almost none has one)."""
_FLOW_BRACKET = re.compile(r"[][{}]")
# Anchored at the line start: unanchored, the search is quadratic in the run length.
# The line start is a literal newline (searched in "\n" + text) rather than ``^`` with
# MULTILINE: the regex engine jumps from newline to newline instead of trying every
# character, a third of the time.
_COMPACT_RUN = re.compile(rf"\n[ \t]*(?:[-?:][ \t]+){{{MAX_SCAN_DEPTH}}}")


@dataclass(slots=True)
class _Builder:
    path: str
    screen: bool = True
    """Whether a scalar may hold a control character at all: only if the text has one raw
    (a bidi override passes the reader) or a backslash (a double-quoted escape).  Most
    files have neither, and then no scalar is searched (a tenth of building a file)."""
    shared: bool = True
    """Whether a node may be reached twice: only through an alias, which is written ``*name``;
    a file without a ``*`` has none, and its nodes need not be remembered."""
    marks: Marks = field(default_factory=Marks)
    problems: list[Problem] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)
    aliased: bool = False

    def problem(self, node: Any, code: str, where: PathKey, **args: ProblemArg) -> None:
        mark = node.start_mark
        line, col = mark.line + 1, mark.column + 1
        field = dotted(where) or None
        self.problems.append(make_problem(self.path, line, col, code, None, field, args))

    def build(self, node: Any, where: PathKey, depth: int) -> Any:
        mark = node.start_mark
        self.marks.values[where] = (mark.line + 1, mark.column + 1)
        if self.shared:
            if id(node) in self.seen:
                # A shared node: an alias.  Its mark is the anchor's, so the aliases are
                # located afterwards from the event stream (see _alias_problems).
                self.aliased = True
                return None
            self.seen.add(id(node))
        if depth > MAX_DEPTH:
            if not any(p.code == "yaml-too-deep" for p in self.problems):  # once is enough
                self.problem(node, "yaml-too-deep", where, limit=MAX_DEPTH)
            return None
        if node.tag not in _KNOWN_TAGS:
            self.problem(node, "yaml-tag", where, tag=shorten(node.tag))
            return None
        if isinstance(node.value, list) and len(node.value) > MAX_ITEMS:
            self.problem(node, "yaml-too-long", where, count=len(node.value), limit=MAX_ITEMS)
            return None
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, where, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*where, i), depth + 1) for i, item in enumerate(node.value)]
        return self.scalar(node, where)

    def mapping(self, node: Any, where: PathKey, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, "yaml-complex-key", where)
                continue
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in first_line:
                self.problem(
                    key_node,
                    "duplicate-key",
                    (*where, key),
                    key=shorten(key),
                    first=first_line[key],
                    line=line,
                )
                continue
            first_line[key] = line
            child = (*where, key)
            self.marks.keys[child] = (line, key_node.start_mark.column + 1)
            out[key] = self.build(value_node, child, depth + 1)
        return out

    def scalar(self, node: Any, where: PathKey) -> Any:
        text: str = node.value
        control = first_control(text) if self.screen else None
        if control is not None:  # written as an escape ("\e", "\0"): refused like a raw one
            char = f"#x{ord(text[control]):04x}"
            self.problem(node, "yaml-character", where, variant="escape", char=char)
            return None
        if node.style or node.tag == _STR_TAG:
            return text  # quoted, block, or a plain word YAML 1.1 also reads as text
        if text in _NULLS:
            return None
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        if text in _YAML11_BOOLS:
            self.problem(node, "yaml11-boolean", where, value=text)
            return None
        if _DATE.fullmatch(text):
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                self.problem(node, "invalid-date", where, value=text)
                return None
            if not MIN_YEAR <= day.year <= MAX_YEAR:
                self.problem(
                    node, "date-out-of-range", where, value=text, first=MIN_YEAR, last=MAX_YEAR
                )
                return None
            return day
        if len(text) > MAX_NUMBER_TEXT and any(
            pattern.fullmatch(text) for pattern in (_INT, _HEX, _FLOAT)
        ):
            self.problem(node, "number-out-of-range", where, value=shorten(text), limit=MAX_NUMBER)
            return None
        if _INT.fullmatch(text):
            digits = text.lstrip("+-")
            if len(digits) > 1 and digits.startswith("0"):
                self.problem(node, "yaml11-octal", where, value=shorten(text))
                return None
            return self.number(node, where, int(text))
        if _HEX.fullmatch(text):
            return self.number(node, where, int(text, 16))
        if _FLOAT.fullmatch(text):
            return self.number(node, where, Decimal(text))
        if _SEXAGESIMAL.fullmatch(text):
            self.problem(node, "yaml11-sexagesimal", where, value=shorten(text))
            return None
        return text

    def number(self, node: Any, where: PathKey, value: int | Decimal) -> int | Decimal | None:
        """``value``, or a problem when it is beyond :data:`MAX_NUMBER` (``1e29`` is short text)."""
        if not -MAX_NUMBER < value < MAX_NUMBER:
            self.problem(node, "number-out-of-range", where, value=node.value, limit=MAX_NUMBER)
            return None
        return value


_SYNTAX_VARIANTS = (
    ("mapping values are not allowed", "colon"),  # `dnr: SON: 2019-5`
    ("found unexpected end of stream", "unclosed-quote"),
    ("did not find expected key", "indent"),
    ("did not find expected ',' or ']'", "unclosed-list"),
    ("did not find expected ',' or '}'", "unclosed-mapping"),
    ("did not find expected node content", "missing-value"),
    ("found character that cannot start any token", "start-character"),
    ("found undefined alias", "start-character"),
    ("did not find expected alphabetic or numeric character", "start-character"),
    ("found unknown escape character", "escape"),
    ("found a tab character", "tab"),
    ("did not find expected comment or line break", "block-scalar"),
)
"""The mistakes a hand-editor makes, by the start of libyaml's (English) description; each
is a message of its own in the reader's language, with the fix."""


def _mark_problem(path: str, exc: yaml.MarkedYAMLError) -> Problem:
    """A located syntax problem, said in the reader's words where the mistake is a known one;
    otherwise PyYAML's own words (English) are its detail."""
    what = exc.problem or ""
    variant = next((v for start, v in _SYNTAX_VARIANTS if what.startswith(start)), None)
    # An unclosed quote is found at the end of the file; the quote that opened it is the place.
    first, second = exc.problem_mark, exc.context_mark
    mark = (second or first) if variant == "unclosed-quote" else (first or second)
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
    if variant is not None:
        return problem(path, line, col, "yaml-syntax", variant=variant)
    detail = " ".join(part for part in (exc.context, exc.problem) if part)
    return problem(path, line, col, "yaml-syntax", detail=shorten(detail, 120))


def _too_deep(text: str) -> int | None:
    """Offset where nesting may exceed :data:`MAX_SCAN_DEPTH`, or ``None`` when it cannot.

    Deep nesting needs either flow brackets (``[[[[…``, ``{a: {a: …``) or a run
    of compact block indicators on one line (``- - - …``, ``? ? …``); block
    nesting by indentation is bounded by the file size limit.  The common case
    costs two ``str.count`` calls and one regex search.
    """
    run = _COMPACT_RUN.search("\n" + text)
    if run is not None:
        return run.start()  # of the newline before the line, one ahead in "\n" + text
    if text.count("[") + text.count("{") <= MAX_SCAN_DEPTH:
        return None
    depth = 0
    for match in _FLOW_BRACKET.finditer(text):
        if match.group() in "[{":
            depth += 1
            if depth > MAX_SCAN_DEPTH:
                return match.start()
        elif depth:
            depth -= 1
    return None


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, col) of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _alias_problems(text: str, path: str) -> list[Problem]:
    """One problem per alias, where it is used, naming the line of its anchor."""
    anchors: dict[str, int] = {}
    uses: list[tuple[int, int, str]] = []
    for event in yaml.parse(text, Loader=_Loader):
        mark: Any = event.start_mark
        anchor: str | None = getattr(event, "anchor", None)
        if anchor is None:
            continue
        if isinstance(event, yaml.AliasEvent):
            uses.append((mark.line + 1, mark.column + 1, anchor))
        else:
            anchors.setdefault(anchor, mark.line + 1)
    problems = []
    for line, col, anchor in uses[:MAX_ALIAS_REPORTS]:
        name, anchor_line = shorten(anchor), anchors.get(anchor, 0)
        problems.append(problem(path, line, col, "yaml-alias", alias=name, anchor_line=anchor_line))
    if len(uses) > MAX_ALIAS_REPORTS:
        line, col, _ = uses[MAX_ALIAS_REPORTS]
        more = len(uses) - MAX_ALIAS_REPORTS
        problems.append(problem(path, line, col, "yaml-alias", variant="more", count=more))
    return problems


def parse(text: str, path: str) -> tuple[Any, Marks, list[Problem]]:
    """Parse one YAML document; return (data, marks, problems).

    ``data`` is ``None`` when the text is not usable at all (syntax error,
    several documents, empty).  Problems here are errors: a file that fails
    here is not looked at further.
    """
    bad = _NOT_YAML.search(text)
    if bad is None and any(char in text for char in _SEPARATOR_CHARS):
        bad = _LINE_SEPARATOR.search(text)
    if bad is not None:
        line, col = _position(text, bad.start())
        char = f"#x{ord(bad.group()[0]):04x}"
        variant = "line-break" if _LINE_SEPARATOR.fullmatch(bad.group()) else None
        return (
            None,
            Marks(),
            [problem(path, line, col, "yaml-character", variant=variant, char=char)],
        )
    tab = _TAB_INDENT.search(text) if "\t" in text else None
    if tab is not None:
        line, col = _position(text, tab.end() - 1)  # at the tab itself
        return None, Marks(), [problem(path, line, col, "yaml-tab")]
    deep = _too_deep(text)
    if deep is not None:
        line, col = _position(text, deep)
        return None, Marks(), [problem(path, line, col, "yaml-too-deep", limit=MAX_SCAN_DEPTH)]
    loader = _FastLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.composer.ComposerError as exc:
        if "single document" in (exc.context or ""):
            mark = exc.problem_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
            return None, Marks(), [problem(path, line, col, "yaml-multiple-documents")]
        return None, Marks(), [_mark_problem(path, exc)]
    except yaml.MarkedYAMLError as exc:
        return None, Marks(), [_mark_problem(path, exc)]
    except yaml.reader.ReaderError as exc:  # a position in characters, not a mark
        line, col = _position(text, exc.position)
        char = f"#x{exc.character:04x}" if isinstance(exc.character, int) else "?"
        return None, Marks(), [problem(path, line, col, "yaml-character", char=char)]
    except yaml.YAMLError as exc:
        return None, Marks(), [problem(path, 0, 0, "yaml-syntax", detail=shorten(str(exc), 120))]
    except RecursionError:
        return None, Marks(), [problem(path, 0, 0, "yaml-too-deep", limit=MAX_DEPTH)]
    finally:
        loader.dispose()
    if node is None:
        return None, Marks(), [problem(path, 1, 1, "empty-file")]
    if isinstance(node, yaml.ScalarNode) and node.tag == _PLAIN_TAG and node.value in _NULLS:
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        return None, Marks(), [problem(path, line, col, "empty-file", variant="null")]
    screen = "\\" in text or first_control(text) is not None
    builder = _Builder(path, screen=screen, shared="*" in text)
    data = builder.build(node, (), 0)
    if builder.aliased:
        builder.problems.extend(_alias_problems(text, path))
    return data, builder.marks, builder.problems
