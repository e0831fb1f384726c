"""Writing ``-o FILE``: the whole text or nothing, and no damage to what was there.

* A new file or a regular file with one name is replaced atomically: the text
  goes to a temporary file beside it, which then takes its place in one
  rename, so a failed run never leaves half a report.  The replaced file's
  permission bits (a ``0600`` file stays ``0600``) and, where the system lets
  us, its owner are kept; a new file gets what a plain ``open`` would give.
* A symlink is written through: its target gets the text, the link stays a
  link (replacing it would turn a link into a file).
* A file with several hard links is written in place, so every name sees the
  new text: a rename would give one name a new file and leave the others on
  the old one, which is the surprise a user does not expect.  The text is
  complete before the file is opened, so only a failing disk can cut it short.
* A special file (a device such as ``/dev/null``, a FIFO) is written to
  directly: replacing it would make ``/dev/null`` a regular file.
* A folder is refused.

Nothing here prints or exits: a failure is an :class:`OutputError` with a
message, which the CLI reports.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


class OutputError(Exception):
    """The text could not be written; the message names the file and the reason."""


def write_file(path: str, text: str) -> None:
    """Write ``text`` (UTF-8, line ends as given) to ``path`` as described above."""
    try:
        target = Path(path).resolve()  # through every symlink to the file itself
        try:
            info: os.stat_result | None = target.stat()
        except FileNotFoundError:
            info = None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise OutputError(f"cannot write {path}: it is a folder")
        data = text.encode("utf-8")
        if info is not None and (not stat.S_ISREG(info.st_mode) or info.st_nlink > 1):
            _write_in_place(target, data)
        else:
            _replace(target, data, info)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _write_in_place(target: Path, data: bytes) -> None:
    """Open the existing file (a device, a FIFO, a file with hard links) and write to it."""
    if not target.is_file():  # a device or FIFO: no seeking, no truncating
        with target.open("wb") as handle:
            handle.write(data)
        return
    with target.open("r+b") as handle:  # not "wb": the file is cut only once the text is in
        handle.write(data)
        handle.truncate()


def _replace(target: Path, data: bytes, info: os.stat_result | None) -> None:
    """A temporary file beside ``target`` with its mode (and owner), renamed over it."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if info is None:
            umask = os.umask(0)
            os.umask(umask)
            Path(tmp).chmod(0o666 & ~umask)
        else:
            Path(tmp).chmod(stat.S_IMODE(info.st_mode))
            with contextlib.suppress(OSError):  # not ours to give away: the mode is kept anyway
                os.chown(tmp, info.st_uid, info.st_gid)
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
