"""The only file I/O for agreements: paths -> (agreements, problems).

Reading is split into small steps that each turn a kind of bad input into
``Problem`` s: finding files (missing path, empty folder, symlink loop),
reading bytes (permissions, size), decoding (strict UTF-8, a BOM is fine),
parsing (:mod:`iopctl.yamlread`), and schema validation (pydantic errors
mapped back to the line and column of the offending node).

Problems whose code is in :data:`INPUT_CODES` mean the input could not be read
at all; the CLI exits 2 for them, and 1 for everything else.
"""

from __future__ import annotations

import contextlib
import gc
import types
import typing
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .document import LoadedAgreement, Marks, PathKey, dotted
from .indices import Series, SeriesFile, SeriesStore, SeriesValue
from .models import Agreement
from .problems import Problem, did_you_mean, error, shorten
from .yamlread import parse

MAX_BYTES = 256_000
"""The longest seed is about 10 kB; 256 kB is an accident or an attack.

The limit also bounds the worst case: libyaml composes a file of tiny nodes
(``- - - x`` lines) at about 9 s per megabyte, so a 1 MB limit let one file
stall ``validate`` for seconds.
"""

MAX_PROBLEMS_PER_FILE = 50
"""Schema problems listed per file; a 100,000-item list of wrong items says the rest in one line."""

SUFFIXES = (".yaml", ".yml")

INPUT_CODES = frozenset({"not-found", "unreadable", "no-agreements"})


def input_failed(problems: Iterable[Problem]) -> bool:
    """Whether some input could not be read at all: the CLI exits 2 rather than 1 for that."""
    return any(p.code in INPUT_CODES for p in problems)


@dataclass(frozen=True, slots=True)
class LoadResult:
    agreements: list[LoadedAgreement]
    problems: list[Problem]
    files: int


def discover(paths: Sequence[str]) -> tuple[list[str], list[Problem]]:
    """Expand folders to their ``*.yaml``/``*.yml`` files (not recursive), in name order."""
    files: list[str] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:  # a symlink loop, a name too long
            problems.append(error(raw, 0, 0, "unreadable", f"cannot open: {exc.strerror}"))
            continue
        if not exists:
            problems.append(error(raw, 0, 0, "not-found", "no such file or folder"))
        elif is_dir:
            try:
                found = sorted(
                    str(child)
                    for child in path.iterdir()
                    if child.suffix in SUFFIXES and not child.name.startswith(".")
                )
            except OSError as exc:
                problems.append(error(raw, 0, 0, "unreadable", f"cannot list: {exc.strerror}"))
                continue
            if not found:
                message = "no agreements here (expected *.yaml files)"
                problems.append(error(raw, 0, 0, "no-agreements", message))
            files.extend(found)
        else:
            files.append(raw)
    return files, problems


def read_text(path: str) -> tuple[str | None, list[Problem]]:
    """Bytes of one file, size-limited, decoded as strict UTF-8 (a BOM is accepted)."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except IsADirectoryError:
        return None, [error(path, 0, 0, "unreadable", "is a folder, not an agreement file")]
    except OSError as exc:
        return None, [error(path, 0, 0, "unreadable", f"cannot read: {exc.strerror}")]
    if len(data) > MAX_BYTES:
        return None, [too_large(path, Path(path).stat().st_size)]
    return decode(data, path)


def too_large(path: str, size: int) -> Problem:
    """The problem of a file over :data:`MAX_BYTES`, however it was read (disk or git)."""
    message = f"file is {size / 1000:.0f} kB; an agreement is at most {MAX_BYTES // 1000} kB"
    return error(path, 0, 0, "file-too-large", message)


def decode(data: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """The text of a file's bytes: strict UTF-8, a BOM accepted, a bad byte located."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        col = len(data[line_start : exc.start].decode("utf-8", "replace")) + 1
        message = f"not UTF-8: byte 0x{data[exc.start]:02x} cannot start a character; save as UTF-8"
        return None, [error(path, line, col, "encoding", message)]


def load_text(text: str, path: str) -> tuple[LoadedAgreement | None, list[Problem]]:
    """Parse and validate one agreement's text.  Never raises for bad input.

    A value the YAML reader rejected (``yes``, ``2025-02-30``, an alias) is
    still schema-checked with the rest, so one run reports the schema problems
    too; the schema's complaint about the rejected value itself is dropped,
    since the reader's message already says what is wrong there.
    """
    data, marks, problems = parse(text, path)
    if data is None:
        return None, problems
    if not isinstance(data, dict):
        if problems:
            return None, problems
        kind = "a list" if isinstance(data, list) else f"a single value {shorten(data)}"
        message = f"an agreement must be a YAML mapping of keys to values, not {kind}"
        return None, [error(path, 1, 1, "not-a-mapping", message)]
    try:
        agreement = Agreement.model_validate(data)
    except ValidationError as exc:
        reported = {p.field for p in problems if p.field}
        schema = [
            p for p in _schema_problems(path, marks, exc, Agreement) if p.field not in reported
        ]
        return None, [*problems, *schema]
    if problems:
        return None, problems
    return LoadedAgreement(path, agreement, marks), []


def iter_load(files: Sequence[str]) -> Iterator[tuple[LoadedAgreement | None, list[Problem]]]:
    """Each file's agreement (or None) and its problems, one file at a time.

    A caller that lets each agreement go before asking for the next one (as
    streaming validation does) needs memory for one file, not for all.
    """
    for path in files:
        text, read_problems = read_text(path)
        yield (None, read_problems) if text is None else load_text(text, path)


