"""Rules 13 and 14 end to end, on copies of the Linköping seed: payments, deadlines, validate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import AGREEMENTS, run_cli

SEED = "linkoping-boj-2023"


def _copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: str = "", log: str = "") -> None:
    """The seed in ``tmp_path/agreements`` with one text replacement and a log appended."""
    text = (AGREEMENTS / f"{SEED}.yaml").read_text(encoding="utf-8")
    if edit:
        old, new = edit.split(" => ")
        assert old in text
        text = text.replace(old, new)
    if log:
        text += "log:\n" + log
    (tmp_path / "agreements").mkdir()
    (tmp_path / "agreements" / f"{SEED}.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)


def _line(name: str, needle: str) -> int:
    lines = (Path("agreements") / name).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


LATE = (
    "  - {date: 2023-01-20, kind: payment, amount: 472200}\n  - {date: 2024-11-15, kind: payment}\n"
)


def test_a_january_payment_logged_in_november_is_late_everywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _copy(tmp_path, monkeypatch, "status: ended => status: active", LATE)
    validate = run_cli("validate", "--as-of", "2024-12-01", "--lang", "en")
    line = _line(f"{SEED}.yaml", "2024-11-15")
    assert (
        f"agreements/{SEED}.yaml:{line}:12: warning payment-late payment 2024 was due 2024-01-31 "
        "but was paid in full only on 2024-11-15, 289 days late"
    ) in validate.stdout
    rows = json.loads(
        run_cli(
            "deadlines", "--as-of", "2024-12-01", "--include-past", "--kind", "payment",
            "--format", "json",
        ).stdout
    )["deadlines"]  # fmt: skip
    assert [(r["occurrence"], r["status"]) for r in rows] == [
        ("2023", "done"),
        ("2024", "done"),
        ("2025", "upcoming"),
    ]
    assert "(för sent)" in rows[1]["explanation"]
    table = run_cli("payments", SEED, "--as-of", "2024-12-01").stdout.replace("\xa0", " ")
    assert "betald, 289 dagar för sent" in table


def test_quarterly_instalments_show_alike_in_payments_and_deadlines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _copy(
        tmp_path,
        monkeypatch,
        "schedule: yearly\n  window: {month: 1} => schedule: quarterly",
        "  - {date: 2023-03-20, kind: payment, amount: 100000}\n",
    )
    payments = json.loads(
        run_cli("payments", SEED, "--as-of", "2023-05-01", "--format", "json").stdout
    )
    first = payments["years"][0]["instalments"]
    assert [(i["key"], i["due"], i["amount"]) for i in first] == [
        ("2023-Q1", "2023-03-31", 118050),
        ("2023-Q2", "2023-06-30", 118050),
        ("2023-Q3", "2023-09-30", 118050),
        ("2023-Q4", "2023-12-31", 118050),
    ]
    assert (first[0]["paid"], first[0]["remaining"], first[0]["done_on"]) == (100000, 18050, None)
    rows = json.loads(
        run_cli(
            "deadlines", "--as-of", "2023-05-01", "--include-past", "--kind", "payment",
            "--until", "2023-12-31", "--status", "all", "--format", "json",
        ).stdout
    )["deadlines"]  # fmt: skip
    assert [(r["occurrence"], r["date"], r["amount"]) for r in rows] == [
        (i["key"], i["due"], i["amount"]) for i in first
    ]
    assert rows[0]["status"] == "overdue"
    table = run_cli("payments", SEED, "--as-of", "2023-05-01").stdout.replace("\xa0", " ")
    assert "18 050 kr återstår" in table
    report = run_cli("report", SEED, "--as-of", "2023-05-01").stdout
    assert "| 2023 | 2023-03-31 – 2023-12-31 (4 delbetalningar) |" in report


def test_a_payment_made_on_the_preliminary_opi_shows_the_difference_to_settle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy indexed from the start: the 2023 payment in January used OPI 2023 as then known."""
    _copy(tmp_path, monkeypatch, "from: 2024-01-01 => from: 2023-01-01")
    before = run_cli("payments", SEED, "--as-of", "2023-02-01").stdout.replace("\xa0", " ")
    assert "488 727 kr" in before
    assert "att reglera" not in before
    after = run_cli("payments", SEED, "--as-of", "2023-06-01").stdout.replace("\xa0", " ")
    assert "488 727 kr" in after
    assert "att reglera 5 194 kr" in after
    explained = run_cli(
        "deadlines", "--as-of", "2023-06-01", "--include-past", "--kind", "payment", "--explain",
        "--status", "all",
    ).stdout  # fmt: skip
    assert "att reglera" in explained


def test_the_linkoping_seed_itself_uses_no_opi_2023() -> None:
    """Indexed from 2024 by the payment year's OPI: 2024 and 2025, neither in the series."""
    payments = json.loads(run_cli("payments", SEED, "--path", str(AGREEMENTS), "--as-of",
                                  "2026-01-01", "--format", "json").stdout)  # fmt: skip
    steps = [s["year"] for y in payments["years"] for s in y["index_steps"]]
    assert 2023 not in steps
    assert all(y["to_settle"] is None for y in payments["years"])


EXAMPLES = AGREEMENTS.parent / "examples" / "agreements"


def test_a_payment_without_a_day_is_date_unknown_and_never_overdue() -> None:
    """``schedule: unknown``: in deadlines (not in calendars) and payments, "datum okänt"."""
    args = ("--as-of", "2025-06-01", "--include-past", "--kind", "payment", "--status", "all")
    run = run_cli("deadlines", str(EXAMPLES / "motesplats-hamnstaden-2019.yaml"), *args,
                  "--format", "json")  # fmt: skip
    rows = json.loads(run.stdout)["deadlines"]
    assert [(r["occurrence"], r["date"], r["status"]) for r in rows] == [
        ("2019", None, "done"),
        ("2020", None, "done"),
        ("2021", None, "info"),
        ("2022", None, "info"),
        ("2023", None, "info"),
    ]
    assert rows[2]["explanation"].startswith("avtalet anger ingen betalningsdag: datum okänt")
    table = run_cli("deadlines", str(EXAMPLES / "motesplats-hamnstaden-2019.yaml"), *args).stdout
    assert table.splitlines()[1].startswith("datum okänt ")
    ics = run_cli("deadlines", str(EXAMPLES / "motesplats-hamnstaden-2019.yaml"), *args,
                  "--format", "ics").stdout  # fmt: skip
    assert "Utbetalning" not in ics
    payments = run_cli(
        "payments", "motesplats-hamnstaden-2019", "--path", str(EXAMPLES), "--lang", "en"
    ).stdout
    assert payments.splitlines()[1].split()[:3] == ["2019", "date", "unknown"]
