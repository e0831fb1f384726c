"""Payments: compounded indexation, per-capita workings, unknown values (DESIGN rule 6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from builders import agreement, said
from conftest import english
from iopctl.indices import Series, SeriesStore, SeriesValue
from iopctl.rules.payments import MissingValue, payment_schedule, unknown

D = dt.date


def opi(values: dict[int, str]) -> SeriesStore:
    entries = {
        y: SeriesValue(year=y, value=Decimal(v), status="preliminary", source=f"SKR {y}")
        for y, v in values.items()
    }
    return SeriesStore(indices={"opi": Series("OPI", "OPI", "SKR", "percent_change", "x", entries)})


GRANT = """
term: {{start: 2019-01-01, end: 2021-12-31}}
funding:
  per: calendar_year
  contributions: [{{payer: public, amount: {amount}}}]
payments: {{schedule: yearly, window: {{month: 1}}}}
indexation: {{index: OPI, from: 2020-01-01}}
"""


def test_compounded_indexation_rounds_half_up_at_the_end() -> None:
    loaded = agreement(GRANT.format(amount=100000))
    years = payment_schedule(loaded, opi({2020: "3.0", 2021: "1.5"}))
    assert [y.amount for y in years] == [Decimal(100000), Decimal(103000), Decimal(104545)]
    last = years[-1]
    assert last.exact == Decimal("104545.000")  # 100000 × 1.03 × 1.015, rounded only at the end
    assert [s.year for s in last.steps] == [2020, 2021]
    assert last.steps[0].source == "SKR 2020"
    assert (last.window_start, last.due) == (D(2021, 1, 1), D(2021, 1, 31))
    assert "halvt uppåt" in said(last.explanation)


def test_missing_index_is_unknown_never_zero() -> None:
    years = payment_schedule(agreement(GRANT.format(amount=100000)), opi({2020: "3.0"}))
    assert years[2].amount is None
    opi_2021 = MissingValue(kind="index", series="OPI", year=2021, path="data/indices/opi.yaml")
    assert years[2].missing == (opi_2021,)
    assert said(unknown(years[2].missing)) == "okänt: OPI 2021 saknas i data/indices/opi.yaml"
    en = payment_schedule(agreement(GRANT.format(amount=100000)), opi({}))
    assert said(unknown(en[1].missing[:1]), "en") == (
        "unknown: OPI 2020 missing in data/indices/opi.yaml"
    )


@given(st.integers(0, 10**9))
def test_zero_percent_index_returns_the_base(amount: int) -> None:
    years = payment_schedule(agreement(GRANT.format(amount=amount)), opi({2020: "0", 2021: "0.0"}))
    assert {y.amount for y in years} == {Decimal(amount)}


def test_per_capita_uses_the_lagged_population_or_the_stated_amount() -> None:
    loaded = agreement(
        """
        term: {start: 2018-01-01, end: 2020-12-23}
        payments: {schedule: yearly}
        per_capita: {rate: 3, population: robertsfors, lag_years: 2,
                     stated: [{year: 2018, amount: 20352}]}
        """
    )
    pop = {
        2018: SeriesValue(year=2018, value=Decimal(6762), status="definitive", source="SCB 2018")
    }
    store = SeriesStore(
        populations={"robertsfors": Series("robertsfors", "t", "SCB", "inhabitants", "x", pop)}
    )
    y2018, y2019, y2020 = payment_schedule(loaded, store)
    assert y2018.amount == Decimal(20352) and y2018.per_capita is not None
    assert y2018.per_capita.stated == Decimal(20352)  # the document's own figure, shown as stated
    assert y2019.amount is None and "31 dec 2017" in said(y2019.missing[0].reason)
    assert (y2019.missing[0].kind, y2019.missing[0].year) == ("population", 2017)
    assert y2020.amount == Decimal(20286)  # 3 × 6 762 (31 Dec 2018)
    assert y2020.due == D(2020, 12, 23)  # no date stated: end of the period, cut at the term end


def test_validate_warns_about_missing_values_within_the_horizon() -> None:
    from iopctl.checks import CheckContext, check_payment_data

    loaded = agreement(GRANT.format(amount=1000))
    soon = list(check_payment_data(loaded, CheckContext(D(2020, 12, 1), opi({2020: "3.0"}))))
    assert [(p.code, p.line, p.field) for p in soon] == [
        ("payment-data-missing", loaded.line_of("indexation", "index"), "indexation.index")
    ]
    assert "OPI 2021 missing" in english(soon[0])
    # 2021's payment is more than 12 months away: no warning yet.
    assert list(check_payment_data(loaded, CheckContext(D(2019, 12, 1), opi({2020: "3"})))) == []


def test_agreement_years_are_labelled_by_both_calendar_years() -> None:
    loaded = agreement(
        """
        term: {start: 2022-04-01, end: 2024-03-31}
        funding: {per: agreement_year, contributions: [{payer: public, amount: 100}]}
        """
    )
    assert [y.label for y in payment_schedule(loaded, SeriesStore())] == ["2022/23", "2023/24"]
    calendar = agreement(
        GRANT.format(amount=1000).replace("indexation: {index: OPI, from: 2020-01-01}", "")
    )
    assert [y.label for y in payment_schedule(calendar, SeriesStore())] == ["2019", "2020", "2021"]


def test_a_stated_amount_names_its_field() -> None:
    loaded = agreement(
        """
        term: {start: 2018-01-01, end: 2018-12-31}
        per_capita: {rate: 3, population: robertsfors, lag_years: 2,
                     stated: [{year: 2018, amount: 20352}]}
        """
    )
    (year,) = payment_schedule(loaded, SeriesStore())
    assert year.per_capita is not None
    assert year.per_capita.stated_source == loaded.where("per_capita", "stated", 0, "amount")


def test_missing_values_read_unknown_once() -> None:
    from iopctl.checks import CheckContext, check_payment_data

    loaded = agreement(GRANT.format(amount=1000))
    (warning,) = check_payment_data(loaded, CheckContext(D(2020, 12, 1), SeriesStore()))
    assert english(warning) == (
        "payment due 2021-01-31 is unknown: OPI 2020 missing in data/indices/opi.yaml; "
        "OPI 2021 missing in data/indices/opi.yaml"
    )


def test_a_lump_sum_paid_before_the_years_it_covers_is_warned_about_when_it_is_due() -> None:
    """validate works out only the years near ``as_of`` — except for a lump sum, whose one
    day may fall before the term, outside every year it covers."""
    from iopctl.checks import CheckContext, check_payment_data

    lump = (
        GRANT.format(amount=1000)
        .replace("{start: 2019-01-01, end: 2021-12-31}", "{start: 2020-07-01, end: 2021-12-31}")
        .replace("{schedule: yearly, window: {month: 1}}", "{schedule: once, date: 2019-12-15}")
        .replace("from: 2020-01-01", "from: 2019-01-01")
    )
    loaded = agreement(lump)
    warned = list(check_payment_data(loaded, CheckContext(D(2019, 6, 1), opi({}))))
    # one warning for each year it pays, as for any payment
    assert [(p.code, p.field) for p in warned] == [("payment-data-missing", "indexation.index")] * 2
    assert "OPI 2019 missing" in english(warned[0])
