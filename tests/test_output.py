"""``-o FILE`` keeps what it writes over intact: mode, links, devices (iopctl.output).

These run as root here too: nothing below depends on permissions being denied.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from conftest import run_cli
from iopctl.output import OutputError, write_file


def test_a_new_file_gets_the_text(tmp_path: Path) -> None:
    target = tmp_path / "new.md"
    write_file(str(target), "hej\n")
    assert target.read_text(encoding="utf-8") == "hej\n"
    assert [p.name for p in tmp_path.iterdir()] == ["new.md"]  # no temporary file left


def test_a_regular_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "secret.md"
    target.write_text("old")
    target.chmod(0o600)
    write_file(str(target), "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_symlink_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_file(str(link), "new")
    assert link.is_symlink()
    assert real.read_text() == "new"


def test_hard_links_all_see_the_new_text(tmp_path: Path) -> None:
    first = tmp_path / "a.md"
    first.write_text("old text that is longer")
    second = tmp_path / "b.md"
    os.link(first, second)
    write_file(str(first), "new")
    assert second.read_text() == "new"
    assert first.stat().st_ino == second.stat().st_ino


def test_a_device_stays_a_device() -> None:
    write_file("/dev/null", "into the void\n")
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


def test_a_fifo_is_written_to_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write_file(str(fifo), "through the pipe\n")
    reader.join(timeout=5)
    assert got == [b"through the pipe\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="folder"):
        write_file(str(tmp_path), "x")


def test_a_name_too_long_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    run = run_cli("schema", "-o", str(tmp_path / ("x" * 300)))
    assert run.code == 2
    assert run.stderr.startswith("iopctl: cannot write ")
    assert "Traceback" not in run.stderr