def load_paths(paths: Sequence[str]) -> LoadResult:
    """Every agreement under ``paths``, with every problem found on the way."""
    files, problems = discover(paths)
    agreements: list[LoadedAgreement] = []
    with _gc_paused():
        for loaded, found in iter_load(files):
            problems.extend(found)
            if loaded is not None:
                agreements.append(loaded)
    return LoadResult(agreements, problems, len(files))


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while loading.

    Loading allocates many small objects that all stay alive (nodes, marks,
    models); each full collection walks all of them again, which took 40 % of
    ``validate`` over 2,000 files.  Loading makes almost no cycles, so nothing
    waits long for the collector, which runs as usual afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --- pydantic errors -> problems ----------------------------------------------


def _schema_problems(
    path: str, marks: Marks, exc: ValidationError, root: type[BaseModel]
) -> list[Problem]:
    """The first :data:`MAX_PROBLEMS_PER_FILE` errors located, then one line counting the rest."""
    items = exc.errors()
    problems = [_schema_problem(path, marks, item, root) for item in items[:MAX_PROBLEMS_PER_FILE]]
    rest = len(items) - MAX_PROBLEMS_PER_FILE
    if rest > 0:
        line, col = problems[-1].line, problems[-1].col
        message = f"and {rest:,} more schema problems like the ones above".replace(",", " ")
        problems.append(error(path, line, col, "schema", message))
    return problems


def _schema_problem(path: str, marks: Marks, item: Any, root: type[BaseModel]) -> Problem:
    loc: tuple[Any, ...] = tuple(item["loc"])
    kind: str = item["type"]
    existing = marks.existing(loc)
    if kind == "extra_forbidden":
        key = str(loc[-1])
        line, col = marks.at(existing, key=True)
        hint = did_you_mean(key, _known_keys(root, loc[:-1]))
        where = dotted(existing[:-1]) or _document_name(root)
        message = f"unknown key {shorten(key)} in {where}{hint}"
        return error(path, line, col, "unknown-key", message, dotted(existing))
    line, col = marks.at(existing)
    if kind == "missing":
        where = dotted(existing) or _document_name(root)
        message = f"missing required key {shorten(str(loc[-1]))} in {where}"
        return error(path, line, col, "missing-key", message, dotted(loc))
    field = dotted(existing) or "agreement"
    message = f"{field}: {item['msg']}"
    ctx = item.get("ctx") or {}
    expected = ctx.get("expected")
    if kind == "union_tag_invalid":
        # The tag is the `kind:` of a duty; point at it and name the kinds there are.
        line, col = marks.at((*existing, str(ctx.get("discriminator", "kind")).strip("'")))
        tags = [t.strip().strip("'") for t in str(ctx.get("expected_tags", "")).split(",")]
        message = f"{field}: unknown kind {shorten(str(ctx.get('tag')))}; one of: {', '.join(tags)}"
        message += did_you_mean(str(ctx.get("tag")), tags)
    elif kind == "literal_error" and isinstance(item.get("input"), str) and expected:
        choices = [c.strip().strip("'") for c in str(expected).replace(" or ", ", ").split(",")]
        message += did_you_mean(item["input"], choices)
    elif kind not in {"model_type", "list_type", "dict_type"} and "input" in item:
        message += f" (got {shorten(item['input'])})"
        if kind == "string_type" and isinstance(item["input"], int | Decimal):
            message += "; quote it if it is a code or number written as text"
    return error(path, line, col, "schema", message, field)


def _document_name(root: type[BaseModel]) -> str:
    """How a message names the top level of the file: an agreement or a series."""
    return "the series file" if root is SeriesFile else "the agreement"


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


# --- index and population series ------------------------------------------------


BUNDLED_DATA = Path(__file__).parent / "data"


def load_series(extra_dirs: Sequence[str] = ()) -> tuple[SeriesStore, list[Problem]]:
    """The bundled series, then each of ``extra_dirs`` (e.g. ``./data``) year by year on top."""
    store = SeriesStore()
    problems: list[Problem] = []
    for root in (BUNDLED_DATA, *(Path(d) for d in extra_dirs)):
        for kind in ("indices", "populations"):
            folder = root / kind
            if not folder.is_dir():
                continue
            table = store.indices if kind == "indices" else store.populations
            for file in sorted(folder.glob("*.y*ml")):
                series, file_problems = _read_series(str(file))
                problems.extend(file_problems)
                if series is None:
                    continue
                key = series.name.lower()
                if key in table:  # a user's file extends the bundled one, year by year
                    merged = {**table[key].values, **series.values}
                    series = replace(series, values=merged)
                table[key] = series
    return store, problems


def _read_series(path: str) -> tuple[Series | None, list[Problem]]:
    text, problems = read_text(path)
    if text is None:
        return None, problems
    data, marks, problems = parse(text, path)
    if problems or not isinstance(data, dict):
        return None, problems or [error(path, 1, 1, "not-a-mapping", "a series must be a mapping")]
    try:
        parsed = SeriesFile.model_validate(data)
    except ValidationError as exc:
        return None, _schema_problems(path, marks, exc, SeriesFile)
    values: dict[int, SeriesValue] = {}
    for i, value in enumerate(parsed.values):
        if value.year in values:
            # Which of two figures for one year is right is for a human to say, not the order.
            line, col = marks.at(("values", i, "year"))
            first = parsed.values.index(values[value.year])
            message = (
                f"year {value.year} is listed twice (lines "
                f"{marks.at(('values', first, 'year'))[0]} and {line})"
            )
            problems.append(error(path, line, col, "duplicate-year", message, f"values[{i}]"))
        values[value.year] = value
    if problems:
        return None, problems
    return Series(parsed.name, parsed.title, parsed.publisher, parsed.unit, path, values), []
