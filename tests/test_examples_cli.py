"""The synthetic examples end to end: validate, deadlines and payments, with golden files.

They exercise the blocks the seeds do not have (several parties per side,
amendments, payment shapes, sources with kinds); see README "Beyond the
seeds".  Set ``IOPCTL_UPDATE_GOLDEN=1`` to rewrite the golden files.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import ROOT, TESTS, Golden, Run

CLI = Callable[..., Run]
GOLDEN = TESTS / "golden" / "deadlines"
EXAMPLES = "examples/agreements"
WINDOW = ("--as-of", "2025-06-01", "--include-past", "--until", "2026-12-31", "--status", "all")
IDS = ("kvinnojouren-sjobygden-2024", "motesplats-hamnstaden-2019", "bygdeforeningen-norrvik-2020")


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_deadlines_of_the_examples(cli: CLI, golden: Golden) -> None:
    run = cli("deadlines", EXAMPLES, *WINDOW, "--format", "csv")
    assert run.code == 0, run.stderr
    golden(GOLDEN / "examples.csv", run.stdout)


@pytest.mark.parametrize("agreement_id", IDS)
def test_payments_of_each_example(cli: CLI, agreement_id: str, golden: Golden) -> None:
    run = cli("payments", agreement_id, "--path", EXAMPLES, "--as-of", "2025-06-01")
    assert run.code == 0, run.stderr
    golden(GOLDEN / f"examples-payments-{agreement_id}.txt", run.stdout)


def test_a_payment_without_a_day_is_never_overdue(cli: CLI) -> None:
    run = cli("deadlines", EXAMPLES, *WINDOW, "--format", "json")
    rows = json.loads(run.stdout)["deadlines"]
    grant = [r for r in rows if r["agreement"] == "motesplats-hamnstaden-2019"]
    paid = [r for r in grant if r["kind"] == "payment"]
    assert paid and all(r["date"] is None and r["status"] != "overdue" for r in paid)
    payments = cli("payments", "motesplats-hamnstaden-2019", "--path", EXAMPLES, "--format", "json")
    years = json.loads(payments.stdout)["years"]
    assert [y["due"] for y in years] == [None] * 5


def test_the_lump_sum_is_one_payment_on_its_day_and_done(cli: CLI) -> None:
    run = cli("deadlines", EXAMPLES, "--as-of", "2021-01-01", "--format", "json")
    rows = json.loads(run.stdout)["deadlines"]
    (lump,) = [r for r in rows if r["kind"] == "payment" and r["agreement"].startswith("bygd")]
    assert (lump["date"], lump["amount"]) == ("2021-01-08", 420000)
    later = cli(
        "deadlines", EXAMPLES, "--as-of", "2021-02-01", "--include-past", "--format", "json"
    )
    (done,) = [
        r
        for r in json.loads(later.stdout)["deadlines"]
        if r["kind"] == "payment" and r["agreement"].startswith("bygd")
    ]
    assert done["status"] == "done"


@pytest.mark.parametrize("agreement_id", IDS)
def test_report_of_each_example_names_its_payers(cli: CLI, agreement_id: str) -> None:
    """A payer named by party id is worded as its side, not looked up as a role."""
    run = cli("report", agreement_id, "--path", EXAMPLES, "--as-of", "2025-06-01")
    assert run.code == 0, run.stderr
    assert "(offentlig part)" in run.stdout


def test_a_mistyped_party_or_source_is_located_with_a_hint(cli: CLI, tmp_path: Path) -> None:
    name = "kvinnojouren-sjobygden-2024.yaml"
    text = (ROOT / EXAMPLES / name).read_text(encoding="utf-8")
    broken = text.replace("by: sjoby, note", "by: sjobi, note").replace(
        "source: avtal\n", "source: avtl\n"
    )
    (tmp_path / "agreements").mkdir()
    (tmp_path / "agreements" / name).write_text(broken, encoding="utf-8")
    run = cli("validate", str(tmp_path / "agreements"), "--as-of", "2025-06-01", "--lang", "en")
    assert run.code == 1
    lines = broken.splitlines()
    party = next(i for i, line in enumerate(lines, 1) if "sjobi" in line)
    source = next(i for i, line in enumerate(lines, 1) if "source: avtl" in line)
    assert f":{party}:" in run.stdout and "no party has id 'sjobi' (did you mean 'sjoby'?)" in (
        run.stdout
    )
    assert f":{source}:" in run.stdout and "(did you mean 'avtal'?)" in run.stdout


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_site_of_the_examples(cli: CLI, tmp_path: Path, lang: str) -> None:
    """Every new code (schedule once/unknown, usage fees) has its word on the site."""
    out = tmp_path / "site"
    run = cli("site", "-o", str(out), EXAMPLES, "--as-of", "2025-06-01", "--lang", lang)
    assert run.code == 0, run.stderr
    assert len(list((out / "agreements").glob("*.html"))) == 3


def test_a_report_an_amendment_adds_is_a_deadline_from_its_line(cli: CLI) -> None:
    """Issue 15: the 2023 extension adds 'återrapport för 2022 senast 31 mars 2023'."""
    run = cli("deadlines", EXAMPLES, "--as-of", "2023-01-15", "--status", "all", "--format", "json")
    rows = json.loads(run.stdout)["deadlines"]
    (report,) = [r for r in rows if r["occurrence"] == "aterrapport-2022"]
    assert (report["date"], report["status"]) == ("2023-03-31", "upcoming")
    text = (ROOT / EXAMPLES / "motesplats-hamnstaden-2019.yaml").read_text(encoding="utf-8")
    line = int(report["source"].rsplit(":", 1)[1])
    assert text.splitlines()[line - 1].strip() == "due: 2023-03-31"
    assert "amendments[1].duties[0].due" in report["explanation"]
    # before the decision was taken (2022-11-23, effective 2023-01-01) nobody knew of it
    before = cli(
        "deadlines", EXAMPLES, "--as-of", "2022-06-01", "--until", "2023-12-31", "--status", "all"
    )
    assert "Gemensam återrapport för 2022" not in before.stdout


def test_a_convenor_named_by_party_id_has_a_feed_named_after_the_party(
    cli: CLI, tmp_path: Path
) -> None:
    """Issue 15: the shelter's 'samråd' is convened by 'jouren', i.e. Kvinnojouren Sjöbygden."""
    out = tmp_path / "site"
    run = cli("site", "-o", str(out), EXAMPLES, "--as-of", "2025-06-01")
    assert run.code == 0, run.stderr
    feeds = {p.name for p in (out / "feeds").glob("who-*.ics")}
    assert "who-jouren.ics" not in feeds
    feed = (out / "feeds" / "who-kvinnojouren-sjobygden.ics").read_text(encoding="utf-8")
    assert "X-WR-CALNAME:IOP: Kvinnojouren Sjöbygden" in feed.splitlines()
    assert "samrad" in feed
