"""The four seed agreements, cross-checked against the figures their documents state.

The expected values below are copied by hand from the source documents (the
tests must not read them: a user's clone does not have them), so a slip in
either the YAML or the encoding of a figure shows up as a mismatch here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from conftest import AGREEMENTS, run_cli
from iopctl.checks import luhn_valid
from iopctl.loader import load_paths
from iopctl.models import Agreement, Contribution, Task

SEEDS = (
    "linkoping-boj-2023",
    "robertsfors-boj-umea-2018",
    "stockholm-boj-vasterort-2022",
    "vgr-boj-fyrbodol-2025",
)
AS_OF = "2026-11-23"
"""The day the statuses were set; validating as of it must give only the known warning."""


@pytest.fixture(scope="module")
def seeds() -> dict[str, Agreement]:
    result = load_paths([str(AGREEMENTS)])
    assert result.problems == []
    return {la.agreement.id: la.agreement for la in result.agreements}


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def lines_of(contribution: Contribution) -> list[tuple[str, int]]:
    return [(line.label, int(line.amount)) for line in contribution.lines]


def test_all_four_seeds_load_without_problems(seeds: dict[str, Agreement]) -> None:
    assert sorted(seeds) == list(SEEDS)


@pytest.mark.parametrize("agreement_id", SEEDS)
def test_status_is_always_an_explained_assumption(
    seeds: dict[str, Agreement], agreement_id: str
) -> None:
    """No document says whether it is in force today, so every status needs its reason."""
    assert "status" in {a.field for a in seeds[agreement_id].assumptions}


def test_org_numbers_are_the_documents_and_valid(seeds: dict[str, Agreement]) -> None:
    numbers = {
        agreement_id: [(p.role, p.org_number) for p in agreement.parties]
        for agreement_id, agreement in seeds.items()
    }
    assert numbers == {
        "linkoping-boj-2023": [("public", "212000-0449"), ("civil", "822004-0417")],
        "robertsfors-boj-umea-2018": [("public", None), ("civil", None)],
        "stockholm-boj-vasterort-2022": [("public", None), ("civil", "802015-4822")],
        "vgr-boj-fyrbodol-2025": [("public", "232100-0131"), ("civil", "862501-1161")],
    }
    for parties in numbers.values():
        for _, number in parties:
            assert number is None or luhn_valid(number.replace("-", "")), number


def test_linkoping_economy_adds_up(seeds: dict[str, Agreement]) -> None:
    agreement = seeds["linkoping-boj-2023"]
    funding = agreement.funding
    assert funding is not None
    grant, hours = funding.contributions
    assert (grant.payer, grant.kind, grant.amount) == ("public", "grant", Decimal(472200))
    assert (hours.kind, hours.hours, hours.value) == ("in_kind", Decimal(1500), Decimal(341314))
    assert hours.approximate  # "cirka 1 500 ideellt arbetade timmar"
    assert Decimal(472200) + Decimal(341314) == funding.stated_total == Decimal(813514)
    assert funding.per == "calendar_year"
    assert agreement.payments is not None and agreement.payments.window is not None
    assert (agreement.payments.schedule, agreement.payments.window.month) == ("yearly", 1)
    assert agreement.indexation is not None
    assert (agreement.indexation.index, agreement.indexation.from_) == ("OPI", dt.date(2024, 1, 1))


def test_linkoping_dates(seeds: dict[str, Agreement]) -> None:
    agreement = seeds["linkoping-boj-2023"]
    assert (agreement.term.start, agreement.term.end) == (
        dt.date(2023, 1, 1),
        dt.date(2025, 12, 31),
    )
    assert agreement.term.renewal is None and agreement.term.extension is None
    assert agreement.termination is not None
    assert (agreement.termination.notice_months, agreement.termination.form) == (6, "written")
    report = next(d for d in agreement.duties if d.kind == "report")
    assert report.window is not None
    assert (report.window.start, report.window.end) == (dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    meetings = {d.name: d.times_per_year for d in agreement.duties if d.kind == "meeting"}
    assert meetings == {"operational": 2, "strategic": 2}
    assert agreement.source.date == dt.date(2022, 12, 10)
    assert agreement.reference is not None and agreement.reference.dnr == "SON: 2019-536"


def test_stockholm_budget_tables_sum_to_their_totals(seeds: dict[str, Agreement]) -> None:
    funding = seeds["stockholm-boj-vasterort-2022"].funding
    assert funding is not None
    public, own = funding.contributions
    assert (public.payer, public.kind, public.amount) == ("public", "grant", Decimal(704000))
    assert lines_of(public) == [
        ("Personal", 600000),
        ("Konsulter", 10000),
        ("Lokaler", 35000),
        ("Aktiviteter", 10000),
        ("Förbrukningsmaterial", 4000),
        ("Övrigt", 45000),
    ]
    assert sum(amount for _, amount in lines_of(public)) == 704000
    assert (own.payer, own.kind, own.amount) == ("civil", "self_financing", Decimal(309000))
    assert lines_of(own) == [
        ("Verksamhetsstöd Brottsoffermyndigheten", 66000),
        ("Medlemsavgifter", 3000),
        ("Jourgemensamma projektmedel för utbildning (öronmärkta)", 30000),
        ("Projektmedel Socialstyrelsen (beviljat två år, öronmärkta))", 200000),
        ("Intäkter utförda tjänster", 10000),
    ]
    assert sum(amount for _, amount in lines_of(own)) == 309000
    assert funding.stated_total is None  # the document states no grand total


def test_stockholm_term_renews_yearly_until_2025(seeds: dict[str, Agreement]) -> None:
    agreement = seeds["stockholm-boj-vasterort-2022"]
    term = agreement.term
    assert (term.start, term.end) == (dt.date(2022, 4, 1), dt.date(2023, 3, 31))
    renewal = term.renewal
    assert renewal is not None and renewal.notice_by is not None
    assert (renewal.automatic, renewal.period_months) == (True, 12)
    assert renewal.latest_end == dt.date(2025, 3, 31)
    assert (renewal.notice_by.month, renewal.notice_by.day) == (9, 30)
    assert agreement.status == "ended"
    assert agreement.payments is None  # no payment timing in the document
    assert agreement.reference is not None and agreement.reference.dnr == "2.3.4-630/2021"
    assert agreement.source.kind == "appendix"
    assert len(agreement.service_levels) == 5
    assert agreement.service_levels[0].startswith("Första kontakten ska tas inom tre dagar")


def test_vgr_has_dates_and_duties_but_no_money(seeds: dict[str, Agreement]) -> None:
    agreement = seeds["vgr-boj-fyrbodol-2025"]
    assert (agreement.term.start, agreement.term.end) == (dt.date(2025, 3, 1), dt.date(2030, 2, 28))
    assert agreement.status == "active"
    assert agreement.funding is None and agreement.payments is None
    assert "funding" in {a.field for a in agreement.assumptions}
    assert agreement.termination is not None and agreement.termination.notice_months == 6
    task = next(d for d in agreement.duties if isinstance(d, Task))
    assert task.due == agreement.term.start  # "I och med driftsstart"
    assert [c.email for c in agreement.contacts] == [
        "johan.c.axelsson@vgregion.se",
        "mona.buras@lillaedet.se",
    ]
    assert [s.name for s in agreement.signatories] == ["My Alnebratt", "Mona Burås"]


def test_robertsfors_per_capita_matches_the_stated_amount(seeds: dict[str, Agreement]) -> None:
    agreement = seeds["robertsfors-boj-umea-2018"]
    per_capita = agreement.per_capita
    assert per_capita is not None
    assert (per_capita.rate, per_capita.population, per_capita.lag_years) == (3, "robertsfors", 2)
    (stated,) = per_capita.stated
    assert (stated.year, stated.amount) == (2018, Decimal(20352))
    assert stated.amount == per_capita.rate * 6784  # the implied population, 31 Dec 2016
    assert "per_capita.lag_years" in {a.field for a in agreement.assumptions}


def test_robertsfors_is_an_application_with_its_term_as_written(
    seeds: dict[str, Agreement],
) -> None:
    agreement = seeds["robertsfors-boj-umea-2018"]
    assert agreement.status == "proposal"
    assert (agreement.source.kind, agreement.source.date) == ("application", dt.date(2017, 11, 17))
    assert (agreement.term.start, agreement.term.end) == (
        dt.date(2018, 1, 1),
        dt.date(2020, 12, 23),
    )
    assert "term.end" in {a.field for a in agreement.assumptions}
    extension = agreement.term.extension
    assert extension is not None and "möjlighet till förlängning" in extension.text
    assert (extension.period_months, extension.decide_by) == (None, None)
    assert agreement.termination is not None and agreement.termination.notice_months == 9


def test_validate_seeds_gives_only_the_robertsfors_term_warning() -> None:
    path = AGREEMENTS / "robertsfors-boj-umea-2018.yaml"
    line = line_of(path.read_text(encoding="utf-8"), "  end: 2020-12-23")
    run = run_cli("validate", str(AGREEMENTS), "--as-of", AS_OF, "--lang", "en")
    assert run.code == 0, run.stdout + run.stderr
    (warning,) = run.stdout.splitlines()
    assert warning.startswith(
        f"{path}:{line}:8: warning implausible-term term 2018-01-01..2020-12-23"
    )
    assert "(which would end 2020-12-31)" in warning
    assert "4 files, 0 errors, 1 warning" in run.stderr
