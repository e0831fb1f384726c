"""Files as they stand at a git revision, read through git itself: nothing is checked out.

``iopctl diff`` compares the agreements of two revisions (or a revision and
the working tree).  Checking a revision out would touch the user's working
tree and index; ``git cat-file`` and ``git ls-tree`` read the object store
instead, so a diff can run in a dirty clone, in CI, or while an editor holds
the files.  git is always run with an argument list, never through a shell, so
no revision or path name is ever interpreted as shell syntax.

Paths here are *repository-relative* POSIX paths (``agreements/x.yaml``), as
git names them in its own diffs; :meth:`Repo.relative` turns a path the user
typed (relative to the working directory) into one.

Every failure is a :class:`GitError` with a message a person can act on; the
CLI prints it and exits 2.
"""

from __future__ import annotations

import contextlib
import hashlib
import subprocess
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath


class GitError(Exception):
    """git is missing, the directory is not in a repository, or a revision is unknown."""


def _git(args: Sequence[str], cwd: Path) -> bytes:
    """Run ``git ARGS`` in ``cwd`` and return its stdout; a failure is a :class:`GitError`."""
    try:
        done = subprocess.run(
            ["git", "-c", "core.quotepath=off", *args],
            cwd=cwd,
            capture_output=True,
            check=False,
        )
    except FileNotFoundError:
        raise GitError("git is not installed (iopctl diff reads revisions through git)") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {args[0]} failed")
    return done.stdout


@dataclass(frozen=True, slots=True)
class Entry:
    """A name in a git tree: ``blob`` (a file, with its size in bytes) or ``tree`` (a folder)."""

    kind: str
    oid: str
    """The object id: two blobs with one id have the same bytes."""
    size: int


@dataclass(frozen=True, slots=True)
class Repo:
    """A git working tree, named by its top-level folder."""

    root: Path

    @classmethod
    def containing(cls, folder: Path) -> Repo:
        """The repository ``folder`` is in; a :class:`GitError` when it is in none."""
        try:
            top = _git(["rev-parse", "--show-toplevel"], folder)
        except GitError:
            raise GitError(f"{folder} is not inside a git repository") from None
        return cls(Path(top.decode("utf-8").strip()).resolve())

    def relative(self, path: str, cwd: Path) -> str:
        """``path`` (as typed, relative to ``cwd``) relative to the repository's root.

        ``.`` for the root itself; a :class:`GitError` for a path outside it.
        """
        absolute = (cwd / path).resolve()
        try:
            inside = absolute.relative_to(self.root)
        except ValueError:
            raise GitError(f"{path} is outside the git repository at {self.root}") from None
        return inside.as_posix() if inside.parts else "."

    def commit(self, revision: str) -> str:
        """The full commit id ``revision`` names (a branch, a tag, ``HEAD~2``, a hash)."""
        if revision.startswith("-"):  # never let a revision pass for an option of git's
            raise GitError(f"unknown revision {revision!r}")
        try:
            out = _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], self.root)
        except GitError:
            raise GitError(f"unknown revision {revision!r}") from None
        return out.decode("ascii").strip()

    def split(self, args: Sequence[str], most: int = 2) -> tuple[list[str], list[str]]:
        """``[REV [REV]] [PATHS…]`` as ``git diff`` reads them: the leading arguments that
        name revisions (at most ``most``) are revisions, the rest are paths.

        ``./name`` is always a path, even where a branch has that name.
        """
        revisions: list[str] = []
        for arg in args:
            if len(revisions) == most or not self.is_revision(arg):
                break
            revisions.append(arg)
        return revisions, list(args[len(revisions) :])

    def is_revision(self, name: str) -> bool:
        try:
            self.commit(name)
        except GitError:
            return False
        return True

    def entries(self, commit: str, folder: str) -> dict[str, Entry]:
        """What is directly in ``folder`` at ``commit`` (``.`` is the root), by path.

        Not recursive, like the loader's reading of a folder on disk; an
        absent folder has no entries.
        """
        spec = [] if folder == "." else ["--", f"{folder}/"]
        out = _git(["ls-tree", "-z", "-l", commit, *spec], self.root)
        found: dict[str, Entry] = {}
        for line in out.split(b"\0"):
            if line:
                meta, _, name = line.partition(b"\t")
                _, kind, oid, size = meta.decode("ascii").split()
                found[name.decode("utf-8")] = Entry(kind, oid, int(size) if size.isdigit() else 0)
        return found

    def entry(self, commit: str, path: str) -> Entry | None:
        """What ``path`` is at ``commit``, or None when it is not there."""
        if path == ".":
            return Entry("tree", "", 0)
        return self.entries(commit, str(PurePosixPath(path).parent)).get(path)

    @contextlib.contextmanager
    def reader(self) -> Iterator[Callable[[str], bytes]]:
        """A function from blob id to bytes, served by one ``git cat-file --batch``.

        One process for all reads rather than one per file: a change to a
        series file makes every agreement worth reading again.
        """
        process = subprocess.Popen(
            ["git", "cat-file", "--batch"],
            cwd=self.root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert process.stdin is not None and process.stdout is not None
        stdin, stdout = process.stdin, process.stdout

        def read(oid: str) -> bytes:
            stdin.write(oid.encode("ascii") + b"\n")
            stdin.flush()
            header = stdout.readline().split()
            if len(header) != 3:
                raise GitError(f"git cannot read object {oid}")
            data = stdout.read(int(header[2]))
            stdout.read(1)  # the newline after the content
            return data

        try:
            yield read
        finally:
            stdin.close()
            process.wait()


def blob_id(data: bytes) -> str:
    """The id git gives these bytes as a file (``git hash-object``): equal ids, equal bytes."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()
