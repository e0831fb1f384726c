"""Bad input gets a clear message, never a traceback (DESIGN.md, issues #3 and #6).

Each fixture under ``tests/bad_inputs/`` holds one defect and is named after it;
the few that cannot be committed (5 MB, a 100,000-item list, symlink loops,
permissions, a folder named ``x.yaml``) are made in ``tmp_path``.  Every case
runs in-process through each command that reads agreements, and a
representative subset also as a real ``python -m iopctl`` process, where a
segfault or a hang would show.  For each: the exit code, a one-line
``path:line:`` message with the expected problem code, no traceback, short
output, under two seconds, and no file touched.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT, TESTS, Run, run_cli

BAD = TESTS / "bad_inputs"
AS_OF = "2025-06-01"
MINIMAL = BAD / "bom.yaml"  # a valid agreement (after its BOM), the base of the made-up cases
MAX_LINE = 300
"""No message may repeat a hostile value at length."""
MAX_LINES = 60
"""Problems per file are capped, so no input floods the output."""
SECONDS = 10.0
"""A hang guard, not a benchmark: a bad input is refused in well under a second on an idle
machine, but CI and a loaded laptop may be several times slower; a hang is never done."""


@dataclass(frozen=True)
class Case:
    """One defect: where it is, and what ``validate`` must say about it."""

    name: str
    exit: int  # validate's exit code
    code: str | None  # the problem code that must be reported (None: accepted)
    line: int | None = None  # its line, where the input has one
    says: str = ""  # a phrase the message must contain
    others: int = -1  # the exit code of deadlines and report --all (-1: as validate's)
    loads: bool = False  # whether the commands that take an ID find the agreement


CASES = [
    Case("empty", 1, "empty-file", 1),
    Case("not-a-mapping", 1, "not-a-mapping", 1),
    Case("several-documents", 1, "yaml-multiple-documents", 16),
    Case("duplicate-key", 1, "duplicate-key", 11, "rad 4 och 11"),
    Case("yaml11-boolean", 1, "yaml11-boolean", 12),
    Case("yaml11-octal", 1, "yaml11-octal", 11),
    Case("yaml11-sexagesimal", 1, "yaml11-sexagesimal", 11),
    Case("impossible-date", 1, "invalid-date", 10, "2025-02-30"),
    Case("alias", 1, "yaml-alias", 8, "ankare på rad 7"),
    Case("billion-laughs", 1, "yaml-alias", 3, "alias till"),
    Case("alias-key-bomb", 1, "yaml-alias", 3),
    Case("invalid-utf8", 1, "encoding", 2, "0xff"),
    Case("latin1", 1, "encoding", 7, "0xe4"),
    Case("bom", 0, None, loads=True),
    Case("tab-indent", 1, "yaml-tab", 9),
    Case("unknown-key", 1, "unknown-key", 2, "menade du 'title'"),
    Case("truncated", 1, "yaml-syntax", 8),
    Case("control-characters", 1, "yaml-character", 2, "#x0007"),
    Case("flow-nesting", 1, "yaml-too-deep", 2),
    Case("date-year-zero", 1, "invalid-date", 9),
    Case("date-year-9999", 1, "date-out-of-range", 10),
    Case("negative-amount", 1, "schema", 15, "ska vara minst 0"),
    Case("non-numeric-amount", 1, "schema", 15, "inget tal"),
    Case("org-number-check-digit", 1, "org-number-checksum", 7),
    Case("swapped-start-end", 1, "term-order", 10),
    Case("renewal-before-end", 1, "renewal-order", 11),
    Case("notice-months-zero", 1, "schema", 11),
    Case("notice-months-negative", 1, "schema", 11),
    Case("duplicate-id", 1, "duplicate-id", 1),
    Case("no-agreements", 2, "no-agreements"),
    Case("only-null", 1, "empty-file", 1, "'~'"),
    Case("escaped-control", 1, "yaml-character", 2, "#x001b"),
    Case("escaped-nul", 1, "yaml-character", 2, "#x0000"),
    Case("line-separator-in-comment", 1, "yaml-character", 11, "#x2028"),
    Case("nel-in-comment", 1, "yaml-character", 11, "#x0085"),
    Case("lone-cr", 1, "yaml-character", 11, "#x000d"),
    Case("huge-integer", 1, "number-out-of-range", 15),
    Case("huge-hex", 1, "number-out-of-range", 15),
    Case("amount-1e29", 1, "number-out-of-range", 15, "'1e29'"),
    Case("quoted-amount-1e29", 1, "schema", 15, "högst 1000000000000"),
    Case("huge-hours", 1, "schema", 16, "högst 10000000"),
    Case("no-final-newline", 0, "no-final-newline", 15, others=0, loads=True),
    Case("superscript-digit-org-number", 1, "org-number-format", 6),
    Case("en-dash-org-number", 1, "org-number-format", 6, "bindestreck"),
    Case("fullwidth-digit-amount", 1, "schema", 15, "inget tal"),
    Case("arabic-digit-amount", 1, "schema", 15, "inget tal"),
    Case("fullwidth-digit-date", 1, "schema", 9, "inget datum"),
    Case("year-only-date", 1, "schema", 10, "ÅÅÅÅ-MM-DD"),
    Case("short-date", 1, "schema", 9, "ÅÅÅÅ-MM-DD"),
    Case("unquoted-colon", 1, "yaml-syntax", 5, "citattecken"),
    Case("id-with-capitals", 1, "schema", 1, "små bokstäver"),
    # made in tmp_path by MAKERS below
    Case("huge", 1, "file-too-large", None, "byte"),
    Case("long-list", 1, "yaml-too-long", 16, "100000 poster"),
    Case("compact-nesting", 1, "yaml-too-deep", 17),
    Case("symlink-loop", 2, "unreadable", None, "symboliska länkar"),
    Case("folder-named-like-file", 2, "no-agreements"),
    Case("unreadable", 2, "unreadable", None, "för långt" if os.geteuid() == 0 else "behörighet"),
    Case("fifo", 2, "unreadable", None, "ingen vanlig fil"),
    Case("device", 2, "unreadable", None, "ingen vanlig fil"),
    Case("just-too-large", 1, "file-too-large", None, "256001 byte"),
    Case("named-twice", 0, None, others=0, loads=True),
    Case("newline-in-name", 1, "empty-file", 1, "'~'"),
    Case("not-utf8-name", 1, "empty-file", 1, "'~'"),
]
BY_NAME = {case.name: case for case in CASES}

# The subset that also runs as a separate process: the parser-level attacks
# (where a C crash would kill the process), encodings and the exit-2 cases.
SUBPROCESS = [
    "billion-laughs",
    "flow-nesting",
    "compact-nesting",
    "invalid-utf8",
    "control-characters",
    "empty",
    "bom",
    "duplicate-id",
    "no-agreements",
    "huge",
    "symlink-loop",
    "fifo",
    "not-utf8-name",
    "huge-integer",
]


def _minimal(agreement_id: str) -> str:
    text = MINIMAL.read_text(encoding="utf-8-sig")
    return text.replace("id: bom", f"id: {agreement_id}", 1)


def _huge(tmp: Path) -> Path:
    path = tmp / "huge.yaml"
    line = "  - " + "x" * 70 + "\n"
    path.write_text(_minimal("huge") + "notes:\n" + line * (5_000_000 // len(line)))
    return path


def _long_list(tmp: Path) -> Path:
    path = tmp / "long-list.yaml"
    path.write_text(_minimal("long-list") + "log: [" + "x," * 100_000 + "]\n")
    return path


def _compact_nesting(tmp: Path) -> Path:
    # 50,000 levels of "- - - …" on one line: enough to segfault libyaml's composer.
    path = tmp / "compact-nesting.yaml"
    path.write_text(_minimal("compact-nesting") + "notes:\n" + "- " * 50_000 + "x\n")
    return path


def _symlink_loop(tmp: Path) -> Path:
    folder = tmp / "symlink-loop"
    folder.mkdir()
    (folder / "a.yaml").symlink_to("b.yaml")
    (folder / "b.yaml").symlink_to("a.yaml")
    return folder


def _folder_named_like_file(tmp: Path) -> Path:
    folder = tmp / "agreements"
    (folder / "x.yaml").mkdir(parents=True)
    return folder


def _unreadable(tmp: Path) -> Path:
    """A file the system will not let us read: chmod 000, or, as root (whom chmod does
    not stop), a name too long for the file system, which no one can open."""
    if os.geteuid() != 0:
        path = tmp / "unreadable.yaml"
        path.write_text(_minimal("unreadable"))
        path.chmod(0)
        return path
    return tmp / ("å" * 128 + ".yaml")  # 261 bytes: over the 255 a name may have


def _fifo(tmp: Path) -> Path:
    path = tmp / "fifo.yaml"
    os.mkfifo(path)
    return path


def _device(tmp: Path) -> Path:
    path = tmp / "zero.yaml"
    path.symlink_to("/dev/zero")
    return path


def _just_too_large(tmp: Path) -> Path:
    path = tmp / "just-too-large.yaml"
    text = _minimal("just-too-large") + "notes: |\n"
    path.write_text(text + "  " + "x" * (256_001 - len(text.encode()) - 3) + "\n")
    assert path.stat().st_size == 256_001
    return path


def _named_twice(tmp: Path) -> Path:
    folder = tmp / "named-twice"
    (folder / "2025").mkdir(parents=True)
    (folder / "2025" / "named-twice.YAML").write_text(_minimal("named-twice"))
    (folder / "alias.yaml").symlink_to(folder / "2025" / "named-twice.YAML")
    return folder


def _newline_in_name(tmp: Path) -> Path:
    folder = tmp / "newline-in-name"
    folder.mkdir()
    forged = "x.yaml:1:1: error schema forged\nreal"
    (folder / f"{forged}.yaml").write_text("~\n")
    return folder


def _not_utf8_name(tmp: Path) -> Path:
    folder = tmp / "not-utf8-name"
    folder.mkdir()
    (Path(os.fsdecode(bytes(folder) + b"/\xff\x1b[2J.yaml"))).write_text("~\n")
    return folder


MAKERS: dict[str, Callable[[Path], Path]] = {
    "huge": _huge,
    "long-list": _long_list,
    "compact-nesting": _compact_nesting,
    "symlink-loop": _symlink_loop,
    "folder-named-like-file": _folder_named_like_file,
    "unreadable": _unreadable,
    "fifo": _fifo,
    "device": _device,
    "just-too-large": _just_too_large,
    "named-twice": _named_twice,
    "newline-in-name": _newline_in_name,
    "not-utf8-name": _not_utf8_name,
}


def test_every_fixture_has_a_case() -> None:
    """A fixture without a case would never run; a case without a fixture fails in `_input`."""
    fixtures = {p.name.removesuffix(".yaml") for p in BAD.iterdir()}
    assert fixtures == set(BY_NAME) - set(MAKERS)


@pytest.fixture
def bad_input(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Case, Path]]:
    """The case's input path; fails the test if the run changed any file under it."""
    case: Case = request.param
    if case.name in MAKERS:
        path = MAKERS[case.name](tmp_path)
    else:
        path = BAD / f"{case.name}.yaml"
        if not path.exists():
            path = BAD / case.name  # a folder fixture
        assert path.exists(), f"fixture missing for {case.name}"
    before = _digest(path)
    yield case, path
    assert _digest(path) == before, f"{path} was modified"


