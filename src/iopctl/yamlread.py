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
  explodes in whoever expands it later);
* nesting deeper than :data:`MAX_DEPTH` is rejected before it can exhaust a stack.

Nothing here raises for bad input: problems come back as data.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import yaml

from .problems import Problem, error, shorten

try:
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - only without libyaml
    _Loader = yaml.SafeLoader

MAX_DEPTH = 40
"""Agreements nest four or five levels; forty leaves room and stops `[[[[…` bombs."""

PathKey = tuple[str | int, ...]

_STR_TAG = "tag:yaml.org,2002:str"
_KNOWN_TAGS = frozenset(
    "tag:yaml.org,2002:" + t
    for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)
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


@dataclass(slots=True)
class Marks:
    """1-based (line, col) of every node, by YAML path.

    ``values`` holds where each value starts; ``keys`` where the key of a
    mapping entry starts (an unknown key is reported at its key, a wrong value
    at its value).
    """

    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def at(self, path: PathKey, *, key: bool = False) -> tuple[int, int]:
        """Position of ``path``, or of its nearest ancestor that exists in the file."""
        table = self.keys if key else self.values
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefix in table:
                return table[prefix]
            if key and prefix in self.values:
                return self.values[prefix]
        return (1, 1)

    def existing(self, loc: tuple[Any, ...]) -> PathKey:
        """The longest path along ``loc`` that exists in the file.

        Elements that are not in the file (a discriminated union's tag in a
        pydantic error location, or a missing key) are skipped.
        """
        path: PathKey = ()
        for element in loc:
            candidate = (*path, element)
            if candidate in self.values:
                path = candidate
        return path


def dotted(path: tuple[Any, ...]) -> str:
    """``('duties', 2, 'due')`` -> ``duties[2].due``."""
    out = ""
    for element in path:
        if isinstance(element, int):
            out += f"[{element}]"
        else:
            out += f".{element}" if out else str(element)
    return out


@dataclass(slots=True)
class _Builder:
    path: str
    marks: Marks = field(default_factory=Marks)
    problems: list[Problem] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)

    def problem(self, node: Any, code: str, message: str, where: PathKey) -> None:
        mark = node.start_mark
        self.problems.append(
            error(self.path, mark.line + 1, mark.column + 1, code, message, dotted(where) or None)
        )

    def build(self, node: Any, where: PathKey, depth: int) -> Any:
        mark = node.start_mark
        self.marks.values[where] = (mark.line + 1, mark.column + 1)
        if id(node) in self.seen:
            # The node is shared, so its own mark is the anchor; report where it is reused.
            line, col = self.marks.keys.get(where, (mark.line + 1, mark.column + 1))
            message = (
                f"anchors and aliases (&name / *name) are not allowed (anchor at line "
                f"{mark.line + 1}); write the value out"
            )
            self.problems.append(
                error(self.path, line, col, "yaml-alias", message, dotted(where) or None)
            )
            return None
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            self.problem(node, "yaml-too-deep", f"nesting deeper than {MAX_DEPTH} levels", where)
            return None
        if node.tag not in _KNOWN_TAGS:
            self.problem(node, "yaml-tag", f"unsupported YAML tag {shorten(node.tag)}", where)
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
                self.problem(key_node, "yaml-complex-key", "keys must be plain words", where)
                continue
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in first_line:
                self.problem(
                    key_node,
                    "duplicate-key",
                    f"duplicate key {shorten(key)} (lines {first_line[key]} and {line}); "
                    "a YAML key may appear once per mapping",
                    (*where, key),
                )
                continue
            first_line[key] = line
            child = (*where, key)
            self.marks.keys[child] = (line, key_node.start_mark.column + 1)
            out[key] = self.build(value_node, child, depth + 1)
        return out

    def scalar(self, node: Any, where: PathKey) -> Any:
        text: str = node.value
        if node.style or node.tag == _STR_TAG:
            return text  # quoted, block, or a plain word YAML 1.1 also reads as text
        if text in _NULLS:
            return None
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        if text in _YAML11_BOOLS:
            self.problem(
                node,
                "yaml11-boolean",
                f"{shorten(text)} is a boolean in YAML 1.1 but text in YAML 1.2; "
                "write true/false, or quote it if you mean the word",
                where,
            )
            return None
        if _DATE.fullmatch(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError as exc:
                self.problem(node, "invalid-date", f"{shorten(text)} is not a date: {exc}", where)
                return None
        if _INT.fullmatch(text):
            digits = text.lstrip("+-")
            if len(digits) > 1 and digits.startswith("0"):
                self.problem(
                    node,
                    "yaml-ambiguous-number",
                    f"{shorten(text)} is octal in YAML 1.1 and decimal in YAML 1.2; "
                    "drop the leading zero, or quote it if it is text",
                    where,
                )
                return None
            return int(text)
        if _HEX.fullmatch(text):
            return int(text, 16)
        if _FLOAT.fullmatch(text):
            return Decimal(text)
        if _SEXAGESIMAL.fullmatch(text):
            self.problem(
                node,
                "yaml11-sexagesimal",
                f"{shorten(text)} is a base-60 number in YAML 1.1 and text in YAML 1.2; quote it",
                where,
            )
            return None
        return text


def _mark_problem(path: str, exc: yaml.MarkedYAMLError, code: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
    what = " ".join(part for part in (exc.context, exc.problem) if part)
    return error(path, line, col, code, f"YAML syntax: {what}")


def parse(text: str, path: str) -> tuple[Any, Marks, list[Problem]]:
    """Parse one YAML document; return (data, marks, problems).

    ``data`` is ``None`` when the text is not usable at all (syntax error,
    several documents, empty).  Problems here are errors: a file that fails
    here is not looked at further.
    """
    tab = _TAB_INDENT.search(text)
    if tab is not None:
        line = text.count("\n", 0, tab.start()) + 1
        col = tab.end() - tab.start()
        return (
            None,
            Marks(),
            [
                error(
                    path, line, col, "yaml-tab", "tab character in indentation; indent with spaces"
                )
            ],
        )
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.composer.ComposerError as exc:
        if "single document" in (exc.context or ""):
            mark = exc.problem_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
            message = "several YAML documents in one file; write one agreement per file"
            return None, Marks(), [error(path, line, col, "yaml-multiple-documents", message)]
        return None, Marks(), [_mark_problem(path, exc, "yaml-syntax")]
    except yaml.MarkedYAMLError as exc:
        return None, Marks(), [_mark_problem(path, exc, "yaml-syntax")]
    except yaml.reader.ReaderError as exc:  # a position in characters, not a mark
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        message = f"character #x{exc.character:04x} is not allowed in YAML ({exc.reason})"
        return None, Marks(), [error(path, line, col, "yaml-character", message)]
    except yaml.YAMLError as exc:
        return None, Marks(), [error(path, 0, 0, "yaml-syntax", f"YAML: {shorten(str(exc), 120)}")]
    except RecursionError:
        return None, Marks(), [error(path, 0, 0, "yaml-too-deep", "nesting is too deep")]
    finally:
        loader.dispose()
    if node is None:
        return None, Marks(), [error(path, 1, 1, "empty-file", "the file holds no YAML document")]
    builder = _Builder(path)
    data = builder.build(node, (), 0)
    return data, builder.marks, builder.problems
