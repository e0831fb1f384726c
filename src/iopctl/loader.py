"""The only file I/O for agreements: paths -> (agreements, problems).

Reading is split into small steps that each turn a kind of bad input into
``Problem`` s: finding files (missing path, empty folder, symlink loop),
reading bytes (permissions, size), decoding (strict UTF-8, a BOM is fine),
parsing (:mod:`iopctl.yamlread`), and schema validation (pydantic errors
mapped back to the line and column of the offending node).

Problems whose code is in :data:`~iopctl.problems.INPUT_CODES` mean the input could not be read
at all; the CLI exits 2 for them, and 1 for everything else.
"""

from __future__ import annotations

import contextlib
import gc
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pydantic import ValidationError

from .document import LoadedAgreement
from .indices import Series, SeriesFile, SeriesStore, SeriesValue, version_order
from .models import Agreement
from .problems import Problem, problem, shorten
from .rules.reasons import os_reason
from .schema_problems import schema_problems
from .yamlread import parse

MAX_BYTES = 256_000
"""The longest seed is about 10 kB; 256 kB is an accident or an attack.

The limit also bounds the worst case: libyaml composes a file of tiny nodes
(``- - - x`` lines) at about 9 s per megabyte, so a 1 MB limit let one file
stall ``validate`` for seconds.
"""

SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class LoadResult:
    agreements: list[LoadedAgreement]
    problems: list[Problem]
    files: int


def discover(paths: Sequence[str]) -> tuple[list[str], list[Problem]]:
    """Expand folders to the ``*.yaml``/``*.yml`` files anywhere under them (any case:
    ``.YAML`` too), sorted by path; hidden files and folders (``.git``) are left out.

    A file named twice (``x.yaml x.yaml``, or a folder and a file in it, or through a
    symlink) is read once, where it was first named: it is one agreement, not two
    with the same id.
    """
    files: list[str] = []
    problems: list[Problem] = []
    for raw in paths:
        try:
            is_dir = stat.S_ISDIR(Path(raw).stat().st_mode)
        except FileNotFoundError:
            problems.append(problem(raw, 0, 0, "not-found"))
            continue
        except (OSError, ValueError) as exc:  # a symlink loop, a name too long, a NUL
            problems.append(os_problem(raw, "open", exc))
            continue
        if not is_dir:
            files.append(raw)
            continue
        found, errors = _agreement_files(agreements_folder(raw))
        problems.extend(errors)
        if not found and not errors:
            problems.append(problem(raw, 0, 0, "no-agreements"))
        files.extend(found)
    return _once(files), problems


def agreements_folder(folder: str) -> str:
    """``folder/agreements`` when ``folder`` is a repository that holds one, else ``folder``.

    ``iopctl validate examples/`` means that repository's agreements, with its
    ``data/`` beside them, not every YAML file in it (series are no agreements).
    """
    inner = Path(folder) / "agreements"
    try:
        return str(inner) if inner.is_dir() else folder
    except (OSError, ValueError):
        return folder


def _agreement_files(folder: str) -> tuple[list[str], list[Problem]]:
    """Every agreement file under ``folder``, recursively, sorted; symlinked folders are
    not followed (a link to ``..`` would loop), symlinked files are."""
    found: list[str] = []
    errors: list[Problem] = []

    def failed(exc: OSError) -> None:
        errors.append(os_problem(exc.filename or folder, "list", exc))

    for top, dirs, names in os.walk(folder, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            str(Path(top) / name)
            for name in names
            if Path(name).suffix.lower() in SUFFIXES and not name.startswith(".")
        )
    return sorted(found, key=lambda path: Path(path).parts), errors


def _once(files: list[str]) -> list[str]:
    """``files`` without a second naming of the same file (by device and inode)."""
    seen: set[tuple[int, int]] = set()
    unique: list[str] = []
    for path in files:
        try:
            info = Path(path).stat()
        except (OSError, ValueError):  # reading it will say what is wrong
            unique.append(path)
            continue
        if (info.st_dev, info.st_ino) not in seen:
            seen.add((info.st_dev, info.st_ino))
            unique.append(path)
    return unique


def os_problem(path: str, action: str, exc: OSError | ValueError) -> Problem:
    """A file or folder the system would not open, list or read, with the system's reason."""
    return problem(path, 0, 0, "unreadable", variant=action, reason=os_reason(exc))