def _digest(path: Path) -> str:
    """A hash of every readable file under ``path`` (names, sizes, contents)."""
    digest = hashlib.sha256()
    try:
        paths = sorted(path.rglob("*")) if path.is_dir() else [path]
    except OSError:  # a name too long to look at
        return str(path)
    for item in paths:
        digest.update(os.fsencode(item))
        try:
            if not item.is_file():  # a FIFO would block, /dev/zero never end
                continue
            digest.update(item.read_bytes())
        except OSError as exc:  # a loop, a folder, no permission: the name and error will do
            digest.update(str(exc.errno).encode())
    return digest.hexdigest()


def _timed(run: Callable[[], Run]) -> Run:
    start = time.perf_counter()
    result = run()
    elapsed = time.perf_counter() - start
    assert elapsed < SECONDS, f"took {elapsed:.1f} s"
    return result


def _assert_reported(case: Case, path: Path, run: Run, *, warnings: bool = True) -> None:
    """The problem is one line ``path[:line[:col]]: error CODE …`` with the expected phrase.

    Only ``validate`` reports warnings (``warnings``); the other commands say what they skip.
    """
    output = run.stdout + run.stderr
    assert "Traceback" not in output
    lines = output.splitlines()
    said = lines if warnings else run.stderr.splitlines()  # the others' output may be long
    assert len(said) <= MAX_LINES, f"{len(said)} lines of problems"
    assert all(len(line) <= MAX_LINE for line in lines), max(lines, key=len)
    if case.code is None or (case.exit == 0 and not warnings):
        return
    hits = [line for line in lines if f" {case.code} " in line]
    assert hits, f"no {case.code} problem in:\n{output}"
    prefix = f":{case.line}:" if case.line is not None else ": error"
    located = [h for h in hits if h.startswith(str(path)) and prefix in h]
    assert located, f"{case.code} not at {path}{prefix}:\n{output}"
    assert any(case.says in h for h in located), f"{case.says!r} not in:\n{output}"


