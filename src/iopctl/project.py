"""A set of agreements with the series they need: what every command starts from.

``open_project`` reads; ``validate`` runs the checks.  Both return data, so the
CLI, the tests and a user's own script share one way in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .indices import SeriesStore
from .loader import LoadedAgreement, load_paths, load_series
from .problems import Problem

DEFAULT_PATHS = ("agreements",)
DEFAULT_DATA_DIR = "data"


@dataclass(frozen=True, slots=True)
class Project:
    agreements: list[LoadedAgreement]
    series: SeriesStore
    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    def find(self, agreement_id: str) -> LoadedAgreement | None:
        return next((a for a in self.agreements if a.agreement.id == agreement_id), None)

    @property
    def unreadable(self) -> bool:
        from .loader import INPUT_CODES

        return any(p.code in INPUT_CODES for p in self.problems)


def open_project(
    paths: Sequence[str] = DEFAULT_PATHS, data_dirs: Sequence[str] | None = None
) -> Project:
    """Load the agreements under ``paths`` and the series (bundled, then ``data_dirs``).

    ``data_dirs`` defaults to ``./data`` when that folder exists, the layout of
    a repository of agreements.
    """
    if data_dirs is None:
        data_dirs = [DEFAULT_DATA_DIR] if Path(DEFAULT_DATA_DIR).is_dir() else []
    result = load_paths(paths)
    series, series_problems = load_series(data_dirs)
    return Project(result.agreements, series, [*result.problems, *series_problems], result.files)


def validate(project: Project, as_of: dt.date) -> list[Problem]:
    """Every problem: reading and schema problems first, then the semantic checks."""
    from .checks import CheckContext, run_checks

    ctx = CheckContext(as_of=as_of, series=project.series)
    return [*project.problems, *run_checks(project.agreements, ctx)]
