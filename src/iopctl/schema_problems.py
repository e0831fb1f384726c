"""Pydantic's validation errors as located problems a handläggare can act on.

Pydantic says what is wrong in English sentences of its own; here each error
type becomes a message id with its arguments (the field, the value, the
limit), so the words layer can say it in the reader's language, and with the
fix: a date written ``2026-1-1`` is told to be written ``2026-01-01``, a value
that must be a code is told which characters a code may hold.
"""

from __future__ import annotations

import types
import typing
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ValidationError

from .document import Marks, PathKey, dotted
from .indices import SeriesFile
from .problems import Problem, ProblemArg, did_you_mean, problem, shorten
from .rules.reasons import Label

MAX_PROBLEMS_PER_FILE = 50
"""Schema problems listed per file; a 100,000-item list of wrong items says the rest in one line."""


def schema_problems(
    path: str, marks: Marks, exc: ValidationError, root: type[BaseModel]
) -> list[Problem]:
    """The first :data:`MAX_PROBLEMS_PER_FILE` errors located, then one line counting the rest."""
    items = exc.errors()
    problems = [_schema_problem(path, marks, item, root) for item in items[:MAX_PROBLEMS_PER_FILE]]
    rest = len(items) - MAX_PROBLEMS_PER_FILE
    if rest > 0:
        line, col = problems[-1].line, problems[-1].col
        problems.append(problem(path, line, col, "schema", variant="more", count=rest))
    return problems


_DATE_ERRORS = frozenset(
    {"date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"}
)
_NUMBER_ERRORS = frozenset(
    {
        "decimal_parsing",
        "decimal_type",
        "int_parsing",
        "int_type",
        "float_parsing",
        "float_type",
        "int_from_float",
        "finite_number",
        "decimal_max_digits",
        "decimal_max_places",
        "decimal_whole_digits",
    }
)
_LIMIT_ERRORS = {
    "greater_than_equal": ("at-least", "ge"),
    "greater_than": ("above", "gt"),
    "less_than_equal": ("at-most", "le"),
    "less_than": ("below", "lt"),
    "string_too_short": ("too-short", "min_length"),
    "string_too_long": ("too-long", "max_length"),
    "too_short": ("few-items", "min_length"),
    "too_long": ("many-items", "max_length"),
}
"""Pydantic's limit errors: the message variant and the ``ctx`` key holding the limit."""
_SHAPE_ERRORS = {"model_type": "mapping", "dict_type": "mapping", "list_type": "list"}

PATTERNS = {
    r"^[a-z0-9][a-z0-9-]*$": "slug",
    r"^[a-z0-9][a-z0-9_-]*$": "name",
    r"^[a-z0-9_-]+$": "name",
    r"^[A-Za-z0-9_-]+$": "series",
}
"""The format's patterns, by the word that says them (``pattern.slug``): a reader is
told "lower-case letters a–z, digits and hyphens", not shown a regular expression."""


