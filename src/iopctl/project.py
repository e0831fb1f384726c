"""A set of agreements with the series they need: what every command starts from.

``open_project`` reads every agreement into memory (what ``deadlines``,
``report`` and ``show`` need) and ``validate`` runs the checks on it;
``validate_paths`` is the streaming equivalent that ``iopctl validate`` uses,
so memory stays flat over thousands of files.  All return data, so the CLI,
the tests and a user's own script share one way in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from .document import LoadedAgreement
from .indices import SeriesStore
from .loader import discover, input_failed, iter_load, load_paths, load_series
from .problems import Problem

DEFAULT_PATHS = ("agreements",)
DEFAULT_DATA_DIR = "data"
DEFAULT_TEMPLATE_DIR = "templates"

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Project:
    """The agreements that loaded, the series, and the problems of what did not load."""

    agreements: list[LoadedAgreement]
    series: SeriesStore
    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    def find(self, agreement_id: str) -> LoadedAgreement | None:
        return next((a for a in self.agreements if a.agreement.id == agreement_id), None)

    @property
    def unreadable(self) -> bool:
        """Some path could not be read at all (missing, empty folder, no permission)."""
        return input_failed(self.problems)


def folders_beside(paths: Sequence[str], name: str) -> list[str]:
    """The working directory's ``name`` folder, then the one beside each agreements folder
    (``repo/agreements`` -> ``repo/name``), each once, those that exist.

    One rule for ``data/`` and ``templates/``, so ``--path /elsewhere/agreements``
    finds that repository's series and its templates alike.
    """
    candidates = [Path(name)]
    for raw in paths:
        path = Path(raw)
        folder = path if path.is_dir() else path.parent
        candidates.append(folder.resolve().parent / name)
    found: list[str] = []
    seen: set[Path] = set()
    for candidate in candidates:
        if candidate.is_dir() and candidate.resolve() not in seen:
            seen.add(candidate.resolve())
            found.append(str(candidate))
    return found


def data_dirs_for(paths: Sequence[str]) -> list[str]:
    """Where a run looks for ``data/`` (:func:`folders_beside`), later ones winning year by year."""
    return folders_beside(paths, DEFAULT_DATA_DIR)


def template_dirs_for(paths: Sequence[str]) -> list[str]:
    """Where a report looks for ``templates/`` (:func:`folders_beside`), first match winning:
    the folder beside the agreements before the working directory's, as with ``data/``,
    where the later folder wins."""
    return folders_beside(paths, DEFAULT_TEMPLATE_DIR)[::-1]


def open_project(
    paths: Sequence[str] = DEFAULT_PATHS,
    data_dirs: Sequence[str] | None = None,
    *,
    checked_on: dt.date | None = None,
) -> Project:
    """Load the agreements under ``paths`` and the series (bundled, then ``data_dirs``).

    With ``checked_on``, the checks run as of that day and an agreement with
    an error is left out, its problems joining the reading problems: dates
    computed from a file with, say, its renewal cap before its end would mislead.
    """
    result = load_paths(paths)
    series, series_problems = load_series(data_dirs_for(paths) if data_dirs is None else data_dirs)
    problems = [*result.problems, *series_problems]
    agreements = result.agreements
    if checked_on is not None:
        agreements, check_problems = _without_errors(agreements, series, checked_on)
        problems.extend(check_problems)
    return Project(agreements, series, problems, result.files)


def _without_errors(
    agreements: list[LoadedAgreement], series: SeriesStore, as_of: dt.date
) -> tuple[list[LoadedAgreement], list[Problem]]:
    from .checks import ERROR_CHECKS, CheckContext, run_checks

    ctx = CheckContext(as_of, series)
    errors = [p for p in run_checks(agreements, ctx, checks=ERROR_CHECKS) if p.is_error]
    failed = {p.path for p in errors}
    return [a for a in agreements if a.path not in failed], errors


def validate(project: Project, as_of: dt.date) -> list[Problem]:
    """Every problem of a loaded project: reading and schema problems, then the checks."""
    from .checks import CheckContext, run_checks

    ctx = CheckContext(as_of=as_of, series=project.series)
    return [*project.problems, *run_checks(project.agreements, ctx)]


@dataclass(frozen=True, slots=True)
class Validation:
    """What ``iopctl validate`` prints: every problem, and how many files were looked at."""

    problems: list[Problem]
    files: int

    @property
    def unreadable(self) -> bool:
        """Some path could not be read at all: ``validate`` exits 2 however the rest went."""
        return input_failed(self.problems)


def validate_paths(
    paths: Sequence[str], as_of: dt.date, data_dirs: Sequence[str] | None = None
) -> Validation:
    """What ``iopctl validate`` reports, streaming: each agreement is checked as soon
    as it is loaded and then let go, so memory stays flat however many files
    there are (only an :class:`~iopctl.checks.AgreementRef` per file is kept).
    """
    from .checks import AgreementRef, CheckContext, check_agreement, check_set

    series, problems = load_series(data_dirs_for(paths) if data_dirs is None else data_dirs)
    ctx = CheckContext(as_of=as_of, series=series)
    files, found = discover(paths)
    problems.extend(found)
    refs: list[AgreementRef] = []
    for loaded, load_problems in iter_load(files):
        problems.extend(load_problems)
        if loaded is not None:
            problems.extend(check_agreement(loaded, ctx))
            refs.append(AgreementRef.of(loaded))
    problems.extend(check_set(refs, ctx))
    return Validation(problems, len(files))


@dataclass(frozen=True, slots=True)
class Streamed(Generic[T]):
    """What :func:`stream_checked` kept of each agreement, and the problems on the way."""

    results: list[T]
    series: SeriesStore
    problems: list[Problem]
    files: int

    @property
    def unreadable(self) -> bool:
        return input_failed(self.problems)


def stream_checked(
    paths: Sequence[str],
    as_of: dt.date,
    each: Callable[[LoadedAgreement, SeriesStore], T],
    data_dirs: Sequence[str] | None = None,
) -> Streamed[T]:
    """``each`` of every agreement that loads and passes the error checks, one at a time.

    What :func:`open_project` with ``checked_on`` leaves out is left out here
    too, but no document outlives its turn: only ``each``'s result and a
    small :class:`~iopctl.checks.AgreementRef` are kept, so memory follows
    the results, not the files (``report --all`` keeps a portfolio row).  A
    duplicate id shows only when every file is read, so the results of the
    files it names are dropped at the end.
    """
    from .checks import ERROR_CHECKS, AgreementRef, CheckContext, check_agreement, check_set

    series, series_problems = load_series(data_dirs_for(paths) if data_dirs is None else data_dirs)
    ctx = CheckContext(as_of, series)
    files, load_problems = discover(paths)
    check_problems: list[Problem] = []
    kept: list[tuple[str, T]] = []
    refs: list[AgreementRef] = []
    for loaded, found in iter_load(files):
        load_problems.extend(found)
        if loaded is None:
            continue
        refs.append(AgreementRef.of(loaded))
        errors = [p for p in check_agreement(loaded, ctx, checks=ERROR_CHECKS) if p.is_error]
        check_problems.extend(errors)
        if not errors:
            kept.append((loaded.path, each(loaded, series)))
    set_errors = [p for p in check_set(refs, ctx) if p.is_error]
    failed = {p.path for p in set_errors}
    results = [result for path, result in kept if path not in failed]
    problems = [*load_problems, *series_problems, *check_problems, *set_errors]
    return Streamed(results, series, problems, len(files))