def read_text(path: str) -> tuple[str | None, list[Problem]]:
    """Bytes of one regular file, size-limited, decoded as strict UTF-8 (a BOM is accepted).

    Only a regular file is read: a FIFO named ``x.yaml`` would wait for a writer
    forever (it is opened without blocking, then refused), and a device such as
    ``/dev/zero`` has no honest size.  The size reported is the file's own.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError) as exc:
        return None, [os_problem(path, "read", exc)]
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            return None, [problem(path, 0, 0, "unreadable", variant="folder")]
        if not stat.S_ISREG(info.st_mode):
            return None, [problem(path, 0, 0, "unreadable", variant="special")]
        if info.st_size > MAX_BYTES:
            return None, [too_large(path, info.st_size)]
        try:
            # The file's own size first (asking for the limit allocates 256 kB per file,
            # two thirds of reading it); on, up to the limit, only if it grew meanwhile.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(MAX_BYTES + 1 - len(data))
        except OSError as exc:
            return None, [os_problem(path, "read", exc)]
    if len(data) > MAX_BYTES:  # it grew while we looked
        return None, [too_large(path, len(data))]
    return decode(data, path)


def too_large(path: str, size: int) -> Problem:
    """The problem of a file over :data:`MAX_BYTES`, however it was read (disk or git)."""
    return problem(path, 0, 0, "file-too-large", size=size, limit=MAX_BYTES)


def decode(data: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """The text of a file's bytes: strict UTF-8, a BOM accepted, a bad byte located."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        col = len(data[line_start : exc.start].decode("utf-8", "replace")) + 1
        byte = f"0x{data[exc.start]:02x}"
        return None, [problem(path, line, col, "encoding", byte=byte)]


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
        if isinstance(data, list):
            return None, [problem(path, 1, 1, "not-a-mapping", variant="list")]
        return None, [problem(path, 1, 1, "not-a-mapping", value=shorten(data))]
    try:
        agreement = Agreement.model_validate(data)
    except ValidationError as exc:
        reported = {p.field for p in problems if p.field}
        schema = [
            p for p in schema_problems(path, marks, exc, Agreement) if p.field not in reported
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
        if text is None:
            yield None, read_problems
            continue
        loaded, problems = load_text(text, path)
        yield loaded, [*problems, *_final_newline(text, path)]


def _final_newline(text: str, path: str) -> list[Problem]:
    """A warning for a file whose last line has no line end: how a truncated copy shows."""
    if not text or text.endswith("\n"):
        return []
    line, col = text.count("\n") + 1, len(text) - text.rfind("\n")
    return [problem(path, line, col, "no-final-newline")]


def load_paths(paths: Sequence[str]) -> LoadResult:
    """Every agreement under ``paths``, with every problem found on the way."""
    files, problems = discover(paths)
    agreements: list[LoadedAgreement] = []
    with gc_paused():
        for loaded, found in iter_load(files):
            problems.extend(found)
            if loaded is not None:
                agreements.append(loaded)
    return LoadResult(agreements, problems, len(files))


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while loading.

    Loading allocates many small objects (nodes, marks, models); when they all stay
    alive each full collection walks all of them again, which took 40 % of
    ``validate`` over 2,000 files, and when each file's are let go as the next is
    read (streaming), the collector still ran every ~700 allocations and found
    almost nothing (under one object per file): 9 % of streaming ``validate``.
    Loading makes almost no cycles, so nothing waits long for the collector, which
    runs as usual afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
                    versions = {
                        year: found
                        for year, found in table[key].versions.items()
                        if year not in series.values
                    }
                    versions.update(series.versions)
                    series = replace(series, values=merged, versions=versions)
                table[key] = series
    return store, problems


def _read_series(path: str) -> tuple[Series | None, list[Problem]]:
    text, problems = read_text(path)
    if text is None:
        return None, problems
    data, marks, problems = parse(text, path)
    if problems or not isinstance(data, dict):
        return None, problems or [problem(path, 1, 1, "not-a-mapping", variant="series")]
    try:
        parsed = SeriesFile.model_validate(data)
    except ValidationError as exc:
        return None, schema_problems(path, marks, exc, SeriesFile)
    versions: dict[int, list[SeriesValue]] = {}
    for i, value in enumerate(parsed.values):
        same = next((v for v in versions.get(value.year, []) if v.status == value.status), None)
        if same is not None:
            # Which of two figures for one year is right is for a human to say, not the order;
            # a preliminary and a definitive value of one year are both kept (DESIGN rule 14).
            line, col = marks.at(("values", i, "year"))
            first = parsed.values.index(same)
            first_line = marks.at(("values", first, "year"))[0]
            problems.append(
                problem(
                    path,
                    line,
                    col,
                    "duplicate-year",
                    field=f"values[{i}]",
                    year=value.year,
                    first=first_line,
                    line=line,
                )
            )
        versions.setdefault(value.year, []).append(value)
    if problems:
        return None, problems
    ordered = {year: tuple(sorted(found, key=version_order)) for year, found in versions.items()}
    values = {year: found[-1] for year, found in ordered.items()}
    several = {year: found for year, found in ordered.items() if len(found) > 1}
    series = Series(parsed.name, parsed.title, parsed.publisher, parsed.unit, path, values, several)
    return series, []
