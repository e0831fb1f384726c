"""A set of agreements with the series they need: what every command starts from.

``open_project`` reads every agreement into memory (what ``report`` and
``show`` need) and ``validate`` runs the checks on it; ``validate_paths`` and
:class:`Stream` (``deadlines``) are the streaming equivalents, so memory
stays flat over thousands of files.  All return data, so the CLI,
the tests and a user's own script share one way in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .document import LoadedAgreement
from .indices import SeriesStore
from .loader import agreements_folder, discover, gc_paused, iter_load, load_paths, load_series
from .problems import Problem, input_failed

if TYPE_CHECKING:
    from .checks import AgreementRef
    from .models import Status
    from .rules.deadlines import Deadline, DeadlineQuery

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
    warnings: list[Problem] = field(default_factory=list)
    """Of the agreements that loaded: what every command says (:data:`~iopctl.checks.
    SAID_EVERYWHERE`); no exit code depends on it."""

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
        path = Path(agreements_folder(raw))
        folder = path if _is_dir(path) else path.parent
        if _is_dir(folder):
            candidates.append(folder.resolve().parent / name)
    found: list[str] = []
    seen: set[Path] = set()
    for candidate in candidates:
        if _is_dir(candidate) and candidate.resolve() not in seen:
            seen.add(candidate.resolve())
            found.append(str(candidate))
    return found


def _is_dir(path: Path) -> bool:
    """``Path.is_dir``, but False for a name the system refuses (too long, a NUL byte):
    reading the agreements reports that path, with the reason."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


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
    # A reading warning (no final newline) is for `validate`; the others report what they skip.
    problems = [p for p in (*result.problems, *series_problems) if p.is_error]
    agreements = result.agreements
    warnings: list[Problem] = []
    if checked_on is not None:
        agreements, check_problems = _without_errors(agreements, series, checked_on)
        problems.extend(check_problems)
        warnings = _said_everywhere(agreements, series, checked_on)
    return Project(agreements, series, problems, result.files, warnings)


def _without_errors(
    agreements: list[LoadedAgreement], series: SeriesStore, as_of: dt.date
) -> tuple[list[LoadedAgreement], list[Problem]]:
    from .checks import ERROR_CHECKS, CheckContext, run_checks

    ctx = CheckContext(as_of, series)
    errors = [p for p in run_checks(agreements, ctx, checks=ERROR_CHECKS) if p.is_error]
    failed = {p.path for p in errors}
    return [a for a in agreements if a.path not in failed], errors


def _said_everywhere(
    agreements: Sequence[LoadedAgreement], series: SeriesStore, as_of: dt.date
) -> list[Problem]:
    from .checks import SAID_EVERYWHERE, CheckContext, check_agreement

    ctx = CheckContext(as_of, series)
    return [p for a in agreements for p in check_agreement(a, ctx, checks=SAID_EVERYWHERE)]


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
    with gc_paused():
        for loaded, load_problems in iter_load(files):
            problems.extend(load_problems)
            if loaded is not None:
                problems.extend(check_agreement(loaded, ctx))
                refs.append(AgreementRef.of(loaded))
    problems.extend(check_set(refs, ctx))
    return Validation(problems, len(files))


