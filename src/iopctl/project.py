"""A set of agreements with the series they need: what every command starts from.

``open_project`` reads every agreement into memory (what ``deadlines``,
``report`` and ``show`` need) and ``validate`` runs the checks on it;
``validate_paths`` is the streaming equivalent that ``iopctl validate`` uses,
so memory stays flat over thousands of files.  All return data, so the CLI,
the tests and a user's own script share one way in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .indices import SeriesStore
from .loader import LoadedAgreement, discover, input_failed, iter_load, load_paths, load_series
from .problems import Problem

DEFAULT_PATHS = ("agreements",)
DEFAULT_DATA_DIR = "data"


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


def _data_dirs(data_dirs: Sequence[str] | None) -> Sequence[str]:
    """``./data`` when it exists (the layout of a repository of agreements), unless given."""
    if data_dirs is not None:
        return data_dirs
    return [DEFAULT_DATA_DIR] if Path(DEFAULT_DATA_DIR).is_dir() else []


def open_project(
    paths: Sequence[str] = DEFAULT_PATHS, data_dirs: Sequence[str] | None = None
) -> Project:
    """Load the agreements under ``paths`` and the series (bundled, then ``data_dirs``)."""
    result = load_paths(paths)
    series, series_problems = load_series(_data_dirs(data_dirs))
    return Project(result.agreements, series, [*result.problems, *series_problems], result.files)


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

    series, problems = load_series(_data_dirs(data_dirs))
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