def _schema_problem(path: str, marks: Marks, item: Any, root: type[BaseModel]) -> Problem:
    loc: tuple[Any, ...] = tuple(item["loc"])
    kind: str = item["type"]
    existing = marks.existing(loc)
    if kind == "extra_forbidden":
        key = str(loc[-1])
        line, col = marks.at(existing, key=True)
        where = dotted(existing[:-1]) or _document_name(root)
        suggestion = did_you_mean(key, _known_keys(root, loc[:-1]))
        return problem(
            path,
            line,
            col,
            "unknown-key",
            field=dotted(existing),
            key=shorten(key),
            where=where,
            suggestion=suggestion,
        )
    line, col = marks.at(existing)
    if kind == "missing":
        where = dotted(existing) or _document_name(root)
        return problem(
            path,
            line,
            col,
            "missing-key",
            field=dotted(loc),
            key=shorten(str(loc[-1])),
            where=where,
        )
    field = dotted(existing) or "agreement"
    ctx = item.get("ctx") or {}
    value = item.get("input")
    if kind == "union_tag_invalid":
        # The tag is the `kind:` of a duty; point at it and name the kinds there are.
        line, col = marks.at((*existing, str(ctx.get("discriminator", "kind")).strip("'")))
        tags = [t.strip().strip("'") for t in str(ctx.get("expected_tags", "")).split(",")]
        tag = str(ctx.get("tag"))
        args: dict[str, ProblemArg] = {"value": shorten(tag), "choices": ", ".join(tags)}
        return _schema(path, line, col, field, "kind", suggestion=did_you_mean(tag, tags), **args)
    if kind == "literal_error":
        expected = str(ctx.get("expected", ""))
        choices = [c.strip().strip("'") for c in expected.replace(" or ", ", ").split(",")]
        suggestion = did_you_mean(value, choices) if isinstance(value, str) else None
        return _schema(
            path,
            line,
            col,
            field,
            "choice",
            value=shorten(value),
            choices=", ".join(choices),
            suggestion=suggestion,
        )
    if kind in _LIMIT_ERRORS:
        variant, key = _LIMIT_ERRORS[kind]
        limit = ctx.get(key)
        return _schema(path, line, col, field, variant, value=shorten(value), limit=shorten(limit))
    if kind == "string_pattern_mismatch":
        words = PATTERNS.get(str(ctx.get("pattern")))
        if words is not None:
            rule = Label("pattern", words)
            return _schema(path, line, col, field, "pattern", value=shorten(value), rule=rule)
    if kind in _DATE_ERRORS:
        return _schema(path, line, col, field, "date", value=shorten(value))
    if kind in _NUMBER_ERRORS:
        return _schema(path, line, col, field, "number", value=shorten(value))
    if kind in _SHAPE_ERRORS:
        return _schema(path, line, col, field, _SHAPE_ERRORS[kind])
    if kind == "string_type":
        variant = "text-number" if isinstance(value, int | Decimal) else "text"
        return _schema(path, line, col, field, variant, value=shorten(value))
    if kind in {"bool_type", "bool_parsing"}:
        return _schema(path, line, col, field, "bool", value=shorten(value))
    detail = shorten(item["msg"], 120)
    if "input" in item:
        return _schema(path, line, col, field, "other", detail=detail, value=shorten(value))
    return _schema(path, line, col, field, "other-plain", detail=detail)


def _schema(
    path: str, line: int, col: int, field: str, variant: str, **args: ProblemArg
) -> Problem:
    return problem(path, line, col, "schema", variant=variant, field=field, where=field, **args)


def _document_name(root: type[BaseModel]) -> Label:
    """How a message names the top level of the file: an agreement or a series."""
    return Label("document", "series" if root is SeriesFile else "agreement")


def _known_keys(root: type[BaseModel], loc: PathKey) -> list[str]:
    """The keys the model accepts at ``loc``, found by walking the model's annotations."""
    current: Any = root
    for element in loc:
        current = _step(current, element)
        if current is None:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias or name for name, f in current.model_fields.items()]
    return []


def _unwrap(tp: Any) -> Any:
    """Strip ``Annotated`` and ``None`` from an annotation."""
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
            continue
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            if len(args) == 1:
                tp = args[0]
                continue
        return tp


def _step(tp: Any, element: str | int) -> Any:
    tp = _unwrap(tp)
    origin = typing.get_origin(tp)
    if isinstance(element, int):
        return typing.get_args(tp)[0] if origin is list else None
    if origin in (typing.Union, types.UnionType):  # a discriminated union: element is the tag
        for member in typing.get_args(tp):
            kind = getattr(member, "model_fields", {}).get("kind")
            if kind is not None and element in typing.get_args(kind.annotation):
                return member
        return None
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        for name, info in tp.model_fields.items():
            if element in (name, info.alias):
                return info.annotation
    return None