@dataclass(slots=True)
class Stream:
    """The agreements under some paths, loaded and checked one at a time.

    Iterating yields each agreement that passes the error checks (and is the first file
    of its id), and lets the caller drop it before the next file is read; only a small
    :class:`~iopctl.checks.AgreementRef` per file stays.  The checks across
    files (a duplicate id) can only run at the end: :meth:`failed_across`
    runs them and names the files they fail, whose results the caller drops.
    ``problems`` collects what did not load or failed, as it goes.
    """

    series: SeriesStore
    files: list[str]
    as_of: dt.date
    problems: list[Problem] = field(default_factory=list)
    refs: list[AgreementRef] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    """As :attr:`Project.warnings`, of the agreements yielded so far."""

    def __iter__(self) -> Iterator[LoadedAgreement]:
        from .checks import ERROR_CHECKS, AgreementRef, CheckContext, check_agreement

        ctx = CheckContext(self.as_of, self.series)
        ids: set[str] = set()
        for loaded, load_problems in iter_load(self.files):
            # A reading warning (no final newline) is for `validate`; this lists what it skips.
            self.problems.extend(p for p in load_problems if p.is_error)
            if loaded is None:
                continue
            self.refs.append(AgreementRef.of(loaded))
            errors = [p for p in check_agreement(loaded, ctx, checks=ERROR_CHECKS) if p.is_error]
            self.problems.extend(errors)
            # A later file of an id already read is what check_unique_ids fails at the end:
            # not yielding it keeps the site from writing its pages over the first one's.
            duplicate = loaded.agreement.id in ids
            ids.add(loaded.agreement.id)
            if not errors and not duplicate:
                self.warnings.extend(_said_everywhere([loaded], self.series, self.as_of))
                yield loaded

    def failed_across(self) -> set[str]:
        """Run the checks across files; the paths of the files they find in error."""
        from .checks import CheckContext, check_set

        ctx = CheckContext(self.as_of, self.series)
        errors = [p for p in check_set(self.refs, ctx) if p.is_error]
        self.problems.extend(errors)
        return {p.path for p in errors}

    @property
    def unreadable(self) -> bool:
        return input_failed(self.problems)


def open_stream(
    paths: Sequence[str], *, checked_on: dt.date, data_dirs: Sequence[str] | None = None
) -> Stream:
    """A :class:`Stream` of the agreements under ``paths``, checked as of ``checked_on``."""
    series, problems = load_series(data_dirs_for(paths) if data_dirs is None else data_dirs)
    files, found = discover(paths)
    return Stream(series, files, checked_on, [p for p in (*problems, *found) if p.is_error])


@dataclass(frozen=True, slots=True, kw_only=True)
class DeadlineRun:
    """What ``iopctl deadlines`` prints: the rows asked for, and which agreements gave them."""

    rows: list[Deadline]
    statuses: Mapping[str, Status]
    """Each agreement that loaded and passed the checks (asked for or not), with its status
    on ``as_of``: what lets the CLI say that ``--status`` left a named agreement out."""

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(self.statuses)


def each_checked(stream: Stream, each: Callable[[LoadedAgreement, SeriesStore], T]) -> list[T]:
    """``each`` of every agreement of ``stream`` that passes the checks, one at a time.

    No document outlives its turn: only ``each``'s result is kept, so memory
    follows the results, not the files (``deadlines`` keeps rows, ``report
    --all`` a portfolio row).  A duplicate id shows only when every file is
    read, so the results of the files it names are dropped at the end.
    """
    kept = [(loaded.path, each(loaded, stream.series)) for loaded in stream]
    failed = stream.failed_across()
    return [result for path, result in kept if path not in failed]


def find_checked(stream: Stream, agreement_id: str) -> tuple[LoadedAgreement | None, list[str]]:
    """The agreement of ``stream`` with ``agreement_id`` that passes the checks (None if
    none does), and the ids of every agreement that passes them.

    One file at a time (:func:`each_checked`): only the one asked for is kept, so looking
    one up in a folder of 10 000 takes the memory of one.  An id found in two files is
    the first file's: the stream yields no later file of an id, and the checks across
    files fail those.
    """
    wanted: list[LoadedAgreement] = []

    def one(loaded: LoadedAgreement, series: SeriesStore) -> str:
        if loaded.agreement.id == agreement_id:
            wanted.append(loaded)
        return loaded.agreement.id

    known = each_checked(stream, one)
    return (wanted[0] if agreement_id in known else None), known


def stream_deadlines(stream: Stream, query: DeadlineQuery) -> DeadlineRun:
    """The rows ``query`` asks for, one agreement at a time (:func:`each_checked`)."""
    from .rules.deadlines import sort_key
    from .rules.evaluate import agreement_rows
    from .rules.terms import status_on

    def one(loaded: LoadedAgreement, series: SeriesStore) -> tuple[str, Status, list[Deadline]]:
        agreement = loaded.agreement
        status = status_on(agreement, query.as_of)
        return agreement.id, status, agreement_rows(loaded, series, query)

    kept = each_checked(stream, one)
    rows = sorted((row for _, _, found in kept for row in found), key=sort_key)
    return DeadlineRun(rows=rows, statuses={agreement: status for agreement, status, _ in kept})