def _params(names: list[str] | None = None) -> list[object]:
    cases = CASES if names is None else [BY_NAME[n] for n in names]
    return [pytest.param(case, id=case.name) for case in cases]


@pytest.mark.parametrize("bad_input", _params(), indirect=True)
def test_validate_in_process(bad_input: tuple[Case, Path]) -> None:
    case, path = bad_input
    run = _timed(lambda: run_cli("validate", "--as-of", AS_OF, str(path)))
    assert run.code == case.exit, run.stdout + run.stderr
    _assert_reported(case, path, run)


@pytest.mark.parametrize("bad_input", _params(SUBPROCESS), indirect=True)
def test_validate_as_a_process(bad_input: tuple[Case, Path]) -> None:
    """A real process: a segfault in libyaml or a hang would show here and nowhere else."""
    case, path = bad_input
    command = [sys.executable, "-m", "iopctl", "validate", "--as-of", AS_OF, str(path)]
    strict = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}  # a name's bytes must not crash
    done = subprocess.run(command, capture_output=True, text=True, timeout=10, cwd=ROOT, env=strict)
    assert done.returncode == case.exit, done.stdout + done.stderr
    _assert_reported(case, path, Run(done.returncode, done.stdout, done.stderr))


# --- the other commands that read every agreement ------------------------------------


