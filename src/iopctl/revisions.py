"""One side of a diff: the agreements, series and problems at a revision or in the working tree.

Both sides are read the same way, so that a difference between them is a
difference in the files and never in how they were read: the same folders
(not recursive, like every other command), the same size limit and UTF-8
decoding, the same parser and schema, the same checks, and the series of the
``data/`` folders *as they stand on that side* (a pull request that adds an
index value changes amounts, and the diff must show it).  A revision is read
through :mod:`iopctl.gitread`, never checked out.

Paths are repository-relative (``agreements/x.yaml``) on both sides, as git
names them; so a file is the same agreement on both sides when its path is.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from .changes import Side
from .checks import CheckContext, run_checks
from .document import LoadedAgreement
from .gitread import Repo
from .indices import SeriesStore
from .loader import MAX_BYTES, SUFFIXES, decode, load_series, load_text, too_large
from .problems import Problem, error
from .project import DEFAULT_DATA_DIR

SERIES_KINDS = ("indices", "populations")


@dataclass(frozen=True, slots=True)
class _File:
    """A file to read on one side: its path, size, and how to get its bytes."""

    path: str
    size: int
    read: Callable[[], bytes]


def read_revision(
    repo: Repo, revision: str, specs: Sequence[str], data_dirs: Sequence[str], as_of: dt.date
) -> Side:
    """The agreements under ``specs`` (repository-relative files or folders) at ``revision``."""
    commit = repo.commit(revision)

    def files(spec: str) -> Iterator[_File]:
        entry = repo.entry(commit, spec)
        if entry is None:
            return
        found = repo.entries(commit, spec) if entry.kind == "tree" else {spec: entry}
        for path, item in sorted(found.items()):
            if item.kind == "blob" and (entry.kind == "blob" or _is_agreement(path)):
                yield _File(path, item.size, _reader(repo, commit, path))

    with tempfile.TemporaryDirectory(prefix="iopctl-series-") as tmp:
        for folder in data_dirs:
            for kind in SERIES_KINDS:
                for path, item in repo.entries(commit, f"{folder}/{kind}").items():
                    if item.kind == "blob":
                        target = Path(tmp, path)
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_bytes(repo.read(commit, path))
        series, series_problems = load_series([str(Path(tmp, d)) for d in data_dirs])
        series_problems = [_relabel(p, tmp) for p in series_problems]
    absent = frozenset(spec for spec in specs if repo.entry(commit, spec) is None)
    found = [f for spec in specs for f in files(spec)]
    return _side(revision, found, series, series_problems, as_of, absent)


def read_working_tree(
    repo: Repo, specs: Sequence[str], data_dirs: Sequence[str], as_of: dt.date
) -> Side:
    """The agreements under ``specs`` as they are on disk now (tracked or not)."""

    def files(spec: str) -> Iterator[_File]:
        path = repo.root / spec
        if path.is_dir():
            children = sorted(p for p in path.iterdir() if _is_agreement(p.name) and p.is_file())
        elif path.is_file():
            children = [path]
        else:
            return
        for child in children:
            relative = child.relative_to(repo.root).as_posix()
            yield _File(relative, child.stat().st_size, child.read_bytes)

    folders = [str(repo.root / d) for d in data_dirs if (repo.root / d).is_dir()]
    series, series_problems = load_series(folders)
    series_problems = [_relabel(p, str(repo.root)) for p in series_problems]
    absent = frozenset(spec for spec in specs if not (repo.root / spec).exists())
    found = [f for spec in specs for f in files(spec)]
    return _side("", found, series, series_problems, as_of, absent)


def series_folders(repo: Repo, specs: Sequence[str], cwd: Path) -> list[str]:
    """The ``data/`` folders a side reads its series from, repository-relative: the one in
    the working directory, then the one beside each agreements folder, as every other
    command does (:func:`iopctl.project.data_dirs_for`); later ones win year by year."""
    candidates = [repo.relative(DEFAULT_DATA_DIR, cwd)]
    for spec in specs:
        folder = PurePosixPath(spec)
        if folder.suffix in SUFFIXES:
            folder = folder.parent
        candidates.append(str(folder.parent / DEFAULT_DATA_DIR))
    return list(dict.fromkeys(candidates))


def _is_agreement(path: str) -> bool:
    name = PurePosixPath(path).name
    return name.endswith(SUFFIXES) and not name.startswith(".")


def _reader(repo: Repo, commit: str, path: str) -> Callable[[], bytes]:
    return lambda: repo.read(commit, path)


def _relabel(problem: Problem, folder: str) -> Problem:
    """A series problem named by its repository-relative path, not where it was read from."""
    prefix = folder.rstrip("/") + "/"
    if problem.path.startswith(prefix):
        return replace(problem, path=problem.path[len(prefix) :])
    return problem


def _side(
    label: str,
    files: Sequence[_File],
    series: SeriesStore,
    problems: list[Problem],
    as_of: dt.date,
    absent: frozenset[str],
) -> Side:
    documents: dict[str, LoadedAgreement | None] = {}
    for file in files:
        documents[file.path], found = _load(file)
        problems.extend(found)
    loaded = [d for d in documents.values() if d is not None]
    problems.extend(run_checks(loaded, CheckContext(as_of=as_of, series=series)))
    return Side(label, documents, tuple(problems), series, absent)


def _load(file: _File) -> tuple[LoadedAgreement | None, list[Problem]]:
    if file.size > MAX_BYTES:
        return None, [too_large(file.path, file.size)]
    try:
        data = file.read()
    except OSError as exc:
        return None, [error(file.path, 0, 0, "unreadable", f"cannot read: {exc.strerror}")]
    text, problems = decode(data, file.path)
    if text is None:
        return None, problems
    return load_text(text, file.path)
