"""One side of a diff: the agreement files at a revision or in the working tree.

Both sides are read the same way, so that a difference between them is a
difference in the files and never in how they were read: the same folders
(not recursive, like every other command), the same size limit and UTF-8
decoding, the same parser, schema and checks, and the series of the ``data/``
folders *as they stand on that side* (a pull request that adds an index value
changes amounts, and the diff must show it).  A revision is read through
:mod:`iopctl.gitread`, never checked out.

A side lists each file with its git blob id and loads a file only when asked
(:attr:`~iopctl.changes.Side.load`): the comparison skips the files whose
bytes and series are the same on both sides, so a pull request that touches
two agreements out of thousands reads and evaluates two.

Paths are repository-relative (``agreements/x.yaml``) on both sides, as git
names them; so a file is the same agreement on both sides when its path is.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path, PurePosixPath

from .changes import Loaded, Side
from .checks import CheckContext, check_agreement
from .gitread import Repo, blob_id
from .indices import SeriesStore
from .loader import MAX_BYTES, SUFFIXES, decode, load_series, load_text, os_problem, too_large
from .problems import Problem
from .project import DEFAULT_DATA_DIR

SERIES_KINDS = ("indices", "populations")


def read_revision(
    repo: Repo,
    read: Callable[[str], bytes],
    revision: str,
    specs: Sequence[str],
    data_dirs: Sequence[str],
    as_of: dt.date,
) -> Side:
    """The agreements under ``specs`` (repository-relative files or folders) at ``revision``;
    ``read`` gives the bytes of a blob id (:meth:`Repo.reader`)."""
    commit = repo.commit(revision)
    files: dict[str, tuple[str, int]] = {}
    absent: set[str] = set()
    for spec in specs:
        entry = repo.entry(commit, spec)
        if entry is None:
            absent.add(spec)
        elif entry.kind == "blob":
            files[spec] = (entry.oid, entry.size)
        else:
            for path, item in repo.entries(commit, spec).items():
                if item.kind == "blob" and _is_agreement(path):
                    files[path] = (item.oid, item.size)
    series_files = {
        path: item.oid
        for folder in data_dirs
        for kind in SERIES_KINDS
        for path, item in repo.entries(commit, f"{folder}/{kind}").items()
        if item.kind == "blob"
    }
    with tempfile.TemporaryDirectory(prefix="iopctl-series-") as tmp:
        for path, oid in series_files.items():
            target = Path(tmp, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(read(oid))
        series, problems = load_series([str(Path(tmp, d)) for d in data_dirs])
    problems = [_relabel(p, tmp) for p in problems]

    def load(path: str) -> Loaded:
        oid, size = files[path]
        return _checked(path, size, lambda: read(oid), series, as_of)

    return Side(
        label=revision,
        files={path: oid for path, (oid, _) in files.items()},
        series=series,
        series_id=_series_id(series_files),
        load=load,
        problems=tuple(problems),
        absent=frozenset(absent),
    )


def read_working_tree(
    repo: Repo, specs: Sequence[str], data_dirs: Sequence[str], as_of: dt.date
) -> Side:
    """The agreements under ``specs`` as they are on disk now (tracked or not)."""
    paths: list[Path] = []
    for spec in specs:
        path = repo.root / spec
        if path.is_dir():
            paths.extend(sorted(p for p in path.iterdir() if _is_agreement(p.name) and p.is_file()))
        elif path.is_file():
            paths.append(path)
    files = {p.relative_to(repo.root).as_posix(): _file_id(p) for p in paths}
    folders = [repo.root / d for d in data_dirs if (repo.root / d).is_dir()]
    series_files = {
        file.relative_to(repo.root).as_posix(): _file_id(file)
        for folder in folders
        for kind in SERIES_KINDS
        if (folder / kind).is_dir()
        for file in sorted((folder / kind).iterdir())
        if file.is_file()
    }
    series, problems = load_series([str(folder) for folder in folders])

    def load(path: str) -> Loaded:
        file = repo.root / path
        return _checked(path, file.stat().st_size, file.read_bytes, series, as_of)

    return Side(
        label="",
        files=files,
        series=series,
        series_id=_series_id(series_files),
        load=load,
        problems=tuple(_relabel(p, str(repo.root)) for p in problems),
        absent=frozenset(spec for spec in specs if not (repo.root / spec).exists()),
    )


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


def _file_id(path: Path) -> str:
    """The blob id of a file on disk; an unreadable file gets one no blob has (it is read,
    and its problem reported, when compared)."""
    try:
        return blob_id(path.read_bytes())
    except OSError:
        return f"unreadable:{path}"


def _series_id(files: Mapping[str, str]) -> str:
    return ";".join(f"{path}={oid}" for path, oid in sorted(files.items()))


def _relabel(problem: Problem, folder: str) -> Problem:
    """A series problem named by its repository-relative path, not where it was read from."""
    prefix = folder.rstrip("/") + "/"
    if problem.path.startswith(prefix):
        return replace(problem, path=problem.path[len(prefix) :])
    return problem


def _checked(
    path: str, size: int, read: Callable[[], bytes], series: SeriesStore, as_of: dt.date
) -> Loaded:
    """One file loaded and checked on its own, with every problem found on the way."""
    if size > MAX_BYTES:
        return None, [too_large(path, size)]
    try:
        data = read()
    except OSError as exc:
        return None, [os_problem(path, "read", exc)]
    text, problems = decode(data, path)
    if text is None:
        return None, problems
    loaded, problems = load_text(text, path)
    if loaded is not None:
        problems = check_agreement(loaded, CheckContext(as_of=as_of, series=series))
    return loaded, problems