OTHER_COMMANDS = {
    "deadlines": ["deadlines", "--as-of", AS_OF],
    "deadlines-ics": ["deadlines", "--format", "ics", "--as-of", AS_OF],
    "report-all": ["report", "--all", "--as-of", AS_OF, "--path"],
    "site": ["site", "--as-of", AS_OF, "-o", "{out}"],
}


@pytest.mark.parametrize("command", list(OTHER_COMMANDS))
@pytest.mark.parametrize("bad_input", _params(), indirect=True)
def test_other_commands_in_process(
    bad_input: tuple[Case, Path], command: str, tmp_path: Path
) -> None:
    """Commands past validation say the same problem at the same place, never a traceback.

    They build what they could read and report the rest on stderr: exit 2 when
    some input could not be read, 1 when some file did not load, else 0 (a
    problem only the semantic checks find does not stop a deadline list).
    """
    case, path = bad_input
    args = [a.replace("{out}", str(tmp_path / "public")) for a in OTHER_COMMANDS[command]]
    run = _timed(lambda: run_cli(*args, str(path)))
    expected = case.exit if case.others < 0 else case.others
    assert run.code == expected, run.stdout + run.stderr
    _assert_reported(case, path, run, warnings=False)


ONE_AGREEMENT = {
    "show": ["show", "{id}", "--path"],
    "notice": ["notice", "{id}", "--given", AS_OF, "--path"],
    "payments": ["payments", "{id}", "--as-of", AS_OF, "--path"],
    "report": ["report", "{id}", "--as-of", AS_OF, "--path"],
}


