"""The format's blocks for agreements beyond the seeds (issue 15): what validates, what not.

Several parties per side, payer and recipient, per-party per-capita, amounts
per year, usage fees, payment shapes, sources with kinds, amendments, duty
counts, covered periods and scope exclusions.  Each test starts from
:data:`test_checks.MINIMAL` and adds one block.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from conftest import run_cli
from iopctl.loader import load_text
from iopctl.problems import Severity
from test_checks import MINIMAL, check, found, line_of

ERROR = Severity.ERROR

SHARED = MINIMAL.replace(
    "  - {role: civil, name: Föreningen, org_number: 802015-4822}\n",
    "  - {id: jouren, role: civil, name: Jouren}\n"
    "  - {id: forbundet, role: civil, name: Förbundet}\n",
)


def schema_codes(text: str) -> list[str]:
    _, problems = load_text(text, "t.yaml")
    return [p.code for p in problems]


def test_parties_with_ids_and_a_grant_shared_by_the_civil_side_are_valid() -> None:
    text = SHARED + (
        "funding:\n  per: calendar_year\n  contributions:\n"
        "    - {payer: public, recipient: civil, amount: 300000}\n"
        "    - {payer: jouren, kind: self_financing, amount: 1000}\n"
    )
    assert check(text) == []


def test_a_payer_that_is_no_party_is_an_error_with_a_hint() -> None:
    text = SHARED + (
        "funding:\n  per: calendar_year\n  contributions:\n"
        "    - {payer: public, recipient: joruen, amount: 300000}\n"
    )
    (problem,) = check(text)
    assert found([problem]) == [("unknown-party", ERROR, line_of(text, "joruen"))]
    assert problem.kwargs["suggestion"] == "jouren"


def test_party_ids_are_unique_and_never_a_role() -> None:
    twice = SHARED.replace("id: forbundet", "id: jouren")
    assert [p.code for p in check(twice)] == ["duplicate-party"]
    role = SHARED.replace("id: forbundet", "id: public")
    assert [p.code for p in check(role)] == ["duplicate-party"]


def test_per_capita_per_paying_party_needs_its_own_series() -> None:
    text = MINIMAL + (
        "funding:\n  per: calendar_year\n  contributions:\n"
        "    - payer: public\n"
        "      per_capita: {rate: 3, population: robertsfors, lag_years: 2}\n"
    )
    assert check(text) == []
    missing = text.replace("robertsfors", "ingenstans")
    (problem,) = check(missing)
    assert found([problem]) == [("unknown-series", ERROR, line_of(missing, "ingenstans"))]


def test_amounts_per_year_count_as_an_amount() -> None:
    text = MINIMAL + (
        "funding:\n  per: calendar_year\n  contributions:\n"
        "    - payer: public\n      by_year: [{year: 2024, amount: 250000}]\n"
    )
    assert check(text) == []
    no_amount = MINIMAL + "funding:\n  per: calendar_year\n  contributions:\n    - payer: public\n"
    assert [p.code for p in check(no_amount)] == ["funding-amount"]


def test_a_usage_fee_has_a_rate_and_needs_no_amount() -> None:
    text = MINIMAL + (
        "funding:\n  per: calendar_year\n  contributions:\n"
        "    - {payer: public, kind: usage_fee, rate: 1200, unit: dygn}\n"
        "log:\n  - {date: 2024-03-31, kind: payment, by: public, units: 12, amount: 14400}\n"
    )
    assert check(text) == []
    assert schema_codes(text.replace(", rate: 1200", "")) == ["schema"]


@pytest.mark.parametrize(
    ("payments", "codes"),
    [
        ("{schedule: unknown}", []),
        ("{schedule: once, date: 2024-01-05, covers: {first: 2024, last: 2025}}", []),
        ("{schedule: once}", ["schema"]),
        ("{schedule: yearly, date: 2024-01-05}", ["schema"]),
        ("{schedule: once, date: 2024-01-05, covers: {first: 2025, last: 2024}}", ["schema"]),
    ],
)
def test_payment_shapes(payments: str, codes: list[str]) -> None:
    assert schema_codes(MINIMAL + f"payments: {payments}\n") == codes


def test_sources_have_kinds_and_ids_that_assumptions_name() -> None:
    text = MINIMAL + (
        "sources:\n"
        "  - {id: beslut, document: protokoll.pdf, kind: decision, date: 2024-05-02}\n"
        "  - {id: press, document: https://example.org/nyhet, kind: press_release}\n"
        "assumptions:\n  - {field: term.end, note: Enligt beslutet, source: beslut}\n"
    )
    assert check(text) == []
    typo = text.replace("source: beslut}", "source: beslt}")
    (problem,) = check(typo)
    assert found([problem]) == [("unknown-source", ERROR, line_of(typo, "beslt"))]
    assert problem.kwargs["suggestion"] == "beslut"
    twice = text.replace("id: press", "id: beslut")
    assert [p.code for p in check(twice)] == ["duplicate-source"]


AMENDED = MINIMAL.replace(
    "  end: 2025-12-31\n",
    "  end: 2025-12-31\n"
    "  extension: {text: Avtalet kan förlängas ett år i taget., period_months: 12}\n",
) + (
    "funding:\n  per: calendar_year\n  contributions:\n    - {payer: public, amount: 100000}\n"
    "duties:\n  - {kind: task, id: referensgrupp, title: Utse referensgrupp, due: 2024-09-01}\n"
    "amendments:\n"
    "  - decided: 2025-11-20\n    body: Kulturnämnden\n    dnr: KN 2025/77\n"
    "    effective: 2026-01-01\n    summary: Förlängt 2026 med höjt bidrag.\n"
    "    extension: true\n"
    "    amounts: [{payer: public, from_year: 2026, amount: 120000}]\n"
    "    joins: [{id: nya, role: civil, name: Nya föreningen}]\n"
    "    leaves: [civil]\n"
    "    drops: [referensgrupp]\n"
)


def test_an_amendment_that_names_what_exists_is_valid() -> None:
    assert check(AMENDED) == []


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (("extension: true\n", "extension: true\n    term_end: 2023-12-01\n"), "term_end"),
        (("payer: public, from_year", "payer: nya, from_year"), "amounts"),
        (("drops: [referensgrupp]", "drops: [referensgrup]"), "drops"),
        (
            ("  extension: {text: Avtalet kan förlängas ett år i taget., period_months: 12}\n", ""),
            "extension: true",
        ),
    ],
)
def test_an_amendment_changing_what_is_not_there_is_an_error(
    change: tuple[str, str], needle: str
) -> None:
    text = AMENDED.replace(*change)
    (problem,) = [p for p in check(text) if p.severity is ERROR]
    assert problem.line == line_of(text, needle, line_of(text, "amendments:"))


def test_a_party_that_joins_by_amendment_can_be_named() -> None:
    text = AMENDED + "log:\n  - {date: 2026-02-01, kind: notice, by: nya}\n"
    assert check(text) == []


def test_duty_counts_covered_periods_and_scope_exclusions() -> None:
    text = MINIMAL + (
        "duties:\n"
        "  - kind: task\n    title: Temadagar i skolan\n    by: civil\n"
        "    times: {min: 1, max: 2, per: term}\n"
        "  - kind: report\n    title: Verksamhetsberättelse\n    due: 2025-03-31\n"
        "    covers: {start: 2024-01-01, end: 2024-12-31}\n"
        "scope:\n  includes: [Stödsamtal]\n  excludes: [Skyddat boende]\n"
    )
    assert check(text) == []
    assert schema_codes(text.replace("max: 2", "max: 0")) == ["schema"]
    assert schema_codes(text.replace("min: 1, max: 2", "min: 3, max: 2")) == ["schema"]


def test_a_final_report_is_checked_by_the_period_it_covers_not_its_due_day() -> None:
    report = "duties:\n  - kind: report\n    title: Slutrapport\n    due: 2026-03-31\n"
    assert [p.code for p in check(MINIMAL + report)] == ["duty-outside-term"]
    covered = report + "    covers: {start: 2024-01-01, end: 2025-12-31}\n"
    assert check(MINIMAL + covered) == []
    late = report + "    covers: {start: 2025-01-01, end: 2026-12-31}\n"
    assert [p.code for p in check(MINIMAL + late)] == ["duty-outside-term"]


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_the_examples_validate_without_a_problem() -> None:
    run = run_cli("validate", str(EXAMPLES / "agreements"), "--as-of", "2024-06-01")
    assert (run.code, run.stdout) == (0, "")
    assert "3 filer, 0 fel, 0 varningar" in run.stderr
    # a year on, the 2026 payment needs populations of 2025 that the series lack
    later = run_cli("validate", str(EXAMPLES / "agreements"), "--as-of", "2025-06-01")
    (warning,) = later.stdout.splitlines()
    assert "kvinnojouren-sjobygden-2024.yaml:51:" in warning
    assert "payment-data-missing utbetalningen 2026-02-28" in warning


def test_validate_of_a_repository_folder_reads_its_agreements_and_data() -> None:
    """Issue 15: ``validate examples/`` checks the examples against ``examples/data``,
    and their series files are not taken for agreements."""
    run = run_cli("validate", str(EXAMPLES), "--as-of", "2024-06-01")
    assert (run.code, run.stdout) == (0, "")
    assert "3 filer, 0 fel, 0 varningar" in run.stderr
    # the one real warning in the examples' life: in mid-2023 the meeting place ran to
    # 2023-12-31, so the file's 'status: ended' (true today) contradicted that day
    during = run_cli("validate", str(EXAMPLES), "--as-of", "2023-06-01")
    (warning,) = during.stdout.splitlines()
    assert "motesplats-hamnstaden-2019.yaml:8:9: warning status-contradicts-dates" in warning


def test_the_seeds_have_one_warning_and_it_is_real() -> None:
    """Robertsfors' term ends 2020-12-23 as the source writes it (an assumption says so):
    the implausible-term warning asks a human to look, which is its purpose.  After every
    seed's end their 'status: ended' agrees with the dates (before it, rule 9 warns)."""
    run = run_cli("validate", str(EXAMPLES.parent), "--as-of", "2026-06-01")
    (warning,) = run.stdout.splitlines()
    assert "robertsfors-boj-umea-2018.yaml:41:8: warning implausible-term" in warning


