"""Rule 10 and "explanations never overclaim" (issue 10), and acceptance tests of rules 8, 9
on copies of the seeds: conditions travel with the right, each repayment clause with its
own trigger, a date that rests on an assumption cites it."""

from __future__ import annotations

import datetime as dt
import json
import re
import shlex
from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from builders import agreement, loaded, said
from conftest import AGREEMENTS, Run
from iopctl.indices import SeriesStore
from iopctl.rules.assumed import assumptions_on
from iopctl.rules.evaluate import evaluate
from iopctl.rules.notice import answer_notice
from iopctl.rules.repayments import repayment_clauses

D = dt.date

CLAUSES = """\
term: {start: 2023-01-01, end: 2025-12-31}
termination: {notice_months: 6, by: either, consequences: [repay_misused_funds]}
repayments:
  - {trigger: early_end, text: Ej utnyttjade medel ska återbetalas vid förtida upphörande.}
  - {trigger: evaluation_finding, text: Återbetalning kan krävas efter utvärderingen.}
  - {trigger: extraordinary, text: Återbetalning kan krävas i undantagsfall.}
duties:
  - {kind: evaluation, id: utv, title: Årlig utvärdering, due: {month: 12, day: 31}}
"""


def _seed_copy(tmp_path: Path, name: str, old: str = "", new: str = "", log: str = "") -> Path:
    """A copy of a seed in ``tmp_path`` with ``old`` replaced by ``new`` and ``log`` added."""
    text = (AGREEMENTS / f"{name}.yaml").read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1) + (f"log:\n  - {log}\n" if log else "")
    (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")
    return tmp_path


# --- repayment clauses and their triggers ------------------------------------------------


def test_each_repayment_clause_keeps_its_trigger_and_codes_keep_theirs() -> None:
    a = agreement(CLAUSES).agreement
    triggers = [(c.trigger, c.code) for c in repayment_clauses(a)]
    assert triggers == [
        ("early_end", None),
        ("evaluation_finding", None),
        ("extraordinary", None),
        ("evaluation_finding", "repay_misused_funds"),  # a file written with codes stays valid
    ]
    assert [c.text for c in repayment_clauses(a, "extraordinary")] == [
        "Återbetalning kan krävas i undantagsfall."
    ]


def test_the_seeds_file_each_repayment_clause_under_its_own_trigger() -> None:
    def triggers(name: str) -> list[str]:
        text = (AGREEMENTS / f"{name}.yaml").read_text(encoding="utf-8")
        return [c.trigger for c in repayment_clauses(loaded(text).agreement)]

    assert triggers("linkoping-boj-2023") == ["early_end", "evaluation_finding"]
    assert triggers("vgr-boj-fyrbodol-2025") == ["extraordinary"]
    assert triggers("stockholm-boj-vasterort-2022") == []
    assert triggers("robertsfors-boj-umea-2018") == []


def test_only_the_early_end_clause_is_stated_at_the_effective_end() -> None:
    la = agreement(CLAUSES + "log:\n  - {date: 2024-03-15, kind: notice, by: public}\n")
    run = evaluate(la, SeriesStore(), D(2024, 4, 1))
    (end,) = [r for r in run.deadlines if r.kind == "term_end"]
    why = said(end.explanation)
    assert "vid förtida upphörande enligt avtalet (agreements/test.yaml:" in why
    assert "Ej utnyttjade medel ska återbetalas" in why
    assert "utvärderingen" not in why and "undantagsfall" not in why
    evaluations = [said(r.explanation) for r in run.deadlines if r.kind == "evaluation"]
    assert evaluations and all("efter utvärderingen" in e for e in evaluations)
    assert all("Ej utnyttjade" not in e and "undantagsfall" not in e for e in evaluations)
    assert not any("undantagsfall" in said(r.explanation) for r in run.deadlines)


def test_an_end_at_the_period_end_is_no_early_end() -> None:
    """Notice too late to shorten the period ends it when it would end anyway: no repayment."""
    la = agreement(CLAUSES)
    assert answer_notice(la, D(2023, 6, 1)).on_early_end != ()
    assert answer_notice(la, D(2025, 9, 1)).on_early_end == ()  # limited by the term end


# --- conditions travel with the right ------------------------------------------------------


def test_conditions_and_options_are_in_the_explanation_of_their_rows(
    cli: Callable[..., Run],
) -> None:
    args = ("--as-of", "2022-01-01", "--until", "2030-12-31", "--status", "all", "--include-past")
    args += ("--format",)
    rows = json.loads(cli("deadlines", *args, "json", "--lang", "en").stdout)["deadlines"]
    renewals = [r for r in rows if r["kind"] == "renewal"]
    assert renewals and all(
        "condition of the renewal per the agreement" in r["explanation"]
        and "medel för partnerskapet finns" in r["explanation"]
        for r in renewals
    )
    (expiry,) = [
        r for r in rows if r["kind"] == "expiry" and r["agreement"].startswith("robertsfors")
    ]
    assert "option to extend per the agreement" in expiry["explanation"]
    assert "med möjlighet till förlängning" in expiry["explanation"]


def test_the_report_show_site_and_notice_state_the_condition(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    report = cli("report", "vgr-boj-fyrbodol-2025", "--as-of", "2026-01-15").stdout
    (line,) = [x for x in report.splitlines() if x.startswith("- Uppsägning:")]
    assert "men bara på de grunder avtalet anger" in line and "väsentligt ändrade" in line
    assert '- Återbetalning i undantagsfall: "Återbetalningsskyldighet' in report
    show = cli("show", "vgr-boj-fyrbodol-2025").stdout
    (notice,) = [x for x in show.splitlines() if x.strip().startswith("uppsägning:")]
    assert 'bara på grunderna: "Om någon av parterna inte uppfyller' in notice
    stockholm = cli("show", "stockholm-boj-vasterort-2022", "--lang", "en").stdout
    assert '; provided: "Detta förutsatt att medel' in stockholm
    robertsfors = cli("notice", "robertsfors-boj-umea-2018", "--given", "2019-01-15")
    assert "Möjlighet till förlängning" in robertsfors.stdout
    data = json.loads(
        cli(
            "notice", "robertsfors-boj-umea-2018", "--given", "2019-01-15", "--format", "json"
        ).stdout
    )
    assert data["extension"].endswith("med möjlighet till förlängning.")
    assert cli("site", "-o", str(tmp_path / "site")).code == 0
    page = (tmp_path / "site" / "agreements" / "vgr-boj-fyrbodol-2025.html").read_text("utf-8")
    assert "<strong>I undantagsfall:</strong> <q>Återbetalningsskyldighet" in page
    assert "väsentligt ändrade omständigheter" in page


# --- explanations never overclaim ----------------------------------------------------------


def test_an_assumption_covers_its_field_and_what_is_under_it() -> None:
    la = agreement(
        """\
        term: {start: 2023-01-01, end: 2025-12-31}
        termination: {notice_months: 6}
        assumptions:
          - {field: termination, note: Räknas från dagen uppsägningen ges.}
          - {field: duties.meeting, note: Ett möte per halvår.}
          - {field: "duties[1].due", note: Sista december.}
          - {field: termination.form, note: Skriftligen.}
        """
    )
    cited = said(assumptions_on(la, ["termination.notice_months"]))
    assert "termination (agreements/test.yaml:" in cited and "termination.form" not in cited
    assert "Ett möte per halvår" in said(assumptions_on(la, ["duties.meeting.due"]))
    assert "Sista december" in said(assumptions_on(la, ["duties.1.due"]))
    assert assumptions_on(la, ["term.end", "duties.2.due"]) == ()


def test_no_seed_date_claims_the_agreement_for_an_assumed_day() -> None:
    """Every row of the seeds' whole life: a cited assumption and "enligt avtalet" for the
    date never stand together, and the dates the seeds' assumptions name are cited."""
    cited: set[tuple[str, str]] = set()
    for path in sorted(AGREEMENTS.glob("*.yaml")):
        la = loaded(path.read_text(encoding="utf-8"), f"agreements/{path.name}")
        run = evaluate(la, SeriesStore(), la.agreement.term.start, until=D(2031, 1, 1))
        for row in run.deadlines:
            why = said(row.explanation)
            if "bygger på antagande" in why:
                assert "datum enligt avtalet" not in why, (row.uid, why)
                cited.add((la.agreement.id, row.kind))
    assert {
        ("vgr-boj-fyrbodol-2025", "task"),  # "i och med driftsstart" read as the start
        ("vgr-boj-fyrbodol-2025", "evaluation"),
        ("vgr-boj-fyrbodol-2025", "report_due"),
        ("linkoping-boj-2023", "evaluation"),
        ("linkoping-boj-2023", "meeting_due"),
        ("stockholm-boj-vasterort-2022", "notice_deadline"),
        ("robertsfors-boj-umea-2018", "term_end"),  # 2020-12-23 as written
    } <= cited


def test_the_vgr_task_date_says_it_is_assumed(cli: Callable[..., Run]) -> None:
    args = ("--as-of", "2025-01-01", "--kind", "task", "--format", "json")
    (row,) = json.loads(cli("deadlines", *args).stdout)["deadlines"]
    assert row["explanation"].startswith("datum enligt antagande, inte enligt avtalets text")
    assert "bygger på antagande duties.utse-referensgrupp (agreements/vgr-" in row["explanation"]
    assert "driftsstart" in row["explanation"]


# --- acceptance: rules 8 and 9 on copies of the seeds --------------------------------------


def _total(run: Run) -> int:
    return sum(y["amount"] or 0 for y in json.loads(run.stdout)["years"])


def test_linkoping_notice_removes_2025_and_changes_the_total(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    folder = _seed_copy(
        tmp_path, "linkoping-boj-2023", log="{date: 2024-03-15, kind: notice, by: public}"
    )
    args = ("--as-of", "2024-04-01", "--status", "all", "--until", "2026-12-31")
    rows = json.loads(cli("deadlines", str(folder), *args, "--format", "json").stdout)
    in_2025 = [r for r in rows["deadlines"] if r["date"] >= "2025-01-01"]
    assert in_2025 == []  # no 2025 payment, meetings, notice day or term end
    (end,) = [r for r in rows["deadlines"] if r["kind"] == "term_end"]
    assert (
        end["date"] == "2024-09-15" and "ska återbetalning av ej utnyttjade" in end["explanation"]
    )
    pay = ("--as-of", "2024-04-01", "--format", "json")
    full = cli("payments", "linkoping-boj-2023", *pay)
    cut = cli("payments", "linkoping-boj-2023", "--path", str(folder), *pay)
    assert [y["year"] for y in json.loads(full.stdout)["years"]] == [2023, 2024, 2025]
    assert [y["year"] for y in json.loads(cut.stdout)["years"]] == [2023, 2024]


def test_stockholm_notice_leaves_no_renewal_to_come(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    folder = _seed_copy(
        tmp_path, "stockholm-boj-vasterort-2022",
        log="{date: 2022-09-15, kind: notice, by: civil}",
    )  # fmt: skip
    args = ("--as-of", "2022-10-01", "--status", "all", "--until", "2026-12-31")
    table = cli("deadlines", str(folder), *args).stdout
    assert "förlängning" not in table and "Avtalet upphör" in table
    rows = json.loads(cli("deadlines", str(folder), *args, "--format", "json").stdout)
    assert [r["date"] for r in rows["deadlines"] if r["kind"] == "term_end"] == ["2023-03-31"]
    pay = ("--as-of", "2022-10-01", "--format", "json")
    assert _total(cli("payments", "stockholm-boj-vasterort-2022", *pay)) == 2_112_000
    cut = cli("payments", "stockholm-boj-vasterort-2022", "--path", str(folder), *pay)
    assert _total(cut) == 704_000


def test_terminated_without_notice_warns_at_the_status_line(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    folder = _seed_copy(tmp_path, "linkoping-boj-2023", "status: ended", "status: terminated")
    run = cli("validate", str(folder), "--as-of", "2024-06-01")
    line = (
        (folder / "linkoping-boj-2023.yaml")
        .read_text("utf-8")
        .splitlines()
        .index("status: terminated")
    )
    assert f"linkoping-boj-2023.yaml:{line + 1}:9: warning status-contradicts-dates" in run.stdout
    # every command that reads the file says it, on stderr, and still exits 0
    said_at = f"linkoping-boj-2023.yaml:{line + 1}:9: warning status-contradicts-dates"
    for command in (
        ("deadlines", str(folder), "--as-of", "2024-06-01"),
        ("show", "linkoping-boj-2023", "--path", str(folder)),
        ("report", "linkoping-boj-2023", "--path", str(folder), "--as-of", "2024-06-01"),
    ):
        other = cli(*command)
        assert other.code == 0 and said_at in other.stderr, (command, other.stderr)
    noticed = _seed_copy(
        tmp_path, "linkoping-boj-2023", "status: ended", "status: terminated",
        log="{date: 2024-03-15, kind: notice, by: public}",
    )  # fmt: skip
    assert (
        "status-contradicts-dates"
        not in cli("validate", str(noticed), "--as-of", "2024-10-01").stdout
    )


STOCKHOLM = (AGREEMENTS / "stockholm-boj-vasterort-2022.yaml").read_text(encoding="utf-8")


@settings(max_examples=30, deadline=None)
@given(st.dates(D(2022, 4, 1), D(2025, 3, 31)), st.sampled_from(["public", "civil"]))
def test_no_deadline_of_the_renewing_seed_after_its_effective_end(
    given_on: dt.date, by: str
) -> None:
    """Property: whatever day notice is given in Stockholm, nothing listed is after its end."""
    text = STOCKHOLM + f"log:\n  - {{date: {given_on}, kind: notice, by: {by}}}\n"
    la = loaded(text, "agreements/stockholm-boj-vasterort-2022.yaml")
    run = evaluate(la, SeriesStore(), given_on, until=D(2027, 1, 1))
    end = answer_notice(la, given_on, by).effective_end  # type: ignore[arg-type]
    assert end is not None and run.end == end
    assert all(r.date <= end for r in run.deadlines)
    assert not any(r.kind == "notice_deadline" and r.date > given_on for r in run.deadlines)


# --- the examples in docs/deadlines.md are the real output ---------------------------------

DOC = Path(__file__).resolve().parent.parent / "docs" / "deadlines.md"
SECTION = "### Conditions, repayments and assumptions, by example"


def _examples() -> list[tuple[list[str], list[str]]]:
    """``(command, shown lines)`` of each console block of the section."""
    text = DOC.read_text(encoding="utf-8").split(SECTION, 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```console\n\$ iopctl (.*?)\n(.*?)```", text, flags=re.S)
    return [(shlex.split(command), shown.splitlines()) for command, shown in blocks]


def _shown_in(shown: list[str], real: list[str]) -> bool:
    """Whether the shown lines are lines of ``real`` in order ("…" lines left out, and a
    line ending in "…" the start of a line)."""
    lines = iter(real)
    for want in (line for line in shown if line != "…"):
        if want.endswith("…"):
            found = any(line.startswith(want[:-1].rstrip()) for line in lines)
        else:
            found = any(line == want for line in lines)
        if not found:
            return False
    return True


def test_the_docs_examples_are_the_real_output(cli: Callable[..., Run]) -> None:
    examples = _examples()
    assert len(examples) == 5
    for command, shown in examples:
        run = cli(*command)
        assert run.code == 0, (command, run.stderr)
        assert _shown_in(shown, run.stdout.splitlines()), (command, run.stdout)