@pytest.mark.parametrize("command", list(ONE_AGREEMENT))
@pytest.mark.parametrize("bad_input", _params(), indirect=True)
def test_commands_on_one_agreement_in_process(bad_input: tuple[Case, Path], command: str) -> None:
    """The commands that take an ID: the agreement, or the file's problem at its place and
    exit 2 saying that no valid agreement has the ID."""
    case, path = bad_input
    args = [a.replace("{id}", case.name) for a in ONE_AGREEMENT[command]]
    run = _timed(lambda: run_cli(*args, str(path)))
    assert run.code == (0 if case.loads else 2), run.stdout + run.stderr
    _assert_reported(case, path, run, warnings=False)
    if not case.loads:
        assert f"no valid agreement with id '{case.name}'" in run.stderr


FILE_CASES = [c for c in CASES if c.name not in MAKERS and (BAD / f"{c.name}.yaml").is_file()]
"""The bad files (not folders, not those made in ``tmp_path``): what git may hold."""


@pytest.mark.parametrize("case", FILE_CASES, ids=lambda c: c.name)
def test_textconv_says_the_problem_and_lets_git_go_on(case: Case) -> None:
    """git runs textconv on every version of a file: exit 0 always, the problem at its line."""
    path = BAD / f"{case.name}.yaml"
    run = _timed(lambda: run_cli("textconv", str(path), "--as-of", AS_OF))
    assert run.code == 0, run.stdout + run.stderr
    output = run.stdout + run.stderr
    assert "Traceback" not in output and "\x1b" not in output
    if case.exit:  # an invalid file: its first error instead of the deadlines
        prefix = f"{case.line}:" if case.line is not None else ""
        assert any(
            line.startswith(prefix) and f" {case.code} " in line for line in output.splitlines()
        ), output


@pytest.fixture(scope="module")
def diffed(tmp_path_factory: pytest.TempPathFactory) -> str:
    """``iopctl diff`` of a repository where every file fixture replaced a valid agreement
    of the same id: one run, every bad file on the new side."""
    repo = tmp_path_factory.mktemp("diff")
    folder = repo / "agreements"
    folder.mkdir()
    for case in FILE_CASES:
        (folder / f"{case.name}.yaml").write_text(_minimal(case.name), encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "valid"], cwd=repo, check=True)
    for case in FILE_CASES:
        (folder / f"{case.name}.yaml").write_bytes((BAD / f"{case.name}.yaml").read_bytes())
    command = [sys.executable, "-m", "iopctl", "diff", "--as-of", AS_OF, "--lang", "en"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=repo)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr and "\x1b" not in done.stdout
    return done.stdout


@pytest.mark.parametrize("case", [c for c in FILE_CASES if c.exit], ids=lambda c: c.name)
def test_diff_names_each_new_problem_at_its_place(diffed: str, case: Case) -> None:
    where = f"agreements/{case.name}.yaml" + (f":{case.line}:" if case.line else "")
    assert any(where in line and case.code in line for line in diffed.splitlines()), diffed