def _flat(text: str) -> str:
    """YAML text without comments, as lines stripped of their indentation."""
    return "\n".join(line.split("  #")[0].strip() for line in text.splitlines())


def test_the_readme_shows_the_examples_as_they_are() -> None:
    """Every line of the README's excerpts of the examples is a line of one of them."""
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Beyond the seeds")[1].split("**Data is truth.**")[0]
    files = "\n".join(
        _flat(p.read_text(encoding="utf-8")) for p in (EXAMPLES / "agreements").glob("*.yaml")
    ).splitlines()
    for block in re.findall(r"```yaml\n(.*?)```", section, re.S):
        for line in _flat(block).splitlines():
            assert line in files, line


def test_a_task_counted_per_period_without_a_day_is_no_deadline() -> None:
    from iopctl.rules.duties import duty_occurrences

    END = dt.date(2025, 12, 31)
    counted = "duties:\n  - {kind: task, title: Skolbesök, times: {min: 1, max: 2, per: term}}\n"
    loaded, _ = load_text(MINIMAL + counted, "t.yaml")
    assert loaded is not None
    assert list(duty_occurrences(loaded.agreement, END)) == []
    dated = counted.replace("title: Skolbesök,", "title: Skolbesök, due: 2025-06-01,")
    loaded, _ = load_text(MINIMAL + dated, "t.yaml")
    assert loaded is not None and len(list(duty_occurrences(loaded.agreement, END))) == 1
