"""The deadlines table fits the terminal (issue 11): no line wider than ``COLUMNS``.

The title wraps first; then Kind, Date, Amount and Status are left out in that
order (``export.deadlines.DROP_ORDER``), and a last line says which; the
act-by day, the days left, the agreement and the title always stay.  Off a
terminal, and with ``-o``, the table is 160 wide whatever the terminal, so a
file is the same wherever it is made.
"""

from __future__ import annotations

import pytest

from conftest import AGREEMENTS, run_cli

AS_OF = "2025-06-01"
ARGS = ("deadlines", str(AGREEMENTS), "--as-of", AS_OF, "--status", "all", "--lang", "en")


def _table(monkeypatch: pytest.MonkeyPatch, width: int | None, *extra: str) -> list[str]:
    if width is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", str(width))
    run = run_cli(*ARGS, *extra)
    assert run.code == 0, run.stderr
    return run.stdout.splitlines()


@pytest.mark.parametrize(
    ("width", "left_out"),
    [
        (60, ["Date", "Kind", "Status", "Amount"]),
        (80, ["Date", "Kind", "Amount"]),
        (120, []),
    ],
)
@pytest.mark.parametrize("explain", [False, True])
def test_table_fits_the_terminal(
    monkeypatch: pytest.MonkeyPatch, width: int, left_out: list[str], explain: bool
) -> None:
    lines = _table(monkeypatch, width, *(["--explain"] if explain else []))
    assert max(len(line) for line in lines) <= width
    header = lines[0].split()
    for column in ("Act", "Days", "Agreement", "Title"):
        assert column in header
    assert [c for c in ("Date", "Kind", "Status", "Amount") if c not in header] == left_out
    note = " ".join(lines).partition("Left out to fit the table in ")[2]
    if left_out:
        assert note.startswith(f"{width} columns: {', '.join(left_out)}.")
    else:
        assert note == ""
    assert "…" not in "\n".join(lines)  # a long path in --explain wraps, is not cut
    if width >= 80:  # narrower, the ids wrap at their hyphens
        assert "vgr-boj-fyrbodol-2025" in "\n".join(lines)


def test_off_a_terminal_the_table_has_its_fixed_width(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _table(monkeypatch, None)
    assert 120 < max(len(line) for line in lines) <= 160
    assert "Left out" not in "\n".join(lines)


def test_a_file_does_not_depend_on_the_terminal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    from pathlib import Path

    out = Path(str(tmp_path)) / "table.txt"
    _table(monkeypatch, 60, "-o", str(out))
    assert out.read_text(encoding="utf-8").splitlines() == _table(monkeypatch, None)
